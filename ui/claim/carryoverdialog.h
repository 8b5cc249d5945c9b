#pragma once

#include "store/carryover.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace apdesk::ui {

class CarryOverModel;

// « Reprendre le mois précédent »: the employees of the previous month's claim, with what
// changed since (arrivals, departures, contract or pay), each ticked or not by the clerk, and
// « Reprendre aussi les heures ». Nothing is written here: « Reprendre » accepts, and the claim
// window writes the choice (change()) as one undo step.
class CarryOverDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarryOverDialog)

public:
    explicit CarryOverDialog(store::CarryOverPlan plan, QWidget *parent = nullptr);

    CarryOverModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *hoursBox() const { return m_hours; }
    QPushButton *takeButton() const { return m_take; }
    // The clerk's choice as one write.
    store::ClaimChange change() const;
    // « 3 arrivées, 1 départ… »: what the table shows, counted.
    QString summary() const;

private:
    void updateTakeButton();

    CarryOverModel *m_model;
    QTableView *m_view;
    QCheckBox *m_hours;
    QLabel *m_summary;
    QPushButton *m_take;
};

} // namespace apdesk::ui
