#include "employeechoicemodel.h"

#include "domain/nir.h"
#include "store/claimassembler.h"
#include "store/employeerepository.h"

#include <QLocale>

namespace apdesk::ui {

namespace {

QLocale french() {
    return QLocale(QLocale::French, QLocale::France);
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

EmployeeChoiceModel::EmployeeChoiceModel(const store::EmployeeRepository &employees,
                                         qint64 establishmentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(employees)
    , m_establishmentId(establishmentId) {}

bool EmployeeChoiceModel::reload(QString *error) {
    auto listed = m_repository.listFor(m_establishmentId);
    if (!listed) {
        if (error)
            *error = listed.error().message;
        return false;
    }
    beginResetModel();
    m_employees = listed.value();
    QSet<qint64> kept;
    for (const store::Employee &e : std::as_const(m_employees)) {
        if (m_checked.contains(e.id))
            kept.insert(e.id);
    }
    m_checked = kept;
    endResetModel();
    emit checkedChanged();
    return true;
}

void EmployeeChoiceModel::setCheckable(bool checkable) {
    m_checkable = checkable;
    if (!m_employees.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

int EmployeeChoiceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_employees.size());
}

int EmployeeChoiceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeChoiceModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Employee &e = m_employees.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name)
        return m_checked.contains(e.id) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return QStringLiteral("%1 %2").arg(e.lastName.toUpper(), e.firstName).trimmed();
    case Nir: {
        const auto nir = domain::Nir::parse(e.nir);
        return nir ? nir->formatted() : e.nir;
    }
    case Matricule:
        return e.matricule;
    case Contract: {
        const QString contract = e.forfaitJours
                                     ? tr("Forfait jours")
                                     : tr("%1 h / semaine").arg(e.weeklyHours.toString(french()));
        // The contract from the entry; its changes are in "Changements de contrat…".
        if (e.changes.isEmpty())
            return contract;
        return tr("%1, puis %n changement(s)", nullptr, int(e.changes.size())).arg(contract);
    }
    case GrossPay:
        return e.grossHourlyPay.toString(french());
    case Entry:
        return e.entryDate == store::ClaimAssembler::unknownEntryDate() ? QString() : dateText(e.entryDate);
    case Exit:
        return dateText(e.exitDate);
    case ColumnCount:
        break;
    }
    return {};
}

bool EmployeeChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Name ||
        !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags EmployeeChoiceModel::flags(const QModelIndex &index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name && m_checkable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant EmployeeChoiceModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Name:
        return tr("Salarié");
    case Nir:
        return tr("NIR");
    case Matricule:
        return tr("Matricule");
    case Contract:
        return tr("Contrat");
    case GrossPay:
        return tr("Taux horaire brut");
    case Entry:
        return tr("Entrée");
    case Exit:
        return tr("Sortie");
    case ColumnCount:
        break;
    }
    return {};
}

int EmployeeChoiceModel::rowOf(qint64 employeeId) const {
    for (int row = 0; row < m_employees.size(); ++row) {
        if (m_employees.at(row).id == employeeId)
            return row;
    }
    return -1;
}

bool EmployeeChoiceModel::isChecked(int row) const {
    return m_checked.contains(m_employees.at(row).id);
}

void EmployeeChoiceModel::setChecked(int row, bool checked) {
    if (row < 0 || row >= m_employees.size() || isChecked(row) == checked)
        return;
    const qint64 id = m_employees.at(row).id;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index(row, 0), index(row, 0), {Qt::CheckStateRole});
    emit checkedChanged();
}

void EmployeeChoiceModel::setChecked(const QSet<qint64> &employeeIds, bool checked) {
    for (int row = 0; row < m_employees.size(); ++row) {
        if (employeeIds.contains(m_employees.at(row).id))
            setChecked(row, checked);
    }
}

void EmployeeChoiceModel::setAllChecked(bool checked) {
    if (m_employees.isEmpty())
        return;
    m_checked.clear();
    if (checked) {
        for (const store::Employee &e : std::as_const(m_employees))
            m_checked.insert(e.id);
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit checkedChanged();
}

} // namespace apdesk::ui
