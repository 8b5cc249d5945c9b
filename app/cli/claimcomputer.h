#pragma once

#include "domain/claim/claimengine.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/ratestable.h"
#include "store/claimhistory.h"

#include <QDate>
#include <QJsonObject>

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

    // What `claims` lists for one claim: who, which month and decision, its status, how many
    // employees and lines, its totals and how many problems.
    static QJsonObject summaryOf(const Computed &computed);

private:
    std::optional<domain::RatesTable> m_rates;
    std::optional<domain::ClaimEngine> m_engine;
    std::optional<store::ClaimHistory> m_history;
    QString m_error;
};

} // namespace apdesk::cli
