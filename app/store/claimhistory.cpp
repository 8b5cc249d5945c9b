#include "store/claimhistory.h"

#include "store/claimrepository.h"
#include "store/store.h"

#include <QHash>

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
    AssembledClaim out = std::move(assembled).value();
    const auto siblings = m_store.claims().listFor(out.record.establishmentId);
    if (!siblings)
        return R::failWith(siblings);

    const QDate &month = out.record.month;
    QList<Claim> earlier;
    for (const Claim &c : *siblings) {
        const bool sameYear = c.month.year() == month.year();
        const bool sameDecision = c.decisionNumber == out.record.decisionNumber;
        if (c.month < month && c.status != ClaimStatus::Refused && (sameYear || sameDecision))
            earlier << c;
    }

    QHash<qint64, domain::Hours> hoursThisYear; // by the store's employee id
    for (const Claim &c : std::as_const(earlier)) {
        const auto before = m_assembler.assemble(c.id);
        if (!before)
            return R::failWith(before);
        const domain::ClaimResult result = m_engine.compute(before->claim);
        if (c.decisionNumber == out.record.decisionNumber)
            out.claim.decisionHoursUsedEarlier += result.totalHours();
        if (c.month.year() != month.year())
            continue;
        // The engine returns one result per employee, in the claim's order.
        for (qsizetype i = 0; i < result.employees.size(); ++i)
            hoursThisYear[before->employeeIds.value(i)] += result.employees[i].indemnifiableHours;
    }
    for (qsizetype i = 0; i < out.claim.employees.size(); ++i)
        out.claim.employees[i].hoursEarlierThisYear = hoursThisYear.value(out.employeeIds[i]);
    return R::ok(std::move(out));
}

} // namespace apdesk::store
