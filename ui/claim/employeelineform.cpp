#include "employeelineform.h"

#include "widgets/formhelpers.h"

#include "domain/money.h"
#include "domain/nir.h"
#include "exchange/csvcells.h"
#include "exchange/employeecsv.h"
#include "store/claimassembler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace apdesk::ui {

namespace {

const QString lastNameField = QStringLiteral("lastName");
const QString firstNameField = QStringLiteral("firstName");
const QString nirField = QStringLiteral("nir");
const QString matriculeField = QStringLiteral("matricule");
const QString contractField = QStringLiteral("contract");
const QString weeklyField = QStringLiteral("weeklyHours");
const QString grossField = QStringLiteral("grossPay");
const QString netField = QStringLiteral("netPay");
const QString entryField = QStringLiteral("entry");
const QString exitField = QStringLiteral("exit");

// A date cell: empty is fine (no date), otherwise as the files write it.
std::optional<QDate> dateOf(const QLineEdit *edit, QString *problem) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return QDate();
    const auto date = exchange::CsvCells::date(text);
    if (!date) {
        *problem = date.error();
        return std::nullopt;
    }
    return *date;
}

} // namespace

EmployeeLineForm::EmployeeLineForm(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("employeeLineForm"));
    const auto lineEdit = [this](const QString &name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_lastName = lineEdit(lastNameField);
    m_firstName = lineEdit(firstNameField);
    m_nir = lineEdit(nirField, tr("15 caractères, clé comprise"));
    m_matricule = lineEdit(matriculeField);
    m_contract = new QComboBox(this);
    m_contract->setObjectName(QStringLiteral("contractCombo"));
    m_contract->addItem(tr("Heures hebdomadaires"));
    m_contract->addItem(tr("Forfait jours"));
    m_weeklyHours = lineEdit(weeklyField, tr("35 ou 7h30"));
    m_grossPay = lineEdit(grossField, tr("12,50"));
    m_netPay = lineEdit(netField, tr("facultatif"));
    m_entry = lineEdit(entryField, tr("jj/mm/aaaa"));
    m_exit = lineEdit(exitField, tr("jj/mm/aaaa"));
    m_apprentice = new QCheckBox(tr("Apprenti ou contrat de professionnalisation"), this);
    m_apprentice->setObjectName(QStringLiteral("apprenticeCheck"));

    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto add = [this](QFormLayout *form, const QString &name, QWidget *field,
                            const QString &label) {
        m_errors.addRow(form, name, labelFor(field, label, this), field);
    };
    // QFormLayout::addRow needs the layout's widget: install them first.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(left, 1);
    row->addSpacing(16);
    row->addLayout(right, 1);
    add(left, lastNameField, m_lastName, tr("No&m *"));
    add(left, firstNameField, m_firstName, tr("&Prénom"));
    add(left, nirField, m_nir, tr("NI&R *"));
    add(left, matriculeField, m_matricule, tr("Matricu&le"));
    add(left, contractField, m_contract, tr("Con&trat *"));
    add(left, weeklyField, m_weeklyHours, tr("Heures &hebdomadaires *"));
    add(right, grossField, m_grossPay, tr("Taux horaire &brut (€) *"));
    add(right, netField, m_netPay, tr("Taux horaire n&et habituel (€)"));
    add(right, entryField, m_entry, tr("Date d'e&ntrée"));
    add(right, exitField, m_exit, tr("Date de s&ortie"));
    right->addRow(QString(), m_apprentice);

    const auto checkAsTyped = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field] { check(field); });
    };
    checkAsTyped(m_lastName, lastNameField);
    checkAsTyped(m_nir, nirField);
    checkAsTyped(m_weeklyHours, weeklyField);
    checkAsTyped(m_grossPay, grossField);
    checkAsTyped(m_netPay, netField);
    checkAsTyped(m_entry, entryField);
    checkAsTyped(m_exit, exitField);
    // The exit is checked against the entry, the entry with the exit.
    connect(m_entry, &QLineEdit::textChanged, this, [this] {
        if (!m_exit->text().isEmpty())
            check(exitField);
    });
    connect(m_contract, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_weeklyHours->setEnabled(index == 0);
        m_errors.clear(weeklyField);
    });
}

bool EmployeeLineForm::check(const QString &field) {
    QString problem;
    if (field == lastNameField) {
        problem = exchange::EmployeeCsv::lastName(m_lastName->text()).error();
    } else if (field == nirField) {
        problem = domain::Nir::parse(m_nir->text()).error();
    } else if (field == weeklyField) {
        if (m_contract->currentIndex() == 0)
            problem = exchange::EmployeeCsv::weeklyHours(m_weeklyHours->text().trimmed()).error();
    } else if (field == grossField) {
        problem = domain::HourlyPay::parse(m_grossPay->text().trimmed()).error();
    } else if (field == netField) {
        if (!m_netPay->text().trimmed().isEmpty())
            problem = domain::HourlyPay::parse(m_netPay->text().trimmed()).error();
    } else if (field == entryField) {
        dateOf(m_entry, &problem);
    } else if (field == exitField) {
        const auto exit = dateOf(m_exit, &problem);
        QString entryProblem;
        const auto entry = dateOf(m_entry, &entryProblem);
        if (exit && entry)
            problem = exchange::EmployeeCsv::datesProblem(*entry, *exit);
    }
    m_errors.set(field, problem);
    return problem.isEmpty();
}

std::optional<store::Employee> EmployeeLineForm::employee(qint64 establishmentId) {
    bool valid = true;
    for (const QString &field :
         {lastNameField, nirField, weeklyField, grossField, netField, entryField, exitField})
        valid = check(field) && valid;
    if (!valid) {
        if (QWidget *first = m_errors.firstFieldInError())
            first->setFocus();
        return std::nullopt;
    }
    // The same road as a line of an employees file: a domain employee, then the store's.
    domain::ClaimEmployee e;
    e.nir = domain::Nir::parse(m_nir->text())->digits();
    e.matricule = m_matricule->text().trimmed();
    e.lastName = *exchange::EmployeeCsv::lastName(m_lastName->text());
    e.firstName = m_firstName->text().trimmed();
    e.forfaitJours = m_contract->currentIndex() == 1;
    if (!e.forfaitJours)
        e.weeklyHours = *exchange::EmployeeCsv::weeklyHours(m_weeklyHours->text().trimmed());
    e.grossHourlyPay = *domain::HourlyPay::parse(m_grossPay->text().trimmed());
    if (!m_netPay->text().trimmed().isEmpty())
        e.usualNetHourlyPay = *domain::HourlyPay::parse(m_netPay->text().trimmed());
    QString ignored;
    e.entry = dateOf(m_entry, &ignored).value_or(QDate());
    e.exit = dateOf(m_exit, &ignored).value_or(QDate());
    e.apprentice = m_apprentice->isChecked();
    return store::ClaimAssembler::toEmployee(e, establishmentId);
}

void EmployeeLineForm::setError(const QString &field, const QString &message) {
    m_errors.set(field, message);
    if (QWidget *w = m_errors.field(field))
        w->setFocus();
}

void EmployeeLineForm::clear() {
    for (QLineEdit *edit : {m_lastName, m_firstName, m_nir, m_matricule, m_weeklyHours,
                            m_grossPay, m_netPay, m_entry, m_exit})
        edit->clear();
    m_contract->setCurrentIndex(0);
    m_apprentice->setChecked(false);
    m_errors.clearAll();
}

} // namespace apdesk::ui
