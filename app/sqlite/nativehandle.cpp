#include "sqlite/nativehandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace apdesk::sqlite {

namespace {

// Whether Qt's SQLite driver runs on the very SQLite this program links (Debian's plugin, vcpkg's
// and Homebrew's all use the system library). A driver built with its own copy would hand over
// a handle this copy must not touch; the source ids then differ. Checked once per process.
bool driverSharesOurSqlite(const QSqlDatabase &connection) {
    static std::atomic<int> known{-1};
    if (const int k = known.load(); k >= 0)
        return k == 1;
    QSqlQuery query(connection);
    const bool same = query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
                      query.value(0).toString() == QLatin1String(sqlite3_sourceid());
    known.store(same ? 1 : 0);
    return same;
}

// The sqlite3 handle of an open QSQLITE connection (QSqlDriver::handle()), or nullptr.
sqlite3 *handleOf(const QSqlDatabase &connection) {
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

sqlite3 *nativeHandle(const QSqlDatabase &connection) {
    sqlite3 *handle = handleOf(connection);
    return handle && driverSharesOurSqlite(connection) ? handle : nullptr;
}

} // namespace apdesk::sqlite
