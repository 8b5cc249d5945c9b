#pragma once

#include "app/appservices.h"
#include "client/asptypes.h"
#include "store/records.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace apdesk::store {
class ClaimComputer;
}

namespace apdesk::ui {

class ClaimWindow;
class DecisionsDialog;
class LoginPage;
class MailboxWindow;
class PortfolioWindow;
class WorkspacePage;

// The program's main window: the login screen ("Mon espace personnel") first, then the work
// area, with the user's "prenom.nom" at the top right (its menu: "Changer de mot de passe",
// "Déconnexion") and the "Messagerie" with its unread count.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginPage *loginPage() const { return m_login; }
    // The work area, made on first use.
    WorkspacePage *workspace();
    const store::ClaimComputer &computer();
    bool isLoggedIn() const { return !m_identifier.isEmpty(); }
    QString displayName() const { return m_user.displayName; }
    QPushButton *userButton() const { return m_userButton; }
    QPushButton *mailButton() const { return m_mailButton; }

    void openMailbox();
    void logout();
    // Back to the login screen after the service refused the session; open dialogs keep what
    // was typed in them.
    void onSessionExpired();
    void refreshEstablishments();
    // Opens the claim in its window, or brings its window forward when it is open already;
    // null (and a message) when it cannot be read.
    ClaimWindow *openClaim(qint64 claimId);
    // "Créer une nouvelle demande" for an establishment of this computer.
    void createClaim(qint64 establishmentId);
    // "Décisions" of an establishment: those kept on this computer, fetched again when logged in.
    DecisionsDialog *openDecisions(const QString &siret);
    // "Portefeuille": every establishment of this computer, most urgent first; one window,
    // brought forward and read again when asked again.
    PortfolioWindow *openPortfolio();

private:
    void buildMenus();
    void buildAccountBar();
    void connectLoginPage();
    void connectWorkspace();
    void onLoggedIn(const QString &identifier, const QString &password,
                    const client::Session &session);
    void startSession(const QString &identifier, const client::Session &session);
    void endSession(const QString &message);
    void workOffline();
    void showLogin();
    void changePassword();
    void openCreateSpace();
    void openRecovery(bool password, const QString &identifier);
    void openEstablishment(const QString &siret);
    void openUsers(const QString &siret);
    void openAuthorisations(const QString &siret);
    // The establishment of that SIRET kept on this computer, if any.
    std::optional<store::Establishment> localEstablishment(const QString &siret) const;
    void updateAccountBar();
    void updateMailButton(int unread);
    void showAbout();
    void updateSendingStatus();

    AppServices m_services;
    std::unique_ptr<store::ClaimComputer> m_computer;
    QHash<qint64, QPointer<ClaimWindow>> m_claimWindows;
    QStackedWidget *m_stack = nullptr;
    LoginPage *m_login = nullptr;
    WorkspacePage *m_workspace = nullptr;
    QPushButton *m_userButton = nullptr;
    QAction *m_userButtonAction = nullptr; // a widget in a tool bar is shown through its action
    QPushButton *m_mailButton = nullptr;
    QLabel *m_storeStatus = nullptr;
    QLabel *m_sendingStatus = nullptr;
    QPushButton *m_retrySending = nullptr;
    QPointer<MailboxWindow> m_mailbox;
    QPointer<PortfolioWindow> m_portfolio;
    QString m_identifier;
    client::SessionUser m_user;
};

} // namespace apdesk::ui
