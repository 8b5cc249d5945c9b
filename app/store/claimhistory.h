#pragma once

#include "domain/claim/claimengine.h"
#include "store/claimassembler.h"

#include <QHash>

namespace apdesk::store {

// A claim assembled with what its establishment's earlier claims already used, for the two
// checks that look back:
// - the decision's contingent: the hours of earlier claims on the same decision
//   (Claim::decisionHoursUsedEarlier);
// - each employee's annual cap: the employee's indemnifiable hours in earlier claims of the same
//   calendar year (ClaimEmployee::hoursEarlierThisYear).
// "Earlier" means an earlier month; a refused claim used nothing; a corrected month counts by
// its latest version only. Each earlier claim is computed
// with the engine from its own stored lines: indemnifiable hours do not depend on the hours
// used before them (those only raise warnings), so one pass over the earlier claims suffices.
class ClaimHistory final {
public:
    ClaimHistory(const Store &store, const domain::ClaimEngine &engine);

    // As ClaimAssembler::assemble, with the earlier hours filled in.
    Result<AssembledClaim> assemble(qint64 claimId, const QDate &today = {}) const;

    // What the establishment's claims before `claim` used, read and computed from the store.
    struct EarlierUse {
        domain::Hours decisionHours;                // on the same decision
        QHash<qint64, domain::Hours> hoursThisYear; // by the store's employee id
        // Fills in `assembled` (the claim `earlier()` was asked about); touches no store.
        void applyTo(AssembledClaim &assembled) const;
    };
    Result<EarlierUse> earlier(const Claim &claim) const;

    // The claims of an establishment's list (ClaimRepository::listFor: the latest version of a
    // month first) that count for the hours used: per decision and month, the latest version
    // the ASP did not refuse. In the list's order.
    static QList<Claim> counted(const QList<Claim> &claims);
    // A stored claim computed without reasons nor history: its indemnifiable hours are what it
    // uses of the contingent and of each employee's annual cap.
    Result<domain::ClaimResult> computeUse(const Claim &claim) const;

private:
    const Store &m_store;
    const domain::ClaimEngine &m_engine;
    ClaimAssembler m_assembler;
};

} // namespace apdesk::store
