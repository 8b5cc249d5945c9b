#include "addemployeescommand.h"

#include "claimdocument.h"

#include "store/store.h"

#include <utility>

namespace apdesk::ui {

QString applyAndReload(const store::Store &store, ClaimDocument &document,
                       const store::ClaimChange &change, QList<qint64> *added) {
    QString problem;
    const auto written = store.claimLines().apply(document.claimId(), change);
    if (!written)
        problem = written.error().message;
    else if (added)
        *added = written.value();
    // Reloaded even when refused: the claim shows what the store holds.
    QString error;
    if (!document.reload(&error) && problem.isEmpty())
        problem = error;
    return problem;
}

AddEmployeesCommand::AddEmployeesCommand(const store::Store &store, ClaimDocument &document,
                                         store::ClaimChange change, const QString &label,
                                         std::function<void(const QString &)> failed)
    : QUndoCommand(label)
    , m_store(store)
    , m_document(document)
    , m_change(std::move(change))
    , m_failed(std::move(failed)) {}

bool AddEmployeesCommand::applyNow() {
    // The store writes only the weeks of the employees it adds (ClaimChange::weeksOfAddedOnly):
    // one already on the claim keeps its own, and is not taken off by undo().
    m_change.weeksOfAddedOnly = true;
    m_error = applyAndReload(m_store, m_document, m_change, &m_added);
    m_appliedBeforePush = m_error.isEmpty();
    return m_appliedBeforePush;
}

void AddEmployeesCommand::redo() {
    // QUndoStack::push() redoes what applyNow() already wrote.
    if (std::exchange(m_appliedBeforePush, false))
        return;
    store::ClaimChange again = m_change;
    again.addEmployees = m_added;
    write(again);
}

void AddEmployeesCommand::undo() {
    store::ClaimChange inverse;
    inverse.removeEmployees = m_added;
    write(inverse);
}

bool AddEmployeesCommand::write(const store::ClaimChange &change) {
    m_error = applyAndReload(m_store, m_document, change);
    if (m_error.isEmpty())
        return true;
    setObsolete(true); // the stack drops a step that cannot be replayed
    if (m_failed)
        m_failed(m_error);
    return false;
}

} // namespace apdesk::ui
