#include "monthweeks.h"

#include <algorithm>

namespace apdesk::domain {

namespace {
constexpr qint64 hundredthsPerWorkingDay = 700; // 7 h = 35 h / 5 (legal duration)
constexpr qint64 forfaitWeekHundredths = 3500;  // 1 week = 35 h for forfait-jours
constexpr qint64 workingDaysPerWeek = 5;

QDate mondayOf(const QDate &date) {
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

MonthWeeks::MonthWeeks(int year, int month, const QString &departement)
    : m_year(year)
    , m_month(month)
    , m_first(year, month, 1) {
    if (!m_first.isValid())
        return; // no weeks: an invalid month has nothing to cut
    m_last = m_first.addDays(m_first.daysInMonth() - 1);
    const auto holidays = FrenchHolidays::forYear(year, departement);
    for (QDate monday = mondayOf(m_first); monday <= m_last; monday = monday.addDays(7)) {
        WeekPart part;
        part.monday = monday;
        part.first = std::max(monday, m_first);
        part.last = std::min(monday.addDays(6), m_last);
        for (QDate day = part.first; day <= part.last; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const auto holiday =
                std::find_if(holidays.cbegin(), holidays.cend(),
                             [&](const PublicHoliday &h) { return h.date == day; });
            if (holiday != holidays.cend())
                part.holidays.append(*holiday);
            else
                part.workingDays.append(day);
        }
        m_weeks.append(part);
    }
}

std::optional<qsizetype> MonthWeeks::weekIndexFor(const QDate &anyDayOfWeek) const {
    if (!anyDayOfWeek.isValid())
        return std::nullopt;
    const QDate monday = mondayOf(anyDayOfWeek);
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        if (m_weeks[i].monday == monday)
            return i;
    }
    return std::nullopt;
}

int MonthWeeks::indemnifiableDays(const WeekPart &week, const CapBasis &basis) {
    return int(
        std::count_if(week.workingDays.cbegin(), week.workingDays.cend(), [&](const QDate &day) {
            return (basis.from.isNull() || day >= basis.from) &&
                   (basis.to.isNull() || day <= basis.to);
        }));
}

Hours MonthWeeks::contractualHours(const WeekPart &week, const CapBasis &basis) {
    const qint64 weekly =
        basis.forfaitJours ? forfaitWeekHundredths : basis.weeklyHours.hundredths();
    const qint64 days = indemnifiableDays(week, basis);
    // Integer division truncates toward zero: weekly hours are never negative here, so this is
    // the rounding down the cap needs.
    return Hours::fromHundredths(std::max<qint64>(0, weekly) * days / workingDaysPerWeek);
}

Hours MonthWeeks::cap(const WeekPart &week, const CapBasis &basis) {
    const qint64 days = indemnifiableDays(week, basis);
    const Hours legal = Hours::fromHundredths(hundredthsPerWorkingDay * days);
    return std::min(legal, contractualHours(week, basis));
}

} // namespace apdesk::domain
