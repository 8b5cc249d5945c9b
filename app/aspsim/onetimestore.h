#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace apdesk::aspsim {

// Short-lived, single-use secrets kept in memory (captcha answers, arithmetic challenges): each
// can be checked once, and expires after its lifetime of service time. Used on the service thread
// only.
class OneTimeStore final {
public:
    explicit OneTimeStore(qint64 lifetimeSecs)
        : m_lifetimeSecs(lifetimeSecs) {}

    // Stores an answer under a new random id; returns the id.
    QString add(const QString &answer, qint64 nowSecs);
    // True when id exists, has not expired and answer matches (ignoring case and surrounding
    // spaces). The entry is consumed whatever the outcome: one try per picture or operation.
    bool take(const QString &id, const QString &answer, qint64 nowSecs);
    // The answer, without consuming it (admin route for tests).
    std::optional<QString> peek(const QString &id, qint64 nowSecs) const;
    QString latestId() const { return m_latest; }

private:
    struct Entry {
        QString answer;
        qint64 expiresAt = 0;
    };
    void prune(qint64 nowSecs);

    qint64 m_lifetimeSecs;
    QHash<QString, Entry> m_entries;
    QString m_latest;
};

} // namespace apdesk::aspsim
