#include "sqlite/migrator.h"

#include "sqlite/backup.h"
#include "sqlite/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace apdesk::sqlite {

namespace {
bool execute(QSqlDatabase &connection, const QString &statement, QString *error) {
    QSqlQuery query(connection);
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 [%2]").arg(query.lastError().text(), statement.simplified());
    return false;
}
} // namespace

std::optional<OpenProblem> Migrator::validate(const Migrations &migrations, const QString &path) {
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const int expected = int(i) + 1;
        if (migrations[i].version != expected) {
            return OpenProblem::migrationFailed(
                path, expected, migrations[i].description, -1, {},
                QStringLiteral("migration %1 found where version %2 was expected")
                    .arg(migrations[i].version)
                    .arg(expected));
        }
    }
    return std::nullopt;
}

MigrationOutcome Migrator::migrate(QSqlDatabase &connection, const QString &path,
                                   const Migrations &migrations, int fromVersion,
                                   bool backupFirst) {
    MigrationOutcome outcome;
    outcome.version = fromVersion;
    if (fromVersion >= migrations.size())
        return outcome;
    if (backupFirst) {
        const auto copied = vacuumInto(connection, migrationBackupPath(path, fromVersion));
        if (!copied) {
            outcome.problem = OpenProblem::backupFailed(path, fromVersion, copied.error().message);
            return outcome;
        }
        outcome.backupPath = copied.value();
    }
    for (qsizetype i = fromVersion; i < migrations.size(); ++i) {
        const Migration &migration = migrations[i];
        if (const auto error = apply(connection, migration)) {
            outcome.problem =
                OpenProblem::migrationFailed(path, migration.version, migration.description,
                                             outcome.version, outcome.backupPath, *error);
            return outcome;
        }
        outcome.version = migration.version;
    }
    return outcome;
}

std::optional<QString> Migrator::apply(QSqlDatabase &connection, const Migration &migration) {
    QString error;
    // PRAGMA foreign_keys is a no-op inside a transaction: switch it around the transaction.
    if (migration.withoutForeignKeys &&
        !execute(connection, QStringLiteral("PRAGMA foreign_keys = OFF"), &error))
        return error;
    const auto restoreForeignKeys = [&] {
        if (migration.withoutForeignKeys) {
            QString ignored;
            execute(connection, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
        }
    };

    std::optional<QString> failure;
    {
        Transaction transaction(connection);
        if (!transaction.isActive()) {
            restoreForeignKeys();
            return transaction.error().detail;
        }
        for (const QString &statement : migration.statements) {
            if (!execute(connection, statement, &error)) {
                failure = error;
                break;
            }
        }
        if (!failure && migration.run) {
            if (const auto ran = migration.run(connection); !ran)
                failure = ran.error().detail.isEmpty() ? ran.error().message : ran.error().detail;
        }
        if (!failure && migration.withoutForeignKeys) {
            QSqlQuery check(connection);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                failure = check.lastError().text();
            else if (check.next())
                failure = QStringLiteral("foreign key check failed on table %1")
                              .arg(check.value(0).toString());
        }
        // PRAGMA takes no bound parameters; the version is an int we formatted ourselves.
        if (!failure &&
            !execute(connection, QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                     &error))
            failure = error;
        if (!failure) {
            if (const auto committed = transaction.commit(); !committed)
                failure = committed.error().detail;
        }
        // On failure the Transaction rolls back as it goes out of scope.
    }
    restoreForeignKeys();
    return failure;
}

} // namespace apdesk::sqlite
