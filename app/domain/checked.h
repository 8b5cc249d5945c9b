#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace apdesk::domain {

// A value that passed its checks, or the French message saying why it did not.
// Every parser of user input in the domain returns one, so that the message the user sees is
// written once, next to the rule it explains.
template <typename T> class Checked final {
public:
    static Checked ok(T value) { return Checked(std::move(value), {}); }
    static Checked fail(QString message) { return Checked(std::nullopt, std::move(message)); }

    bool isValid() const { return m_value.has_value(); }
    explicit operator bool() const { return isValid(); }
    // The value; asking for it when the check failed is a bug, caught in debug builds.
    const T &value() const {
        Q_ASSERT_X(isValid(), "Checked::value", "the check failed: test isValid() first");
        return *m_value;
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    // Why the value was refused; empty when it passed (a form can show it as it is).
    const QString &error() const { return m_error; }

private:
    Checked(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error)) {}

    std::optional<T> m_value;
    QString m_error;
};

} // namespace apdesk::domain
