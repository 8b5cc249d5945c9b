#pragma once

#include "sqlite/migration.h"
#include "sqlite/openproblem.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace apdesk::sqlite {

// Brings a database opened for writing from its version to the last of its migrations.
struct MigrationOutcome final {
    std::optional<OpenProblem> problem;
    int version = 0;    // the file's version afterwards
    QString backupPath; // the copy made before the first migration, empty when none was needed
};

class Migrator final {
public:
    // Versions must run 1, 2, 3… without gaps: a list out of order is a programming error,
    // reported before the file is touched.
    static std::optional<OpenProblem> validate(const Migrations &migrations, const QString &path);

    // When the file holds data (`backupFirst`), copies it next to itself first
    // (migrationBackupPath()); then runs each pending migration in its own transaction.
    static MigrationOutcome migrate(QSqlDatabase &connection, const QString &path,
                                    const Migrations &migrations, int fromVersion,
                                    bool backupFirst);

private:
    static std::optional<QString> apply(QSqlDatabase &connection, const Migration &migration);
};

} // namespace apdesk::sqlite
