#include "claimchangecommand.h"

#include "claimdocument.h"

#include "store/store.h"

#include <utility>

namespace apdesk::ui {

QString applyAndReload(const store::Store &store, ClaimDocument &document,
                       const store::ClaimChange &change) {
    QString problem;
    if (const auto written = store.claimLines().apply(document.claimId(), change); !written)
        problem = written.error().message;
    // Reloaded even when refused: the claim shows what the store holds.
    QString error;
    if (!document.reload(&error) && problem.isEmpty())
        problem = error;
    return problem;
}

ClaimChangeCommand::ClaimChangeCommand(const store::Store &store, ClaimDocument &document,
                                       store::ClaimChange change, store::ClaimChange inverse,
                                       const QString &label)
    : QUndoCommand(label)
    , m_store(store)
    , m_document(document)
    , m_change(std::move(change))
    , m_inverse(std::move(inverse)) {}

bool ClaimChangeCommand::applyNow() {
    m_appliedBeforePush = write(m_change);
    return m_appliedBeforePush;
}

void ClaimChangeCommand::redo() {
    // QUndoStack::push() redoes what applyNow() already wrote.
    if (std::exchange(m_appliedBeforePush, false))
        return;
    write(m_change);
}

void ClaimChangeCommand::undo() {
    write(m_inverse);
}

bool ClaimChangeCommand::write(const store::ClaimChange &change) {
    m_error = applyAndReload(m_store, m_document, change);
    return m_error.isEmpty();
}

} // namespace apdesk::ui
