#pragma once

#include "sqlite/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace apdesk::sqlite {

class Database;

// Copies the database into `targetPath` with VACUUM INTO: a consistent, compact copy taken
// while others may be writing. The target is created first with owner-only permissions (0600)
// and must not exist. Returns the target's path.
Result<QString> backup(const Database &database, const QString &targetPath);

// The same, on a given open connection (used before migrating, on the connection that will run
// the migrations). Must not be called inside a transaction.
Result<QString> vacuumInto(const QSqlDatabase &connection, const QString &targetPath);

// The name of the copy made before migrating a file at `version`: "<path>.v<version>-backup",
// or, when that exists, "<path>.v<version>-backup-<yyyyMMdd-HHmmss>", then "…-2", "…-3".
QString migrationBackupPath(const QString &databasePath, int version,
                            const QDateTime &now = QDateTime::currentDateTime());

// `base` if nothing exists there, otherwise `base-2`, `base-3`… the first free one.
QString firstFreePath(const QString &base);

} // namespace apdesk::sqlite
