#include "claimemployeesdialog.h"

#include "claimdocument.h"
#include "contractchangesdialog.h"
#include "csvimportdialog.h"
#include "employeechoicemodel.h"
#include "employeelineform.h"
#include "gridtext.h"
#include "widgets/formhelpers.h"
#include "widgets/spacetoggle.h"

#include "domain/frenchtext.h"
#include "exchange/employeecsv.h"
#include "store/claimassembler.h"
#include "store/claimlinerepository.h"
#include "store/employeerepository.h"
#include "store/importrepository.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

CsvReadOutcome readEmployees(QIODevice &device, const exchange::ReadProgress &progress) {
    exchange::EmployeeFile file = exchange::EmployeeCsv::read(device, progress);
    CsvReadOutcome outcome;
    outcome.problems = file.problems;
    outcome.dataLines = file.dataLines;
    outcome.invalidLines = file.invalidLines;
    outcome.cancelled = file.cancelled;
    outcome.note = CsvImportDialog::tr(
        "Les salariés dont le NIR est déjà enregistré sont mis à jour (contrat et salaire), les "
        "autres sont ajoutés ; tous sont cochés.");
    outcome.file = std::move(file);
    return outcome;
}

} // namespace

ClaimEmployeesDialog::ClaimEmployeesDialog(const store::Store &store, ClaimDocument &document,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(document)
    , m_establishmentId(document.assembled().establishment.id)
    , m_editable(document.isEditable()) {
    setObjectName(QStringLiteral("claimEmployeesDialog"));
    setWindowTitle(tr("Salariés de la demande"));
    for (int row = 0; row < m_document.rowCount(); ++row) {
        const ClaimDocument::Row &r = m_document.row(row);
        m_onClaim.insert(r.employeeId);
        for (const auto &week : r.weeks) {
            if (week)
                m_withHours.insert(r.employeeId);
        }
    }

    const QDate month = m_document.assembled().record.month;
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("employeesHeading"));
    heading->setWordWrap(true);
    heading->setText(
        m_editable
            ? domain::frenchtext::elideBeforeMonths(
                  tr("Cochez les salariés à déclarer dans la demande de %1 (%2). Espace coche "
                     "ou décoche le salarié de la ligne courante.")
                      .arg(gridtext::monthYear(month)))
                  .arg(m_document.assembled().establishment.name)
            : domain::frenchtext::elideBeforeMonths(
                  tr("La demande de %1 n'est plus en préparation : ses salariés ne se "
                     "modifient plus.")
                      .arg(gridtext::monthYear(month))));
    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("employeesMessage"));

    buildTable();

    auto *checkAll = button(tr("&Tout cocher"), "checkAllButton", this);
    auto *uncheckAll = button(tr("Tout &décocher"), "uncheckAllButton", this);
    auto *add = button(tr("&AJOUTER UNE LIGNE"), "addLineButton", this);
    auto *import = button(tr("&IMPORTER…"), "importButton", this);
    auto *changes = button(tr("C&hangements de contrat…"), "contractChangesButton", this);
    connect(changes, &QPushButton::clicked, this, &ClaimEmployeesDialog::editContractChanges);
    connect(checkAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(uncheckAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(add, &QPushButton::clicked, this, &ClaimEmployeesDialog::addLine);
    connect(import, &QPushButton::clicked, this, &ClaimEmployeesDialog::chooseImportFile);
    auto *actions = new QHBoxLayout;
    actions->addWidget(checkAll);
    actions->addWidget(uncheckAll);
    actions->addWidget(changes);
    actions->addStretch(1);
    actions->addWidget(add);
    actions->addWidget(import);

    m_lineBox = new QGroupBox(tr("Nouvelle ligne"), this);
    m_lineBox->setObjectName(QStringLiteral("newLineBox"));
    m_form = new EmployeeLineForm(m_lineBox);
    auto *save = button(tr("En&registrer la ligne"), "saveLineButton", m_lineBox);
    auto *drop = button(tr("A&bandonner la ligne"), "dropLineButton", m_lineBox);
    connect(save, &QPushButton::clicked, this, &ClaimEmployeesDialog::saveLine);
    connect(drop, &QPushButton::clicked, this, [this] {
        m_form->clear();
        m_lineBox->hide();
        m_view->setFocus();
    });
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addStretch(1);
    lineButtons->addWidget(drop);
    lineButtons->addWidget(save);
    auto *lineLayout = new QVBoxLayout(m_lineBox);
    lineLayout->addWidget(m_form);
    lineLayout->addLayout(lineButtons);
    m_lineBox->hide();

    auto *buttons = new QDialogButtonBox(this);
    if (m_editable) {
        QPushButton *ok = buttons->addButton(tr("&Valider"), QDialogButtonBox::AcceptRole);
        ok->setObjectName(QStringLiteral("validateButton"));
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setText(tr("Annuler"));
        cancel->setObjectName(QStringLiteral("cancelButton"));
    } else {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setText(tr("Fermer"));
        close->setObjectName(QStringLiteral("closeButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimEmployeesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClaimEmployeesDialog::reject);
    for (QWidget *w : {static_cast<QWidget *>(checkAll), static_cast<QWidget *>(uncheckAll),
                       static_cast<QWidget *>(add), static_cast<QWidget *>(import),
                       static_cast<QWidget *>(changes)})
        w->setEnabled(m_editable);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(labelFor(m_view, tr("&Salariés de l'établissement"), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addLayout(actions);
    layout->addWidget(m_lineBox);
    layout->addWidget(buttons);
    resize(980, 640);
    m_view->setFocus();
}

ClaimEmployeesDialog::~ClaimEmployeesDialog() = default;

void ClaimEmployeesDialog::buildTable() {
    m_model = new EmployeeChoiceModel(m_store.employees(), m_establishmentId, this);
    m_model->setCheckable(m_editable);
    QString error;
    if (!m_model->reload(&error))
        showError(error);
    m_model->setChecked(m_onClaim, true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("employeesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    toggleRowsWithSpace(m_view, [this](int row) {
        if (m_editable)
            m_model->setChecked(row, !m_model->isChecked(row));
    });
    // Room for a few rows while the new line's form is open.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {24, 21, 10, 17, 17, 11, 11};
    for (int c = 0; c < EmployeeChoiceModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, digit * widths[c]);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("checkedCount"));
    connect(m_model, &EmployeeChoiceModel::checkedChanged, this,
            &ClaimEmployeesDialog::updateCount);
    updateCount();
}

void ClaimEmployeesDialog::updateCount() {
    const int checked = int(m_model->checkedIds().size());
    const QString text = tr("%n salarié(s) coché(s)", nullptr, checked) +
                         tr(" sur %n", nullptr, m_model->rowCount());
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void ClaimEmployeesDialog::addLine() {
    if (!m_editable)
        return;
    m_lineBox->show();
    // The form's messages wrap under their fields: give them room.
    resize(width(), qMax(height(), 760));
    m_form->firstField()->setFocus();
}

bool ClaimEmployeesDialog::saveLine() {
    if (!m_editable)
        return false;
    const auto employee = m_form->employee(m_establishmentId);
    if (!employee) {
        showError(tr("La ligne n'est pas enregistrée : corrigez les champs signalés."));
        return false;
    }
    const auto added = m_store.employees().add(*employee);
    if (!added) {
        if (added.error().kind == store::ErrorKind::Duplicate)
            m_form->setError(QStringLiteral("nir"), added.error().message);
        showError(added.error().message);
        return false;
    }
    QString error;
    if (!m_model->reload(&error)) {
        showError(error);
        return false;
    }
    m_model->setChecked(QSet<qint64>{*added}, true);
    if (const int row = m_model->rowOf(*added); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_view->currentIndex());
    }
    showInfo(tr("%1 %2 est enregistré dans les salariés de l'établissement et coché.")
                 .arg(employee->lastName.toUpper(), employee->firstName)
                 .simplified());
    m_form->clear();
    m_lineBox->hide();
    m_view->setFocus();
    return true;
}

void ClaimEmployeesDialog::chooseImportFile() {
    const QString path = CsvImportDialog::chooseFile(this, tr("Importer des salariés"));
    if (!path.isEmpty())
        importFile(path);
}

CsvImportDialog *ClaimEmployeesDialog::importFile(const QString &path) {
    if (!m_editable)
        return nullptr;
    auto *dialog = new CsvImportDialog(tr("Importer des salariés"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::importRequested, this,
            [this, dialog] { importRead(dialog); });
    dialog->open();
    dialog->start(path, readEmployees);
    return dialog;
}

ContractChangesDialog *ClaimEmployeesDialog::editContractChanges() {
    const int row = m_view->currentIndex().row();
    if (!m_editable || row < 0) {
        showError(tr("Choisissez d'abord le salarié dont le contrat change."));
        return nullptr;
    }
    const store::Employee &employee = m_model->employee(row);
    auto *dialog = new ContractChangesDialog(m_store, employee, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, id = employee.id] { contractChangesSaved(id); });
    dialog->open();
    return dialog;
}

void ClaimEmployeesDialog::contractChangesSaved(qint64 employeeId) {
    QString error;
    // The claim follows the employee's new changes (EmployeeRepository::update): computed again.
    if (!m_model->reload(&error) || !m_document.reload(&error)) {
        showError(error);
        return;
    }
    if (const int row = m_model->rowOf(employeeId); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        const store::Employee &employee = m_model->employee(row);
        showInfo(tr("Changements de contrat de %1 %2 enregistrés : %n changement(s).", nullptr,
                    int(employee.changes.size()))
                     .arg(employee.lastName.toUpper(), employee.firstName));
    }
    m_view->setFocus();
}

void ClaimEmployeesDialog::importRead(CsvImportDialog *dialog) {
    const auto *file = dialog->file<exchange::EmployeeFile>();
    if (!file)
        return;
    QList<store::Employee> employees;
    QSet<QString> nirs;
    employees.reserve(file->rows.size());
    for (const exchange::EmployeeRow &row : file->rows) {
        employees << store::ClaimAssembler::toEmployee(row.employee, m_establishmentId);
        nirs.insert(row.employee.nir);
    }
    const store::ImportRepository importer(m_store.database());
    const auto written = importer.importEmployees(m_establishmentId, employees);
    if (!written) {
        dialog->showError(written.error().message);
        return;
    }
    QString error;
    if (!m_model->reload(&error)) {
        dialog->showError(error);
        return;
    }
    QSet<qint64> imported;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (nirs.contains(m_model->employee(row).nir))
            imported.insert(m_model->employee(row).id);
    }
    m_model->setChecked(imported, true);
    showInfo(tr("%n salarié(s) ajouté(s)", nullptr, written->added) + QStringLiteral(", ") +
             tr("%n mis à jour", nullptr, written->updated) +
             tr(" : ils sont cochés pour la demande."));
    dialog->accept();
    m_view->setFocus();
}

void ClaimEmployeesDialog::accept() {
    if (!m_editable) {
        QDialog::accept();
        return;
    }
    const QSet<qint64> checked = m_model->checkedIds();
    QList<qint64> toAdd;
    QList<qint64> toRemove;
    int withHours = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->employee(row).id;
        if (checked.contains(id) && !m_onClaim.contains(id))
            toAdd << id;
    }
    for (int row = 0; row < m_document.rowCount(); ++row) {
        const qint64 id = m_document.row(row).employeeId;
        if (!checked.contains(id)) {
            toRemove << id;
            if (m_withHours.contains(id))
                ++withHours;
        }
    }
    if (withHours == 0) {
        apply(toAdd, toRemove);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Retirer des salariés de la demande"),
                                tr("Des heures sont saisies pour %n salarié(s) décoché(s) : "
                                   "les retirer de la demande efface leurs heures.",
                                   nullptr, withHours),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("Retirer quand même ces salariés de la demande ?"));
    QPushButton *remove =
        box->addButton(tr("&Retirer et effacer leurs heures"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *keep = box->addButton(tr("&Ne pas retirer"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEmployees"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, toAdd, toRemove] {
        if (box->clickedButton() == remove)
            apply(toAdd, toRemove);
    });
    box->open();
}

void ClaimEmployeesDialog::apply(const QList<qint64> &toAdd, const QList<qint64> &toRemove) {
    if (toAdd.isEmpty() && toRemove.isEmpty()) {
        QDialog::accept();
        return;
    }
    // One transaction: a refusal leaves the claim as it was, additions included.
    const auto changed =
        m_store.claimLines().apply(m_document.claimId(), {.addEmployees = toAdd,
                                                          .removeEmployees = toRemove,
                                                          .weeks = {},
                                                          .weeksOfAddedOnly = false});
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    QString error;
    if (!m_document.reload(&error)) {
        showError(error);
        return;
    }
    QDialog::accept();
}

void ClaimEmployeesDialog::showError(const QString &message) {
    showMessage(m_message, message, MessageTone::Error);
}

void ClaimEmployeesDialog::showInfo(const QString &message) {
    showMessage(m_message, message, MessageTone::Success);
}

} // namespace apdesk::ui
