#include "contractchangesdialog.h"

#include "contractchangesmodel.h"
#include "gridtext.h"
#include "widgets/formhelpers.h"

#include "exchange/csvcells.h"
#include "exchange/employeecsv.h"
#include "store/employeerepository.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

const QString fromField = QStringLiteral("from");
const QString weeklyField = QStringLiteral("weeklyHours");
const QString grossField = QStringLiteral("grossPay");
const QString netField = QStringLiteral("netPay");

// The contract the employee entered with, in words.
QString startingContract(const store::Employee &e) {
    const QLocale locale;
    QString hours =
        e.forfaitJours
            ? ContractChangesDialog::tr("forfait jours")
            : ContractChangesDialog::tr("%1 h par semaine").arg(gridtext::hours(e.weeklyHours));
    QString text = ContractChangesDialog::tr("Contrat de départ : %1, taux horaire brut %2")
                       .arg(hours, e.grossHourlyPay.toString(locale));
    if (e.usualNetHourlyPay)
        text += ContractChangesDialog::tr(", net habituel %1")
                    .arg(e.usualNetHourlyPay->toString(locale));
    return text + QLatin1Char('.');
}

} // namespace

ContractChangesDialog::ContractChangesDialog(const store::Store &store, store::Employee employee,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_employee(std::move(employee))
    , m_model(new ContractChangesModel(this)) {
    setObjectName(QStringLiteral("contractChangesDialog"));
    setWindowTitle(tr("Changements de contrat — %1 %2")
                       .arg(m_employee.lastName.toUpper(), m_employee.firstName)
                       .trimmed());
    m_model->setChanges(m_employee.changes);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("startingContract"));
    intro->setWordWrap(true);
    intro->setText(startingContract(m_employee) + QLatin1Char(' ') +
                   tr("Chaque changement s'applique à partir de sa date d'effet : le plafond de "
                      "chaque jour et son montant horaire suivent le contrat de ce jour."));
    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("contractChangesMessage"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("contractChangesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *remove = new QPushButton(tr("&Supprimer le changement"), this);
    remove->setObjectName(QStringLiteral("removeChangeButton"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, &ContractChangesDialog::removeCurrentChange);

    auto *newChange = new QGroupBox(tr("Nouveau changement"), this);
    newChange->setObjectName(QStringLiteral("newChangeBox"));
    const auto lineEdit = [newChange](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(newChange);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_from = lineEdit(fromField, tr("jj/mm/aaaa"));
    m_weeklyHours = lineEdit(weeklyField, tr("vide : inchangées"));
    m_grossPay = lineEdit(grossField, tr("vide : inchangé"));
    m_netPay = lineEdit(netField, tr("vide : inchangé"));
    m_weeklyHours->setEnabled(!m_employee.forfaitJours);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *add = new QPushButton(tr("A&jouter le changement"), newChange);
    add->setObjectName(QStringLiteral("addChangeButton"));
    // Enter adds the change typed rather than saving the list (QDialogButtonBox would make
    // "Enregistrer" the default button).
    add->setDefault(true);
    auto *boxLayout = new QVBoxLayout(newChange);
    boxLayout->addLayout(form);
    boxLayout->addWidget(add, 0, Qt::AlignRight);
    m_errors.addRow(form, fromField, labelFor(m_from, tr("&Date d'effet *"), newChange), m_from);
    m_errors.addRow(form, weeklyField,
                    labelFor(m_weeklyHours, tr("&Heures hebdomadaires"), newChange), m_weeklyHours);
    m_errors.addRow(form, grossField, labelFor(m_grossPay, tr("Taux horaire &brut (€)"), newChange),
                    m_grossPay);
    m_errors.addRow(form, netField,
                    labelFor(m_netPay, tr("Taux horaire n&et habituel (€)"), newChange), m_netPay);
    connect(add, &QPushButton::clicked, this, &ContractChangesDialog::addChange);
    for (const auto &[edit, field] :
         {std::pair{m_from, fromField}, std::pair{m_weeklyHours, weeklyField},
          std::pair{m_grossPay, grossField}, std::pair{m_netPay, netField}}) {
        const QString name = field;
        connect(edit, &QLineEdit::textChanged, this, [this, name] { check(name); });
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("En&registrer"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChangesButton"));
    save->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Annuler"));
    cancel->setObjectName(QStringLiteral("cancelChangesButton"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractChangesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(labelFor(m_view, tr("&Changements enregistrés ou ajoutés"), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(newChange);
    layout->addWidget(buttons);
    resize(720, 560);
    m_from->setFocus();
}

ContractChangesDialog::~ContractChangesDialog() = default;

bool ContractChangesDialog::check(const QString &field) {
    const auto optional = [](const QLineEdit *edit, const auto &parse) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QString() : parse(text).error();
    };
    QString problem;
    if (field == fromField)
        problem = exchange::CsvCells::date(m_from->text().trimmed()).error();
    else if (field == weeklyField)
        problem = optional(m_weeklyHours, exchange::EmployeeCsv::weeklyHours);
    else if (field == grossField)
        problem = optional(m_grossPay, domain::HourlyPay::parse);
    else if (field == netField)
        problem = optional(m_netPay, domain::HourlyPay::parse);
    m_errors.set(field, problem);
    return problem.isEmpty();
}

std::optional<domain::ContractChange> ContractChangesDialog::typedChange() {
    bool valid = true;
    for (const QString &field : {fromField, weeklyField, grossField, netField})
        valid = check(field) && valid;
    if (!valid)
        return std::nullopt;
    domain::ContractChange change;
    change.from = *exchange::CsvCells::date(m_from->text().trimmed());
    if (!m_weeklyHours->text().trimmed().isEmpty())
        change.weeklyHours = *exchange::EmployeeCsv::weeklyHours(m_weeklyHours->text().trimmed());
    if (!m_grossPay->text().trimmed().isEmpty())
        change.grossHourlyPay = *domain::HourlyPay::parse(m_grossPay->text().trimmed());
    if (!m_netPay->text().trimmed().isEmpty())
        change.usualNetHourlyPay = *domain::HourlyPay::parse(m_netPay->text().trimmed());
    return change;
}

bool ContractChangesDialog::addChange() {
    const auto change = typedChange();
    QString problem;
    if (change) {
        problem = domain::ContractChanges::problemOf(*change, m_employee.forfaitJours,
                                                     m_employee.entryDate);
        if (problem.isEmpty()) {
            QList<domain::ContractChange> all = m_model->changes();
            all << *change;
            problem = domain::ContractChanges::sameDayProblem(all);
        }
        m_errors.set(fromField, problem);
    }
    if (!change || !problem.isEmpty()) {
        if (QWidget *first = m_errors.firstFieldInError())
            first->setFocus();
        showMessage(m_message, tr("Le changement n'est pas ajouté : corrigez les champs signalés."),
                    MessageTone::Error);
        return false;
    }
    const int row = m_model->add(*change);
    m_view->setCurrentIndex(m_model->index(row, 0));
    for (QLineEdit *edit : {m_from, m_weeklyHours, m_grossPay, m_netPay})
        edit->clear();
    m_errors.clearAll();
    showMessage(m_message,
                tr("Changement du %1 ajouté : « Enregistrer » l'écrit.")
                    .arg(domain::ContractChanges::dayText(change->from)),
                MessageTone::Success);
    m_from->setFocus();
    return true;
}

void ContractChangesDialog::removeCurrentChange() {
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QString day = domain::ContractChanges::dayText(m_model->changes().at(row).from);
    m_model->remove(row);
    showMessage(m_message, tr("Changement du %1 retiré : « Enregistrer » l'écrit.").arg(day),
                MessageTone::Success);
    m_view->setFocus();
}

bool ContractChangesDialog::save() {
    store::Employee changed = m_employee;
    changed.changes = m_model->changes();
    const auto written = m_store.employees().update(changed);
    if (!written) {
        showMessage(m_message, written.error().message, MessageTone::Error);
        return false;
    }
    m_employee = changed;
    accept();
    return true;
}

} // namespace apdesk::ui
