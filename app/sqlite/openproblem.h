#pragma once

#include <QCoreApplication>
#include <QString>

namespace apdesk::sqlite {

// Why a database file could not be opened. In every case the file was left as it was: a file
// that fails its checks is never written to, so that nothing the user had is lost.
enum class ProblemKind {
    CannotOpen,      // the file could not be read or created (missing folder, rights, a folder)
    NotADatabase,    // the file exists but is not an SQLite database (or is empty)
    NotOurs,         // an SQLite database of another kind: another program's, or our other one
    Damaged,         // an SQLite database that fails PRAGMA quick_check
    NewerVersion,    // written by a newer program: its schema version is above the last known
    BackupFailed,    // the copy made before migrating failed: nothing was migrated
    MigrationFailed, // a migration failed and was rolled back: the file kept its last version
};

// What the UI shows when a database cannot be opened: the kind, the file, a French message
// saying what is wrong and where the file is, and the technical detail for the log.
struct OpenProblem final {
    Q_DECLARE_TR_FUNCTIONS(OpenProblem)

public:
    ProblemKind kind = ProblemKind::CannotOpen;
    QString path;         // the file, as given to open()
    QString message;      // French, whole sentences, names the file
    QString detail;       // SQLite's text or the failing check's output (English), may be empty
    int fileVersion = -1; // the file's PRAGMA user_version, when it could be read
    int supportedVersion = -1; // the highest version the caller's migrations reach
    QString backupPath;        // the copy made before a migration that then failed

    // True when the file can be set aside (setAside()) so the program starts on a new one.
    bool canBeSetAside() const;

    static OpenProblem cannotOpen(const QString &path, const QString &detail);
    static OpenProblem notADatabase(const QString &path, const QString &detail);
    static OpenProblem emptyFile(const QString &path);
    // `expected`: what the caller opens ("un magasin de données d'AP Desk"); `found`: what the
    // file is ("la base du service ASP simulé", "la base de données d'un autre programme").
    static OpenProblem notOurs(const QString &path, const QString &expected, const QString &found,
                               const QString &detail);
    static OpenProblem damaged(const QString &path, const QString &detail);
    static OpenProblem newerVersion(const QString &path, int fileVersion, int supportedVersion);
    static OpenProblem backupFailed(const QString &path, int fileVersion, const QString &detail);
    static OpenProblem migrationFailed(const QString &path, int failedVersion,
                                       const QString &description, int keptVersion,
                                       const QString &backupPath, const QString &detail);
};

// A short English word for file names and logs: "not-a-database", "damaged", "newer-version"…
QString problemKindName(ProblemKind kind);

} // namespace apdesk::sqlite
