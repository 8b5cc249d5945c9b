#pragma once

#include "sqlite/openproblem.h"
#include "sqlite/result.h"

#include <QDateTime>
#include <QString>

namespace apdesk::sqlite {

// Moves a database file that cannot be used out of the way, so that the program can start on a
// new one at the same path, while the user keeps the old file (to send to support, or to open
// with a newer version). The file is renamed next to itself to
// "<path>.<reason>-<yyyyMMdd-HHmm>" (e.g. "apdesk.sqlite.damaged-20261129-0705", with "-2"…
// when taken), and its "-wal", "-shm" and "-journal" companions follow it, renamed the same way,
// so the set-aside copy is still complete. Returns the new path of the main file.
// Nothing may have the file open in this process (close the Database first).
Result<QString> setAside(const QString &path, ProblemKind why = ProblemKind::Damaged,
                         const QDateTime &now = QDateTime::currentDateTime());
// The same, naming the file after the problem open() reported.
Result<QString> setAside(const OpenProblem &problem);

} // namespace apdesk::sqlite
