#include "checksmodel.h"

#include "claimdocument.h"
#include "gridtext.h"

#include <algorithm>

namespace apdesk::ui {

ChecksModel::ChecksModel(ClaimDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ChecksModel::refresh);
    connect(document, &ClaimDocument::problemsChanged, &m_refresh, qOverload<>(&QTimer::start));
    refresh();
}

void ChecksModel::refresh() {
    m_refresh.stop();
    beginResetModel();
    m_problems = m_document->problems();
    // Blocking problems first; otherwise the claim's order (the claim's own, then by row).
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const domain::Problem &a, const domain::Problem &b) {
                         return a.level == domain::Problem::Level::Blocking &&
                                b.level != domain::Problem::Level::Blocking;
                     });
    m_blocking = int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const auto &p) {
        return p.level == domain::Problem::Level::Blocking;
    }));
    endResetModel();
    emit refreshed();
}

QString ChecksModel::summary() const {
    if (m_problems.isEmpty())
        return tr("Aucun problème : la demande peut être envoyée.");
    return tr("%n problème(s) bloquant(s)", nullptr, m_blocking) + QStringLiteral(", ") +
           tr("%n avertissement(s)", nullptr, warningCount());
}

int ChecksModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const domain::Problem &p = m_problems.at(index.row());
    if (role == Qt::ToolTipRole)
        return p.message;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const bool blocking = p.level == domain::Problem::Level::Blocking;
    switch (index.column()) {
    case Level:
        return blocking ? tr("\u2716 Bloquant") : tr("\u26a0 Avertissement");
    case Employee: {
        const int row = p.matricule.isEmpty() ? -1 : m_document->rowOfMatricule(p.matricule);
        if (row < 0)
            return role == Qt::DisplayRole ? tr("Demande") : tr("la demande");
        const auto &e = m_document->employee(row);
        return QStringLiteral("%1 %2").arg(e.lastName.toUpper(), e.firstName);
    }
    case Week:
        return p.week.isValid() ? tr("sem. du %1").arg(gridtext::dayMonth(p.week)) : QString();
    case Message:
        return p.message;
    default:
        return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Level:
        return tr("Niveau");
    case Employee:
        return tr("Salarié");
    case Week:
        return tr("Semaine");
    case Message:
        return tr("Problème");
    default:
        return {};
    }
}

} // namespace apdesk::ui
