#include "claimlistmodel.h"

#include "claimdocument.h"
#include "gridtext.h"

#include "store/claimcomputer.h"
#include "store/claimrepository.h"
#include "store/store.h"

#include <QLocale>

#include <algorithm>

namespace apdesk::ui {

ClaimListModel::ClaimListModel(const store::Store &store, const store::ClaimComputer &computer,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_computer(computer) {}

bool ClaimListModel::setEstablishment(qint64 establishmentId, QString *error) {
    m_establishmentId = establishmentId;
    return refresh(error);
}

bool ClaimListModel::refresh(QString *error) {
    QList<Row> rows;
    bool ok = true;
    if (m_establishmentId > 0) {
        const auto claims = m_store.claims().listFor(m_establishmentId);
        if (claims) {
            for (const store::Claim &claim : claims.value())
                rows.append(rowOf(claim));
        } else {
            ok = false;
            if (error)
                *error = claims.error().message;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.claim.month != b.claim.month ? a.claim.month > b.claim.month
                                              : a.claim.id > b.claim.id;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return ok;
}

ClaimListModel::Row ClaimListModel::rowOf(const store::Claim &claim) const {
    Row row;
    row.claim = claim;
    if (!m_computer.error().isEmpty()) {
        row.error = m_computer.error();
        return row;
    }
    const auto computed = m_computer.compute(claim.id, m_store.now().toLocalTime().date(),
                                             domain::Reasons::Skipped);
    if (!computed) {
        row.error = computed.error().message;
        return row;
    }
    const domain::ClaimResult &result = computed->result;
    row.employees = int(computed->assembled.claim.employees.size());
    row.hours = result.totalHours();
    row.indemnity = result.totalIndemnity();
    row.allocation = result.totalAllocation();
    const auto problems = result.problems();
    row.blocking = int(std::count_if(problems.cbegin(), problems.cend(), [](const auto &p) {
        return p.level == domain::Problem::Level::Blocking;
    }));
    return row;
}

void ClaimListModel::update(const ClaimDocument &document) {
    const int index = rowOfClaim(document.claimId());
    if (index < 0)
        return;
    Row &row = m_rows[index];
    if (const auto claim = m_store.claims().find(document.claimId()))
        row.claim = claim.value();
    row.employees = document.rowCount();
    row.hours = document.totalHours();
    row.indemnity = document.totalIndemnity();
    row.allocation = document.totalAllocation();
    row.blocking = document.blockingCount();
    row.error.clear();
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

qint64 ClaimListModel::claimIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).claim.id : 0;
}

int ClaimListModel::rowOfClaim(qint64 claimId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).claim.id == claimId)
            return i;
    }
    return -1;
}

int ClaimListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimListModel::cellText(const Row &row, int column) const {
    const bool computed = row.error.isEmpty();
    switch (column) {
    case Month: {
        const QString month = gridtext::monthYear(row.claim.month);
        const QString capitalised = month.left(1).toUpper() + month.mid(1);
        return row.claim.version == 1
                   ? capitalised
                   : tr("%1 (version %2)").arg(capitalised).arg(row.claim.version);
    }
    case Status:
        return store::ClaimRepository::statusText(row.claim.status);
    case Employees:
        return computed ? QString::number(row.employees) : QString();
    case Hours:
        return computed ? gridtext::hours(row.hours) : QString();
    case Indemnity:
        return computed ? gridtext::money(row.indemnity) : QString();
    case Allocation:
        return computed ? gridtext::money(row.allocation) : QString();
    case Blocking:
        if (!computed)
            return tr("Non calculée");
        return row.blocking == 0 ? tr("Aucun")
                                 : tr("\u26a0 %n bloquant(s)", nullptr, row.blocking);
    case LastChange:
        return QLocale().toString(row.claim.changedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        if (index.column() == Blocking && row.blocking > 0)
            return tr("Ouvrez la demande : le panneau « Contrôles » dit où est chaque problème.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Employees && index.column() <= Allocation
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return row.claim.id;
    default:
        return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Mois");
    case Status:
        return tr("Statut");
    case Employees:
        return tr("Salariés");
    case Hours:
        return tr("Heures indemnisables");
    case Indemnity:
        return tr("Indemnité");
    case Allocation:
        return tr("Allocation");
    case Blocking:
        return tr("Problèmes bloquants");
    case LastChange:
        return tr("Dernière modification");
    default:
        return {};
    }
}

} // namespace apdesk::ui
