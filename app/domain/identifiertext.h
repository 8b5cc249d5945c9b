#pragma once

#include <QString>
#include <QStringView>

namespace apdesk::domain::identifiertext {

// What people type around and inside identifiers (SIRET, SIREN, NIR, postal codes): the parsers
// share one reading so that "356 000 000 09075", "329.338.88300153" and numbers pasted from a
// spreadsheet (U+00A0, U+202F) are all accepted the same way.

// True for the characters that only group digits: every kind of space and the dot.
bool isGroupSeparator(QChar c);

// The text without its group separators.
QString compact(QStringView text);

// Index of the first character of `text` that is not an ASCII digit, or -1.
qsizetype firstNonDigit(QStringView text);

// How a character is named in a message: « A », or U+0007 when it cannot be shown.
QString quoted(QChar c);
QString quoted(char32_t c);

// Sum of the Luhn algorithm over ASCII digits: the number is valid when it is a multiple of 10.
int luhnSum(QStringView digits);

} // namespace apdesk::domain::identifiertext
