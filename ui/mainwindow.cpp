#include "mainwindow.h"

#include "account/changepassworddialog.h"
#include "account/createspacewizard.h"
#include "account/loginpage.h"
#include "account/recoverydialog.h"
#include "claim/claimdocument.h"
#include "claim/claimlistmodel.h"
#include "claim/claimlistpanel.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "claim/decisionsdialog.h"
#include "claim/sendingmonitor.h"
#include "client/aspclient.h"
#include "establishment/authorisationdialog.h"
#include "establishment/establishmentdialog.h"
#include "establishment/localestablishments.h"
#include "establishment/usersdialog.h"
#include "establishment/workspacepage.h"
#include "mail/mailboxmodel.h"
#include "mail/mailboxwatcher.h"
#include "mail/mailboxwindow.h"
#include "portfolio/portfoliowindow.h"
#include "store/claimcomputer.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace apdesk::ui {

namespace {

// Dialogs over the main window are not modal: if the session expires while one is open, the
// login screen stays reachable and the dialog keeps what was typed.
template <typename Dialog> Dialog *openModeless(Dialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_services.sending)
        m_services.sending = new SendingMonitor(*m_services.store, m_services.client, this);
    setWindowTitle(tr("AP Desk — Activité partielle"));
    resize(1024, 700);

    m_login = new LoginPage(m_services.client, m_services.credentials, m_services.settings, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_login);
    setCentralWidget(m_stack);

    buildMenus();
    buildAccountBar();
    connectLoginPage();

    m_storeStatus = new QLabel(
        tr("Données : %1").arg(QDir::toNativeSeparators(m_services.store->path())), this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    m_storeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeStatus);
    m_sendingStatus = new QLabel(this);
    m_sendingStatus->setObjectName(QStringLiteral("sendingStatus"));
    statusBar()->addPermanentWidget(m_sendingStatus);
    m_retrySending = new QPushButton(tr("&Réessayer l'envoi"), this);
    m_retrySending->setObjectName(QStringLiteral("retrySendingButton"));
    m_retrySending->setFlat(true);
    connect(m_retrySending, &QPushButton::clicked, m_services.sending, &SendingMonitor::retryNow);
    statusBar()->addPermanentWidget(m_retrySending);
    connect(m_services.sending, &SendingMonitor::changed, this, &MainWindow::updateSendingStatus);
    // A claim the service took (or refused for good): its window becomes read-only (or
    // editable again), the list shows its new status.
    connect(m_services.sending, &SendingMonitor::claimSettled, this, [this](qint64 claimId) {
        if (ClaimWindow *window = m_claimWindows.value(claimId)) {
            QString error;
            window->document()->reload(&error);
        }
        if (m_workspace)
            m_workspace->claims()->refresh(claimId);
    });
    updateSendingStatus();

    connect(m_services.mailModel, &MailboxModel::unreadCountChanged, this,
            &MainWindow::updateMailButton);
    updateMailButton(m_services.mailModel->unreadCount());
    updateAccountBar();
}

// The claim windows read the computer: they go first.
MainWindow::~MainWindow() {
    // Before the claims' computer goes: each waits for the worker that reads through it (the
    // portfolio's reading, a control pack being written).
    for (const QPointer<ClaimWindow> &window : std::as_const(m_claimWindows))
        delete window.data();
    delete m_portfolio.data();
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    QAction *quit = file->addAction(tr("&Quitter"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Aide"));
    QAction *about = help->addAction(tr("À &propos d'AP Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildAccountBar() {
    auto *bar = new QToolBar(tr("Compte"), this);
    bar->setObjectName(QStringLiteral("accountBar"));
    bar->setMovable(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_mailButton = new QPushButton(bar);
    m_mailButton->setObjectName(QStringLiteral("mailButton"));
    m_mailButton->setFlat(true);
    connect(m_mailButton, &QPushButton::clicked, this, &MainWindow::openMailbox);
    bar->addWidget(m_mailButton);

    // A push button with a menu, not a tool button: it takes the keyboard focus, and its
    // accessibility action (AT-SPI "press", UI Automation "Invoke") opens the menu.
    m_userButton = new QPushButton(bar);
    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setFlat(true);
    auto *menu = new QMenu(m_userButton);
    menu->setObjectName(QStringLiteral("userMenu"));
    menu->setTitle(tr("Compte"));
    QAction *change =
        menu->addAction(tr("Changer de mot de passe"), this, &MainWindow::changePassword);
    change->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *logoutAction = menu->addAction(tr("Déconnexion"), this, &MainWindow::logout);
    logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_userButton->setMenu(menu);
    m_userButtonAction = bar->addWidget(m_userButton);
    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::connectLoginPage() {
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_login, &LoginPage::workOfflineRequested, this, &MainWindow::workOffline);
    connect(m_login, &LoginPage::createSpaceRequested, this, &MainWindow::openCreateSpace);
    connect(m_login, &LoginPage::forgotPasswordRequested, this,
            [this](const QString &identifier) { openRecovery(true, identifier); });
    connect(m_login, &LoginPage::forgotIdentifierRequested, this,
            [this] { openRecovery(false, {}); });
}

// The claims' computer (its rates read and checked) and the work area are made when first
// needed — after a login, or offline — not before the login screen is shown: they would cost the
// first window a few milliseconds to build and to lay out.
const store::ClaimComputer &MainWindow::computer() {
    if (!m_computer)
        m_computer = std::make_unique<store::ClaimComputer>(*m_services.store);
    return *m_computer;
}

WorkspacePage *MainWindow::workspace() {
    if (!m_workspace) {
        m_workspace = new WorkspacePage(m_services.store, computer(), this);
        m_stack->addWidget(m_workspace);
        connectWorkspace();
    }
    return m_workspace;
}

void MainWindow::connectWorkspace() {
    connect(m_workspace, &WorkspacePage::openEstablishmentRequested, this,
            &MainWindow::openEstablishment);
    connect(m_workspace, &WorkspacePage::openUsersRequested, this, &MainWindow::openUsers);
    connect(m_workspace, &WorkspacePage::openAuthorisationsRequested, this,
            &MainWindow::openAuthorisations);
    connect(m_workspace, &WorkspacePage::openDecisionsRequested, this, &MainWindow::openDecisions);
    connect(m_workspace, &WorkspacePage::addEstablishmentRequested, this,
            &MainWindow::openCreateSpace);
    connect(m_workspace, &WorkspacePage::loginRequested, this, &MainWindow::showLogin);
    connect(m_workspace, &WorkspacePage::openClaimRequested, this, &MainWindow::openClaim);
    connect(m_workspace, &WorkspacePage::createClaimRequested, this, &MainWindow::createClaim);
    connect(m_workspace, &WorkspacePage::openPortfolioRequested, this, &MainWindow::openPortfolio);
}

ClaimWindow *MainWindow::openClaim(qint64 claimId) {
    if (ClaimWindow *open = m_claimWindows.value(claimId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    QString error = computer().error();
    ClaimWindow *window = error.isEmpty()
                              ? ClaimWindow::open(m_services, computer(), claimId, &error, this)
                              : nullptr;
    if (!window) {
        QMessageBox::warning(this, tr("Demande d'indemnisation"),
                             tr("La demande ne peut pas être ouverte : %1").arg(error));
        return nullptr;
    }
    m_claimWindows.insert(claimId, window);
    // The list shows the open claim's figures as they change, without computing it again.
    connect(window, &ClaimWindow::claimChanged, this,
            [this, window] { workspace()->claims()->model()->update(*window->document()); });
    connect(window, &ClaimWindow::correctionOpened, this, [this](qint64 correction) {
        workspace()->claims()->refresh(correction);
        openClaim(correction);
    });
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

std::optional<store::Establishment> MainWindow::localEstablishment(const QString &siret) const {
    if (const auto local = m_services.store->establishments().list()) {
        for (const store::Establishment &e : local.value()) {
            if (e.siret == siret)
                return e;
        }
    }
    return std::nullopt;
}

void MainWindow::openAuthorisations(const QString &siret) {
    if (!isLoggedIn() || siret.isEmpty())
        return;
    const auto local = localEstablishment(siret);
    openModeless(
        new AuthorisationDialog(m_services.client, siret, local ? local->name : siret, this));
}

DecisionsDialog *MainWindow::openDecisions(const QString &siret) {
    if (siret.isEmpty())
        return nullptr;
    // Not kept on this computer yet: named by its SIRET, with no claims to list.
    const auto local = localEstablishment(siret);
    auto *dialog = new DecisionsDialog(*m_services.store, siret, local ? local->name : siret,
                                       local ? local->id : 0,
                                       isLoggedIn() ? m_services.client : nullptr, this);
    openModeless(dialog);
    return dialog;
}

void MainWindow::createClaim(qint64 establishmentId) {
    const auto establishment = m_services.store->establishments().find(establishmentId);
    if (!establishment) {
        statusBar()->showMessage(establishment.error().message, 10000);
        return;
    }
    auto *dialog = new CreateClaimDialog(*m_services.store, establishment.value(),
                                         isLoggedIn() ? m_services.client : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        workspace()->claims()->refresh(dialog->claimId());
        if (m_portfolio)
            m_portfolio->refresh();
        if (dialog->openedExisting()) {
            statusBar()->showMessage(
                tr("Cette demande existait déjà : elle est ouverte, rien n'a été dupliqué."),
                10000);
        }
        ClaimWindow *window = openClaim(dialog->claimId());
        if (window && !dialog->openedExisting() && dialog->carryOverRequested())
            window->carryOverPreviousMonth();
    });
    dialog->open();
}

void MainWindow::updateAccountBar() {
    m_userButtonAction->setVisible(isLoggedIn());
    m_userButton->setText(m_user.displayName);
    m_userButton->setAccessibleName(tr("Compte de %1").arg(m_user.displayName));
}

// "En ligne · 2 demandes en attente d'envoi": whether claims can leave now, and how many wait.
void MainWindow::updateSendingStatus() {
    const int waiting = m_services.sending->waitingCount();
    const QString state = !isLoggedIn()                    ? tr("Non connecté")
                          : m_services.sending->isOnline() ? tr("En ligne")
                                                           : tr("Service injoignable");
    const QString queue = waiting == 0 ? tr("aucune demande en attente d'envoi")
                                       : tr("%n demande(s) en attente d'envoi", nullptr, waiting);
    m_sendingStatus->setText(tr("%1 · %2").arg(state, queue));
    m_sendingStatus->setAccessibleName(m_sendingStatus->text());
    m_retrySending->setVisible(isLoggedIn() && waiting > 0);
}

void MainWindow::updateMailButton(int unread) {
    const QString text =
        unread > 0 ? tr("Messagerie (%n non lu(s))", nullptr, unread) : tr("Messagerie");
    m_mailButton->setText(text);
    m_mailButton->setAccessibleName(text);
}

void MainWindow::onLoggedIn(const QString &identifier, const QString &password,
                            const client::Session &session) {
    if (!session.mustChangePassword && !session.mustSetSecret) {
        startSession(identifier, session);
        return;
    }
    // First login (or after a reset): the session only allows changing the password.
    m_services.client->setSessionToken(session.token);
    auto *dialog = new ChangePasswordDialog(
        m_services.client, {identifier, password, true, session.mustSetSecret}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_services.client->setSessionToken({});
        endSession(tr("Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot "
                      "de passe."));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_services.client->logout([](const auto &) {});
        m_services.client->setSessionToken({});
        endSession(tr("Le mot de passe provisoire doit être changé à la première connexion."));
    });
    dialog->open();
}

void MainWindow::startSession(const QString &identifier, const client::Session &session) {
    m_identifier = identifier;
    m_user = session.user;
    m_services.client->setSessionToken(session.token);
    workspace()->showOnline({});
    m_stack->setCurrentWidget(workspace());
    updateAccountBar();
    refreshEstablishments();
    updateSendingStatus();
    m_services.sending->retryNow(); // what waited offline leaves now
}

void MainWindow::refreshEstablishments() {
    m_services.client->fetchEstablishments(client::within(
        this, [this](const client::Outcome<QList<client::EstablishmentFile>> &outcome) {
            if (!isLoggedIn())
                return;
            if (!outcome.isOk()) {
                if (outcome.error().isSessionLost())
                    onSessionExpired();
                else
                    statusBar()->showMessage(outcome.error().message, 10000);
                return;
            }
            rememberEstablishmentsLocally(*m_services.store, outcome.value());
            workspace()->showOnline(outcome.value());
        }));
}

void MainWindow::endSession(const QString &message) {
    if (m_portfolio) // offline from now on: Actualiser reads what is kept here
        m_portfolio->setOnline(nullptr, {});
    m_identifier.clear();
    m_user = {};
    m_services.client->setSessionToken({});
    updateAccountBar();
    updateSendingStatus();
    m_login->reset();
    m_login->showInformation(message);
    m_stack->setCurrentWidget(m_login);
}

void MainWindow::logout() {
    m_services.client->logout([](const auto &) {});
    endSession(tr("Vous êtes déconnecté."));
}

void MainWindow::onSessionExpired() {
    if (!isLoggedIn())
        return;
    endSession(tr("Votre session a expiré : reconnectez-vous. Ce que vous aviez saisi est "
                  "conservé."));
}

void MainWindow::workOffline() {
    workspace()->showOffline();
    m_stack->setCurrentWidget(workspace());
}

void MainWindow::showLogin() {
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
}

void MainWindow::changePassword() {
    auto *dialog = openModeless(
        new ChangePasswordDialog(m_services.client, {m_identifier, {}, false, false}, this));
    connect(dialog, &QDialog::accepted, this, [this] {
        endSession(tr("Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot "
                      "de passe."));
    });
}

void MainWindow::openCreateSpace() {
    auto *wizard = openModeless(new CreateSpaceWizard(m_services.client, this));
    connect(wizard, &CreateSpaceWizard::requestSent, this, [this](const QString &email) {
        m_services.mailWatcher->addAddress(email);
        if (isLoggedIn())
            refreshEstablishments();
    });
}

void MainWindow::openRecovery(bool password, const QString &identifier) {
    auto *dialog = openModeless(new RecoveryDialog(m_services.client,
                                                   password ? RecoveryDialog::Mode::Password
                                                            : RecoveryDialog::Mode::Identifier,
                                                   identifier, this));
    connect(dialog, &RecoveryDialog::addressUsed, m_services.mailWatcher,
            &MailboxWatcher::addAddress);
}

void MainWindow::openEstablishment(const QString &siret) {
    auto *dialog =
        openModeless(new EstablishmentDialog(m_services.client, siret, m_user.displayName, this));
    connect(dialog, &EstablishmentDialog::sessionExpired, this, &MainWindow::onSessionExpired);
    connect(dialog, &EstablishmentDialog::saved, this, &MainWindow::refreshEstablishments);
}

void MainWindow::openUsers(const QString &siret) {
    auto *dialog = openModeless(new UsersDialog(m_services.client, siret, this));
    connect(dialog, &UsersDialog::sessionExpired, this, &MainWindow::onSessionExpired);
    connect(dialog, &UsersDialog::userAdded, m_services.mailWatcher, &MailboxWatcher::addAddress);
}

void MainWindow::openMailbox() {
    if (!m_mailbox)
        m_mailbox = new MailboxWindow(m_services.mailModel, m_services.mailWatcher, this);
    m_mailbox->show();
    m_mailbox->raise();
    m_mailbox->activateWindow();
    m_services.mailWatcher->refresh();
}

PortfolioWindow *MainWindow::openPortfolio() {
    if (!m_portfolio) {
        m_portfolio = new PortfolioWindow(*m_services.store, computer(), this);
        connect(m_portfolio, &PortfolioWindow::openClaimRequested, this, &MainWindow::openClaim);
        connect(m_portfolio, &PortfolioWindow::createClaimRequested, this,
                &MainWindow::createClaim);
    }
    m_portfolio->setOnline(isLoggedIn() ? m_services.client : nullptr, workspace()->onlineSirets());
    m_portfolio->refresh();
    m_portfolio->show();
    m_portfolio->raise();
    m_portfolio->activateWindow();
    return m_portfolio;
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("À propos d'AP Desk"),
        tr("<p><b>AP Desk %1</b></p><p>Préparation des demandes d'indemnisation d'activité "
           "partielle.</p><p>Service de l'ASP : %2</p><p>Données : %3</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_services.client->baseUrl().toString().toHtmlEscaped(),
                 QDir::toNativeSeparators(m_services.store->path()).toHtmlEscaped()));
}

} // namespace apdesk::ui
