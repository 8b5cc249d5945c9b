#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace apdesk::sqlite {

// The kind of an AP Desk database file, written in its header (PRAGMA application_id), so that a
// program never opens, migrates or turns to WAL a file that is not its own kind: another
// program's SQLite file, or the client's store given to the simulated service and the other way
// round.
struct FileMark final {
    Q_DECLARE_TR_FUNCTIONS(FileMark)

public:
    qint32 applicationId = 0; // 0: no mark, nothing checked (generic databases of the tests)
    QString description;      // what such a file is, for messages: "un magasin de données…"
    // A table every file of this kind had before files were marked (December 2026): such an
    // unmarked file is ours, and gets its mark when it is opened.
    QString legacyTable;

    static FileMark clientStore();
    static FileMark serviceDatabase();
    // What a file with this mark is ("la base du service ASP simulé"); for an unmarked file,
    // what its tables say it is; otherwise another program's database.
    static QString describe(qint32 applicationId, const QStringList &tables);
};

} // namespace apdesk::sqlite
