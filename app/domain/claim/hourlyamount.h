#pragma once

#include "domain/checked.h"
#include "domain/hourlypay.h"
#include "domain/hours.h"
#include "domain/money.h"

#include <QLocale>
#include <QString>

#include <compare>
#include <span>
#include <utility>

namespace apdesk::domain {

// An hourly amount, exact: an integer count of millionths of a cent. Every hourly amount of the
// claim (rate × pay, 4.5 × SMIC) is exactly representable in this unit, since rates are
// hundredths of a percent, pay is hundredths of a cent and the SMIC cents. It is never rounded;
// only an employee's total (hours × hourly amount) is, once, to the cent, half away from zero.
class HourlyAmount final {
public:
    static constexpr qint64 perCent = 1000000;

    constexpr HourlyAmount() = default;
    static constexpr HourlyAmount fromMicroCents(qint64 microCents) {
        return HourlyAmount(microCents);
    }
    static constexpr HourlyAmount fromMoney(Money money) {
        return HourlyAmount(money.cents() * perCent);
    }
    static constexpr HourlyAmount fromPay(HourlyPay pay) {
        return HourlyAmount(pay.tenThousandths() * (perCent / HourlyPay::perCent));
    }

    constexpr qint64 microCents() const { return m_microCents; }

    // hours × this amount, rounded to the cent half away from zero; nullopt on overflow.
    std::optional<Money> times(Hours hours) const;

    // "27,405 €" — every significant decimal, nothing rounded.
    QString toString(const QLocale &locale = QLocale()) const;

    constexpr auto operator<=>(const HourlyAmount &) const = default;

private:
    constexpr explicit HourlyAmount(qint64 microCents)
        : m_microCents(microCents) {}

    qint64 m_microCents = 0;
};

// Σ hours × hourly amount over the periods of a month whose pay changed, rounded once to the
// cent, half away from zero; nullopt on overflow.
std::optional<Money> roundedSum(std::span<const std::pair<HourlyAmount, Hours>> terms);

// n / d rounded to the nearest integer, halves away from zero (d > 0).
constexpr qint64 divideRoundingHalfAwayFromZero(qint64 n, qint64 d) {
    const qint64 q = n / d;
    const qint64 r = n % d;
    if (2 * (r < 0 ? -r : r) >= d)
        return n < 0 ? q - 1 : q + 1;
    return q;
}

} // namespace apdesk::domain
