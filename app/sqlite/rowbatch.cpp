#include "sqlite/rowbatch.h"

#include <sqlite3.h>

namespace apdesk::sqlite {

namespace {

QByteArray statementText(const RowBatch::Shape &shape, int rows) {
    QByteArray sql = shape.head;
    sql.reserve(shape.head.size() + rows * (shape.row.size() + 2) + shape.tail.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += shape.row;
    }
    if (!shape.tail.isEmpty())
        sql += ' ' + shape.tail;
    return sql;
}

} // namespace

Result<RowBatch> RowBatch::prepare(const QSqlDatabase &connection, Shape shape,
                                   int rowsPerStatement, const QString &whatWasDone) {
    rowsPerStatement = std::max(1, rowsPerStatement);
    auto full = Statement::prepare(connection, statementText(shape, rowsPerStatement), whatWasDone);
    if (!full)
        return Result<RowBatch>::failWith(full);
    // Numbered placeholders (?1) or a wrong count would put values in the wrong columns.
    if (full->parameterCount() != rowsPerStatement * shape.parametersPerRow) {
        return Result<RowBatch>::fail(Error::fromSqliteCode(
            SQLITE_MISUSE,
            QStringLiteral("RowBatch: %1 parameters in the statement, %2 rows of %3 expected")
                .arg(full->parameterCount())
                .arg(rowsPerStatement)
                .arg(shape.parametersPerRow),
            whatWasDone));
    }
    return Result<RowBatch>::ok(RowBatch(connection, std::move(shape), rowsPerStatement,
                                         std::move(full.value()), whatWasDone));
}

RowBatch::RowBatch(const QSqlDatabase &connection, Shape shape, int rowsPerStatement,
                   Statement full, QString whatWasDone)
    : m_connection(connection)
    , m_shape(std::move(shape))
    , m_rowsPerStatement(rowsPerStatement)
    , m_full(std::move(full))
    , m_values(qsizetype(rowsPerStatement) * m_shape.parametersPerRow)
    , m_whatWasDone(std::move(whatWasDone)) {}

RowBatch::Value &RowBatch::slot(int parameter) {
    if (parameter < 1 || parameter > m_shape.parametersPerRow) {
        if (m_badParameter == 0)
            m_badParameter = parameter;
        return m_misbound;
    }
    return m_values[qsizetype(m_pending) * m_shape.parametersPerRow + parameter - 1];
}

RowBatch &RowBatch::bind(int parameter, qint64 value) {
    slot(parameter) = {Value::Kind::Integer, value, 0};
    return *this;
}

RowBatch &RowBatch::bind(int parameter, std::optional<qint64> value) {
    if (value)
        return bind(parameter, *value);
    slot(parameter) = {};
    return *this;
}

RowBatch &RowBatch::bind(int parameter, QByteArrayView utf8) {
    slot(parameter) = {Value::Kind::Text, m_texts.size(), utf8.size()};
    m_texts.append(utf8);
    return *this;
}

Result<> RowBatch::endRow() {
    if (m_badParameter != 0) {
        return Result<>::fail(
            Error::fromSqliteCode(SQLITE_RANGE,
                                  QStringLiteral("RowBatch: parameter %1 bound, a row has %2")
                                      .arg(m_badParameter)
                                      .arg(m_shape.parametersPerRow),
                                  m_whatWasDone));
    }
    ++m_pending;
    return m_pending == m_rowsPerStatement ? runPending(m_full) : Result<>::ok();
}

Result<> RowBatch::flush() {
    if (m_pending == 0)
        return Result<>::ok();
    auto remainder =
        Statement::prepare(m_connection, statementText(m_shape, m_pending), m_whatWasDone);
    if (!remainder)
        return Result<>::failWith(remainder);
    return runPending(remainder.value());
}

Result<> RowBatch::runPending(Statement &statement) {
    const int parameters = m_pending * m_shape.parametersPerRow;
    for (int p = 0; p < parameters; ++p) {
        const Value &v = m_values[p];
        switch (v.kind) {
        case Value::Kind::Null:
            statement.bindNull(p + 1);
            break;
        case Value::Kind::Integer:
            statement.bind(p + 1, v.integer);
            break;
        case Value::Kind::Text:
            statement.bind(p + 1, QByteArrayView(m_texts.constData() + v.integer, v.size));
            break;
        }
    }
    const auto done = statement.run();
    m_pending = 0;
    m_texts.truncate(0); // keeps its capacity for the next rows
    std::fill(m_values.begin(), m_values.end(), Value{});
    if (!done)
        return done;
    m_changes += statement.changes();
    return Result<>::ok();
}

} // namespace apdesk::sqlite
