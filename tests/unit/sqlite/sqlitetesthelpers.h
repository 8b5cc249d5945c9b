#pragma once

// Helpers shared by the tests of app/sqlite and app/store: raw files and raw connections that
// bypass the code under test, to prepare files and to look at them from outside.

#include <QByteArray>
#include <QFile>
#include <QFileDevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace apdesk::testing {

inline QByteArray readBytes(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Overwrites `bytes.size()` bytes of the file at `offset`, leaving the rest as it is.
inline bool overwriteBytes(const QString &path, qint64 offset, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) &&
           file.write(bytes) == bytes.size();
}

// The permission bits that matter: does anyone but the owner have any access?
inline bool isOwnerOnly(const QString &path) {
    const auto permissions = QFile::permissions(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner) &&
           (permissions & QFileDevice::WriteOwner);
}

// Runs `work` on a private connection to `path` (opened read-write, rollback journal, no
// checks), then removes the connection: the "other program" of the tests.
inline bool withRawConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work,
                              const QString &options = {}) {
    static int counter = 0;
    const QString name = QStringLiteral("raw-test-connection-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Executes statements in order; false (with a warning) at the first that fails.
inline bool execAll(QSqlDatabase &db, const QStringList &statements) {
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

// The first column of the first row of `sql`, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

// Every row of `sql`, each as its columns joined by '|'.
inline QStringList rows(const QSqlDatabase &db, const QString &sql) {
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        result << columns.join(QLatin1Char('|'));
    }
    return result;
}

} // namespace apdesk::testing
