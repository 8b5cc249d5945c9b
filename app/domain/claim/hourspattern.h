#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/monthweeks.h"

#include <QList>

namespace apdesk::domain {

// "The same hours as last month" for one employee: the pattern is the last of the previous
// month's weeks with the most indemnifiable working days for them — the most recent whole week —
// preferring one without hours treated as worked (paid leave or sickness do not repeat; but
// when every such week has some they are kept, since dropping them would raise the chômées of a
// reduction). A week of that length without a line is a week without activité partielle, and
// carries nothing. Each week of the next month gets the pattern's hours prorated to its own
// indemnifiable working days: a week as long is copied as it is, one cut by the month's edge, a
// public holiday, an entry or an exit gets its share, rounded down to the hundredth (to the
// half-day for forfait-jours), so that no day is claimed beyond the pattern's. Weeks with no
// indemnifiable day get nothing.
class HoursPattern final {
public:
    // `lines`: the employee's weeks of `previous` (ClaimLine::week any day of the week);
    // `previousSpan` and `nextSpan`: the days the employee may be indemnified in each month
    // (CapBasis::from/to; the contract fields are not read). Returns the next month's weeks,
    // each ClaimLine::week the first day of its part, with the lines' matricule (a pattern of
    // zeros gives weeks of zeros: with a reduction, a week wholly chômée); empty without a
    // pattern.
    static QList<ClaimLine> carry(const QList<ClaimLine> &lines, const MonthWeeks &previous,
                                  const CapBasis &previousSpan, const MonthWeeks &next,
                                  const CapBasis &nextSpan);
};

} // namespace apdesk::domain
