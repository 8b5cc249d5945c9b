#pragma once

#include "csvimportdialog.h"

#include "store/claimlinerepository.h"
#include "store/importrepository.h"

#include <QSet>
#include <QUndoCommand>

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class ClaimDocument;

// The hours a file gives, matched to the establishment's employees and the claim's weeks.
struct HoursToImport {
    QList<store::ImportedLine> lines;
};

// How the hours file of a claim is read and checked on the import dialog's worker: the same
// reading and checks as `apdesk-cli import` (HoursCsv, then HoursCheck against the
// establishment's employees and the claim's weeks). Reads the store now, on the caller's thread.
CsvImportDialog::Reader hoursReader(const store::Store &store, const ClaimDocument &document);

// An import of hours as one step of the claim's undo stack: importNow() writes it
// (ImportRepository: one transaction, employees of the file join the claim) and, when that
// worked, the command is pushed; undo() puts back the weeks it overwrote and takes off the claim
// the employees it brought; redo() imports again.
class HoursImportCommand final : public QUndoCommand {
public:
    HoursImportCommand(const store::Store &store, ClaimDocument &document,
                       QList<store::ImportedLine> lines);

    // Writes the import before the command is pushed (false: nothing written, see error()).
    bool importNow();
    // Whether the last redo() or undo() was written; error() says why not.
    bool succeeded() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void redo() override;
    void undo() override;

private:
    bool import();
    bool restore();

    const store::Store &m_store;
    ClaimDocument &m_document;
    QList<store::ImportedLine> m_lines;
    QList<store::WeekWrite> m_before; // the weeks of employees already on the claim, as they were
    QList<qint64> m_added;            // employees the import brought onto the claim
    QString m_error;
    bool m_importedBeforePush = false;
};

} // namespace apdesk::ui
