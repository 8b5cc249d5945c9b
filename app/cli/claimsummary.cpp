#include "claimsummary.h"

#include <QLocale>

namespace apdesk::cli {

namespace {

QString statusName(store::ClaimStatus status) {
    switch (status) {
    case store::ClaimStatus::Preparation:
        return QStringLiteral("preparation");
    case store::ClaimStatus::Queued:
        return QStringLiteral("queued");
    case store::ClaimStatus::Sent:
        return QStringLiteral("sent");
    case store::ClaimStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

} // namespace

QJsonObject claimSummary(const store::ClaimComputer::Computed &computed) {
    const store::AssembledClaim &a = computed.assembled;
    const domain::ClaimResult &result = computed.result;
    const QLocale c = QLocale::c();
    int blocking = 0;
    int warnings = 0;
    for (const domain::Problem &p : result.problems())
        (p.level == domain::Problem::Level::Blocking ? blocking : warnings) += 1;
    return {
        {QStringLiteral("id"), a.record.id},
        {QStringLiteral("establishment"),
         QJsonObject{{QStringLiteral("id"), a.establishment.id},
                     {QStringLiteral("siret"), a.establishment.siret},
                     {QStringLiteral("name"), a.establishment.name}}},
        {QStringLiteral("decision"), a.record.decisionNumber},
        {QStringLiteral("decisionKnown"), a.decisionKnown},
        {QStringLiteral("month"), a.record.month.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("status"), statusName(a.record.status)},
        {QStringLiteral("employees"), int(a.claim.employees.size())},
        {QStringLiteral("lines"), int(a.claim.lines.size())},
        // The same totals object as compute's result (docs/claim-json.md).
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("hours"), result.totalHours().toString(c)},
                     {QStringLiteral("indemnity"), result.totalIndemnity().toPlainString(c)},
                     {QStringLiteral("indemnityCents"), result.totalIndemnity().cents()},
                     {QStringLiteral("allocation"), result.totalAllocation().toPlainString(c)},
                     {QStringLiteral("allocationCents"), result.totalAllocation().cents()}}},
        // Hours of the establishment's earlier claims on the same decision (contingent).
        {QStringLiteral("decisionHoursUsedEarlier"), a.claim.decisionHoursUsedEarlier.toString(c)},
        {QStringLiteral("blockingProblems"), blocking},
        {QStringLiteral("warnings"), warnings}};
}

} // namespace apdesk::cli
