#include "frenchholidays.h"

#include <algorithm>

namespace apdesk::domain {

QDate FrenchHolidays::easterSunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher): integer arithmetic only.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool FrenchHolidays::isAlsaceMoselle(const QString &departement) {
    const QString code = departement.trimmed();
    return code == QLatin1String("57") || code == QLatin1String("67") ||
           code == QLatin1String("68");
}

QList<PublicHoliday> FrenchHolidays::forYear(int year, const QString &departement) {
    const QDate easter = easterSunday(year);
    QList<PublicHoliday> days = {
        {QDate(year, 1, 1), tr("Jour de l'an"), {}},
        {easter.addDays(1), tr("Lundi de Pâques"), {}},
        {QDate(year, 5, 1), tr("Fête du travail"), {}},
        {QDate(year, 5, 8), tr("Victoire 1945"), {}},
        {easter.addDays(39), tr("Ascension"), {}},
        {easter.addDays(50), tr("Lundi de Pentecôte"),
         tr("Férié ; souvent « journée de solidarité » travaillée : les heures "
            "travaillées ce jour-là se saisissent comme travaillées.")},
        {QDate(year, 7, 14), tr("Fête nationale"), {}},
        {QDate(year, 8, 15), tr("Assomption"), {}},
        {QDate(year, 11, 1), tr("Toussaint"), {}},
        {QDate(year, 11, 11), tr("Armistice 1918"), {}},
        {QDate(year, 12, 25), tr("Noël"), {}},
    };
    if (isAlsaceMoselle(departement)) {
        days.append({easter.addDays(-2), tr("Vendredi saint"),
                     tr("Alsace-Moselle (départements 57, 67, 68)")});
        days.append({QDate(year, 12, 26), tr("Saint-Étienne"),
                     tr("Alsace-Moselle (départements 57, 67, 68)")});
    }
    std::sort(days.begin(), days.end(),
              [](const PublicHoliday &l, const PublicHoliday &r) { return l.date < r.date; });
    return days;
}

bool FrenchHolidays::isHoliday(const QDate &date, const QString &departement) {
    const auto days = forYear(date.year(), departement);
    return std::any_of(days.cbegin(), days.cend(),
                       [&](const PublicHoliday &h) { return h.date == date; });
}

} // namespace apdesk::domain
