#pragma once

#include "store/portfolio.h"

#include <QAbstractTableModel>
#include <QList>

namespace apdesk::ui {

// The portfolio's table (store::Portfolio), one row per establishment in the order given (most
// urgent first). SortRole gives each column's key; the problem column's key is that urgency
// order, so that sorting by it restores the default.
class PortfolioModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioModel)

public:
    // What to deal with comes first, next to the name; the decision's figures after.
    enum Column {
        Name,
        Problem,
        NextDeadline,
        DaysLeft,
        ToFile,
        Filed,
        Decision,
        DecisionEnd,
        Authorised,
        Used,
        Left,
        Siret,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ProblemRole = Qt::UserRole + 1; // store::PortfolioProblem as int

    explicit PortfolioModel(QObject *parent = nullptr);

    void setEntries(QList<store::PortfolioEntry> entries);
    const store::PortfolioEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const store::PortfolioEntry &entry, int column) const;
    QVariant sortKey(const store::PortfolioEntry &entry, int row, int column) const;

    QList<store::PortfolioEntry> m_entries;
};

} // namespace apdesk::ui
