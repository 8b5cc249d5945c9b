#pragma once

#include <QString>
#include <QStringView>

class QLocale;

#include <optional>

namespace apdesk::domain::decimaltext {

// Reading of "1 234,56"-like numbers with at most two decimals into an integer count of
// hundredths, shared by hours and money so that both accept exactly the same ways of writing.
enum class Error { None, Empty, Negative, NotANumber, TooManyDecimals, TooLarge };

struct Result {
    qint64 hundredths = 0;
    Error error = Error::None;
};

// Removes every kind of space people and spreadsheets put in numbers (U+0020, U+00A0, U+202F,
// tabs).
QString withoutSpaces(QStringView text);

// "12", "12,5", "12.50", ",5"; a decimal comma or point; no sign, no exponent.
Result parseHundredths(QStringView text);

// Formats an integer count of hundredths with the locale's decimal point and group separator.
QString formatHundredths(qint64 hundredths, const QLocale &locale, bool groupThousands);

} // namespace apdesk::domain::decimaltext
