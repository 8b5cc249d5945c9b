#include "hourspattern.h"

#include <optional>

namespace apdesk::domain {

namespace {

// The pattern's figure for a week of `days` days instead of `patternDays`, rounded down.
qint64 prorated(qint64 value, int days, int patternDays) {
    return value * days / patternDays;
}

Hours prorated(Hours hours, int days, int patternDays) {
    return Hours::fromHundredths(prorated(hours.hundredths(), days, patternDays));
}

bool isEmpty(const ClaimLine &line) {
    return line.worked == Hours() && line.treatedAsWorked == Hours() && line.chomees == Hours() &&
           line.halfDaysNotWorked == 0;
}

} // namespace

QList<ClaimLine> HoursPattern::carry(const QList<ClaimLine> &lines, const MonthWeeks &previous,
                                     const CapBasis &previousSpan, const MonthWeeks &next,
                                     const CapBasis &nextSpan) {
    std::optional<ClaimLine> pattern;
    int patternDays = 0;
    for (const ClaimLine &line : lines) {
        const auto index = previous.weekIndexFor(line.week);
        if (!index)
            continue;
        const int days = MonthWeeks::indemnifiableDays(previous.weeks().at(*index), previousSpan);
        if (days > patternDays) {
            pattern = line;
            patternDays = days;
        }
    }
    if (!pattern || isEmpty(*pattern))
        return {};

    QList<ClaimLine> carried;
    for (const WeekPart &week : next.weeks()) {
        const int days = MonthWeeks::indemnifiableDays(week, nextSpan);
        if (days == 0)
            continue;
        ClaimLine line;
        line.matricule = pattern->matricule;
        line.week = week.first;
        line.worked = prorated(pattern->worked, days, patternDays);
        line.treatedAsWorked = prorated(pattern->treatedAsWorked, days, patternDays);
        line.chomees = prorated(pattern->chomees, days, patternDays);
        line.halfDaysNotWorked = int(prorated(pattern->halfDaysNotWorked, days, patternDays));
        if (!isEmpty(line))
            carried << line;
    }
    return carried;
}

} // namespace apdesk::domain
