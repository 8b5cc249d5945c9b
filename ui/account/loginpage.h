#pragma once

#include "client/asptypes.h"

#include <QDeadlineTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class QTimer;

namespace apdesk::client {
class AspClient;
class CredentialStore;
struct ApiError;
} // namespace apdesk::client

namespace apdesk::ui {

class CredentialLineEdit;

// "Mon espace personnel": the start screen. Logs in against the service; offers the extranet's
// links (space creation, forgotten password or identifiant) and work offline. "Se souvenir de
// moi" keeps the identifiant in the settings and the password in the system keyring only.
class LoginPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    LoginPage(client::AspClient *client, client::CredentialStore *credentials, QSettings *settings,
              QWidget *parent = nullptr);
    ~LoginPage() override;

    // Shows a message above the form (e.g. "Mot de passe modifié : connectez-vous.").
    void showInformation(const QString &text);
    // Prepares the form for a new login: clears the password, keeps the identifiant.
    void reset();

signals:
    // A session is open. `password` is handed on only for the forced change of a first login.
    void loggedIn(const QString &identifier, const QString &password,
                  const apdesk::client::Session &session);
    void createSpaceRequested();
    void forgotPasswordRequested(const QString &identifier);
    void forgotIdentifierRequested();
    void workOfflineRequested();

private:
    void submit();
    void onLoginFailed(const client::ApiError &error);
    void startLockCountdown(int seconds);
    void updateLockCountdown();
    void setBusy(bool busy);
    void rememberAfterLogin(const QString &identifier, const QString &password);
    void restoreRemembered();

    client::AspClient *m_client;
    client::CredentialStore *m_credentials;
    QSettings *m_settings;

    CredentialLineEdit *m_identifier = nullptr;
    CredentialLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_offline = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_lockTimer = nullptr;
    QDeadlineTimer m_lockDeadline; // from the service's retryAfterSeconds
    bool m_busy = false;
};

} // namespace apdesk::ui
