#pragma once

#include "domain/claim/claim.h"
#include "sqlite/transaction.h"
#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace apdesk::store {

class Store;

// A stored claim as the claim engine reads it: its employees are those with lines, then those
// put on the claim whose hours are not entered yet.
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

// What a claim is assembled from, as read from the store on one snapshot.
struct ClaimSources final {
    Claim record;
    Establishment establishment;
    QList<Employee> employees;              // all of the establishment's
    QList<ClaimLine> copies;                // ClaimLineRepository::contentsOf
    QList<ClaimLine> lines;                 // in ClaimLineRepository::linesOf's order
    std::optional<CachedDecision> decision; // none when not in the decision cache
    // The reading connection's stamp just before the read (ClaimAssembler::isCurrent); none
    // when it could not be taken or the sources are incomplete.
    std::optional<sqlite::ChangeStamp> stamp;
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

    // assemble() in its two halves: what it reads (one snapshot, or the caller's transaction),
    // and the claim made of it, which touches no store and may run on any thread. Without the
    // lines (Lines::Skip), for what only needs the claim's establishment, employees and decision.
    enum class Lines { Read, Skip };
    Result<ClaimSources> read(qint64 claimId, Lines lines = Lines::Read) const;
    static AssembledClaim build(const ClaimSources &sources, const QDate &today = {});
    // Whether `sources`, read by this thread, still are what the store holds: nobody has
    // written since, neither another connection nor this thread's own.
    bool isCurrent(const ClaimSources &sources) const;

    // The form of reduction of a cached decision as the engine reads it; without the decision,
    // a reduction of hours (the claim is then computed as one, see AssembledClaim).
    static domain::ReductionForm reductionForm(const std::optional<CachedDecision> &decision);

    // Conversions between the store's employee and the model's, used by imports and exports.
    // The store requires an entry date; an employee imported without one gets
    // unknownEntryDate(), which converts back to "no date".
    // The decision as last fetched from the service, as the engine reads it.
    static domain::Decision toDecision(const CachedDecision &cached);
    static domain::ClaimEmployee toClaimEmployee(const Employee &employee);
    // A week as a file or the engine gives it, as the store keeps it (the reverse of what
    // build() does with each line).
    static WeekHours toWeekHours(const domain::ClaimLine &line);
    static Employee toEmployee(const domain::ClaimEmployee &employee, qint64 establishmentId);
    static QDate unknownEntryDate() { return QDate(1900, 1, 1); }

private:
    const Store &m_store;
};

} // namespace apdesk::store
