#include "store/settingsrepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

SettingsRepository::SettingsRepository(const sqlite::Database &database)
    : m_database(database) {}

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const {
    QSqlQuery query(m_database.connection());
    const auto done =
        sqlite::execute(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                        tr("lire le réglage « %1 »").arg(key));
    if (!done)
        return Result<std::optional<QString>>::failWith(done);
    if (!query.next())
        return Result<std::optional<QString>>::ok(std::nullopt);
    return Result<std::optional<QString>>::ok(query.value(0).toString());
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const {
    const auto stored = value(key);
    return stored && stored.value() ? *stored.value() : fallback;
}

Result<> SettingsRepository::setValue(const QString &key, const QString &value) const {
    if (key.isEmpty()) {
        return Result<>::fail(Error::make(ErrorKind::Invalid, tr("Un réglage doit avoir un nom.")));
    }
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return sqlite::execute(query,
                               QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = "
                                              "excluded.value"),
                               {key, value.isNull() ? QStringLiteral("") : value},
                               tr("enregistrer le réglage « %1 »").arg(key));
    });
}

Result<> SettingsRepository::remove(const QString &key) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return sqlite::execute(query, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                               tr("supprimer le réglage « %1 »").arg(key));
    });
}

} // namespace apdesk::store
