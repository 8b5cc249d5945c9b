#pragma once

#include "decision.h"
#include "sql.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace apdesk::aspsim {

// A request for prior authorisation (demande d'autorisation préalable, DAP): the terms asked
// for, in a Decision's shape (period, form, scheme, motive, hours and headcount), and what the
// simulated administration made of it.
struct AuthorisationRequest {
    qint64 id = 0;
    Decision terms; // number and secret code empty
    qint64 submittedAt = 0;
    QString state = QStringLiteral("submitted"); // "submitted", "accepted", "refused"
    QString reason;                              // why it was refused
    QString decisionNumber;                      // once accepted
    qint64 decidedAt = 0;

    // {id, siret, periodStart, periodEnd, form, scheme, motive, authorisedHours,
    //  authorisedHeadcount, state, submittedAt, decidedAt?, decisionNumber?, reason?}
    QJsonObject toJson() const;
};

// The requests for prior authorisation (table authorisation_requests).
class AuthorisationStore final {
public:
    explicit AuthorisationStore(Sql sql)
        : m_sql(std::move(sql)) {}

    std::optional<AuthorisationRequest> create(const Decision &terms, qint64 now);
    std::optional<AuthorisationRequest> byId(qint64 id) const;
    QList<AuthorisationRequest> ofSiret(const QString &siret) const;
    // Requests still waiting whose submission is older than `before`, oldest first.
    QList<AuthorisationRequest> submittedBefore(qint64 before) const;
    bool decide(qint64 id, const QString &state, const QString &reason,
                const QString &decisionNumber, qint64 at);

private:
    QList<AuthorisationRequest> many(const QString &where, const QVariantList &values) const;

    Sql m_sql;
};

} // namespace apdesk::aspsim
