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

Result parseHundredths(QStringView text) {
    const QString s = withoutSpaces(text);
    if (s.isEmpty())
        return {0, Error::Empty};
    if (s.startsWith(u'-'))
        return {0, Error::Negative};

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    bool seenDigit = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;
    for (QChar c : s) {
        if (c == u',' || c == u'.') {
            if (seenSeparator)
                return {0, Error::NotANumber};
            seenSeparator = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return {0, Error::NotANumber};
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (!seenSeparator) {
            whole = whole * 10 + digit;
            if (whole > limit)
                return {0, Error::TooLarge};
        } else {
            // Trailing zeros beyond the second decimal are harmless ("7,500").
            if (fractionDigits >= 2) {
                if (digit != 0)
                    return {0, Error::TooManyDecimals};
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return {0, Error::NotANumber};
    while (fractionDigits < 2) {
        fraction *= 10;
        ++fractionDigits;
    }
    return {whole * 100 + fraction, Error::None};
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

} // namespace apdesk::domain::decimaltext
