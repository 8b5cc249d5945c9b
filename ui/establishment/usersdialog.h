#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace apdesk::client {
class AspClient;
struct ApiError;
} // namespace apdesk::client

namespace apdesk::ui {

// "Utilisateurs": who may work on the establishment. The first user adds others (nom, prénom,
// e-mail); they receive their credentials by mail and choose their secret question at their
// first login.
class UsersDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    UsersDialog(client::AspClient *client, const QString &siret, QWidget *parent = nullptr);

signals:
    void sessionExpired();
    // A user was added: their mails go to `email`.
    void userAdded(const QString &email);

private:
    void load();
    void addUser();
    void fail(const client::ApiError &error);

    client::AspClient *m_client;
    QString m_siret;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace apdesk::ui
