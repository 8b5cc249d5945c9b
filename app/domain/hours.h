#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

namespace apdesk::domain {

// A duration in integer hundredths of an hour: the unit of every hour count of a claim.
// No floating point: 7,5 h is 750, 7h20 is 733 (20 minutes = 0,333… h, rounded to the nearest
// hundredth).
class Hours final {
    Q_DECLARE_TR_FUNCTIONS(Hours)

public:
    constexpr Hours() = default;
    static constexpr Hours fromHundredths(qint64 hundredths) { return Hours(hundredths); }
    static constexpr Hours fromWholeHours(qint64 hours) { return Hours(hours * 100); }

    constexpr qint64 hundredths() const { return m_hundredths; }
    constexpr bool isZero() const { return m_hundredths == 0; }
    constexpr bool isNegative() const { return m_hundredths < 0; }

    // Accepts "7", "7,5", "7.5", "7,25", "7h", "7h30", "7 h 30", "7:30" (spaces, including
    // non-breaking ones, are ignored). Rejects negative values, more than two decimals and
    // minutes of 60 or more, each with its own message.
    static Checked<Hours> parse(QStringView text);

    // True when the text was written in hours and minutes whose conversion is not exact
    // ("7h20" → 7,33), so the screen can show the converted value next to what was typed.
    static bool isApproximatedFromMinutes(QStringView text);

    // "7,50" in French, "7.50" in English; always two decimals.
    QString toString(const QLocale &locale = QLocale()) const;
    // "7,50 h" (a no-break space before the h): hours as the product's French messages and
    // documents write them, whatever the user's locale.
    QString frenchText() const;

    constexpr Hours operator+(Hours other) const {
        return Hours(m_hundredths + other.m_hundredths);
    }
    constexpr Hours operator-(Hours other) const {
        return Hours(m_hundredths - other.m_hundredths);
    }
    constexpr Hours &operator+=(Hours other) {
        m_hundredths += other.m_hundredths;
        return *this;
    }
    constexpr Hours &operator-=(Hours other) {
        m_hundredths -= other.m_hundredths;
        return *this;
    }
    constexpr auto operator<=>(const Hours &) const = default;

private:
    constexpr explicit Hours(qint64 hundredths)
        : m_hundredths(hundredths) {}

    qint64 m_hundredths = 0;
};

} // namespace apdesk::domain
