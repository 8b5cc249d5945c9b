#pragma once

#include <QAbstractTableModel>

namespace apdesk::ui {

class HoursGridModel;

// The hours grid's totals as a one-row table with the grid's columns, shown under it so that it
// never scrolls away: each week's indemnifiable hours and the claim's hours, indemnity and
// allocation, kept as sums by the ClaimDocument.
class GridFooterModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridFooterModel)

public:
    explicit GridFooterModel(HoursGridModel *grid, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HoursGridModel *m_grid;
};

} // namespace apdesk::ui
