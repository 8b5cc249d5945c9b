#pragma once

#include "apierror.h"

#include <QPointer>

#include <functional>
#include <utility>
#include <variant>

namespace apdesk::client {

// What an asynchronous call hands back: the typed result, or why there is none.
template <typename T> class Outcome final {
public:
    Outcome(T value)
        : m_state(std::move(value)) {}
    Outcome(ApiError error)
        : m_state(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    // The value, or the error: asking for the one that is not there is a bug, caught in debug
    // builds (std::get would throw otherwise).
    const T &value() const {
        Q_ASSERT_X(isOk(), "Outcome::value", "the call failed: test isOk() first");
        return std::get<T>(m_state);
    }
    const ApiError &error() const {
        Q_ASSERT_X(!isOk(), "Outcome::error", "the call succeeded: no error");
        return std::get<ApiError>(m_state);
    }

private:
    std::variant<T, ApiError> m_state;
};

// For calls whose success carries nothing (204).
struct Done {};

template <typename T> using Callback = std::function<void(const Outcome<T> &)>;

// A callback that answers only while `context` lives, as QObject::connect does with a context
// object: a window closed before the service answered is not touched. `f` takes the
// Outcome<T> of the call it is given to.
template <typename F> auto within(const QObject *context, F f) {
    return
        [guard = QPointer<const QObject>(context), f = std::move(f)](const auto &outcome) mutable {
            if (guard)
                f(outcome);
        };
}

} // namespace apdesk::client
