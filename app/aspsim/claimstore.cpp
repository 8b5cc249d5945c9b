#include "claimstore.h"

namespace apdesk::aspsim {

namespace {

const QString columns = QStringLiteral(
    "id, number, version, siret, decision_number, month, idempotency_key, payload_hash, "
    "employees, hours_hundredths, indemnity_cents, allocation_cents, status, reason, paid_cents, "
    "received_at, status_changed_at");

ReceivedClaim read(const QSqlQuery &q) {
    ReceivedClaim c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.version = q.value(2).toInt();
    c.siret = q.value(3).toString();
    c.decisionNumber = q.value(4).toString();
    c.month = q.value(5).toString();
    c.idempotencyKey = q.value(6).toString();
    c.payloadHash = q.value(7).toByteArray();
    c.employees = q.value(8).toInt();
    c.hoursHundredths = q.value(9).toLongLong();
    c.indemnityCents = q.value(10).toLongLong();
    c.allocationCents = q.value(11).toLongLong();
    c.status = q.value(12).toInt();
    c.reason = q.value(13).toString();
    c.paidCents = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
    c.receivedAt = q.value(15).toLongLong();
    c.statusChangedAt = q.value(16).toLongLong();
    return c;
}

// The latest version of each number only.
const QString latestOnly = QStringLiteral(
    "version = (SELECT max(version) FROM claims AS later WHERE later.number = claims.number)");

} // namespace

std::optional<ReceivedClaim> ClaimStore::create(ReceivedClaim c, qint64 now) {
    if (c.number.isEmpty()) {
        qint64 sequence = m_sql
                              .scalar(QStringLiteral("SELECT count(DISTINCT number) FROM claims "
                                                     "WHERE siret = ?"),
                                      {c.siret})
                              .toLongLong();
        do {
            ++sequence;
            c.number =
                QStringLiteral("DI-%1-%2").arg(c.siret).arg(sequence, 4, 10, QLatin1Char('0'));
        } while (latest(c.number));
    }
    c.status = ReceivedClaim::Waiting;
    c.receivedAt = now;
    c.statusChangedAt = now;
    const bool inserted = m_sql.exec(
        QStringLiteral("INSERT INTO claims (number, version, siret, decision_number, month, "
                       "idempotency_key, payload_hash, payload, employees, hours_hundredths, "
                       "indemnity_cents, allocation_cents, status, received_at, "
                       "status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.number, c.version, c.siret, c.decisionNumber, c.month, c.idempotencyKey,
         QString::fromLatin1(c.payloadHash), QString::fromUtf8(c.payload), c.employees,
         c.hoursHundredths, c.indemnityCents, c.allocationCents, c.status, now, now});
    if (!inserted)
        return std::nullopt;
    c.id = m_sql.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    if (!m_sql.exec(QStringLiteral("INSERT INTO claim_statuses (claim_id, at, status) "
                                   "VALUES (?, ?, ?)"),
                    {c.id, now, c.status}))
        return std::nullopt;
    c.history = {{now, c.status, {}}};
    c.payload.clear(); // kept in the table, not carried around
    return c;
}

std::optional<ReceivedClaim> ClaimStore::byKey(const QString &siret, const QString &key) const {
    return one(QStringLiteral("siret = ? AND idempotency_key = ?"), {siret, key});
}

std::optional<ReceivedClaim> ClaimStore::latest(const QString &number) const {
    return one(QStringLiteral("number = ? AND ") + latestOnly, {number});
}

std::optional<ReceivedClaim> ClaimStore::latestOfMonth(const QString &siret,
                                                       const QString &decisionNumber,
                                                       const QString &month) const {
    return one(QStringLiteral("siret = ? AND decision_number = ? AND month = ? AND ") + latestOnly,
               {siret, decisionNumber, month});
}

QList<ReceivedClaim> ClaimStore::ofSiret(const QString &siret) const {
    return many(QStringLiteral("siret = ? AND ") + latestOnly +
                    QStringLiteral(" ORDER BY month DESC, decision_number"),
                {siret});
}

qint64 ClaimStore::hoursUsedByOtherMonths(const QString &decisionNumber,
                                          const QString &month) const {
    return m_sql
        .scalar(
            QStringLiteral("SELECT coalesce(sum(hours_hundredths), 0) FROM claims WHERE "
                           "decision_number = ? AND month <> ? AND status NOT IN (?, ?) AND ") +
                latestOnly,
            {decisionNumber, month, int(ReceivedClaim::Rejected), int(ReceivedClaim::Withdrawn)})
        .toLongLong();
}

qint64 ClaimStore::paidBefore(const QString &number, int version) const {
    return m_sql
        .scalar(QStringLiteral("SELECT coalesce(sum(paid_cents), 0) FROM claims WHERE number = ? "
                               "AND version < ?"),
                {number, version})
        .toLongLong();
}

QList<ReceivedClaim> ClaimStore::inInstructionSince(qint64 before) const {
    return many(QStringLiteral("status IN (?, ?, ?, ?) AND status_changed_at < ? ORDER BY "
                               "status_changed_at, id"),
                {int(ReceivedClaim::Waiting), int(ReceivedClaim::InInstruction),
                 int(ReceivedClaim::Validated), int(ReceivedClaim::PaymentRequested), before});
}

bool ClaimStore::setStatus(qint64 id, int status, qint64 at, const QString &reason,
                           qint64 paidCents) {
    const QVariant paid = paidCents >= 0 ? QVariant(paidCents) : QVariant();
    return m_sql.exec(QStringLiteral("UPDATE claims SET status = ?, status_changed_at = ?, "
                                     "reason = ?, paid_cents = coalesce(?, paid_cents) "
                                     "WHERE id = ?"),
                      {status, at, reason, paid, id}) &&
           m_sql.exec(QStringLiteral("INSERT INTO claim_statuses (claim_id, at, status, reason) "
                                     "VALUES (?, ?, ?, ?)"),
                      {id, at, status, reason});
}

std::optional<ReceivedClaim> ClaimStore::one(const QString &where,
                                             const QVariantList &values) const {
    const QList<ReceivedClaim> found = many(where + QStringLiteral(" LIMIT 1"), values);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ReceivedClaim> ClaimStore::many(const QString &where, const QVariantList &values) const {
    QList<ReceivedClaim> list;
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM claims WHERE ") +
                           where,
                       values);
    while (q && q->next())
        list.append(read(*q));
    for (ReceivedClaim &claim : list) {
        auto h = m_sql.run(QStringLiteral("SELECT at, status, reason FROM claim_statuses WHERE "
                                          "claim_id = ? ORDER BY at, rowid"),
                           {claim.id});
        while (h && h->next())
            claim.history.append(
                {h->value(0).toLongLong(), h->value(1).toInt(), h->value(2).toString()});
    }
    return list;
}

} // namespace apdesk::aspsim
