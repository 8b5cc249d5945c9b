#pragma once

#include "domain/claim/claim.h"
#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::store {

class Store;

// A stored claim as the claim engine reads it.
struct AssembledClaim final {
    Claim record;
    Establishment establishment;
    domain::Claim claim;
    QList<qint64> employeeIds; // the store's id of each of claim.employees, same order
    // False when the decision is not in the decision cache: the claim is then computed as a
    // reduction of hours under common law over the whole month, contingent and headcount
    // unknown (not checked).
    bool decisionKnown = false;
};

// The bridge from the store's records to the claim engine's model (app/domain/claim): a claim
// with its establishment, its decision (from the decision cache), the employees that have lines
// — with the contract and pay copied on their lines, never today's — and the lines. The engine
// keys lines by matricule; an employee without one (or sharing it) is keyed by NIR.
class ClaimAssembler final {
    Q_DECLARE_TR_FUNCTIONS(ClaimAssembler)

public:
    explicit ClaimAssembler(const Store &store);

    // `today` is the date the filing deadline is checked against (null: not checked).
    Result<AssembledClaim> assemble(qint64 claimId, const QDate &today = {}) const;

    // Conversions between the store's employee and the model's, used by imports and exports.
    // The store requires an entry date; an employee imported without one gets
    // unknownEntryDate(), which converts back to "no date".
    static domain::ClaimEmployee toClaimEmployee(const Employee &employee);
    static Employee toEmployee(const domain::ClaimEmployee &employee, qint64 establishmentId);
    static QDate unknownEntryDate() { return QDate(1900, 1, 1); }

private:
    const Store &m_store;
};

} // namespace apdesk::store
