#include "sqlite/statement.h"

#include "sqlite/nativehandle.h"

#include <sqlite3.h>

namespace apdesk::sqlite {

Result<Statement> Statement::prepare(const QSqlDatabase &connection, QByteArrayView sql,
                                     const QString &whatWasDone) {
    sqlite3 *handle = nativeHandle(connection);
    if (!handle) {
        return Result<Statement>::fail(Error::make(
            ErrorKind::Failed,
            Error::tr("Échec de l'opération « %1 » : le pilote SQLite de Qt n'utilise pas la "
                      "bibliothèque SQLite du programme.")
                .arg(whatWasDone),
            QStringLiteral("QSqlDriver::handle() is not this program's sqlite3*")));
    }
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(handle, sql.data(), int(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Result<Statement>::fail(
            Error::fromSqliteCode(sqlite3_extended_errcode(handle),
                                  QString::fromUtf8(sqlite3_errmsg(handle)), whatWasDone));
    }
    return Result<Statement>::ok(Statement(handle, statement, whatWasDone));
}

Statement::Statement(sqlite3 *handle, sqlite3_stmt *statement, QString whatWasDone)
    : m_handle(handle)
    , m_statement(statement)
    , m_whatWasDone(std::move(whatWasDone)) {}

Statement::Statement(Statement &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_whatWasDone(std::move(other.m_whatWasDone)) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_whatWasDone = std::move(other.m_whatWasDone);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int parameter, qint64 value) {
    sqlite3_bind_int64(m_statement, parameter, value);
    return *this;
}

Statement &Statement::bind(int parameter, std::optional<qint64> value) {
    return value ? bind(parameter, *value) : bindNull(parameter);
}

Statement &Statement::bind(int parameter, QByteArrayView utf8) {
    // A null view's data() is nullptr, which SQLite would bind as NULL: bind '' instead, as the
    // NOT NULL DEFAULT '' columns expect.
    sqlite3_bind_text64(m_statement, parameter, utf8.isNull() ? "" : utf8.data(),
                        sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int parameter, const QString &text) {
    return bind(parameter, QByteArrayView(text.toUtf8()));
}

Statement &Statement::bindNull(int parameter) {
    sqlite3_bind_null(m_statement, parameter);
    return *this;
}

Result<bool> Statement::next() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return Result<bool>::ok(true);
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return Result<bool>::ok(false);
    }
    const Error error = lastError(code);
    sqlite3_reset(m_statement);
    return Result<bool>::fail(error);
}

Result<> Statement::run() {
    const auto stepped = next();
    if (!stepped)
        return Result<>::failWith(stepped);
    if (*stepped) // a statement that returned a row is not reset by next()
        sqlite3_reset(m_statement);
    return Result<>::ok();
}

int Statement::changes() const {
    return sqlite3_changes(m_handle);
}

int Statement::parameterCount() const {
    return sqlite3_bind_parameter_count(m_statement);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

std::optional<qint64> Statement::optionalInteger(int column) const {
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

QByteArrayView Statement::utf8(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QString Statement::text(int column) const {
    return QString::fromUtf8(utf8(column));
}

Error Statement::lastError(int code) const {
    // Read before the statement is reset: the handle's code and text are the failed step's.
    const int extended = sqlite3_extended_errcode(m_handle);
    return Error::fromSqliteCode(extended != SQLITE_OK ? extended : code,
                                 QString::fromUtf8(sqlite3_errmsg(m_handle)), m_whatWasDone);
}

} // namespace apdesk::sqlite
