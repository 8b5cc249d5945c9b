#pragma once

#include "decision.h"
#include "sql.h"

#include <QList>

#include <optional>

namespace apdesk::aspsim {

// The decisions (autorisations) of the establishments.
class DecisionStore final {
public:
    explicit DecisionStore(Sql sql)
        : m_sql(std::move(sql)) {}

    // Inserts the decision, numbered "DEC-<siret>-NNN" (the establishment's next free sequence)
    // unless it has a number, stamped decidedAt = now unless it has a time. The decision as
    // stored, or nullopt when the insert failed (a number already taken, the database).
    std::optional<Decision> create(Decision decision, qint64 now);
    std::optional<Decision> byNumber(const QString &number) const;
    // The establishment's decisions, latest period first.
    QList<Decision> ofSiret(const QString &siret) const;
    // Whether the establishment has a decision for exactly this period (the seed's "already
    // there" when its entry has no number).
    bool hasPeriod(const QString &siret, const QDate &start, const QDate &end) const;

private:
    Sql m_sql;
};

} // namespace apdesk::aspsim
