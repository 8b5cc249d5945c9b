#pragma once

#include "receivedclaim.h"
#include "sql.h"

#include <QList>

#include <optional>

namespace apdesk::aspsim {

// The claims the establishments sent (table claims, one row per version) and their histories.
class ClaimStore final {
public:
    explicit ClaimStore(Sql sql)
        : m_sql(std::move(sql)) {}

    // Records a received version (status Waiting since `now`, its first history row) and gives it
    // a number when it has none: "DI-<siret>-NNNN", the establishment's next sequence. The claim
    // as stored; nullopt when the insert failed (the caller's transaction must not commit).
    std::optional<ReceivedClaim> create(ReceivedClaim claim, qint64 now);
    // The version an establishment sent under this idempotency key.
    std::optional<ReceivedClaim> byKey(const QString &siret, const QString &key) const;
    // The latest version of a number.
    std::optional<ReceivedClaim> latest(const QString &number) const;
    // The latest version of the claim of this month of this decision.
    std::optional<ReceivedClaim> latestOfMonth(const QString &siret, const QString &decisionNumber,
                                               const QString &month) const;
    // The latest version of each of the establishment's claims, latest month first.
    QList<ReceivedClaim> ofSiret(const QString &siret) const;
    // Hours of the decision's other months, as their latest versions not rejected nor withdrawn
    // claim them: what the contingent check counts as used earlier.
    qint64 hoursUsedByOtherMonths(const QString &decisionNumber, const QString &month) const;
    // What the earlier versions of a number were paid.
    qint64 paidBefore(const QString &number, int version) const;
    // Versions whose instruction goes on (19, 20, 9, 10) and whose status is older than `before`.
    QList<ReceivedClaim> inInstructionSince(qint64 before) const;

    // Moves a version to `status` at `at` (with the reason of a rejection, the amount of a
    // payment) and adds it to the history. False on a database failure.
    bool setStatus(qint64 id, int status, qint64 at, const QString &reason = {},
                   qint64 paidCents = -1);

private:
    std::optional<ReceivedClaim> one(const QString &where, const QVariantList &values) const;
    QList<ReceivedClaim> many(const QString &where, const QVariantList &values) const;

    Sql m_sql;
};

} // namespace apdesk::aspsim
