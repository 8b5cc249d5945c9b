#include "store/claimcomputer.h"

#include "builtinrates.h"

namespace apdesk::store {

ClaimComputer::ClaimComputer(const Store &store) {
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

Result<ClaimComputer::Computed> ClaimComputer::compute(qint64 claimId, const QDate &today,
                                                       domain::Reasons reasons) const {
    using R = Result<Computed>;
    if (!m_history)
        return R::fail(Error::make(ErrorKind::Failed, m_error));
    auto assembled = m_history->assemble(claimId, today);
    if (!assembled)
        return R::failWith(assembled);
    Computed computed{std::move(assembled.value()), {}};
    computed.result = m_engine->compute(computed.assembled.claim, reasons);
    return R::ok(std::move(computed));
}

Result<ClaimComputer::BeforeImport> ClaimComputer::readBeforeImport(qint64 claimId) const {
    if (!m_history)
        return Result<BeforeImport>::fail(
            Error::make(ErrorKind::Failed, m_error));
    auto sources = m_assembler->read(claimId);
    if (!sources)
        return Result<BeforeImport>::failWith(sources);
    return withHistory(std::move(sources).value());
}

Result<ClaimComputer::BeforeImport>
ClaimComputer::withHistory(ClaimSources sources) const {
    using R = Result<BeforeImport>;
    if (!m_history)
        return R::fail(Error::make(ErrorKind::Failed, m_error));
    // Read after the sources' stamp was taken: a commit in between makes them not current.
    auto earlier = m_history->earlier(sources.record);
    if (!earlier)
        return R::failWith(earlier);
    return R::ok({std::move(sources), std::move(earlier).value()});
}

bool ClaimComputer::isCurrent(const BeforeImport &read) const {
    return m_assembler && m_assembler->isCurrent(read.sources);
}

std::future<Result<ClaimComputer::Computed>>
ClaimComputer::computeAfterImport(BeforeImport read,
                                  const QList<ImportedLine> &imported) const {
    // Never read again here: the caller holds the store's write lock, which the claim's history
    // (every earlier claim computed) could keep for seconds.
    if (!isCurrent(read))
        return {};
    return std::async(std::launch::async, [this, &imported, read = std::move(read)]() mutable {
        ClaimSources &sources = read.sources;
        sources.lines = ImportRepository::linesAfter(
            sources.record.id, sources.copies, sources.lines, imported, sources.employees);
        Computed computed{ClaimAssembler::build(sources), {}};
        read.earlier.applyTo(computed.assembled);
        computed.result = m_engine->compute(computed.assembled.claim);
        return Result<Computed>::ok(std::move(computed));
    });
}

} // namespace apdesk::store
