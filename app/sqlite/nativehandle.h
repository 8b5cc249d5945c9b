#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace apdesk::sqlite {

// The sqlite3 handle under an open QSQLITE connection of this thread, for SQLite's own C API
// (Statement, transaction state); nullptr when the connection is closed or Qt's driver is not
// built on the SQLite library this program links (its handle would belong to another copy).
sqlite3 *nativeHandle(const QSqlDatabase &connection);

} // namespace apdesk::sqlite
