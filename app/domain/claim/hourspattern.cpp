#include "hourspattern.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace apdesk::domain {

namespace {

// The pattern's figure for a week of `days` days instead of `patternDays`, rounded down.
qint64 prorated(qint64 value, int days, int patternDays) {
    return value * days / patternDays;
}

Hours prorated(Hours hours, int days, int patternDays) {
    return Hours::fromHundredths(prorated(hours.hundredths(), days, patternDays));
}

} // namespace

QList<ClaimLine> HoursPattern::carry(const QList<ClaimLine> &lines, const MonthWeeks &previous,
                                     const CapBasis &previousSpan, const MonthWeeks &next,
                                     const CapBasis &nextSpan) {
    // A whole week for this employee: the most indemnifiable days a week of the month gives.
    int patternDays = 0;
    for (const WeekPart &week : previous.weeks())
        patternDays = std::max(patternDays, MonthWeeks::indemnifiableDays(week, previousSpan));
    if (patternDays == 0)
        return {};
    const auto lineOf = [&](qsizetype w) -> std::optional<ClaimLine> {
        std::optional<ClaimLine> found;
        for (const ClaimLine &line : lines) {
            if (previous.weekIndexFor(line.week) == w)
                found = line;
        }
        return found;
    };
    // The whole weeks, the latest first.
    std::optional<ClaimLine> latest;
    std::optional<ClaimLine> withoutAbsence;
    bool first = true;
    for (qsizetype w = previous.weeks().size() - 1; w >= 0 && !withoutAbsence; --w) {
        if (MonthWeeks::indemnifiableDays(previous.weeks().at(w), previousSpan) != patternDays)
            continue;
        const std::optional<ClaimLine> line = lineOf(w);
        if (std::exchange(first, false)) {
            if (!line)
                return {}; // no activité partielle in the latest whole week
            latest = line;
        }
        if (line && line->treatedAsWorked == Hours())
            withoutAbsence = line;
    }
    const std::optional<ClaimLine> pattern = withoutAbsence ? withoutAbsence : latest;
    // A line of zeros is a rhythm too: with a reduction, 0 h worked is a week wholly chômée.
    if (!pattern)
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
        carried << line;
    }
    return carried;
}

} // namespace apdesk::domain
