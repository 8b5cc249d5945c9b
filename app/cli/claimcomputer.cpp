#include "claimcomputer.h"

#include "builtinrates.h"

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

ClaimComputer::ClaimComputer(const store::Store &store) {
    auto rates = domain::RatesTable::parse(resources::builtInRatesJson());
    if (!rates) {
        m_error = rates.error();
        return;
    }
    m_rates.emplace(std::move(*rates));
    m_engine.emplace(*m_rates);
    m_history.emplace(store, *m_engine);
    m_assembler.emplace(store);
}

store::Result<ClaimComputer::Computed> ClaimComputer::compute(qint64 claimId,
                                                              const QDate &today) const {
    using R = store::Result<Computed>;
    if (!m_history)
        return R::fail(store::Error::make(store::ErrorKind::Failed, m_error));
    auto assembled = m_history->assemble(claimId, today);
    if (!assembled)
        return R::failWith(assembled);
    Computed computed{std::move(assembled.value()), {}};
    computed.result = m_engine->compute(computed.assembled.claim);
    return R::ok(std::move(computed));
}

store::Result<ClaimComputer::BeforeImport> ClaimComputer::readBeforeImport(qint64 claimId) const {
    if (!m_history)
        return store::Result<BeforeImport>::fail(
            store::Error::make(store::ErrorKind::Failed, m_error));
    auto sources = m_assembler->read(claimId);
    if (!sources)
        return store::Result<BeforeImport>::failWith(sources);
    return withHistory(std::move(sources).value());
}

store::Result<ClaimComputer::BeforeImport>
ClaimComputer::withHistory(store::ClaimSources sources) const {
    using R = store::Result<BeforeImport>;
    if (!m_history)
        return R::fail(store::Error::make(store::ErrorKind::Failed, m_error));
    // Read after the sources' stamp was taken: a commit in between makes them not current.
    auto earlier = m_history->earlier(sources.record);
    if (!earlier)
        return R::failWith(earlier);
    return R::ok({std::move(sources), std::move(earlier).value()});
}

bool ClaimComputer::isCurrent(const BeforeImport &read) const {
    return m_assembler && m_assembler->isCurrent(read.sources);
}

std::future<store::Result<ClaimComputer::Computed>>
ClaimComputer::computeAfterImport(BeforeImport read,
                                  const QList<store::ImportedLine> &imported) const {
    // Never read again here: the caller holds the store's write lock, which the claim's history
    // (every earlier claim computed) could keep for seconds.
    if (!isCurrent(read))
        return {};
    return std::async(std::launch::async, [this, &imported, read = std::move(read)]() mutable {
        store::ClaimSources &sources = read.sources;
        sources.lines = store::ImportRepository::linesAfter(
            sources.record.id, sources.copies, sources.lines, imported, sources.employees);
        Computed computed{store::ClaimAssembler::build(sources), {}};
        read.earlier.applyTo(computed.assembled);
        computed.result = m_engine->compute(computed.assembled.claim);
        return store::Result<Computed>::ok(std::move(computed));
    });
}

QJsonObject ClaimComputer::summaryOf(const Computed &computed) {
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
