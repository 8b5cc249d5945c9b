#pragma once

#include "domain/claim/claimengine.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/ratestable.h"
#include "store/claimhistory.h"
#include "store/importrepository.h"

#include <QDate>
#include <QJsonObject>

#include <future>
#include <optional>

namespace apdesk::cli {

// Computes stored claims as `claims` and `import hours` show them: under the built-in rates
// table, each with what its establishment's earlier claims used (ClaimHistory).
class ClaimComputer final {
    Q_DISABLE_COPY_MOVE(ClaimComputer)

public:
    explicit ClaimComputer(const store::Store &store);

    // Empty when the built-in rates table was read; else why not (French).
    const QString &error() const { return m_error; }

    struct Computed {
        store::AssembledClaim assembled;
        domain::ClaimResult result;
    };
    // `today` dates the filing-deadline check (none when null). Needs error() empty.
    store::Result<Computed> compute(qint64 claimId, const QDate &today = {}) const;

    // What the claim an import writes into is computed from, read before the import's
    // transaction: the claim with its establishment, employees, copies and lines, and what the
    // establishment's earlier claims used. Needs error() empty.
    struct BeforeImport {
        store::ClaimSources sources;
        store::ClaimHistory::EarlierUse earlier;
    };
    store::Result<BeforeImport> readBeforeImport(qint64 claimId) const;
    // The same from sources already read (to check the file against): adds the history.
    store::Result<BeforeImport> withHistory(store::ClaimSources sources) const;
    // Whether nobody wrote since `read` was read (on this thread).
    bool isCurrent(const BeforeImport &read) const;

    // The claim as ImportRepository::importClaimLines leaves it once `imported` is written over
    // `read`, computed on a worker thread, which never touches the store, while the import
    // writes. Call it from the import's BeforeWriting, on the thread that read `read`: an
    // invalid future when somebody wrote since (compute() the claim after the write then).
    // `imported` must outlive the result; a failed import makes it meaningless. Throws
    // std::system_error when no thread can be started.
    std::future<store::Result<Computed>>
    computeAfterImport(BeforeImport read, const QList<store::ImportedLine> &imported) const;

    // What `claims` lists for one claim: who, which month and decision, its status, how many
    // employees and lines, its totals and how many problems.
    static QJsonObject summaryOf(const Computed &computed);

private:
    std::optional<domain::RatesTable> m_rates;
    std::optional<domain::ClaimEngine> m_engine;
    std::optional<store::ClaimHistory> m_history;
    std::optional<store::ClaimAssembler> m_assembler;
    QString m_error;
};

} // namespace apdesk::cli
