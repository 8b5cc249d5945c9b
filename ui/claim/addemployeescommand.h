#pragma once

#include "store/claimlinerepository.h"

#include <QUndoCommand>

#include <functional>

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class ClaimDocument;

// Writes `change` into the document's claim in one transaction, then reloads the document;
// returns why not (empty when written) and, in `added`, the employees it put on the claim.
QString applyAndReload(const store::Store &store, ClaimDocument &document,
                       const store::ClaimChange &change, QList<qint64> *added = nullptr);

// Employees put on a claim with their weeks (« Reprendre le mois précédent »), as one step of
// the claim's undo stack: applyNow() writes it before the command is pushed; undo() takes off
// the claim the employees it actually added, with their weeks; redo() adds them again. An
// employee already on the claim when it is written is left as it is, weeks included. A step
// that can no longer be written (the claim was sent meanwhile) is dropped from the stack and
// `failed` is told why.
class AddEmployeesCommand final : public QUndoCommand {
public:
    AddEmployeesCommand(const store::Store &store, ClaimDocument &document,
                        store::ClaimChange change, const QString &label,
                        std::function<void(const QString &)> failed);

    // Writes the change before the command is pushed (false: nothing written, see error()).
    bool applyNow();
    const QString &error() const { return m_error; }
    // The employees the first write put on the claim.
    const QList<qint64> &added() const { return m_added; }

    void redo() override;
    void undo() override;

private:
    bool write(const store::ClaimChange &change);

    const store::Store &m_store;
    ClaimDocument &m_document;
    store::ClaimChange m_change;
    QList<qint64> m_added;
    std::function<void(const QString &)> m_failed;
    QString m_error;
    bool m_appliedBeforePush = false;
};

} // namespace apdesk::ui
