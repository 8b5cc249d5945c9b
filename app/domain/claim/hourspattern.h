#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/monthweeks.h"

#include <QList>

namespace apdesk::domain {

// "The same hours as last month" for one employee: the week of the previous month with the most
// indemnifiable working days (the first of them on a tie) is the pattern, and each week of the
// next month gets its hours prorated to that week's own indemnifiable working days. A whole week
// is copied as it is; a week cut by the month's edge, a public holiday, an entry or an exit gets
// its share, rounded down to the hundredth (to the half-day for forfait-jours) so that nothing is
// ever claimed beyond the pattern. Weeks with no indemnifiable day get nothing.
class HoursPattern final {
public:
    // `lines`: the employee's weeks of `previous` (ClaimLine::week any day of the week);
    // `previousSpan` and `nextSpan`: the days the employee may be indemnified in each month
    // (CapBasis::from/to; the contract fields are not read). Returns the next month's weeks,
    // each ClaimLine::week the first day of its part, with the lines' matricule; empty when the
    // pattern week has no hours.
    static QList<ClaimLine> carry(const QList<ClaimLine> &lines, const MonthWeeks &previous,
                                  const CapBasis &previousSpan, const MonthWeeks &next,
                                  const CapBasis &nextSpan);
};

} // namespace apdesk::domain
