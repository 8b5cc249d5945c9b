#pragma once

#include "account/fielderrors.h"
#include "store/records.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class ContractChangesModel;

// "Changements de contrat…" of the employees pop-up: the dated changes of one employee's weekly
// hours or pay (a part-timer becoming full-time on the 15th, a raise), as the employees file's
// lines with a Date d'effet give them. Each new change is checked as typed, with the file's
// messages; "Enregistrer" writes them all with the employee (EmployeeRepository::update), and
// the claims still in preparation follow.
class ContractChangesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractChangesDialog)

public:
    ContractChangesDialog(const store::Store &store, store::Employee employee,
                          QWidget *parent = nullptr);
    ~ContractChangesDialog() override;

    // Adds the change typed in the form to the list (not yet written); false, with the reason
    // under the field, when it cannot be.
    bool addChange();
    // Takes the current change off the list (not yet written).
    void removeCurrentChange();
    // Writes the employee with the list; false, with the store's reason shown, when refused.
    bool save();

    ContractChangesModel *model() const { return m_model; }
    QString error(const QString &field) const { return m_errors.message(field); }

private:
    bool check(const QString &field);
    std::optional<domain::ContractChange> typedChange();

    const store::Store &m_store;
    store::Employee m_employee;
    ContractChangesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    FieldErrors m_errors;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_weeklyHours = nullptr;
    QLineEdit *m_grossPay = nullptr;
    QLineEdit *m_netPay = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace apdesk::ui
