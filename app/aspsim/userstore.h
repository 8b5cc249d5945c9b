#pragma once

#include "sql.h"
#include "user.h"

#include <optional>

namespace apdesk::aspsim {

// The logins, their sessions and the counters that protect them (failed logins, reset starts).
// Used on the service thread only, through its named connection.
class UserStore final {
public:
    explicit UserStore(Sql sql)
        : m_sql(std::move(sql)) {}

    std::optional<User> byId(qint64 id) const;
    std::optional<User> byIdentifier(const QString &identifier) const;
    std::optional<User> byEmail(const QString &email) const;
    // Inserts the user (id ignored); returns the new id.
    std::optional<qint64> create(const User &user, qint64 now);
    // A new identifiant that no login has: "AP" and 7 digits.
    QString newIdentifier() const;
    bool setPassword(qint64 id, const QByteArray &hash, bool mustChange);
    bool setSecret(qint64 id, const QString &question, const QByteArray &answerHash);
    bool setFirstLoginDone(qint64 id);

    // Failed logins per identifier as typed (normalised), kept for unknown identifiers too.
    struct Throttle {
        int failures = 0;
        qint64 lockedUntil = 0;
    };
    Throttle throttle(const QString &identifierKey) const;
    bool setThrottle(const QString &identifierKey, const Throttle &throttle);

    bool addSession(const QByteArray &tokenHash, qint64 userId, qint64 now);
    // The user of a session not idle for more than idleSecs; touches it. nullopt otherwise (and
    // an idle session is removed).
    std::optional<qint64> sessionUser(const QByteArray &tokenHash, qint64 now, qint64 idleSecs);
    bool removeSession(const QByteArray &tokenHash);
    bool removeSessionsOf(qint64 userId);

    int resetStartsSince(const QString &identifierKey, qint64 since) const;
    bool addResetStart(const QString &identifierKey, qint64 now);

    // "ap1234567 " -> "AP1234567": how identifiers are compared.
    static QString keyOf(const QString &identifier) { return identifier.trimmed().toUpper(); }

private:
    std::optional<User> one(const QString &where, const QVariant &value) const;

    Sql m_sql;
};

} // namespace apdesk::aspsim
