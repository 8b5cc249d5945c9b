#pragma once

#include "apierror.h"
#include "core/expected.h"

#include <QPointer>

#include <functional>
#include <utility>

namespace apdesk::client {

// What an asynchronous call hands back: the typed result, or why there is none.
template <typename T> using Outcome = Expected<T, ApiError>;

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
