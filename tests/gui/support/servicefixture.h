#pragma once

#include <atomic>

#include "app/appservices.h"
#include "aspsim/embeddedservice.h"
#include "client/aspclient.h"
#include "client/memorycredentialstore.h"
#include "mail/mailboxmodel.h"
#include "mail/mailboxwatcher.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// Everything a GUI test needs to drive real screens against the real simulated service:
// the service embedded on its own thread (admin routes on, its database in a temporary folder),
// a client, a local store file, settings, an in-memory keyring and the mailbox. Admin calls
// (captcha answers, mails, the clock) are made synchronously for the test's convenience.
class ServiceFixture final {
public:
    ServiceFixture();
    ~ServiceFixture();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    apdesk::ui::AppServices services();
    apdesk::client::AspClient &client() { return *m_client; }
    apdesk::client::MemoryCredentialStore &credentials() { return m_credentials; }
    QSettings &settings() { return *m_settings; }
    QString dataDir() const { return m_dir.path(); }

    // Admin routes and plain calls, waited for.
    QJsonObject get(const QString &path);
    QJsonObject send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     int *status = nullptr, const QByteArray &token = {});
    QString latestCaptchaAnswer();
    // The id of the latest picture or question drawn.
    QString latestCaptchaId();
    QJsonArray mailsTo(const QString &email);
    // The service's clock (its delays, lockouts and instruction steps).
    void advanceClock(qint64 seconds);
    // This computer's clock as the program's store reads it (the outbox's retry times).
    void advanceStoreClock(qint64 seconds) { m_storeClockOffset += seconds; }
    void setOnline(bool online);

    // The text between the brackets of the mail whose subject contains `subjectPart`.
    QString bracketedValueInMail(const QString &email, const QString &subjectPart);

    struct Account {
        QString identifier;
        QString password;
        QString email;
    };
    // A validated account for a new SIRET, through the service's routes (no screen): returns the
    // identifiant and temporary password read from the mails. `firstLogin` also completes the
    // first login with `newPassword` so the account is ready to use.
    Account createAccount(const QString &siret, const QString &email,
                          const QString &newPassword = {});

private:
    QTemporaryDir m_dir;
    apdesk::aspsim::EmbeddedService m_service;
    QNetworkAccessManager m_network;
    std::unique_ptr<apdesk::client::AspClient> m_client;
    std::unique_ptr<apdesk::client::AspClient> m_adminClient;
    std::unique_ptr<apdesk::store::Store> m_store;
    std::unique_ptr<QSettings> m_settings;
    apdesk::client::MemoryCredentialStore m_credentials;
    apdesk::ui::MailboxModel m_mailModel;
    std::unique_ptr<apdesk::ui::MailboxWatcher> m_mailWatcher;
    std::atomic<qint64> m_storeClockOffset = 0;
    bool m_ready = false;
    QString m_error;
};

// A SIRET that passes the Luhn check, different for each n.
QString validSiret(int n);
