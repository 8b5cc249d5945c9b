#include "establishmentstore.h"

#include <QJsonDocument>

namespace apdesk::aspsim {

namespace {

const QString columns = QStringLiteral(
    "e.siret, e.name, e.street, e.street_complement, e.postal_code, e.city, e.email, e.phone, "
    "e.contact_last_name, e.contact_first_name, e.contact_email, e.contact_phone, "
    "e.principal_user_id");

Establishment read(const QSqlQuery &q) {
    Establishment e;
    e.siret = q.value(0).toString();
    e.name = q.value(1).toString();
    e.street = q.value(2).toString();
    e.streetComplement = q.value(3).toString();
    e.postalCode = q.value(4).toString();
    e.city = q.value(5).toString();
    e.email = q.value(6).toString();
    e.phone = q.value(7).toString();
    e.contactLastName = q.value(8).toString();
    e.contactFirstName = q.value(9).toString();
    e.contactEmail = q.value(10).toString();
    e.contactPhone = q.value(11).toString();
    e.principalUserId = q.value(12).toLongLong();
    return e;
}

} // namespace

std::optional<Establishment> EstablishmentStore::bySiret(const QString &siret) const {
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM establishments e WHERE e.siret = ?"),
                       {siret});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    return read(*q);
}

QList<Establishment> EstablishmentStore::ofUser(qint64 userId) const {
    QList<Establishment> list;
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM establishments e JOIN establishment_users u ON "
                                          "u.siret = e.siret WHERE u.user_id = ? ORDER BY "
                                          "e.siret"),
                       {userId});
    while (q && q->next()) {
        list.append(read(*q));
    }
    return list;
}

int EstablishmentStore::countOfUser(qint64 userId) const {
    return m_sql
        .scalar(QStringLiteral("SELECT count(*) FROM establishment_users WHERE user_id = ?"),
                {userId})
        .toInt();
}

bool EstablishmentStore::isMember(const QString &siret, qint64 userId) const {
    return m_sql
               .scalar(QStringLiteral("SELECT count(*) FROM establishment_users WHERE siret = ? "
                                      "AND user_id = ?"),
                       {siret, userId})
               .toInt() > 0;
}

QList<qint64> EstablishmentStore::userIds(const QString &siret) const {
    QList<qint64> ids;
    auto q = m_sql.run(QStringLiteral("SELECT user_id FROM establishment_users WHERE siret = ? "
                                      "ORDER BY added_at, user_id"),
                       {siret});
    while (q && q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    return ids;
}

bool EstablishmentStore::create(const Establishment &e, qint64 now) {
    return m_sql.exec(
        QStringLiteral("INSERT INTO establishments (siret, name, street, street_complement, "
                       "postal_code, city, email, phone, contact_last_name, contact_first_name, "
                       "contact_email, contact_phone, principal_user_id, created_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.siret, e.name, e.street, e.streetComplement, e.postalCode, e.city, e.email, e.phone,
         e.contactLastName, e.contactFirstName, e.contactEmail, e.contactPhone, e.principalUserId,
         now});
}

bool EstablishmentStore::update(const Establishment &e) {
    return m_sql.exec(
        QStringLiteral("UPDATE establishments SET name = ?, street = ?, street_complement = ?, "
                       "postal_code = ?, city = ?, email = ?, phone = ?, contact_last_name = ?, "
                       "contact_first_name = ?, contact_email = ?, contact_phone = ? "
                       "WHERE siret = ?"),
        {e.name, e.street, e.streetComplement, e.postalCode, e.city, e.email, e.phone,
         e.contactLastName, e.contactFirstName, e.contactEmail, e.contactPhone, e.siret});
}

bool EstablishmentStore::addUser(const QString &siret, qint64 userId, qint64 now) {
    return m_sql.exec(QStringLiteral("INSERT OR IGNORE INTO establishment_users (siret, user_id, "
                                     "added_at) VALUES (?, ?, ?)"),
                      {siret, userId, now});
}

std::optional<QString> EstablishmentStore::holderEmail(const QString &siret) const {
    const QVariant principal =
        m_sql.scalar(QStringLiteral("SELECT u.email FROM establishments e JOIN users u ON u.id = "
                                    "e.principal_user_id WHERE e.siret = ?"),
                     {siret});
    if (principal.isValid()) {
        return principal.toString();
    }
    const QVariant pending = m_sql.scalar(
        QStringLiteral("SELECT payload FROM account_requests WHERE siret = ?"), {siret});
    if (pending.isValid()) {
        const QJsonObject payload = QJsonDocument::fromJson(pending.toByteArray()).object();
        return payload.value(QStringLiteral("contact"))
            .toObject()
            .value(QStringLiteral("email"))
            .toString();
    }
    return std::nullopt;
}

bool EstablishmentStore::addRequest(const Request &r, qint64 now, qint64 validateAt) {
    return m_sql.exec(
        QStringLiteral("INSERT INTO account_requests (siret, user_id, payload, "
                       "secret_answer_hash, status, submitted_at, validate_at) VALUES "
                       "(?, ?, ?, ?, 'pending', ?, ?)"),
        {r.siret, r.userId > 0 ? QVariant(r.userId) : QVariant(),
         QJsonDocument(r.payload).toJson(QJsonDocument::Compact), r.secretAnswerHash, now,
         validateAt});
}

QList<EstablishmentStore::Request> EstablishmentStore::dueRequests(qint64 now) const {
    QList<Request> list;
    auto q = m_sql.run(QStringLiteral("SELECT id, siret, user_id, payload, secret_answer_hash "
                                      "FROM account_requests WHERE status = 'pending' AND "
                                      "validate_at <= ? ORDER BY id"),
                       {now});
    while (q && q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                     QJsonDocument::fromJson(q->value(3).toByteArray()).object(),
                     q->value(4).toByteArray()});
    }
    return list;
}

bool EstablishmentStore::markValidated(qint64 requestId) {
    return m_sql.exec(
        QStringLiteral("UPDATE account_requests SET status = 'validated' WHERE id = ?"),
        {requestId});
}

bool EstablishmentStore::pendingRequestWithEmail(const QString &email) const {
    auto q =
        m_sql.run(QStringLiteral("SELECT payload FROM account_requests WHERE status = 'pending'"));
    while (q && q->next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q->value(0).toByteArray()).object();
        const QString contact = payload.value(QStringLiteral("contact"))
                                    .toObject()
                                    .value(QStringLiteral("email"))
                                    .toString();
        if (contact.compare(email, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool EstablishmentStore::addRegistrationToken(const QByteArray &tokenHash,
                                              const RegistrationToken &token, qint64 expiresAt) {
    return m_sql.exec(QStringLiteral("INSERT INTO registration_tokens (token_hash, siret, "
                                     "user_id, expires_at) VALUES (?, ?, ?, ?)"),
                      {tokenHash, token.siret,
                       token.userId > 0 ? QVariant(token.userId) : QVariant(), expiresAt});
}

std::optional<EstablishmentStore::RegistrationToken>
EstablishmentStore::registrationToken(const QByteArray &tokenHash, qint64 now) const {
    auto q = m_sql.run(QStringLiteral("SELECT siret, user_id FROM registration_tokens WHERE "
                                      "token_hash = ? AND expires_at > ?"),
                       {tokenHash, now});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    return RegistrationToken{q->value(0).toString(), q->value(1).toLongLong()};
}

bool EstablishmentStore::removeRegistrationToken(const QByteArray &tokenHash) {
    return m_sql.exec(QStringLiteral("DELETE FROM registration_tokens WHERE token_hash = ?"),
                      {tokenHash});
}

bool EstablishmentStore::addOtherExtranet(const QString &siret, const QString &extranet,
                                          qint64 userId) {
    return m_sql.exec(QStringLiteral("INSERT OR REPLACE INTO other_extranet_access (siret, "
                                     "extranet, user_id) VALUES (?, ?, ?)"),
                      {siret, extranet, userId});
}

std::optional<qint64> EstablishmentStore::otherExtranetUser(const QString &siret) const {
    const QVariant id = m_sql.scalar(
        QStringLiteral("SELECT user_id FROM other_extranet_access WHERE siret = ?"), {siret});
    if (!id.isValid()) {
        return std::nullopt;
    }
    return id.toLongLong();
}

} // namespace apdesk::aspsim
