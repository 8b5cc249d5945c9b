#include "gridfootermodel.h"

#include "hoursgridmodel.h"

#include <QFont>

namespace apdesk::ui {

GridFooterModel::GridFooterModel(HoursGridModel *grid, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grid(grid) {
    connect(grid->document(), &ClaimDocument::totalsChanged, this, [this] {
        if (columnCount() > 0)
            emit dataChanged(index(0, 0), index(0, columnCount() - 1));
    });
    connect(grid, &QAbstractItemModel::modelAboutToBeReset, this,
            &GridFooterModel::beginResetModel);
    connect(grid, &QAbstractItemModel::modelReset, this, &GridFooterModel::endResetModel);
}

int GridFooterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 1;
}

int GridFooterModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_grid->columnCount();
}

QVariant GridFooterModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() != 0 || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_grid->totalText(index.column());
    case Qt::AccessibleTextRole: {
        const QString text = m_grid->totalText(index.column());
        if (text.isEmpty())
            return {};
        return tr("Total, %1 : %2")
            .arg(m_grid->headerData(index.column(), Qt::Horizontal, Qt::AccessibleTextRole)
                     .toString(),
                 text);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QVariant GridFooterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical && section == 0 &&
        (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return tr("Total (%n salarié(s))", nullptr, m_grid->rowCount());
    if (orientation == Qt::Horizontal)
        return m_grid->headerData(section, orientation, role);
    return {};
}

} // namespace apdesk::ui
