#include "exchange/claimbatch.h"

#include "domain/claim/claimchecks.h"

#include <QHash>

namespace apdesk::exchange {

domain::ClaimResult ClaimBatch::compute(const domain::ClaimEngine &engine,
                                        const domain::Claim &claim) {
    // The composition of ClaimEngine::compute(), with each employee's lines found by key.
    domain::ClaimResult result;
    result.claimProblems = domain::ClaimChecks::header(claim);
    if (!claim.firstDay().isValid())
        return result;
    QHash<QString, QList<domain::ClaimLine>> linesOf;
    linesOf.reserve(claim.employees.size());
    for (const domain::ClaimLine &line : claim.lines)
        linesOf[line.matricule].append(line);
    domain::Claim one = claim;
    one.employees.clear();
    one.lines.clear();
    result.employees.reserve(claim.employees.size());
    for (const domain::ClaimEmployee &employee : claim.employees) {
        one.lines = linesOf.value(employee.matricule);
        result.employees.append(engine.computeEmployee(one, employee));
    }
    result.claimProblems += domain::ClaimChecks::totals(claim, result);
    return result;
}

} // namespace apdesk::exchange
