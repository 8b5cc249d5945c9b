#pragma once

#include "sqlite/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace apdesk::sqlite {

// One step of a schema: what turns a file at version `version - 1` into one at `version`.
// The caller of Database::open() passes its whole list, in order, starting at version 1; to
// change a schema, append a migration, never edit one that has shipped.
// Each migration runs in its own transaction with PRAGMA user_version = version inside it, so a
// failing one leaves the file exactly at the previous version.
struct Migration final {
    int version = 0;        // 1, 2, 3… the user_version once this migration is committed
    QString description;    // a few words for the logs and the error message ("first schema")
    QStringList statements; // run in order; one statement per entry
    // Optional, run after the statements in the same transaction: for moving data in code.
    std::function<Result<>(QSqlDatabase &connection)> run;
    // For table rebuilds (SQLite cannot alter a constraint): foreign key enforcement is turned
    // off around the transaction and PRAGMA foreign_key_check must find nothing before commit,
    // the procedure of https://www.sqlite.org/lang_altertable.html#otheralter.
    bool withoutForeignKeys = false;
};

using Migrations = QList<Migration>;

} // namespace apdesk::sqlite
