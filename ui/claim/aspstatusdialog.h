#pragma once

#include "client/asptypes.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

// The dated steps of a claim at the ASP (SentClaim::history): date, status, reason.
class AspHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspHistoryModel)

public:
    enum Column { Date, Status, Reason, ColumnCount };

    explicit AspHistoryModel(QObject *parent = nullptr);
    void setHistory(QList<client::SentClaim::StatusChange> history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<client::SentClaim::StatusChange> m_history;
};

// "Suivi à l'ASP": where a sent claim stands at the ASP — its number and version, its status,
// the amounts the ASP computed, what it paid — and each dated step, fetched from the service
// when the dialog opens. Once the ASP has paid or rejected this version, "Corriger" asks for
// the next one (the ASP takes a corrective claim only then).
class AspStatusDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspStatusDialog)

public:
    // Version `version` of the claim of `decisionNumber` and `month` of the establishment
    // `siret`.
    AspStatusDialog(client::AspClient *client, const QString &siret, const QString &decisionNumber,
                    const QDate &month, int version, QWidget *parent = nullptr);

    AspHistoryModel *history() const { return m_history; }
    // "Corriger": shown once the ASP has paid or rejected this version.
    QPushButton *correctButton() const { return m_correct; }
    // Fetches the status again.
    void refresh();

signals:
    // The answer came (shown), or why it did not.
    void refreshed();
    // The clerk asked for a correction (a new version of the claim).
    void correctionRequested();

private:
    void display(const QList<client::SentClaim> &claims);

    client::AspClient *m_client;
    QString m_siret;
    QString m_decisionNumber;
    QString m_month;
    int m_version = 1;
    QLabel *m_summary = nullptr;
    QPushButton *m_correct = nullptr;
    AspHistoryModel *m_history = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace apdesk::ui
