#pragma once

#include "checked.h"
#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

namespace apdesk::domain {

// An hourly pay rate in integer ten-thousandths of a euro (hundredths of a cent). Pay is set per
// hour with up to four decimals: an apprentice paid 53 % of a SMIC of 10,25 € earns 5,4325 € an
// hour, and the amounts must be computed from that, not from 5,43 €. No floating point.
class HourlyPay final {
    Q_DECLARE_TR_FUNCTIONS(HourlyPay)

public:
    static constexpr qint64 perCent = 100;

    constexpr HourlyPay() = default;
    static constexpr HourlyPay fromTenThousandths(qint64 tenThousandths) {
        return HourlyPay(tenThousandths);
    }
    static constexpr HourlyPay fromCents(qint64 cents) { return HourlyPay(cents * perCent); }

    // Ten-thousandths of a euro, that is hundredths of a cent.
    constexpr qint64 tenThousandths() const { return m_tenThousandths; }
    constexpr bool isNegative() const { return m_tenThousandths < 0; }

    // Accepts what Money::parse accepts ("12,34", "1 234,5 €", "12.34") with up to four
    // decimals ("5,4325"); refuses more, or anything that is not an amount, saying what was
    // expected.
    static Checked<HourlyPay> parse(QStringView text);

    // "5,4325 €", "15,00 €": at least two decimals, and the third and fourth only when they are
    // not zero.
    QString toString(const QLocale &locale = QLocale()) const;
    // The number alone, "5,4325" or "15,00" in French: what a CSV export writes.
    QString toPlainString(const QLocale &locale = QLocale()) const;

    constexpr auto operator<=>(const HourlyPay &) const = default;
    constexpr bool operator<(Money money) const {
        return m_tenThousandths < money.cents() * perCent;
    }

private:
    constexpr explicit HourlyPay(qint64 tenThousandths)
        : m_tenThousandths(tenThousandths) {}

    qint64 m_tenThousandths = 0;
};

} // namespace apdesk::domain
