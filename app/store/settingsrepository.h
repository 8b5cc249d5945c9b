#pragma once

#include "store/storeresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The user's preferences kept with the work (never a password): key → text.
class SettingsRepository final {
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
    Q_DISABLE_COPY_MOVE(SettingsRepository)

public:
    explicit SettingsRepository(const sqlite::Database &database);

    // The value of `key`, or nullopt when it was never set.
    Result<std::optional<QString>> value(const QString &key) const;
    // The value of `key`, or `fallback` when it was never set or cannot be read.
    QString value(const QString &key, const QString &fallback) const;
    Result<> setValue(const QString &key, const QString &value) const;
    Result<> remove(const QString &key) const;

private:
    const sqlite::Database &m_database;
};

} // namespace apdesk::store
