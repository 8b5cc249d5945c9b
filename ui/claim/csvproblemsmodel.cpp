#include "csvproblemsmodel.h"

namespace apdesk::ui {

CsvProblemsModel::CsvProblemsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CsvProblemsModel::setProblems(QList<exchange::CsvProblem> problems) {
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int CsvProblemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_problems.size());
}

int CsvProblemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvProblemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::CsvProblem &p = m_problems.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Message)
        return p.message;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Line:
        return p.line > 0 ? QVariant(p.line) : QVariant(QString());
    case FileColumn:
        if (p.column <= 0)
            return QString();
        return p.columnName.isEmpty() ? QString::number(p.column)
                                      : tr("%1 (%2)").arg(p.column).arg(p.columnName);
    case Level:
        return p.isBlocking() ? tr("Refusée") : tr("Avertissement");
    case Message:
        return p.message;
    default:
        return {};
    }
}

QVariant CsvProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Line:
        return tr("Ligne");
    case FileColumn:
        return tr("Colonne");
    case Level:
        return tr("Gravité");
    case Message:
        return tr("Problème");
    default:
        return {};
    }
}

} // namespace apdesk::ui
