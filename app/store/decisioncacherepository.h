#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The decisions last fetched from the service, so that claims can be prepared offline.
class DecisionCacheRepository final {
    Q_DECLARE_TR_FUNCTIONS(DecisionCacheRepository)
    Q_DISABLE_COPY_MOVE(DecisionCacheRepository)

public:
    DecisionCacheRepository(const sqlite::Database &database, std::function<QDateTime()> clock);

    // Stores the decision, replacing what was cached under its number.
    Result<> put(const CachedDecision &decision) const;
    // The cached decision of that number, or nullopt.
    Result<std::optional<CachedDecision>> find(const QString &number) const;
    // The cached decisions of a SIRET, latest period first.
    Result<QList<CachedDecision>> listForSiret(const QString &siret) const;

private:
    const sqlite::Database &m_database;
    std::function<QDateTime()> m_clock;
};

} // namespace apdesk::store
