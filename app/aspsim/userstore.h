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

    // Failed logins per identifier as typed, kept for unknown identifiers too, under
    // throttleKeyOf(): a fixed-size key, whatever a stranger types. A row is forgotten a day
    // after its last change once its lock is over, and the table never holds more than
    // maxThrottleRows rows (the oldest go first), so that made-up identifiers cost nothing
    // lasting (issue 17).
    struct Throttle {
        int failures = 0;
        qint64 lockedUntil = 0;
    };
    static constexpr qint64 throttleMemorySecs = 24 * 3600;
    static constexpr int maxThrottleRows = 100000;
    Throttle throttle(const QString &throttleKey, qint64 now) const;
    bool setThrottle(const QString &throttleKey, const Throttle &throttle, qint64 now);

    bool addSession(const QByteArray &tokenHash, qint64 userId, qint64 now);
    // The user of a session not idle for more than idleSecs; touches it. nullopt otherwise (and
    // an idle session is removed).
    std::optional<qint64> sessionUser(const QByteArray &tokenHash, qint64 now, qint64 idleSecs);
    bool removeSession(const QByteArray &tokenHash);
    bool removeSessionsOf(qint64 userId);

    // Password-reset starts per identifier (throttleKeyOf), within a window: starts older than
    // `since` are forgotten when a new one is added.
    int resetStartsSince(const QString &throttleKey, qint64 since) const;
    // Every start, whatever its key: the service's overall limit.
    int allResetStartsSince(qint64 since) const;
    bool addResetStart(const QString &throttleKey, qint64 now, qint64 since);

    // "ap1234567 " -> "AP1234567": how identifiers are compared.
    static QString keyOf(const QString &identifier) { return identifier.trimmed().toUpper(); }
    // The key of the throttle tables: SHA-256 of keyOf(), in hex (64 characters).
    static QString throttleKeyOf(const QString &identifier);

private:
    std::optional<User> one(const QString &where, const QVariant &value) const;

    Sql m_sql;
};

} // namespace apdesk::aspsim
