#pragma once

#include "domain/hours.h"
#include "domain/money.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace apdesk::store {
class ClaimComputer;
class Store;
} // namespace apdesk::store

namespace apdesk::ui {

class ClaimDocument;

// The claims of one establishment, latest month first, each with the figures a clerk looks for
// before opening one: its status, employees, hours, amounts, blocking problems and last change.
// Each claim is computed once when the list is read; a claim open in its window updates its own
// row from the window's document (update()), so editing never recomputes the list.
class ClaimListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimListModel)

public:
    enum Column {
        Month,
        Status,
        Employees,
        Hours,
        Indemnity,
        Allocation,
        Blocking,
        LastChange,
        ColumnCount
    };

    ClaimListModel(const store::Store &store, const store::ClaimComputer &computer,
                   QObject *parent = nullptr);

    // Reads the claims of that establishment (0: none). False with `error` set when the store
    // could not be read; the list is then empty.
    bool setEstablishment(qint64 establishmentId, QString *error = nullptr);
    qint64 establishmentId() const { return m_establishmentId; }
    bool refresh(QString *error = nullptr);
    // The row of an open claim, from its document (the claim must be of this establishment).
    void update(const ClaimDocument &document);

    qint64 claimIdAt(int row) const;
    int rowOfClaim(qint64 claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        store::Claim claim;
        int employees = 0;
        domain::Hours hours;
        domain::Money indemnity;
        domain::Money allocation;
        int blocking = 0;
        QString error; // why the claim could not be computed
    };
    Row rowOf(const store::Claim &claim) const;
    QString cellText(const Row &row, int column) const;

    const store::Store &m_store;
    const store::ClaimComputer &m_computer;
    qint64 m_establishmentId = 0;
    QList<Row> m_rows;
};

} // namespace apdesk::ui
