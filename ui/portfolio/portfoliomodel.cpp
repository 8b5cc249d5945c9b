#include "portfoliomodel.h"

#include "claim/gridtext.h"
#include "domain/siret.h"

#include <limits>

namespace apdesk::ui {

namespace {

QString dateText(const QDate &date) {
    return date.isValid() ? gridtext::date(date) : QString();
}

QString hoursText(domain::Hours hours) {
    return PortfolioModel::tr("%1 h").arg(gridtext::hours(hours));
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PortfolioModel::setEntries(QList<store::PortfolioEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const store::PortfolioEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Problem || index.column() == Name)
            return entry.problemText();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == ToFile || index.column() == Filed ||
            (index.column() >= Authorised && index.column() <= Left))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(entry, index.row(), index.column());
    case ProblemRole:
        return int(entry.problem);
    default:
        return {};
    }
}

QVariant PortfolioModel::display(const store::PortfolioEntry &entry, int column) const {
    const auto next = entry.nextDeadline();
    const bool known = entry.decision.has_value();
    using State = store::PortfolioMonth::State;
    switch (column) {
    case Name:
        return entry.establishment.name;
    case Siret:
        return domain::Siret::formatted(entry.establishment.siret);
    case Decision:
        return known ? entry.decision->number : tr("aucune");
    case DecisionEnd:
        return known ? dateText(entry.decision->periodEnd) : QString();
    case Authorised:
        return known ? hoursText(entry.decision->authorisedHours) : QString();
    case Used:
        return known ? hoursText(entry.hoursUsed) : QString();
    case Left:
        return known ? hoursText(entry.hoursLeft()) : QString();
    case Filed:
        return tr("%1 sur %2").arg(entry.count(State::Filed)).arg(entry.months.size());
    case ToFile: {
        const qsizetype preparing = entry.count(State::InPreparation);
        const qsizetype notClaimed = entry.count(State::NotClaimed);
        if (preparing == 0)
            return QString::number(notClaimed);
        return tr("%1 (dont %n en préparation)", nullptr, int(preparing))
            .arg(preparing + notClaimed);
    }
    case NextDeadline:
        return next ? dateText(next->deadline) : QString();
    case DaysLeft:
        if (!next)
            return QString();
        return next->daysLeft < 0 ? tr("dépassé de %n j", nullptr, int(-next->daysLeft))
                                  : tr("%n j", nullptr, int(next->daysLeft));
    case Problem:
        return entry.problem == store::PortfolioProblem::None ? tr("—") : entry.problemText();
    default:
        return {};
    }
}

QVariant PortfolioModel::sortKey(const store::PortfolioEntry &entry, int row, int column) const {
    const auto next = entry.nextDeadline();
    switch (column) {
    case Name:
        return entry.establishment.name;
    case Siret:
        return entry.establishment.siret;
    case Decision:
        return entry.decision ? entry.decision->number : QString();
    case DecisionEnd:
        return entry.decision ? entry.decision->periodEnd : QDate();
    case Authorised:
        return entry.decision ? entry.decision->authorisedHours.hundredths() : -1;
    case Used:
        return entry.hoursUsed.hundredths();
    case Left:
        return entry.decision ? entry.hoursLeft().hundredths() : std::numeric_limits<qint64>::max();
    case Filed:
        return qint64(entry.count(store::PortfolioMonth::State::Filed));
    case ToFile:
        return qint64(entry.months.size() - entry.count(store::PortfolioMonth::State::Filed));
    case NextDeadline:
    case DaysLeft:
        // Establishments with nothing to file come last.
        return next ? next->daysLeft : std::numeric_limits<qint64>::max();
    case Problem:
        return row; // the urgency order the entries came in
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Établissement");
    case Siret:
        return tr("SIRET");
    case Decision:
        return tr("Décision");
    case DecisionEnd:
        return tr("Fin");
    case Authorised:
        return tr("Heures autorisées");
    case Used:
        return tr("Utilisées");
    case Left:
        return tr("Restantes");
    case Filed:
        return tr("Mois déposés");
    case ToFile:
        return tr("Mois à déposer");
    case NextDeadline:
        return tr("Prochain délai");
    case DaysLeft:
        return tr("Jours restants");
    case Problem:
        return tr("À traiter (le plus urgent d'abord)");
    default:
        return {};
    }
}

} // namespace apdesk::ui
