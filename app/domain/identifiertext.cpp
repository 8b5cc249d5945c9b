#include "identifiertext.h"

namespace apdesk::domain::identifiertext {

bool isGroupSeparator(QChar c) {
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'.';
}

QString compact(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isGroupSeparator(c))
            out.append(c);
    }
    return out;
}

qsizetype firstNonDigit(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return i;
    }
    return -1;
}

QString quoted(char32_t c) {
    if (QChar::isPrint(c))
        return QStringLiteral("« %1 »").arg(QString::fromUcs4(&c, 1));
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString quoted(QChar c) {
    return quoted(char32_t(c.unicode()));
}

int luhnSum(QStringView digits) {
    // From the right, every second digit is doubled, and 9 is taken off doubles above 9.
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum;
}

} // namespace apdesk::domain::identifiertext
