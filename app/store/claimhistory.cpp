#include "store/claimhistory.h"

#include "store/claimrepository.h"
#include "store/store.h"

#include <QSet>

#include <utility>

namespace apdesk::store {

ClaimHistory::ClaimHistory(const Store &store, const domain::ClaimEngine &engine)
    : m_store(store)
    , m_engine(engine)
    , m_assembler(store) {}

Result<AssembledClaim> ClaimHistory::assemble(qint64 claimId, const QDate &today) const {
    using R = Result<AssembledClaim>;
    auto assembled = m_assembler.assemble(claimId, today);
    if (!assembled)
        return assembled;
    const auto use = earlier(assembled->record);
    if (!use)
        return R::failWith(use);
    use->applyTo(assembled.value());
    return assembled;
}

Result<ClaimHistory::EarlierUse> ClaimHistory::earlier(const Claim &claim) const {
    using R = Result<EarlierUse>;
    const auto siblings = m_store.claims().listFor(claim.establishmentId);
    if (!siblings)
        return R::failWith(siblings);

    const QDate &month = claim.month;
    EarlierUse use;
    for (const Claim &c : counted(*siblings)) {
        const bool sameYear = c.month.year() == month.year();
        const bool sameDecision = c.decisionNumber == claim.decisionNumber;
        if (c.month >= month || !(sameYear || sameDecision))
            continue;
        const auto assembled = m_assembler.assemble(c.id);
        if (!assembled)
            return R::failWith(assembled);
        // Only the hours are used: no reasons.
        const domain::ClaimResult result =
            m_engine.compute(assembled->claim, domain::Reasons::Skipped);
        if (sameDecision)
            use.decisionHours += result.totalHours();
        if (!sameYear)
            continue;
        // The engine returns one result per employee, in the claim's order.
        for (qsizetype i = 0; i < result.employees.size(); ++i)
            use.hoursThisYear[assembled->employeeIds.value(i)] +=
                result.employees[i].indemnifiableHours;
    }
    return R::ok(std::move(use));
}

QList<Claim> ClaimHistory::counted(const QList<Claim> &claims) {
    // A month corrected counts once, by its latest version the ASP did not refuse: the list
    // gives the latest version of a month first.
    QList<Claim> counted;
    QSet<std::pair<QString, QDate>> months;
    for (const Claim &c : claims) {
        if (c.status == ClaimStatus::Refused || months.contains({c.decisionNumber, c.month}))
            continue;
        months.insert({c.decisionNumber, c.month});
        counted << c;
    }
    return counted;
}

Result<domain::ClaimResult> ClaimHistory::computeUse(const Claim &claim) const {
    const auto assembled = m_assembler.assemble(claim.id);
    if (!assembled)
        return Result<domain::ClaimResult>::failWith(assembled);
    return Result<domain::ClaimResult>::ok(
        m_engine.compute(assembled->claim, domain::Reasons::Skipped));
}

void ClaimHistory::EarlierUse::applyTo(AssembledClaim &assembled) const {
    assembled.claim.decisionHoursUsedEarlier = decisionHours;
    for (qsizetype i = 0; i < assembled.claim.employees.size(); ++i)
        assembled.claim.employees[i].hoursEarlierThisYear =
            hoursThisYear.value(assembled.employeeIds[i]);
}

} // namespace apdesk::store
