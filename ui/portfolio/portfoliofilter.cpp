#include "portfoliofilter.h"

#include "portfoliomodel.h"

namespace apdesk::ui {

namespace {

// "Café Lenoir" and "cafe lenoir", "732 829 320 00074" and "73282932000074" match alike.
QString foldForSearch(const QString &text) {
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace())
            continue;
        folded += c.toCaseFolded();
    }
    return folded;
}

} // namespace

PortfolioFilter::PortfolioFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(PortfolioModel::SortRole);
    // "École Martin" between "Dupont" and "Garage", as a clerk reads a list.
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PortfolioFilter::setSearch(const QString &text) {
    m_search = foldForSearch(text);
    invalidateRowsFilter();
}

void PortfolioFilter::setShow(Show show) {
    m_show = show;
    invalidateRowsFilter();
}

bool PortfolioFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    const auto *portfolio = static_cast<const PortfolioModel *>(sourceModel());
    const store::PortfolioEntry &entry = portfolio->entry(sourceRow);
    if (!m_search.isEmpty() && !foldForSearch(entry.establishment.name).contains(m_search) &&
        !entry.establishment.siret.contains(m_search))
        return false;
    using P = store::PortfolioProblem;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Problems:
        return entry.problem != P::None;
    case Show::Deadlines:
        return entry.problem == P::DeadlinePassed || entry.problem == P::DeadlineNear;
    case Show::Contingents:
        return entry.problem == P::ContingentUsedUp || entry.problem == P::ContingentNearlyUsed;
    case Show::MonthsToFile:
        return entry.nextDeadline().has_value();
    }
    return true;
}

} // namespace apdesk::ui
