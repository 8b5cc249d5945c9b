#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"

#include <QCoreApplication>

namespace apdesk::domain {

// The checks of the whole claim, as opposed to those of one employee: the month against the
// decision's period, employees given twice, lines for no known employee, the headcount, the
// decision's remaining contingent (earlier claims count) and the filing deadline.
class ClaimChecks final {
    Q_DECLARE_TR_FUNCTIONS(ClaimChecks)

public:
    // Blocking problems that do not need the amounts.
    static QList<Problem> header(const Claim &claim);
    // Warnings on the computed result.
    static QList<Problem> totals(const Claim &claim, const ClaimResult &result);
    // The same from the result's totals: its indemnifiable hours, and how many employees have
    // some (what a screen keeps as sums while one employee at a time is recomputed).
    static QList<Problem> totals(const Claim &claim, Hours totalHours, int headcount);

    // 6 months after the end of the authorised period, 12 for a period ending in 2020.
    static QDate filingDeadline(const Decision &decision);
};

} // namespace apdesk::domain
