#pragma once

#include "domain/checked.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace apdesk::exchange {

// Readers of the cells of a CSV file that are not hours or money (domain::Hours::parse and
// domain::Money::parse read those), each saying in French what it expected and what it found.
class CsvCells final {
    Q_DECLARE_TR_FUNCTIONS(CsvCells)

public:
    // dd/mm/yyyy as French spreadsheets write it ("1/3/2021", "01/03/2021", "01-03-2021",
    // "01.03.2021", with or without a time after it), and ISO yyyy-mm-dd.
    static domain::Checked<QDate> date(QStringView text);
    // "oui"/"non" (also o/n, x, 1/0, vrai/faux, yes/no); an empty cell is "non".
    static domain::Checked<bool> yesNo(QStringView text);
    // Days not worked, whole or half ("2", "1,5", "0.5"), as a count of half-days.
    static domain::Checked<int> halfDays(QStringView text);

    // What a CSV export writes.
    static QString formatDate(const QDate &date); // "01/03/2021"
    static QString formatYesNo(bool yes);         // "oui" / "non"
    static QString formatHalfDays(int halfDays);  // "1,5"
};

} // namespace apdesk::exchange
