#pragma once

#include "sqlite/error.h"

#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace apdesk::sqlite {

// The value of an operation on a database, or the Error that stopped it.
// Result<> (of std::monostate) is the result of an operation that returns nothing.
template <typename T = std::monostate> class [[nodiscard]] Result final {
public:
    static Result ok(T value) { return Result(std::move(value)); }
    static Result ok() requires std::is_same_v<T, std::monostate> {
        return Result(std::monostate{});
    }
    static Result fail(Error error) { return Result(std::move(error)); }
    // Carries another result's error over (e.g. a Result<qint64> failing a Result<>).
    template <typename U> static Result failWith(const Result<U> &other) {
        return Result(other.error());
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    // The value: asking for it after a failure is a bug, caught in debug builds.
    const T &value() const & { return checkedValue(); }
    T &value() & { return const_cast<T &>(checkedValue()); }
    // On a temporary, the value is moved out, so `for (auto &x : repo.list().value())` is safe.
    T value() && { return std::move(const_cast<T &>(checkedValue())); }
    const T &operator*() const & { return checkedValue(); }
    T operator*() && { return std::move(const_cast<T &>(checkedValue())); }
    const T *operator->() const { return &checkedValue(); }
    // Why it failed; an empty Error when it succeeded (a message can be built either way).
    const Error &error() const { return m_error; }

private:
    const T &checkedValue() const {
        Q_ASSERT_X(isOk(), "sqlite::Result::value", "the operation failed: test isOk() first");
        return *m_value;
    }
    explicit Result(T value)
        : m_value(std::move(value)) {}
    explicit Result(Error error)
        : m_error(std::move(error)) {}

    std::optional<T> m_value;
    Error m_error;
};

} // namespace apdesk::sqlite
