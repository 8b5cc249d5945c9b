#pragma once

#include <QDialog>
#include <QSet>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class ClaimDocument;
class ContractChangesDialog;
class CsvImportDialog;
class EmployeeChoiceModel;
class EmployeeLineForm;

// The claim's "Employees pop-up" (DOMAIN.md §1, DI step 2): the establishment's employees with
// a check box each — ticked: on the claim — "Tout cocher", "AJOUTER UNE LIGNE" (a new employee
// typed and checked field by field) and "IMPORTER" (an employees file, previewed with its
// problems, read on a worker thread). A new or imported employee is written to the
// establishment's employees at once and comes ticked. "Changements de contrat…" edits the
// current employee's dated changes of hours or pay (written at once; the claim is recomputed).
// "Valider" puts the ticked employees on
// the claim and takes the others off (asking first when some of those have hours), then
// reloads the claim; "Annuler" leaves the claim as it was. A claim that is no longer in
// preparation is only shown.
class ClaimEmployeesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimEmployeesDialog)

public:
    ClaimEmployeesDialog(const store::Store &store, ClaimDocument &document,
                         QWidget *parent = nullptr);
    ~ClaimEmployeesDialog() override;

    EmployeeChoiceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EmployeeLineForm *lineForm() const { return m_form; }

    // "AJOUTER UNE LIGNE": shows the new line's form.
    void addLine();
    // Saves the new line when every field is right; false (and nothing written) otherwise.
    bool saveLine();
    // "IMPORTER": asks for a file, then importFile().
    void chooseImportFile();
    // Reads `path` in the import preview (opened, window-modal); returns it.
    CsvImportDialog *importFile(const QString &path);
    // "Changements de contrat…" for the current employee (opened, window-modal); returns it,
    // or null when there is no current employee or the claim cannot change.
    ContractChangesDialog *editContractChanges();

    void accept() override;

private:
    void buildTable();
    void importRead(CsvImportDialog *dialog);
    void contractChangesSaved(qint64 employeeId);
    void apply(const QList<qint64> &toAdd, const QList<qint64> &toRemove);
    void updateCount();
    void showError(const QString &message);
    void showInfo(const QString &message);

    const store::Store &m_store;
    ClaimDocument &m_document;
    qint64 m_establishmentId = 0;
    QSet<qint64> m_onClaim;
    QSet<qint64> m_withHours;
    bool m_editable = false;
    EmployeeChoiceModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_lineBox = nullptr;
    EmployeeLineForm *m_form = nullptr;
};

} // namespace apdesk::ui
