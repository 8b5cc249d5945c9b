#include "hourlyamount.h"

#include <QtNumeric>

namespace apdesk::domain {

std::optional<Money> HourlyAmount::times(Hours hours) const {
    const std::pair<HourlyAmount, Hours> term{*this, hours};
    return roundedSum(std::span(&term, 1));
}

std::optional<Money> roundedSum(std::span<const std::pair<HourlyAmount, Hours>> terms) {
    // hundredths of an hour × millionths of a cent = 1e-8 cent.
    qint64 sum = 0;
    for (const auto &[hourly, hours] : terms) {
        qint64 product = 0;
        if (qMulOverflow(hours.hundredths(), hourly.microCents(), &product) ||
            qAddOverflow(sum, product, &sum))
            return std::nullopt;
    }
    return Money::fromCents(divideRoundingHalfAwayFromZero(sum, 100 * HourlyAmount::perCent));
}

QString HourlyAmount::toString(const QLocale &locale) const {
    const qint64 absolute = m_microCents < 0 ? -m_microCents : m_microCents;
    const qint64 euros = absolute / (100 * perCent);
    QString decimals =
        QString::number(absolute % (100 * perCent)).rightJustified(8, QLatin1Char('0'));
    while (decimals.size() > 2 && decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    QString text = locale.toString(euros) + locale.decimalPoint() + decimals;
    if (m_microCents < 0)
        text.prepend(locale.negativeSign());
    return text + QChar(0x00A0) + QStringLiteral("€");
}

} // namespace apdesk::domain
