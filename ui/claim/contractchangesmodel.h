#pragma once

#include "domain/claim/contractchange.h"

#include <QAbstractTableModel>
#include <QList>

namespace apdesk::ui {

// An employee's dated changes of contract and pay while the clerk edits them (the contract
// changes dialog), by date. What a change leaves as it was reads « inchangé ».
class ContractChangesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractChangesModel)

public:
    enum Column { EffectiveDate, WeeklyHours, GrossPay, NetPay, ColumnCount };

    explicit ContractChangesModel(QObject *parent = nullptr);

    void setChanges(QList<domain::ContractChange> changes);
    const QList<domain::ContractChange> &changes() const { return m_changes; }
    // Puts `change` in date order; returns its row.
    int add(const domain::ContractChange &change);
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::ContractChange> m_changes;
};

} // namespace apdesk::ui
