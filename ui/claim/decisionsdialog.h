#pragma once

#include "store/records.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace apdesk::client {
class AspClient;
}
namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// The decisions of one establishment kept on this computer (cached_decisions), latest period
// first: what each authorises, until when its months can be claimed, and which months this
// computer has claims for. The secret code is never shown: it is typed from the notification.
class DecisionListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionListModel)

public:
    enum Column {
        // What a clerk looks for first: until when, how much, what is claimed already.
        Number,
        Period,
        Deadline,
        AuthorisedHours,
        Headcount,
        Claims,
        Form,
        Scheme,
        FetchedAt,
        ColumnCount
    };

    // `establishmentId` 0: an establishment this computer has no claims for.
    DecisionListModel(const store::Store &store, QString siret, qint64 establishmentId,
                      QObject *parent = nullptr);

    // Reads the cache again; false with `error` set when the store could not be read.
    bool refresh(QString *error = nullptr);
    const store::CachedDecision &decisionAt(int row) const { return m_rows.at(row).decision; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        store::CachedDecision decision;
        QDate deadline;
        QList<QDate> claimedMonths; // by month
    };
    QString text(const Row &row, int column) const;

    const store::Store &m_store;
    QString m_siret;
    qint64 m_establishmentId;
    QList<Row> m_rows;
};

// "Décisions d'autorisation" of an establishment: the cached decisions, and, with a session,
// "Actualiser" fetches them from the service and keeps them for offline work.
class DecisionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionsDialog)

public:
    // `client` null: offline, the cached decisions only. Online, they are fetched at once.
    DecisionsDialog(const store::Store &store, const QString &siret, const QString &name,
                    qint64 establishmentId, client::AspClient *client, QWidget *parent = nullptr);

    DecisionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Fetches the decisions from the service (online only); decisionsRefreshed() tells the end.
    void fetch();

signals:
    void decisionsRefreshed(const QString &error);

private:
    void showCached(const QString &fetchError);

    const store::Store &m_store;
    QString m_siret;
    client::AspClient *m_client;
    DecisionListModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_fetch = nullptr;
};

} // namespace apdesk::ui
