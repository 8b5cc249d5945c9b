#include "decimaltext.h"

#include <QLocale>

#include <limits>

namespace apdesk::domain::decimaltext {

QString withoutSpaces(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x202F) && c != QChar(0x00A0))
            out.append(c);
    }
    return out;
}

QString withoutSpacesAndEuro(QStringView text) {
    QString compact = withoutSpaces(text);
    compact.remove(QChar(0x20AC)); // "€" before or after the number
    if (compact.endsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        compact.chop(3);
    return compact;
}

Result parseFixed(QStringView text, int decimals) {
    const QString s = withoutSpaces(text);
    if (s.isEmpty())
        return Result::fail(Error::Empty);
    if (s.startsWith(u'-'))
        return Result::fail(Error::Negative);

    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    bool seenDigit = false;
    // Room for whole × 10^decimals and a margin.
    const qint64 limit = std::numeric_limits<qint64>::max() / (scale * 10);
    for (QChar c : s) {
        if (c == u',' || c == u'.') {
            if (seenSeparator)
                return Result::fail(Error::NotANumber);
            seenSeparator = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Result::fail(Error::NotANumber);
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (!seenSeparator) {
            whole = whole * 10 + digit;
            if (whole > limit)
                return Result::fail(Error::TooLarge);
        } else {
            // Trailing zeros beyond the last allowed decimal are harmless ("7,500").
            if (fractionDigits >= decimals) {
                if (digit != 0)
                    return Result::fail(Error::TooManyDecimals);
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return Result::fail(Error::NotANumber);
    while (fractionDigits < decimals) {
        fraction *= 10;
        ++fractionDigits;
    }
    return Result::ok(whole * scale + fraction);
}

Result parseHundredths(QStringView text) {
    return parseFixed(text, 2);
}

QString formatHundredths(qint64 hundredths, const QLocale &locale, bool groupThousands) {
    const bool negative = hundredths < 0;
    // Work on the magnitude as unsigned so that the smallest qint64 has no overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(hundredths) : quint64(hundredths);
    QLocale numberLocale = locale;
    numberLocale.setNumberOptions(groupThousands ? QLocale::DefaultNumberOptions
                                                 : QLocale::OmitGroupSeparator);
    QString text = numberLocale.toString(qulonglong(magnitude / 100));
    text += locale.decimalPoint();
    text += QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatFixed(qint64 units, int decimals, int minDecimals, const QLocale &locale,
                    bool groupThousands) {
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QLocale numberLocale = locale;
    numberLocale.setNumberOptions(groupThousands ? QLocale::DefaultNumberOptions
                                                 : QLocale::OmitGroupSeparator);
    QString text = numberLocale.toString(qulonglong(magnitude / scale));
    QString fraction = QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString inEuros(const QString &number, const QLocale &locale) {
    QString pattern = locale.toCurrencyString(qlonglong(0), QStringLiteral("€"));
    const auto zero = pattern.indexOf(locale.zeroDigit());
    if (zero < 0)
        return number + QChar(0x00A0) + QStringLiteral("€");
    return pattern.replace(zero, locale.zeroDigit().size(), number);
}

} // namespace apdesk::domain::decimaltext
