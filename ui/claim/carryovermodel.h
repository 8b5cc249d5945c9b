#pragma once

#include "store/carryover.h"

#include <QAbstractTableModel>
#include <QSet>

namespace apdesk::ui {

// The employees « Reprendre le mois précédent » proposes (store::CarryOverPlan), each with a
// check box saying whether it is taken (the first column, Qt::CheckStateRole), where they stand
// (arrival, exit, left), what changed in their contract or pay, and the hours that would be
// carried. Nothing is written from here: the boxes are the clerk's choice.
class CarryOverModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarryOverModel)

public:
    enum Column { Name, Situation, Hours, Changes, ColumnCount };

    explicit CarryOverModel(store::CarryOverPlan plan, QObject *parent = nullptr);

    const store::CarryOverPlan &plan() const { return m_plan; }
    const store::CarryOverItem &item(int row) const { return m_plan.items.at(row); }
    // The ticked employees' ids, in the plan's order.
    QList<qint64> chosenIds() const;
    bool isChecked(int row) const { return m_checked.contains(item(row).employee.id); }
    void setChecked(int row, bool checked);

    // Where the employee stands, in words: « Arrivé(e) le 07/12/2026 », « Sortie le
    // 15/12/2026 », « Parti(e) le 20/11/2026 : ne peut pas être repris(e) », « Déjà dans la
    // demande », « Toujours là ».
    static QString situationText(const store::CarryOverItem &item);
    // « 5 semaines, 93,60 h travaillées » or « aucune ».
    static QString hoursText(const store::CarryOverItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    store::CarryOverPlan m_plan;
    QSet<qint64> m_checked;
};

} // namespace apdesk::ui
