#pragma once

#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <variant>

namespace apdesk {

// The one result type of the product: the value of an operation, or the error that stopped it.
// Each layer names its own error and keeps an alias:
//
//     sqlite::Result<T>      = Expected<T, sqlite::Error>         (a database operation)
//     sqlite::OpenResult<T>  = Expected<std::unique_ptr<T>, OpenProblem>  (a file opened)
//     domain::Checked<T>     = Expected<T, QString>               (user input, French message)
//     client::Outcome<T>     = Expected<T, ApiError>              (a call to the ASP)
//
// It is std::expected (C++23) in the words the code already used; the compilers this project
// supports (g++ 12 in C++20, clang 14 for the fuzzers) do not all offer std::expected.
// Expected<> (of std::monostate) is the result of an operation that returns nothing.
template <typename T, typename E> class [[nodiscard]] Expected final {
public:
    using value_type = T;
    using error_type = E;

    static Expected ok(T value) { return Expected(std::in_place_index<0>, std::move(value)); }
    static Expected ok() requires std::is_same_v<T, std::monostate> {
        return Expected(std::in_place_index<0>, std::monostate{});
    }
    static Expected fail(E error) { return Expected(std::in_place_index<1>, std::move(error)); }
    // Carries another result's error over (e.g. a Result<qint64> failing a Result<>).
    template <typename U> static Expected failWith(const Expected<U, E> &other) {
        return fail(other.error());
    }

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    // The value: asking for it after a failure is a bug, caught in debug builds (std::get would
    // throw in release ones).
    const T &value() const & { return checkedValue(); }
    T &value() & { return const_cast<T &>(checkedValue()); }
    // On a temporary, the value is moved out, so `for (auto &x : repo.list().value())` is safe
    // and `Store::open(path).value()` hands the opened object over.
    T value() && { return std::move(const_cast<T &>(checkedValue())); }
    const T &operator*() const & { return checkedValue(); }
    T operator*() && { return std::move(const_cast<T &>(checkedValue())); }
    const T *operator->() const { return &checkedValue(); }
    T *operator->() { return &const_cast<T &>(checkedValue()); }

    // Why it failed; on success an empty error (E{}), so that a form can show it as it is and a
    // test's failure message can be built either way. E{} is not "no error" for every E (an
    // ApiError{} has a kind): test isOk() before reading anything but its message.
    const E &error() const {
        if (const E *failure = std::get_if<1>(&m_state))
            return *failure;
        static const E none{};
        return none;
    }

private:
    template <std::size_t I, typename V>
    Expected(std::in_place_index_t<I> index, V &&v)
        : m_state(index, std::forward<V>(v)) {}

    const T &checkedValue() const {
        Q_ASSERT_X(isOk(), "Expected::value", "the operation failed: test isOk() first");
        return std::get<0>(m_state);
    }

    // Indexed, not typed: T and E may be the same type (a Checked<QString>).
    std::variant<T, E> m_state;
};

} // namespace apdesk
