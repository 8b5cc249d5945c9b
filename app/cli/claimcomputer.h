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

    // The claim `read` was read for, as ImportRepository::importClaimLines leaves it once
    // `imported` is written, computed while the import writes. Called from the import's
    // BeforeWriting (inside its transaction, so what the store holds now is what the import
    // writes over), on the thread that read `read`: it reads the claim again only if another
    // connection committed since, reads its history, then merges and computes on a worker
    // thread. `imported` must outlive the result; a failed import makes it meaningless.
    std::future<store::Result<Computed>>
    computeAfterImport(store::ClaimSources read, const QList<store::ImportedLine> &imported) const;

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
