#include "carryovermodel.h"

#include "domain/claim/contractchange.h"

#include <utility>

namespace apdesk::ui {

CarryOverModel::CarryOverModel(store::CarryOverPlan plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(std::move(plan)) {
    for (const store::CarryOverItem &item : std::as_const(m_plan.items)) {
        if (item.proposed())
            m_checked.insert(item.employee.id);
    }
}

QList<qint64> CarryOverModel::chosenIds() const {
    QList<qint64> ids;
    for (const store::CarryOverItem &item : m_plan.items) {
        if (m_checked.contains(item.employee.id))
            ids << item.employee.id;
    }
    return ids;
}

void CarryOverModel::setChecked(int row, bool checked) {
    const store::CarryOverItem &it = item(row);
    if (!it.canBeTaken() || checked == isChecked(row))
        return;
    if (checked)
        m_checked.insert(it.employee.id);
    else
        m_checked.remove(it.employee.id);
    emit dataChanged(index(row, Name), index(row, Name), {Qt::CheckStateRole});
    emit checkedChanged();
}

QString CarryOverModel::situationText(const store::CarryOverItem &item) {
    const auto day = [](const QDate &date) {
        return domain::ContractChanges::dayText(date);
    };
    if (item.alreadyOnClaim)
        return tr("Déjà dans la demande");
    switch (item.movement) {
    case store::CarryOverMovement::Arrives:
        return tr("Arrivée : entré(e) le %1").arg(day(item.employee.entryDate));
    case store::CarryOverMovement::Leaves:
        return tr("Départ : sortie le %1").arg(day(item.employee.exitDate));
    case store::CarryOverMovement::Left:
        return tr("Parti(e) le %1 : ne peut pas être repris(e)").arg(day(item.employee.exitDate));
    case store::CarryOverMovement::Stays:
        break;
    }
    return tr("Toujours dans l'établissement");
}

QString CarryOverModel::hoursText(const store::CarryOverItem &item) {
    if (!item.hoursWithheld.isEmpty())
        return item.hoursWithheld;
    if (item.hours.isEmpty())
        return tr("aucune");
    domain::Hours worked;
    domain::Hours treated;
    domain::Hours off;
    int halfDays = 0;
    for (const store::WeekHours &week : item.hours) {
        worked += week.worked;
        treated += week.treatedAsWorked;
        off += week.chomees;
        halfDays += week.halfDaysNotWorked;
    }
    const QString weeks = tr("%n semaine(s)", nullptr, int(item.hours.size()));
    if (item.employee.forfaitJours)
        return tr("%1, %n demi-journée(s) non travaillée(s)", nullptr, halfDays).arg(weeks);
    if (off != domain::Hours())
        return tr("%1, %2 chômées").arg(weeks, off.frenchText());
    if (treated != domain::Hours())
        return tr("%1, %2 travaillées et %3 assimilées")
            .arg(weeks, worked.frenchText(), treated.frenchText());
    return tr("%1, %2 travaillées").arg(weeks, worked.frenchText());
}

int CarryOverModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int CarryOverModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CarryOverModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CarryOverItem &it = item(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name) {
        if (!it.canBeTaken())
            return {};
        return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return QStringLiteral("%1 %2")
            .arg(it.employee.lastName.toUpper(), it.employee.firstName)
            .trimmed();
    case Situation:
        return situationText(it);
    case Changes:
        return it.changes.isEmpty() ? tr("aucun") : it.changes.join(QStringLiteral(" ; "));
    case Hours:
        return hoursText(it);
    case ColumnCount:
        break;
    }
    return {};
}

bool CarryOverModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !item(index.row()).canBeTaken())
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags CarryOverModel::flags(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // An employee who cannot be taken keeps a row the keyboard and a screen reader reach (the
    // situation says why), without a box to tick.
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Name && item(index.row()).canBeTaken())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CarryOverModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Salarié (coché : repris)");
    case Situation:
        return tr("Situation");
    case Changes:
        return tr("Contrat ou salaire changé depuis");
    case Hours:
        return tr("Heures (si reprises)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace apdesk::ui
