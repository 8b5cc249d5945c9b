#include "loginpage.h"

#include "client/aspclient.h"
#include "client/credentialstore.h"
#include "widgets/credentiallineedit.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

const QString rememberedIdentifierKey = QStringLiteral("login/rememberedIdentifier");

QString countdownText(qint64 seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LoginPage::LoginPage(client::AspClient *client, client::CredentialStore *credentials,
                     QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_lockTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("loginPage"));

    auto *title = new QLabel(tr("Mon espace personnel"), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_identifier = new CredentialLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    m_password = new CredentialLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Se souvenir de moi"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_login = new QPushButton(tr("Se connecter"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(labelFor(m_identifier, tr("&Identifiant"), this), m_identifier);
    form->addRow(labelFor(m_password, tr("Mot de &passe"), this), m_password);
    form->addRow(QString(), m_remember);

    QPushButton *forgotPassword = linkButton(tr("Mot de passe"), this);
    forgotPassword->setObjectName(QStringLiteral("forgotPasswordLink"));
    forgotPassword->setToolTip(tr("Mot de passe oublié : recevoir un nouveau mot de passe"));
    QPushButton *forgotIdentifier = linkButton(tr("J'ai oublié mon identifiant"), this);
    forgotIdentifier->setObjectName(QStringLiteral("forgotIdentifierLink"));
    auto *links = new QHBoxLayout;
    links->addWidget(forgotPassword);
    links->addWidget(forgotIdentifier);
    links->addStretch();

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    auto *createIntro = new QLabel(tr("Votre établissement n'a pas encore d'espace ?"), this);
    auto *createSpace = new QPushButton(tr("CRÉER MON ESPACE"), this);
    createSpace->setObjectName(QStringLiteral("createSpaceButton"));
    createSpace->setAutoDefault(false);
    m_offline = new QPushButton(tr("Travailler hors ligne"), this);
    m_offline->setObjectName(QStringLiteral("workOfflineButton"));
    m_offline->setAutoDefault(false);
    m_offline->setToolTip(tr("Préparer les demandes sur cet ordinateur sans se connecter ; ce qui "
                             "demande le service vous invitera à vous connecter."));

    auto *card = new QWidget(this);
    card->setMaximumWidth(520);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_login, 0, Qt::AlignLeft);
    cardLayout->addLayout(links);
    cardLayout->addWidget(m_message);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(separator);
    cardLayout->addWidget(createIntro);
    cardLayout->addWidget(createSpace, 0, Qt::AlignLeft);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_offline, 0, Qt::AlignLeft);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    setTabOrder(m_identifier, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_login);
    setTabOrder(m_login, forgotPassword);
    setTabOrder(forgotPassword, forgotIdentifier);
    setTabOrder(forgotIdentifier, createSpace);
    setTabOrder(createSpace, m_offline);

    connect(m_login, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_identifier, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(createSpace, &QPushButton::clicked, this, &LoginPage::createSpaceRequested);
    connect(forgotPassword, &QPushButton::clicked, this,
            [this] { emit forgotPasswordRequested(m_identifier->text().trimmed()); });
    connect(forgotIdentifier, &QPushButton::clicked, this, &LoginPage::forgotIdentifierRequested);
    connect(m_offline, &QPushButton::clicked, this, &LoginPage::workOfflineRequested);
    m_lockTimer->setInterval(1000);
    connect(m_lockTimer, &QTimer::timeout, this, &LoginPage::updateLockCountdown);

    restoreRemembered();
}

LoginPage::~LoginPage() = default;

void LoginPage::showInformation(const QString &text) {
    showMessage(m_message, text, MessageTone::Success);
}

void LoginPage::reset() {
    m_password->clear();
    setBusy(false);
    (m_identifier->text().isEmpty() ? m_identifier : m_password)->setFocus();
}

void LoginPage::restoreRemembered() {
    const QString identifier = m_settings->value(rememberedIdentifierKey).toString();
    m_identifier->setText(identifier);
    m_remember->setChecked(!identifier.isEmpty());

    // Until the keyring has answered, the option cannot be trusted: disable it meanwhile.
    m_remember->setEnabled(false);
    m_credentials->probe(
        client::within(this, [this, identifier](const client::CredentialStore::Result &probe) {
            if (probe.status == client::CredentialStore::Status::Unavailable) {
                m_remember->setChecked(false);
                m_remember->setToolTip(probe.message);
                return;
            }
            m_remember->setEnabled(true);
            m_remember->setToolTip(tr(
                "L'identifiant est gardé dans les préférences, le mot de passe dans le trousseau "
                "sécurisé du système."));
            if (identifier.isEmpty())
                return;
            m_credentials->read(
                identifier, client::within(this, [this, identifier](const auto &read) {
                    if (read.status == client::CredentialStore::Status::Ok &&
                        m_identifier->text() == identifier && m_password->text().isEmpty())
                        m_password->setText(read.secret);
                }));
        }));
}

void LoginPage::setBusy(bool busy) {
    m_busy = busy;
    // A lockout's countdown does not disable the button: the service is the authority (its clock
    // may differ from this computer's, or an administrator may have unlocked the account), so
    // a try is always sent and the service's answer shown.
    m_login->setEnabled(!busy);
    m_identifier->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_login->setText(busy ? tr("Connexion en cours…") : tr("Se connecter"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LoginPage::submit() {
    if (m_busy)
        return;
    const QString identifier = m_identifier->text().trimmed();
    const QString password = m_password->text();
    if (identifier.isEmpty() || password.isEmpty()) {
        showMessage(m_message, tr("Saisissez votre identifiant et votre mot de passe."),
                    MessageTone::Error);
        (identifier.isEmpty() ? m_identifier : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_lockTimer->stop(); // the service's answer will say whether the lock holds
    showMessage(m_message, tr("Connexion au service de l'ASP…"), MessageTone::Neutral);
    m_client->login(identifier, password,
                    client::within(this, [this, identifier, password](
                                             const client::Outcome<client::Session> &outcome) {
                        setBusy(false);
                        if (!outcome.isOk()) {
                            onLoginFailed(outcome.error());
                            return;
                        }
                        showMessage(m_message, QString(), MessageTone::Neutral);
                        rememberAfterLogin(identifier, password);
                        m_password->clear();
                        emit loggedIn(identifier, password, outcome.value());
                    }));
}

void LoginPage::rememberAfterLogin(const QString &identifier, const QString &password) {
    const QString previous = m_settings->value(rememberedIdentifierKey).toString();
    if (m_remember->isEnabled() && m_remember->isChecked()) {
        m_settings->setValue(rememberedIdentifierKey, identifier);
        m_credentials->write(identifier, password, [](const auto &) {});
    } else {
        m_settings->remove(rememberedIdentifierKey);
    }
    if (!previous.isEmpty() && (previous != identifier || !m_remember->isChecked()))
        m_credentials->remove(previous, [](const auto &) {});
}

void LoginPage::onLoginFailed(const client::ApiError &error) {
    if (error.code == QLatin1String("locked")) {
        startLockCountdown(error.body.value(QStringLiteral("retryAfterSeconds")).toInt());
        return;
    }
    QString text = error.message;
    if (error.code == QLatin1String("bad_credentials")) {
        const int left = error.body.value(QStringLiteral("attemptsLeft")).toInt(-1);
        if (left >= 0)
            text +=
                QLatin1Char(' ') +
                tr("Il vous reste %n tentative(s) avant le verrouillage du compte.", nullptr, left);
        m_password->clear();
        m_password->setFocus();
    }
    showMessage(m_message, text, MessageTone::Error);
    if (error.isUnreachable())
        m_offline->setFocus();
}

void LoginPage::startLockCountdown(int seconds) {
    m_lockDeadline.setRemainingTime(qint64(qMax(seconds, 0)) * 1000);
    m_password->clear();
    m_lockTimer->start();
    updateLockCountdown();
}

void LoginPage::updateLockCountdown() {
    const qint64 remainingMs = m_lockDeadline.remainingTime();
    if (remainingMs <= 0) {
        m_lockTimer->stop();
        showMessage(m_message, tr("Vous pouvez de nouveau vous connecter."), MessageTone::Neutral);
        return;
    }
    showMessage(m_message,
                tr("Votre compte est verrouillé après 3 essais infructueux. Nouvel essai possible "
                   "dans %1.")
                    .arg(countdownText((remainingMs + 999) / 1000)),
                MessageTone::Error);
}

} // namespace apdesk::ui
