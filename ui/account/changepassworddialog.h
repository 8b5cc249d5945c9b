#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

class PasswordChecklist;

// "Changement du mot de passe": forced at a first login (and after a reset), or chosen from the
// user menu. A user added by a first user also chooses a secret question at the first login.
// On success every session of the user ends: the caller goes back to the login screen.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    struct Options {
        QString identifier;
        QString currentPassword; // known at a forced change: the field is then not shown
        bool forced = false;
        bool mustSetSecret = false; // needs the session token on the client
    };

    ChangePasswordDialog(client::AspClient *client, Options options, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateChecklist();
    void setBusy(bool busy);
    void sendSecretThenPassword();
    void sendPassword();

    client::AspClient *m_client;
    Options m_options;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirmation = nullptr;
    PasswordChecklist *m_checklist = nullptr;
    QComboBox *m_question = nullptr;
    QLineEdit *m_answer = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_secretSet = false;
    bool m_busy = false;
};

} // namespace apdesk::ui
