#pragma once

#include "sqlite/result.h"

#include <QSqlDatabase>

#include <optional>

#include <utility>

namespace apdesk::sqlite {

// One transaction on one connection, rolled back unless commit() succeeds:
//
//     Transaction transaction(database.connection());
//     if (!transaction.isActive()) return Result<>::fail(transaction.error());
//     … statements …
//     return transaction.commit();
//
// Writes use BEGIN IMMEDIATE (the default): the write lock is taken at the start, so two
// writers wait for each other through the busy timeout instead of one failing with
// SQLITE_BUSY when its read transaction tries to become a write one.
// Transactions do not nest: begin one per unit of work, at its outermost level.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Mode { Immediate, Deferred };

    explicit Transaction(QSqlDatabase connection, Mode mode = Mode::Immediate);
    ~Transaction();

    // True from a successful begin until commit() or rollback().
    bool isActive() const { return m_active; }
    // Why the transaction could not begin, or why the last commit failed.
    const Error &error() const { return m_error; }
    QSqlDatabase connection() const { return m_connection; }

    // Commits; on failure rolls back and returns the error.
    Result<> commit();
    void rollback();

private:
    QSqlDatabase m_connection;
    Error m_error;
    bool m_active = false;
};

// Runs `work(connection)` (which returns a Result<…>) in one transaction: commits when it
// succeeds, rolls back when it fails, and returns its result (or the error of BEGIN/COMMIT).
template <typename Work>
auto inTransaction(const QSqlDatabase &connection, Work &&work,
                   Transaction::Mode mode = Transaction::Mode::Immediate)
    -> decltype(work(std::declval<QSqlDatabase &>())) {
    using R = decltype(work(std::declval<QSqlDatabase &>()));
    QSqlDatabase db = connection;
    Transaction transaction(db, mode);
    if (!transaction.isActive())
        return R::fail(transaction.error());
    R result = work(db);
    if (!result)
        return result; // the Transaction rolls back as it goes out of scope
    if (auto committed = transaction.commit(); !committed)
        return R::fail(committed.error());
    return result;
}

// Whether `connection` is inside a transaction (BEGIN … not yet committed or rolled back);
// nullopt when that cannot be told (no SQLite handle: closed, or a driver on another SQLite).
std::optional<bool> isInTransaction(const QSqlDatabase &connection);

// What a connection can tell of the changes made to its file: other connections' commits
// (PRAGMA data_version) and the rows it changed itself (sqlite3_total_changes64). Two equal
// stamps taken on one connection mean that no row of the main database changed in between:
// what was read then is still what the file holds. Not counted: this connection's own schema
// changes and pragmas, and attached databases — the store does neither between two stamps.
struct ChangeStamp {
    qint64 othersCommits = 0;
    qint64 ownChanges = 0;
    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
};
// nullopt when it cannot be read (no SQLite handle).
std::optional<ChangeStamp> changeStamp(const QSqlDatabase &connection);

// Runs `work(connection)`, which only reads, on one snapshot of the database: in a deferred
// transaction of its own, or in the caller's when one is open (transactions do not nest). For a
// read made of several statements that must agree, while other connections (an import on a
// worker thread) may commit between them.
template <typename Work>
auto inReadSnapshot(const QSqlDatabase &connection, Work &&work)
    -> decltype(work(std::declval<QSqlDatabase &>())) {
    // Unknown state: the reads themselves will fail with the reason (Statement::prepare).
    if (const auto inside = isInTransaction(connection); !inside || *inside) {
        QSqlDatabase db = connection;
        return work(db);
    }
    return inTransaction(connection, std::forward<Work>(work), Transaction::Mode::Deferred);
}

} // namespace apdesk::sqlite
