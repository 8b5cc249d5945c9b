#include "store/outboxrepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"
#include "store/storedvalues.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

namespace {
const QString columns =
    QStringLiteral("id, claim_id, idempotency_key, payload, state, attempts, last_error, "
                   "created_at, updated_at, next_attempt_at");

OutboxEntry fromRow(const QSqlQuery &query) {
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.claimId = query.value(1).toLongLong();
    entry.idempotencyKey = query.value(2).toString();
    entry.payload = query.value(3).toString().toUtf8();
    entry.state = stored::toOutboxState(query.value(4).toString()).value_or(OutboxState::Pending);
    entry.attempts = query.value(5).toInt();
    entry.lastError = query.value(6).toString();
    entry.createdAt = stored::toTimestamp(query.value(7));
    entry.updatedAt = stored::toTimestamp(query.value(8));
    entry.nextAttemptAt =
        query.value(9).isNull() ? QDateTime() : stored::toTimestamp(query.value(9));
    return entry;
}

Result<QList<OutboxEntry>> select(QSqlDatabase db, const QString &where, const QVariantList &values,
                                  const QString &what) {
    QSqlQuery query(db);
    const auto done =
        sqlite::execute(query,
                        QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY created_at, id")
                            .arg(columns, where),
                        values, what);
    if (!done)
        return Result<QList<OutboxEntry>>::failWith(done);
    QList<OutboxEntry> entries;
    while (query.next())
        entries << fromRow(query);
    return Result<QList<OutboxEntry>>::ok(entries);
}

Result<OutboxEntry> findIn(QSqlDatabase &db, qint64 entryId) {
    auto found = select(db, QStringLiteral("id = ?"), {entryId},
                        OutboxRepository::tr("lire l'envoi n°%1").arg(entryId));
    if (!found)
        return Result<OutboxEntry>::failWith(found);
    if (found->isEmpty()) {
        return Result<OutboxEntry>::fail(Error::make(
            ErrorKind::NotFound, OutboxRepository::tr("L'envoi n°%1 n'existe pas.").arg(entryId)));
    }
    return Result<OutboxEntry>::ok(found->first());
}

// Sets the claim's status; no rule here: the outbox decides (a claim goes to Sent only here).
Result<> setClaimStatus(QSqlDatabase &db, qint64 claimId, ClaimStatus status, const QVariant &now) {
    QSqlQuery query(db);
    return sqlite::execute(
        query, QStringLiteral("UPDATE claims SET status = ?, status_changed_at = ? WHERE id = ?"),
        {stored::statusCode(status), now, claimId},
        OutboxRepository::tr("changer le statut de la demande n°%1").arg(claimId));
}
} // namespace

OutboxRepository::OutboxRepository(const sqlite::Database &database,
                                   std::function<QDateTime()> clock)
    : m_database(database)
    , m_clock(std::move(clock)) {}

Result<OutboxEntry> OutboxRepository::enqueue(qint64 claimId, const QString &idempotencyKey,
                                              const QByteArray &payload) const {
    QJsonParseError parsed;
    QJsonDocument::fromJson(payload, &parsed);
    if (parsed.error != QJsonParseError::NoError || idempotencyKey.isEmpty()) {
        return Result<OutboxEntry>::fail(
            Error::make(ErrorKind::Invalid,
                        tr("La demande n°%1 ne peut pas être mise en file d'envoi : son "
                           "contenu ou sa clé d'envoi est invalide.")
                            .arg(claimId),
                        parsed.errorString()));
    }
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        auto done = sqlite::execute(query, QStringLiteral("SELECT status FROM claims WHERE id = ?"),
                                    {claimId}, tr("lire la demande n°%1").arg(claimId));
        if (!done)
            return Result<OutboxEntry>::failWith(done);
        if (!query.next()) {
            return Result<OutboxEntry>::fail(
                Error::make(ErrorKind::NotFound, tr("La demande n°%1 n'existe pas.").arg(claimId)));
        }
        const auto status = stored::toStatus(query.value(0).toString());
        if (status != ClaimStatus::Preparation && status != ClaimStatus::Refused) {
            return Result<OutboxEntry>::fail(Error::make(
                ErrorKind::Refused,
                tr("La demande n°%1 est déjà en file d'envoi ou envoyée.").arg(claimId)));
        }
        const QVariant now = stored::timestamp(m_clock());
        done = sqlite::execute(
            query,
            QStringLiteral("INSERT INTO outbox (claim_id, idempotency_key, payload, state, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {claimId, idempotencyKey, QString::fromUtf8(payload),
             stored::outboxStateCode(OutboxState::Pending), now, now},
            tr("mettre la demande n°%1 en file d'envoi").arg(claimId));
        if (!done) {
            Error error = done.error();
            if (error.kind == ErrorKind::Duplicate)
                error.message = tr("La clé d'envoi %1 a déjà servi.").arg(idempotencyKey);
            return Result<OutboxEntry>::fail(error);
        }
        const qint64 id = query.lastInsertId().toLongLong();
        if (const auto set = setClaimStatus(db, claimId, ClaimStatus::Queued, now); !set)
            return Result<OutboxEntry>::failWith(set);
        return findIn(db, id);
    });
}

Result<QList<OutboxEntry>> OutboxRepository::due(const QDateTime &now) const {
    return select(m_database.connection(),
                  QStringLiteral("state = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"),
                  {stored::outboxStateCode(OutboxState::Pending), stored::timestamp(now)},
                  tr("lire la file d'envoi"));
}

Result<QList<OutboxEntry>> OutboxRepository::pending() const {
    return select(m_database.connection(), QStringLiteral("state = ?"),
                  {stored::outboxStateCode(OutboxState::Pending)}, tr("lire la file d'envoi"));
}

Result<QList<OutboxEntry>> OutboxRepository::entriesOf(qint64 claimId) const {
    return select(m_database.connection(), QStringLiteral("claim_id = ?"), {claimId},
                  tr("lire les envois de la demande n°%1").arg(claimId));
}

Result<OutboxEntry> OutboxRepository::find(qint64 entryId) const {
    QSqlDatabase db = m_database.connection();
    return findIn(db, entryId);
}

Result<> OutboxRepository::markSent(qint64 entryId) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto entry = findIn(db, entryId);
        if (!entry)
            return Result<>::failWith(entry);
        if (entry->state == OutboxState::Sent)
            return Result<>::ok();
        const QVariant now = stored::timestamp(m_clock());
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, updated_at = ?, "
                           "next_attempt_at = NULL WHERE id = ?"),
            {stored::outboxStateCode(OutboxState::Sent), now, entryId},
            tr("noter l'envoi n°%1").arg(entryId));
        if (!done)
            return done;
        return setClaimStatus(db, entry->claimId, ClaimStatus::Sent, now);
    });
}

Result<> OutboxRepository::recordFailure(qint64 entryId, const QString &error,
                                         const QDateTime &nextAttemptAt) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                           "updated_at = ?, next_attempt_at = ? WHERE id = ? AND state = ?"),
            {error, stored::timestamp(m_clock()), stored::timestamp(nextAttemptAt), entryId,
             stored::outboxStateCode(OutboxState::Pending)},
            tr("noter l'échec de l'envoi n°%1").arg(entryId));
        if (!done)
            return done;
        if (query.numRowsAffected() == 0) {
            return Result<>::fail(Error::make(
                ErrorKind::NotFound, tr("L'envoi n°%1 n'est pas en attente.").arg(entryId)));
        }
        return Result<>::ok();
    });
}

Result<> OutboxRepository::markRejected(qint64 entryId, const QString &error) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto entry = findIn(db, entryId);
        if (!entry)
            return Result<>::failWith(entry);
        if (entry->state != OutboxState::Pending) {
            return Result<>::fail(Error::make(
                ErrorKind::Refused, tr("L'envoi n°%1 n'est plus en attente.").arg(entryId)));
        }
        const QVariant now = stored::timestamp(m_clock());
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, "
                           "updated_at = ?, next_attempt_at = NULL WHERE id = ?"),
            {stored::outboxStateCode(OutboxState::Rejected), error, now, entryId},
            tr("noter le refus de l'envoi n°%1").arg(entryId));
        if (!done)
            return done;
        return setClaimStatus(db, entry->claimId, ClaimStatus::Refused, now);
    });
}

Result<> OutboxRepository::withdraw(qint64 claimId) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto entries = select(db, QStringLiteral("claim_id = ? AND state = ?"),
                                    {claimId, stored::outboxStateCode(OutboxState::Pending)},
                                    tr("lire les envois de la demande n°%1").arg(claimId));
        if (!entries)
            return Result<>::failWith(entries);
        if (entries->isEmpty()) {
            return Result<>::fail(
                Error::make(ErrorKind::NotFound,
                            tr("La demande n°%1 n'est pas en file d'envoi.").arg(claimId)));
        }
        for (const OutboxEntry &entry : entries.value()) {
            if (entry.attempts > 0) {
                return Result<>::fail(Error::make(
                    ErrorKind::Refused,
                    tr("La demande n°%1 ne peut plus être retirée : un envoi a été tenté et le "
                       "service l'a peut-être déjà reçue.")
                        .arg(claimId)));
            }
        }
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query, QStringLiteral("DELETE FROM outbox WHERE claim_id = ? AND state = ?"),
            {claimId, stored::outboxStateCode(OutboxState::Pending)},
            tr("retirer la demande n°%1 de la file d'envoi").arg(claimId));
        if (!done)
            return done;
        return setClaimStatus(db, claimId, ClaimStatus::Preparation, stored::timestamp(m_clock()));
    });
}

} // namespace apdesk::store
