#pragma once

#include "domain/claim/claimengine.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/ratestable.h"
#include "store/claimhistory.h"
#include "store/importrepository.h"

#include <QDate>

#include <future>
#include <optional>

namespace apdesk::store {

// Computes stored claims under the built-in rates table, each with what its establishment's
// earlier claims used (ClaimHistory): what the program's claim screens and apdesk-cli's `claims`
// and `import hours` show.
class ClaimComputer final {
    Q_DISABLE_COPY_MOVE(ClaimComputer)

public:
    explicit ClaimComputer(const Store &store);

    // Empty when the built-in rates table was read; else why not (French).
    const QString &error() const { return m_error; }
    // The engine under the built-in rates, for screens that recompute one employee per edit;
    // null when error() is not empty.
    const domain::ClaimEngine *engine() const { return m_engine ? &*m_engine : nullptr; }
    // The store's claims computed for what they use; null when error() is not empty.
    const ClaimHistory *history() const { return m_history ? &*m_history : nullptr; }

    struct Computed {
        AssembledClaim assembled;
        domain::ClaimResult result;
    };
    // `today` dates the filing-deadline check (none when null). Needs error() empty.
    Result<Computed> compute(qint64 claimId, const QDate &today = {},
                             domain::Reasons reasons = domain::Reasons::Recorded) const;

    // What the claim an import writes into is computed from, read before the import's
    // transaction: the claim with its establishment, employees, copies and lines, and what the
    // establishment's earlier claims used. Needs error() empty.
    struct BeforeImport {
        ClaimSources sources;
        ClaimHistory::EarlierUse earlier;
    };
    Result<BeforeImport> readBeforeImport(qint64 claimId) const;
    // The same from sources already read (to check the file against): adds the history.
    Result<BeforeImport> withHistory(ClaimSources sources) const;
    // Whether nobody wrote since `read` was read (on this thread).
    bool isCurrent(const BeforeImport &read) const;

    // The claim as ImportRepository::importClaimLines leaves it once `imported` is written over
    // `read`, computed on a worker thread, which never touches the store, while the import
    // writes. Call it from the import's BeforeWriting, on the thread that read `read`: an
    // invalid future when somebody wrote since (compute() the claim after the write then).
    // `imported` must outlive the result; a failed import makes it meaningless. Throws
    // std::system_error when no thread can be started.
    std::future<Result<Computed>>
    computeAfterImport(BeforeImport read, const QList<ImportedLine> &imported) const;


private:
    std::optional<domain::RatesTable> m_rates;
    std::optional<domain::ClaimEngine> m_engine;
    std::optional<ClaimHistory> m_history;
    std::optional<ClaimAssembler> m_assembler;
    QString m_error;
};

} // namespace apdesk::store
