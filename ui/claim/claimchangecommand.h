#pragma once

#include "store/claimlinerepository.h"

#include <QUndoCommand>

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class ClaimDocument;

// Writes `change` into the document's claim in one transaction, then reloads the document;
// returns why not (empty when written).
QString applyAndReload(const store::Store &store, ClaimDocument &document,
                       const store::ClaimChange &change);

// A change of a claim's employees and weeks (ClaimLineRepository::apply, one transaction) as
// one step of the claim's undo stack: `change` is written by applyNow() before the command is
// pushed, `inverse` by undo(). « Reprendre le mois précédent » is one: the employees it put on
// the claim leave with their weeks.
class ClaimChangeCommand final : public QUndoCommand {
public:
    ClaimChangeCommand(const store::Store &store, ClaimDocument &document,
                       store::ClaimChange change, store::ClaimChange inverse, const QString &label);

    // Writes the change before the command is pushed (false: nothing written, see error()).
    bool applyNow();
    // Whether the last redo() or undo() was written; error() says why not.
    bool succeeded() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void redo() override;
    void undo() override;

private:
    bool write(const store::ClaimChange &change);

    const store::Store &m_store;
    ClaimDocument &m_document;
    store::ClaimChange m_change;
    store::ClaimChange m_inverse;
    QString m_error;
    bool m_appliedBeforePush = false;
};

} // namespace apdesk::ui
