#include "sqlite/error.h"

#include <QSqlError>

namespace apdesk::sqlite {

namespace {
// SQLite result codes (sqlite3.h); Qt's QSQLITE driver reports extended codes by default.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteConstraint = 19;
constexpr int constraintCheck = 275;
constexpr int constraintForeignKey = 787;
constexpr int constraintNotNull = 1299;
constexpr int constraintPrimaryKey = 1555;
constexpr int constraintUnique = 2067;
} // namespace

ErrorKind kindOfSqliteCode(int code) {
    switch (code) {
    case constraintUnique:
    case constraintPrimaryKey:
        return ErrorKind::Duplicate;
    case constraintForeignKey:
        return ErrorKind::ForeignKey;
    case constraintCheck:
    case constraintNotNull:
        return ErrorKind::Invalid;
    default:
        break;
    }
    switch (code & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return ErrorKind::Busy;
    case sqliteConstraint:
        return ErrorKind::Invalid;
    default:
        return ErrorKind::Failed;
    }
}

Error Error::fromSql(const QSqlError &error, const QString &whatWasDone) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return fromSqliteCode(numeric ? code : 0, error.text(), whatWasDone);
}

Error Error::fromSqliteCode(int code, const QString &detail, const QString &whatWasDone) {
    Error result;
    result.sqliteCode = code;
    result.kind = code != 0 ? kindOfSqliteCode(code) : ErrorKind::Failed;
    result.detail = detail;
    QString reason;
    switch (result.kind) {
    case ErrorKind::Duplicate:
        reason = tr("cette donnée existe déjà");
        break;
    case ErrorKind::ForeignKey:
        reason = tr("elle fait référence à une donnée qui n'existe pas, ou une autre donnée "
                    "en dépend");
        break;
    case ErrorKind::Invalid:
        reason = tr("une valeur est manquante ou hors des limites permises");
        break;
    case ErrorKind::Busy:
        reason = tr("la base de données est occupée par une autre opération, réessayez");
        break;
    default:
        reason = tr("erreur de la base de données (%1)").arg(detail);
        break;
    }
    result.message = tr("Échec de l'opération « %1 » : %2.").arg(whatWasDone, reason);
    return result;
}

Error Error::make(ErrorKind kind, QString message, QString detail) {
    Error result;
    result.kind = kind;
    result.message = std::move(message);
    result.detail = std::move(detail);
    return result;
}

} // namespace apdesk::sqlite
