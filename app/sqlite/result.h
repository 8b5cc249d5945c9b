#pragma once

#include "sqlite/error.h"

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
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary, the value is moved out, so `for (auto &x : repo.list().value())` is safe.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    // Meaningful only when !isOk().
    const Error &error() const { return m_error; }

private:
    explicit Result(T value)
        : m_value(std::move(value)) {}
    explicit Result(Error error)
        : m_error(std::move(error)) {}

    std::optional<T> m_value;
    Error m_error;
};

} // namespace apdesk::sqlite
