#pragma once

#include "domain/claim/frenchholidays.h"
#include "domain/hours.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace apdesk::domain {

// The part of one Monday–Sunday week that lies inside the claim's month.
struct WeekPart {
    QDate monday;             // identifies the week, even when that Monday is in the previous month
    QDate first;              // first day of the part (inside the month)
    QDate last;               // last day of the part (inside the month)
    QList<QDate> workingDays; // Monday–Friday inside the part, public holidays removed
    QList<PublicHoliday> holidays; // public holidays falling on a Monday–Friday of the part
};

// What a cap is computed from, besides the week: the employee's contract and the days the
// employee may be indemnified (employment, and the decision's period).
struct CapBasis {
    Hours weeklyHours; // contractual weekly hours (ignored for forfait-jours)
    bool forfaitJours = false;
    QDate from; // first day that may be indemnified (null: no limit)
    QDate to;   // last day that may be indemnified (null: no limit)
};

// The weeks of a claim month — the one place that knows our week convention (DOMAIN.md section
// 2, "our rule"): the Monday–Sunday weeks that meet the month, cut at the month's edges, each
// working day counted exactly once. Another convention (whole weeks assigned to the month that
// holds their first three days, as the official DI spreadsheet does) would be another
// implementation of this same interface.
class MonthWeeks final {
public:
    MonthWeeks(int year, int month, const QString &departement);

    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    const QList<WeekPart> &weeks() const { return m_weeks; }

    // "Semaine du": any day of a Monday–Sunday week that meets the month, even a day of the
    // neighbouring month, designates this month's part of that week. Returns the part's index,
    // or nullopt when the week does not meet the month.
    std::optional<qsizetype> weekIndexFor(const QDate &anyDayOfWeek) const;

    // Working days of the part inside [basis.from, basis.to].
    static int indemnifiableDays(const WeekPart &week, const CapBasis &basis);

    // The week part's cap: 7 h per working day counted, never more than the contractual weekly
    // hours prorated to the same days (weekly × days / 5), rounded DOWN to the hundredth so that
    // nothing is ever over-claimed. Forfait-jours count as 35 h a week (art. D5122-15).
    static Hours cap(const WeekPart &week, const CapBasis &basis);

    // The contractual hours of the part prorated the same way, without the 7 h/day legal limit:
    // what an employee may really have worked in it.
    static Hours contractualHours(const WeekPart &week, const CapBasis &basis);

private:
    int m_year;
    int m_month;
    QDate m_first;
    QDate m_last;
    QList<WeekPart> m_weeks;
};

} // namespace apdesk::domain
