#pragma once

#include <QSortFilterProxyModel>

namespace apdesk::ui {

// What the portfolio shows: the establishments whose name or SIRET holds the searched text
// (without regard to case, accents or the SIRET's spaces), and of those the kind chosen.
class PortfolioFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioFilter)

public:
    enum class Show { All, Problems, Deadlines, Contingents, MonthsToFile };

    explicit PortfolioFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search; // folded (foldForSearch)
    Show m_show = Show::All;
};

} // namespace apdesk::ui
