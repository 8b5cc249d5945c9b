#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// Claims queued for sending. An entry survives restarts and carries its idempotency key, so
// that however often a sending is retried, the service records the claim once. Each method
// changes the entry and its claim's status in one transaction.
class OutboxRepository final {
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
    Q_DISABLE_COPY_MOVE(OutboxRepository)

public:
    OutboxRepository(const sqlite::Database &database, std::function<QDateTime()> clock);

    // Queues a claim in preparation (or refused, to send it again) with the JSON it will send;
    // the claim becomes Queued. A key already used is refused (Duplicate).
    Result<OutboxEntry> enqueue(qint64 claimId, const QString &idempotencyKey,
                                const QByteArray &payload) const;
    // The pending entries due at `now` (no next attempt, or one not after now), oldest first.
    Result<QList<OutboxEntry>> due(const QDateTime &now) const;
    // Every pending entry, whenever its next attempt is, oldest first.
    Result<QList<OutboxEntry>> pending() const;
    // Every entry of a claim, oldest first.
    Result<QList<OutboxEntry>> entriesOf(qint64 claimId) const;
    Result<OutboxEntry> find(qint64 entryId) const;

    // The service accepted the claim: the entry is Sent, and the claim too. Saying it twice is
    // harmless.
    Result<> markSent(qint64 entryId) const;
    // An attempt failed (offline, timeout, server error): counted, the error kept, retried at
    // `nextAttemptAt`.
    Result<> recordFailure(qint64 entryId, const QString &error,
                           const QDateTime &nextAttemptAt) const;
    // The service refused the claim for good: the entry is Rejected, the claim Refused (it can
    // be corrected and queued again under a new key).
    Result<> markRejected(qint64 entryId, const QString &error) const;
    // Takes a queued claim back into preparation, as long as no attempt to send it was made
    // (after one, the service may already hold it): Refused otherwise.
    Result<> withdraw(qint64 claimId) const;

private:
    const sqlite::Database &m_database;
    std::function<QDateTime()> m_clock;
};

} // namespace apdesk::store
