#pragma once

#include "client/asptypes.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

// The establishment's requests for prior authorisation, latest first: when each was sent, its
// period, form, hours and employees, and what the administration decided.
class AuthorisationRequestsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationRequestsModel)

public:
    enum Column { Submitted, Period, Form, Hours, Employees, State, ColumnCount };

    explicit AuthorisationRequestsModel(QObject *parent = nullptr);
    void setRequests(QList<client::AuthorisationRequest> requests);
    const client::AuthorisationRequest &request(int row) const { return m_requests.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formLabel(int form);
    static QString stateText(const client::AuthorisationRequest &request);

private:
    QList<client::AuthorisationRequest> m_requests;
};

// "Autorisations préalables" of an establishment: its requests (DAP) with the administration's
// answers, and the form of a new one — motive, period, form of the reduction, scheme, employees
// concerned and hours asked for. The administration answers within 48 hours (silence is
// acceptance); an accepted request's decision and its secret code arrive in the Messagerie.
class AuthorisationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationDialog)

public:
    AuthorisationDialog(client::AspClient *client, const QString &siret, const QString &name,
                        QWidget *parent = nullptr);

    AuthorisationRequestsModel *requests() const { return m_model; }
    // Reads the establishment's requests again.
    void refresh();
    // Checks the form and sends the request.
    void submit();

signals:
    void refreshed();
    void submitted(qint64 requestId);

private:
    QWidget *buildForm();
    void showMessage(const QString &text, bool error);

    client::AspClient *m_client;
    QString m_siret;
    AuthorisationRequestsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_motive = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_form = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_employees = nullptr;
    QLineEdit *m_hours = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace apdesk::ui
