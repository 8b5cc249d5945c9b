#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The monthly claims (demandes d'indemnisation) of each establishment.
class ClaimRepository final {
    Q_DECLARE_TR_FUNCTIONS(ClaimRepository)
    Q_DISABLE_COPY_MOVE(ClaimRepository)

public:
    // A status in the clerk's words: « En préparation », « En attente d'envoi », « Envoyée »,
    // « Refusée ».
    static QString statusText(ClaimStatus status);

    ClaimRepository(const sqlite::Database &database, std::function<QDateTime()> clock);

    // Creates a claim in preparation for that establishment, decision and month (any day of
    // the month); returns it. One claim per establishment, decision and month (Duplicate).
    Result<Claim> create(qint64 establishmentId, const QString &decisionNumber,
                         const QDate &month) const;
    // Starts the next version of a claim the ASP has paid or rejected (a correction): a claim in
    // preparation with the same decision and month, the same employees with their copies of the
    // contract and its changes, and the same hours, all in one transaction. The claim must have
    // been sent (Refused otherwise) and have no later version yet (Duplicate). Whether the ASP
    // has finished with it is the service's to say: the caller asks it first.
    Result<Claim> createCorrection(qint64 sentClaimId) const;
    // The claims of an establishment, newest month first, the latest version of a month first.
    Result<QList<Claim>> listFor(qint64 establishmentId) const;
    Result<Claim> find(qint64 id) const;
    // Moves a claim to another status. A sent claim is final: changing it is Refused.
    // Queuing and sending go through the OutboxRepository, which moves the status with its
    // entries in the same transaction; this is for the other moves.
    Result<> setStatus(qint64 claimId, ClaimStatus status) const;

private:
    const sqlite::Database &m_database;
    std::function<QDateTime()> m_clock;
};

} // namespace apdesk::store
