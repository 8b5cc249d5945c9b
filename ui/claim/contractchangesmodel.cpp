#include "contractchangesmodel.h"

#include "gridtext.h"

#include <QLocale>

#include <algorithm>

namespace apdesk::ui {

namespace {
bool byDate(const domain::ContractChange &left, const domain::ContractChange &right) {
    return left.from < right.from;
}
} // namespace

ContractChangesModel::ContractChangesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ContractChangesModel::setChanges(QList<domain::ContractChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    std::stable_sort(m_changes.begin(), m_changes.end(), byDate);
    endResetModel();
}

int ContractChangesModel::add(const domain::ContractChange &change) {
    const auto at = std::upper_bound(m_changes.begin(), m_changes.end(), change, byDate);
    const int row = int(at - m_changes.begin());
    beginInsertRows({}, row, row);
    m_changes.insert(row, change);
    endInsertRows();
    return row;
}

void ContractChangesModel::remove(int row) {
    if (row < 0 || row >= m_changes.size())
        return;
    beginRemoveRows({}, row, row);
    m_changes.removeAt(row);
    endRemoveRows();
}

int ContractChangesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ContractChangesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractChangesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const domain::ContractChange &change = m_changes.at(index.row());
    const QString unchanged = tr("inchangé");
    const auto pay = [&](const std::optional<domain::HourlyPay> &value) {
        return value ? value->toString(QLocale()) : unchanged;
    };
    switch (index.column()) {
    case EffectiveDate:
        return domain::ContractChanges::dayText(change.from);
    case WeeklyHours:
        return change.weeklyHours ? tr("%1 h").arg(gridtext::hours(*change.weeklyHours))
                                  : tr("inchangées");
    case GrossPay:
        return pay(change.grossHourlyPay);
    case NetPay:
        return pay(change.usualNetHourlyPay);
    default:
        return {};
    }
}

QVariant ContractChangesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EffectiveDate:
        return tr("Date d'effet");
    case WeeklyHours:
        return tr("Heures hebdomadaires");
    case GrossPay:
        return tr("Taux horaire brut");
    case NetPay:
        return tr("Taux horaire net habituel");
    default:
        return {};
    }
}

} // namespace apdesk::ui
