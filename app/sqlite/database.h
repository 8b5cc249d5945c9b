#pragma once

#include "sqlite/migration.h"
#include "sqlite/filemark.h"
#include "sqlite/openresult.h"
#include "sqlite/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace apdesk::sqlite {

struct OpenOptions final {
    int busyTimeoutMs = 5000; // how long a statement waits for another connection's lock
    // The kind of file expected: a file marked as another kind, or another program's database,
    // is refused untouched; a new or unmarked file of this kind gets the mark.
    FileMark mark;
};

// One SQLite database file of the product (the client's store, the simulated service's
// database), opened with the checks, settings and migrations both share:
// - the file is created owner-only (0600) before SQLite creates it;
// - before anything writes to an existing file, a read-only connection runs PRAGMA
//   quick_check and reads PRAGMA user_version and application_id: a file that is empty, not a
//   database, damaged, of another kind (OpenOptions::mark) or from a newer program is left
//   untouched, without -wal or -shm beside it, and reported as an OpenProblem;
// - then it is opened for writing: WAL journal synced at checkpoints (synchronous NORMAL),
//   foreign keys on, a busy timeout;
// - pending migrations run, each in one transaction, after a VACUUM INTO copy of a file that
//   holds data ("<file>.v<old version>-backup").
//
// Connections: every thread that uses the database gets its own named connection (Qt's
// connections may be used only by the thread that created them), created on first use by
// connection() and removed when that QThread finishes or when the Database is destroyed. The
// name holds the file and a per-thread serial, never Qt's default connection, because the
// store, the embedded service and import workers share one process.
//
// A Database must outlive the threads that use it, or they call releaseThreadConnection().
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static OpenResult<Database> open(const QString &path, const Migrations &migrations,
                                     const OpenOptions &options = {});
    ~Database();

    QString path() const;
    // PRAGMA user_version after open(): the number of migrations applied.
    int schemaVersion() const;
    // The copy made before migrating at open(), empty when no migration ran on existing data.
    QString migrationBackupPath() const;

    // This thread's connection, opened and configured on first use. Check isOpen() on it: it
    // is closed only if the file could not be reopened (e.g. it was removed meanwhile).
    QSqlDatabase connection() const;
    // The name of this thread's connection (whether or not it was created yet).
    QString connectionName() const;
    // Closes and removes this thread's connection now (a worker thread that ends early, or a
    // thread that is not a QThread). Queries on it must be gone.
    void releaseThreadConnection() const;

    // VACUUM INTO `targetPath` (which must not exist), 0600: see sqlite::backup().
    Result<QString> backupTo(const QString &targetPath) const;

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared);

    std::shared_ptr<Shared> m_shared;
};

} // namespace apdesk::sqlite
