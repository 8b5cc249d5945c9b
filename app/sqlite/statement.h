#pragma once

#include "sqlite/result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace apdesk::sqlite {

// A prepared statement run through SQLite's own C API on a QtSql connection's handle, for the
// statements that run once per row of a batch (an import's 100,000 claim lines, reading them
// back). QtSql goes through a QVariant per bound value and per cell and turns every text into
// UTF-16 and back; here values are bound and read as integers and UTF-8 bytes. The statement
// runs on the same connection, so it sees and joins the connection's transaction.
//
//     auto insert = Statement::prepare(db, "INSERT INTO t (a, b) VALUES (?, ?)", what);
//     for (…) {
//         insert.value().bind(1, a).bind(2, QByteArrayView(b));
//         if (auto done = insert.value().run(); !done) return done;
//     }
//
// Parameters and columns are numbered as SQLite numbers them: parameters from 1, columns
// from 0. Errors come sorted (ErrorKind) with the same French message as Error::fromSql.
class Statement final {
    Q_DISABLE_COPY(Statement)

public:
    // Prepares `sql` on `connection`, which must be an open QSQLITE connection of this thread.
    static Result<Statement> prepare(const QSqlDatabase &connection, QByteArrayView sql,
                                     const QString &whatWasDone);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int parameter, qint64 value);
    Statement &bind(int parameter, std::optional<qint64> value); // nullopt binds NULL
    // UTF-8 text, copied by SQLite (the view may go away after the call). A null view binds ''.
    Statement &bind(int parameter, QByteArrayView utf8);
    Statement &bind(int parameter, const QString &text);
    Statement &bindNull(int parameter);

    // One step: true when a row is ready to read, false when the statement is done. After
    // "done" or an error the statement is reset, ready to be bound and run again.
    Result<bool> next();
    // Steps through every row, calling `each(const Statement &)` on each; resets at the end.
    template <typename Each> Result<> forEachRow(Each &&each) {
        while (true) {
            auto row = next();
            if (!row)
                return Result<>::failWith(row);
            if (!*row)
                return Result<>::ok();
            each(std::as_const(*this));
        }
    }
    // Prepares `sql`, whose one parameter is bound to `key`, and calls `each(const Statement &)`
    // on every row: the usual read of a repository ("… WHERE claim_id = ?").
    template <typename Each>
    static Result<> forEachRowOf(const QSqlDatabase &connection, QByteArrayView sql, qint64 key,
                                 const QString &whatWasDone, Each &&each) {
        auto statement = prepare(connection, sql, whatWasDone);
        if (!statement)
            return Result<>::failWith(statement);
        return statement.value().bind(1, key).forEachRow(std::forward<Each>(each));
    }
    // Every row made into a T by `fromRow(const Statement &)`.
    template <typename T, typename FromRow> Result<QList<T>> collect(FromRow &&fromRow) {
        QList<T> rows;
        const auto done = forEachRow([&](const Statement &row) { rows.append(fromRow(row)); });
        if (!done)
            return Result<QList<T>>::failWith(done);
        return Result<QList<T>>::ok(std::move(rows));
    }
    // Runs a statement that returns no row (INSERT, UPDATE) and resets it for the next run.
    Result<> run();
    // Rows changed by the last run() of an INSERT, UPDATE or DELETE.
    int changes() const;
    // The number of parameters (the highest, when they are numbered ?NNN).
    int parameterCount() const;

    // The current row's cells (valid after next() returned true).
    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    // UTF-8 bytes, valid until the next step.
    QByteArrayView utf8(int column) const;
    QString text(int column) const;

private:
    Statement(sqlite3 *handle, sqlite3_stmt *statement, QString whatWasDone);
    Error lastError(int code) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_whatWasDone;
};

} // namespace apdesk::sqlite
