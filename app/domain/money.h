#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

namespace apdesk::domain {

// An amount in integer euro cents. No floating point anywhere: amounts are computed with 64-bit
// integers and rounded once, where the claim engine says so.
class Money final {
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // Accepts "12", "12,5", "12,34", "12.34", "1 234,56", "12,34 €", "€12.34"; spaces (including
    // U+00A0 and U+202F) are group separators. Rejects more than two decimals and anything that
    // is not an amount, with a message saying what was expected.
    static Checked<Money> parse(QStringView text);

    // "1 234,56 €" in French (U+202F group separator, U+00A0 before "€"), "€1,234.56" in English.
    QString toString(const QLocale &locale = QLocale()) const;
    // The number alone, "1234,56" in French: what a CSV export writes.
    QString toPlainString(const QLocale &locale = QLocale()) const;

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money &operator+=(Money other) {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents) {}

    qint64 m_cents = 0;
};

} // namespace apdesk::domain
