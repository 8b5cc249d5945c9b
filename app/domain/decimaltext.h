#pragma once

#include "core/expected.h"

#include <QString>
#include <QStringView>

class QLocale;

#include <optional>

namespace apdesk::domain::decimaltext {

// Reading of "1 234,56"-like numbers with at most two decimals into an integer count of
// hundredths, shared by hours and money so that both accept exactly the same ways of writing.
enum class Error { None, Empty, Negative, NotANumber, TooManyDecimals, TooLarge };

// The count read, or why the text is not one; error() is Error::None when it was read.
using Result = Expected<qint64, Error>;

// Removes every kind of space people and spreadsheets put in numbers (U+0020, U+00A0, U+202F,
// tabs).
QString withoutSpaces(QStringView text);

// An amount as typed, without its spaces and its currency: "12,34 €", "€12.34", "12.34 EUR".
QString withoutSpacesAndEuro(QStringView text);

// "12", "12,5", "12.50", ",5"; a decimal comma or point; no sign, no exponent.
Result parseHundredths(QStringView text);

// The same reading with up to `decimals` decimals (1 to 6), as an integer count of units of
// 10^-decimals: parseFixed("5,4325", 4) is 54325.
Result parseFixed(QStringView text, int decimals);

// Formats an integer count of hundredths with the locale's decimal point and group separator.
QString formatHundredths(qint64 hundredths, const QLocale &locale, bool groupThousands);

// Formats an integer count of units of 10^-decimals with at least `minDecimals` decimals and
// no trailing zero beyond them: formatFixed(54325, 4, 2, …) is "5,4325", (150000, 4, 2, …)
// "15,00".
QString formatFixed(qint64 units, int decimals, int minDecimals, const QLocale &locale,
                    bool groupThousands);

// `number` (already formatted in `locale`) in the locale's own currency pattern with "€":
// "12,34 €" in French, "€12.34" in English. QLocale's toCurrencyString would go through a double.
QString inEuros(const QString &number, const QLocale &locale);

} // namespace apdesk::domain::decimaltext
