#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace apdesk::sqlite {

// What went wrong with a statement, sorted so that callers can react without reading SQLite
// codes: a duplicate can be shown next to the field, a busy database can be retried.
enum class ErrorKind {
    Duplicate,  // a UNIQUE or PRIMARY KEY constraint refused the row
    ForeignKey, // a FOREIGN KEY constraint refused the row or the deletion
    Invalid,    // a CHECK or NOT NULL constraint refused a value
    NotFound,   // the row the caller named does not exist
    Refused,    // a rule of the caller refused the change (e.g. a claim no longer in preparation)
    Busy,       // another connection held the lock longer than the busy timeout
    Failed,     // anything else: I/O error, full disk, bad SQL
};

// An error with a French message the user can read, and the technical detail for the log.
struct Error final {
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    ErrorKind kind = ErrorKind::Failed;
    QString message;    // French, a whole sentence
    QString detail;     // SQLite's own text (English), empty when the error is not SQLite's
    int sqliteCode = 0; // SQLite's extended result code, 0 when not SQLite's

    // Sorts a Qt SQL error by its SQLite extended result code, with a generic French message:
    // "Échec de l'opération « <whatWasDone> » : <reason>." (whatWasDone is an infinitive phrase
    // such as "enregistrer le salarié"). Callers that know better (which field was a
    // duplicate) replace the message.
    static Error fromSql(const QSqlError &error, const QString &whatWasDone);
    // The same from SQLite's extended result code and its text (0 when not SQLite's).
    static Error fromSqliteCode(int code, const QString &detail, const QString &whatWasDone);
    static Error make(ErrorKind kind, QString message, QString detail = {});
};

// The kind of an SQLite extended result code (e.g. 2067, SQLITE_CONSTRAINT_UNIQUE → Duplicate).
ErrorKind kindOfSqliteCode(int code);

} // namespace apdesk::sqlite
