#pragma once

#include "sqlite/openproblem.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace apdesk::sqlite {

// What a read-only look at a database file found, before anything is allowed to write to it
// (QSqlDatabase::open() succeeds on any file, and PRAGMA journal_mode=WAL writes to it).
struct FileCheck final {
    std::optional<OpenProblem> problem; // set when the file must not be opened for writing
    int version = 0;                    // PRAGMA user_version
    bool hasSchema = false;             // the file holds tables, views, indexes or triggers
    qint32 applicationId = 0;           // PRAGMA application_id: the mark of the file's kind
    QStringList tables;                 // the names of its tables
};

// Opens `path` with QSQLITE_OPEN_READONLY on a private connection, runs PRAGMA quick_check and
// reads PRAGMA user_version; a version above `supportedVersion` is a NewerVersion problem.
FileCheck checkFile(const QString &path, int supportedVersion);

} // namespace apdesk::sqlite
