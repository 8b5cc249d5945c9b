#include "userstore.h"

#include <QCryptographicHash>

#include "secrets.h"

#include <QSqlRecord>

namespace apdesk::aspsim {

std::optional<User> UserStore::one(const QString &where, const QVariant &value) const {
    auto query = m_sql.run(
        QStringLiteral("SELECT id, identifier, password_hash, must_change_password, "
                       "first_login_done, first_name, last_name, email, phone, secret_question, "
                       "secret_answer_hash FROM users WHERE ") +
            where,
        {value});
    if (!query || !query->next()) {
        return std::nullopt;
    }
    User user;
    user.id = query->value(0).toLongLong();
    user.identifier = query->value(1).toString();
    user.passwordHash = query->value(2).toByteArray();
    user.mustChangePassword = query->value(3).toBool();
    user.firstLoginDone = query->value(4).toBool();
    user.firstName = query->value(5).toString();
    user.lastName = query->value(6).toString();
    user.email = query->value(7).toString();
    user.phone = query->value(8).toString();
    user.secretQuestion = query->value(9).toString();
    user.secretAnswerHash = query->value(10).toByteArray();
    return user;
}

std::optional<User> UserStore::byId(qint64 id) const {
    return one(QStringLiteral("id = ?"), id);
}

std::optional<User> UserStore::byIdentifier(const QString &identifier) const {
    return one(QStringLiteral("identifier = ?"), keyOf(identifier));
}

std::optional<User> UserStore::byEmail(const QString &email) const {
    return one(QStringLiteral("email = ?"), email.trimmed());
}

std::optional<qint64> UserStore::create(const User &user, qint64 now) {
    auto query = m_sql.run(
        QStringLiteral("INSERT INTO users (identifier, password_hash, must_change_password, "
                       "first_login_done, first_name, last_name, email, phone, secret_question, "
                       "secret_answer_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {keyOf(user.identifier), user.passwordHash, user.mustChangePassword ? 1 : 0,
         user.firstLoginDone ? 1 : 0, user.firstName, user.lastName, user.email, user.phone,
         user.secretQuestion.isEmpty() ? QVariant() : QVariant(user.secretQuestion),
         user.secretAnswerHash.isEmpty() ? QVariant() : QVariant(user.secretAnswerHash), now});
    if (!query) {
        return std::nullopt;
    }
    return query->lastInsertId().toLongLong();
}

QString UserStore::newIdentifier() const {
    for (;;) {
        const QString candidate =
            QStringLiteral("AP") + secrets::randomText(QStringLiteral("0123456789"), 7);
        if (!byIdentifier(candidate)) {
            return candidate;
        }
    }
}

bool UserStore::setPassword(qint64 id, const QByteArray &hash, bool mustChange) {
    return m_sql.exec(
        QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"),
        {hash, mustChange ? 1 : 0, id});
}

bool UserStore::setSecret(qint64 id, const QString &question, const QByteArray &answerHash) {
    return m_sql.exec(QStringLiteral("UPDATE users SET secret_question = ?, secret_answer_hash = ? "
                                     "WHERE id = ?"),
                      {question, answerHash, id});
}

bool UserStore::setFirstLoginDone(qint64 id) {
    return m_sql.exec(QStringLiteral("UPDATE users SET first_login_done = 1 WHERE id = ?"), {id});
}

QString UserStore::throttleKeyOf(const QString &identifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(keyOf(identifier).toUtf8(), QCryptographicHash::Sha256).toHex());
}

UserStore::Throttle UserStore::throttle(const QString &throttleKey, qint64 now) const {
    auto query = m_sql.run(QStringLiteral("SELECT failures, locked_until FROM login_throttle "
                                          "WHERE identifier_key = ? AND (locked_until > ? OR "
                                          "updated_at >= ?)"),
                           {throttleKey, now, now - throttleMemorySecs});
    if (!query || !query->next()) {
        return {};
    }
    return {query->value(0).toInt(), query->value(1).toLongLong()};
}

bool UserStore::setThrottle(const QString &throttleKey, const Throttle &throttle, qint64 now) {
    const bool written =
        m_sql.exec(QStringLiteral("INSERT INTO login_throttle (identifier_key, failures, "
                                  "locked_until, updated_at) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (identifier_key) DO UPDATE SET "
                                  "failures = excluded.failures, "
                                  "locked_until = excluded.locked_until, "
                                  "updated_at = excluded.updated_at"),
                   {throttleKey, throttle.failures, throttle.lockedUntil, now});
    // Forgotten rows, then the oldest beyond the bound.
    m_sql.exec(QStringLiteral("DELETE FROM login_throttle WHERE locked_until <= ? AND "
                              "updated_at < ?"),
               {now, now - throttleMemorySecs});
    m_sql.exec(QStringLiteral("DELETE FROM login_throttle WHERE rowid IN (SELECT rowid FROM "
                              "login_throttle ORDER BY updated_at LIMIT max(0, (SELECT count(*) "
                              "FROM login_throttle) - ?))"),
               {maxThrottleRows});
    return written;
}

bool UserStore::addSession(const QByteArray &tokenHash, qint64 userId, qint64 now) {
    return m_sql.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                     "last_seen_at) VALUES (?, ?, ?, ?)"),
                      {tokenHash, userId, now, now});
}

std::optional<qint64> UserStore::sessionUser(const QByteArray &tokenHash, qint64 now,
                                             qint64 idleSecs) {
    auto query =
        m_sql.run(QStringLiteral("SELECT user_id, last_seen_at FROM sessions WHERE token_hash = ?"),
                  {tokenHash});
    if (!query || !query->next()) {
        return std::nullopt;
    }
    const qint64 userId = query->value(0).toLongLong();
    const qint64 lastSeen = query->value(1).toLongLong();
    if (now - lastSeen > idleSecs) {
        removeSession(tokenHash);
        return std::nullopt;
    }
    m_sql.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"),
               {now, tokenHash});
    return userId;
}

bool UserStore::removeSession(const QByteArray &tokenHash) {
    return m_sql.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

bool UserStore::removeSessionsOf(qint64 userId) {
    return m_sql.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId});
}

int UserStore::resetStartsSince(const QString &throttleKey, qint64 since) const {
    return m_sql
        .scalar(QStringLiteral("SELECT count(*) FROM reset_starts WHERE identifier_key = ? AND "
                               "started_at > ?"),
                {throttleKey, since})
        .toInt();
}

int UserStore::allResetStartsSince(qint64 since) const {
    return m_sql
        .scalar(QStringLiteral("SELECT count(*) FROM reset_starts WHERE started_at > ?"), {since})
        .toInt();
}

bool UserStore::addResetStart(const QString &throttleKey, qint64 now, qint64 since) {
    m_sql.exec(QStringLiteral("DELETE FROM reset_starts WHERE started_at <= ?"), {since});
    return m_sql.exec(
        QStringLiteral("INSERT INTO reset_starts (identifier_key, started_at) VALUES (?, ?)"),
        {throttleKey, now});
}

} // namespace apdesk::aspsim
