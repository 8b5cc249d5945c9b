#include "sqlite/filecheck.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace apdesk::sqlite {

namespace {
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QAtomicInteger<quint64> checkCounter;

int primaryCode(const QSqlError &error) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? (code & 0xff) : 0;
}

OpenProblem problemOfError(const QString &path, const QSqlError &error) {
    switch (primaryCode(error)) {
    case sqliteNotADatabase:
        return OpenProblem::notADatabase(path, error.text());
    case sqliteCorrupt:
        return OpenProblem::damaged(path, error.text());
    default:
        return OpenProblem::cannotOpen(path, error.text());
    }
}

FileCheck runChecks(QSqlDatabase &db, const QString &path, int supportedVersion) {
    FileCheck result;
    if (!db.open()) {
        result.problem = OpenProblem::cannotOpen(path, db.lastError().text());
        return result;
    }
    QSqlQuery query(db);
    // quick_check reads every page (b-tree structure, record formats) in O(N), without the
    // index cross-checks of integrity_check that would make opening a large store slow.
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (query.lastError().isValid()) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    if (findings != QStringList{QStringLiteral("ok")}) {
        result.problem = OpenProblem::damaged(path, findings.join(QLatin1Char('\n')));
        return result;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    result.version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    result.hasSchema = query.value(0).toInt() > 0;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    result.applicationId = qint32(query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        result.problem = problemOfError(path, query.lastError());
        return result;
    }
    while (query.next())
        result.tables << query.value(0).toString();
    // A negative version (a flipped bit of the header, or a hand-set PRAGMA) is none we ever
    // wrote: migrating "from" it would index the migrations before their start.
    if (result.version < 0) {
        result.problem = OpenProblem::damaged(
            path, QStringLiteral("PRAGMA user_version = %1: no version of the schema is negative")
                      .arg(result.version));
    } else if (result.version > supportedVersion) {
        result.problem = OpenProblem::newerVersion(path, result.version, supportedVersion);
    }
    return result;
}
} // namespace

FileCheck checkFile(const QString &path, int supportedVersion) {
    const QString name = QStringLiteral("apdesk-check:%1:%2").arg(++checkCounter).arg(path);
    FileCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result = runChecks(db, path, supportedVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace apdesk::sqlite
