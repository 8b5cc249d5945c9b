#include "sqlite/transaction.h"

#include "sqlite/nativehandle.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace apdesk::sqlite {

Transaction::Transaction(QSqlDatabase connection, Mode mode)
    : m_connection(std::move(connection)) {
    QSqlQuery query(m_connection);
    if (query.exec(mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                           : QStringLiteral("BEGIN DEFERRED"))) {
        m_active = true;
    } else {
        m_error = Error::fromSql(
            query.lastError(),
            QCoreApplication::translate("apdesk::sqlite", "commencer une transaction"));
    }
}

Transaction::~Transaction() {
    rollback();
}

Result<> Transaction::commit() {
    if (!m_active) {
        if (m_error.message.isEmpty()) {
            m_error = Error::make(ErrorKind::Failed,
                                  QCoreApplication::translate(
                                      "apdesk::sqlite", "La transaction n'est plus en cours."));
        }
        return Result<>::fail(m_error);
    }
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = Error::fromSql(
            query.lastError(),
            QCoreApplication::translate("apdesk::sqlite", "enregistrer les modifications"));
        rollback();
        return Result<>::fail(m_error);
    }
    m_active = false;
    return Result<>::ok();
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_connection);
    // Fails only when SQLite already rolled back by itself (e.g. after SQLITE_FULL).
    query.exec(QStringLiteral("ROLLBACK"));
}

std::optional<bool> isInTransaction(const QSqlDatabase &connection) {
    sqlite3 *handle = nativeHandle(connection);
    if (!handle)
        return std::nullopt;
    return sqlite3_get_autocommit(handle) == 0;
}

std::optional<ChangeStamp> changeStamp(const QSqlDatabase &connection) {
    sqlite3 *handle = nativeHandle(connection);
    if (!handle)
        return std::nullopt;
    auto statement = Statement::prepare(
        connection, "PRAGMA data_version",
        QCoreApplication::translate("apdesk::sqlite", "lire la version des données"));
    if (!statement)
        return std::nullopt;
    const auto row = statement.value().next();
    if (!row || !*row)
        return std::nullopt;
    return ChangeStamp{statement.value().integer(0), sqlite3_total_changes64(handle)};
}

} // namespace apdesk::sqlite
