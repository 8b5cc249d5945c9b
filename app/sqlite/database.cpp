#include "sqlite/database.h"

#include "sqlite/backup.h"
#include "sqlite/filecheck.h"
#include "sqlite/migrator.h"
#include "sqlite/privatefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace apdesk::sqlite {

namespace {
QAtomicInteger<quint64> databaseCounter;
QAtomicInteger<quint64> threadCounter;

// A serial per thread, never reused in the process's life (thread ids are reused, and a
// connection left behind by a finished thread must never be handed to a new one).
quint64 threadSerial() {
    thread_local const quint64 serial = ++threadCounter;
    return serial;
}

std::optional<QString> execute(QSqlDatabase &connection, const QString &statement,
                               QString *firstValue = nullptr) {
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return query.lastError().text();
    if (firstValue && query.next())
        *firstValue = query.value(0).toString();
    return std::nullopt;
}
} // namespace

struct Database::Shared final {
    QString path;
    QString namePrefix;
    int busyTimeoutMs = 0;
    int version = 0;
    QString backupPath;

    QMutex mutex;
    QSet<QString> names; // connections created for this database, in any thread

    ~Shared() {
        const QMutexLocker lock(&mutex);
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }

    void remove(const QString &name) {
        const QMutexLocker lock(&mutex);
        if (names.remove(name))
            QSqlDatabase::removeDatabase(name);
    }

    // Settings that live in the connection, not in the file: set on every new connection.
    std::optional<QString> configure(QSqlDatabase &connection) const {
        if (auto error = execute(connection, QStringLiteral("PRAGMA foreign_keys = ON")))
            return error;
        // With the WAL journal, NORMAL syncs at checkpoints rather than at every commit: a
        // commit survives the program's crash or kill, and the file stays whole after a power
        // cut, which may take back the last transactions (SQLite's own advice for WAL). FULL's
        // sync at each commit made a cell edit of the hours grid cost 0.5 ms to 5 ms.
        if (auto error = execute(connection, QStringLiteral("PRAGMA synchronous = NORMAL")))
            return error;
        return execute(connection, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    }
};

Database::Database(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared)) {}

Database::~Database() = default;

QString Database::path() const {
    return m_shared->path;
}
int Database::schemaVersion() const {
    return m_shared->version;
}
QString Database::migrationBackupPath() const {
    return m_shared->backupPath;
}

QString Database::connectionName() const {
    return QStringLiteral("%1:thread-%2").arg(m_shared->namePrefix).arg(threadSerial());
}

QSqlDatabase Database::connection() const {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    connection.setDatabaseName(m_shared->path);
    connection.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_shared->busyTimeoutMs));
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->names.insert(name);
    }
    // Remove the connection from inside its thread as the thread ends (finished is emitted
    // from the finishing thread), unless the Database went first.
    QThread *thread = QThread::currentThread();
    const std::weak_ptr<Shared> weak = m_shared;
    QObject::connect(
        thread, &QThread::finished, thread,
        [weak, name] {
            if (const auto shared = weak.lock())
                shared->remove(name);
        },
        Qt::DirectConnection);

    if (connection.open()) {
        if (const auto error = m_shared->configure(connection)) {
            qWarning("apdesk::sqlite: cannot configure connection %s: %s", qPrintable(name),
                     qPrintable(*error));
            connection.close();
        }
    }
    return connection;
}

void Database::releaseThreadConnection() const {
    m_shared->remove(connectionName());
}

Result<QString> Database::backupTo(const QString &targetPath) const {
    return backup(*this, targetPath);
}

namespace {
// Whether the file is of the kind `mark` names: marked so, or an empty database, or one of ours
// from before the marks (its version and a table every such file had).
std::optional<OpenProblem> markProblem(const QString &path, const FileCheck &check,
                                       const FileMark &mark) {
    if (mark.applicationId == 0 || check.applicationId == mark.applicationId)
        return std::nullopt;
    if (check.applicationId == 0) {
        if (!check.hasSchema && check.version == 0)
            return std::nullopt;
        if (check.version > 0 && check.tables.contains(mark.legacyTable))
            return std::nullopt;
    }
    return OpenProblem::notOurs(path, mark.description,
                                FileMark::describe(check.applicationId, check.tables),
                                QStringLiteral("PRAGMA application_id = %1, user_version = %2")
                                    .arg(check.applicationId)
                                    .arg(check.version));
}

// Opens `database`'s first connection for writing and migrates it. Holds the only copy of the
// connection handle, so that it is gone before the Database is destroyed on failure.
std::optional<OpenProblem> openForWriting(const Database &database, const Migrations &migrations,
                                          const FileCheck &check, const FileMark &mark,
                                          MigrationOutcome *outcome) {
    const QString &path = database.path();
    QSqlDatabase connection = database.connection();
    if (!connection.isOpen())
        return OpenProblem::cannotOpen(path, connection.lastError().text());
    QString mode;
    if (const auto error = execute(connection, QStringLiteral("PRAGMA journal_mode = WAL"), &mode))
        return OpenProblem::cannotOpen(path, *error);
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return OpenProblem::cannotOpen(
            path, QStringLiteral("the journal mode stayed '%1' instead of 'wal'").arg(mode));
    }
    // An existing file may have been created with wider permissions (by hand, or by an older
    // program): narrow them now that it proved to be ours. SQLite gives -wal and -shm the
    // permissions of the database file.
    if (const auto restricted = makePrivate(path); !restricted)
        return OpenProblem::cannotOpen(path, restricted.error().message);
    // A new file, or one of ours from before the marks: marked now that it proved to be ours.
    if (mark.applicationId != 0 && check.applicationId != mark.applicationId) {
        if (const auto error = execute(
                connection, QStringLiteral("PRAGMA application_id = %1").arg(mark.applicationId)))
            return OpenProblem::cannotOpen(path, *error);
    }
    *outcome = Migrator::migrate(connection, path, migrations, check.version,
                                 check.version > 0 || check.hasSchema);
    return outcome->problem;
}
} // namespace

OpenResult<Database> Database::open(const QString &path, const Migrations &migrations,
                                    const OpenOptions &options) {
    if (auto problem = Migrator::validate(migrations, path))
        return OpenResult<Database>::fail(*problem);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return OpenResult<Database>::fail(
            OpenProblem::cannotOpen(path, tr("ce chemin n'est pas celui d'un fichier.")));
    }
    const bool existed = info.exists();
    if (existed && info.size() == 0)
        return OpenResult<Database>::fail(OpenProblem::emptyFile(path));
    if (!existed) {
        if (!QDir().mkpath(info.absolutePath())) {
            return OpenResult<Database>::fail(OpenProblem::cannotOpen(
                path, tr("le dossier « %1 » ne peut pas être créé.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()))));
        }
        if (const auto created = createPrivateFile(path); !created)
            return OpenResult<Database>::fail(
                OpenProblem::cannotOpen(path, created.error().message));
    }

    // Reading a database in WAL mode creates its -wal and -shm files: a refused file must not
    // be left with new ones beside it.
    const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    const FileCheck check = checkFile(path, int(migrations.size()));
    // A version counts only in a file of ours: another kind's file is refused as such.
    std::optional<OpenProblem> refused = check.problem;
    if (!refused || refused->kind == ProblemKind::NewerVersion) {
        if (auto other = markProblem(path, check, options.mark))
            refused = std::move(other);
    }
    if (refused) {
        if (!hadWal)
            QFile::remove(path + QStringLiteral("-wal"));
        if (!hadShm)
            QFile::remove(path + QStringLiteral("-shm"));
        return OpenResult<Database>::fail(*refused);
    }

    auto shared = std::make_shared<Shared>();
    shared->path = path;
    shared->namePrefix = QStringLiteral("apdesk-db:%1:%2").arg(++databaseCounter).arg(path);
    shared->busyTimeoutMs = options.busyTimeoutMs;
    shared->version = check.version;
    std::unique_ptr<Database> database(new Database(shared));

    MigrationOutcome outcome;
    outcome.version = check.version;
    const auto problem = openForWriting(*database, migrations, check, options.mark, &outcome);
    shared->version = outcome.version;
    shared->backupPath = outcome.backupPath;
    if (problem)
        return OpenResult<Database>::fail(*problem);
    return OpenResult<Database>::ok(std::move(database));
}

} // namespace apdesk::sqlite
