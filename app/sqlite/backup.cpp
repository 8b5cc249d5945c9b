#include "sqlite/backup.h"

#include "sqlite/database.h"
#include "sqlite/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace apdesk::sqlite {

namespace {
bool exists(const QString &path) {
    // A dangling symbolic link counts as taken: never write through one.
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}
} // namespace

Result<QString> backup(const Database &database, const QString &targetPath) {
    return vacuumInto(database.connection(), targetPath);
}

Result<QString> vacuumInto(const QSqlDatabase &connection, const QString &targetPath) {
    if (exists(targetPath)) {
        return Result<QString>::fail(Error::make(
            ErrorKind::Duplicate,
            QCoreApplication::translate("apdesk::sqlite",
                                        "La copie de sauvegarde ne peut pas être écrite dans "
                                        "« %1 » : ce fichier existe déjà.")
                .arg(QDir::toNativeSeparators(targetPath))));
    }
    // VACUUM INTO accepts an empty file as its target: creating it first gives the copy its
    // owner-only permissions from the start, instead of the umask's.
    if (const auto created = createPrivateFile(targetPath); !created)
        return Result<QString>::failWith(created);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        QFile::remove(targetPath);
        return Result<QString>::fail(Error::fromSql(
            error,
            QCoreApplication::translate("apdesk::sqlite", "copier la base de données dans « %1 »")
                .arg(QDir::toNativeSeparators(targetPath))));
    }
    if (const auto restricted = makePrivate(targetPath); !restricted)
        return Result<QString>::failWith(restricted);
    return Result<QString>::ok(targetPath);
}

QString migrationBackupPath(const QString &databasePath, int version, const QDateTime &now) {
    const QString plain = QStringLiteral("%1.v%2-backup").arg(databasePath).arg(version);
    if (!exists(plain))
        return plain;
    return firstFreePath(plain + QLatin1Char('-') +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString firstFreePath(const QString &base) {
    if (!exists(base))
        return base;
    for (int counter = 2;; ++counter) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(counter);
        if (!exists(candidate))
            return candidate;
    }
}

} // namespace apdesk::sqlite
