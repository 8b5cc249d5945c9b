#include "onetimestore.h"

#include "secrets.h"

namespace apdesk::aspsim {

QString OneTimeStore::add(const QString &answer, qint64 nowSecs) {
    prune(nowSecs);
    const QString id = QString::fromLatin1(secrets::newToken().left(22));
    m_entries.insert(id, {answer, nowSecs + m_lifetimeSecs});
    m_latest = id;
    return id;
}

bool OneTimeStore::take(const QString &id, const QString &answer, qint64 nowSecs) {
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd()) {
        return false;
    }
    const Entry entry = *it;
    m_entries.erase(it);
    return entry.expiresAt > nowSecs &&
           entry.answer.compare(answer.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<QString> OneTimeStore::peek(const QString &id, qint64 nowSecs) const {
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || it->expiresAt <= nowSecs) {
        return std::nullopt;
    }
    return it->answer;
}

void OneTimeStore::prune(qint64 nowSecs) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it = it->expiresAt <= nowSecs ? m_entries.erase(it) : std::next(it);
    }
}

} // namespace apdesk::aspsim
