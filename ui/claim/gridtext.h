#pragma once

#include "domain/hours.h"
#include "domain/money.h"

#include <QDate>
#include <QString>

// How the claim screens write figures: French first (the program's locale), as a spreadsheet
// shows them, and as they are copied to one.
namespace apdesk::ui::gridtext {

// "35", "7,5", "7,25": hours without the trailing zeros of their hundredths.
QString hours(domain::Hours hours);
// "1 234,56 €" with the locale's separators.
QString money(domain::Money money);
// "1234,56": what a spreadsheet reads as a number.
QString plainMoney(domain::Money money);
// "06/04": a day of the month as the week headers show it.
QString dayMonth(const QDate &day);
// "avril 2026".
QString monthYear(const QDate &month);
// "06/04/2026": a date in full, as the decisions and their deadlines show it.
QString date(const QDate &day);

} // namespace apdesk::ui::gridtext
