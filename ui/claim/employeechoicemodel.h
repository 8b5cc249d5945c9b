#pragma once

#include "store/records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace apdesk::store {
class EmployeeRepository;
}

namespace apdesk::ui {

// The employees of an establishment, as the store lists them, each with a check box saying
// whether it goes on the claim (the first column, Qt::CheckStateRole). The boxes are the
// pop-up's choice, not the claim: nothing is written until the choice is validated.
class EmployeeChoiceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeChoiceModel)

public:
    enum Column { Name, Nir, Matricule, Contract, GrossPay, Entry, Exit, ColumnCount };

    EmployeeChoiceModel(const store::EmployeeRepository &employees, qint64 establishmentId,
                        QObject *parent = nullptr);

    // Reads the establishment's employees again; ticked ones stay ticked. False with `error`
    // set when the store could not be read.
    bool reload(QString *error);
    // Whether the boxes can be changed (a claim no longer in preparation: they cannot).
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const store::Employee &employee(int row) const { return m_employees.at(row); }
    int rowOf(qint64 employeeId) const;
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    void setChecked(const QSet<qint64> &employeeIds, bool checked);
    void setAllChecked(bool checked);
    QSet<qint64> checkedIds() const { return m_checked; }

signals:
    void checkedChanged();

private:
    const store::EmployeeRepository &m_repository;
    qint64 m_establishmentId;
    QList<store::Employee> m_employees;
    QSet<qint64> m_checked;
    bool m_checkable = true;
};

} // namespace apdesk::ui
