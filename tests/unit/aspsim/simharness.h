#pragma once

#include "aspsim/embeddedservice.h"
#include "aspsim/simclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A simulated service started through the embedding API on a free loopback port, with its
// database in a temporary folder, and a QNetworkAccessManager that talks real HTTP to it.
class SimHarness final {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error() const { return json.value(QStringLiteral("error")).toString(); }
        QString message() const { return json.value(QStringLiteral("message")).toString(); }
        // The message given for a field, empty when none.
        QString fieldMessage(const QString &field) const;
        QByteArray header(const QByteArray &name) const;
    };

    // admin: the /sim routes; seed: JSON for ServiceConfig::seedJson.
    // clock: a clock shared with the test (null: the service's own).
    // demoDecisions: ServiceConfig::demoDecisions.
    explicit SimHarness(bool admin = true, qint64 validationDelaySecs = 0,
                        const QByteArray &seed = {},
                        std::shared_ptr<apdesk::aspsim::SimClock> clock = {},
                        bool demoDecisions = false, const QByteArray &adminSecret = {},
                        const std::function<void(apdesk::aspsim::ServiceConfig &)> &adjust = {});
    ~SimHarness();
    // Sent as X-Sim-Admin with every call() from now on (empty: none).
    void setAdminHeader(const QByteArray &value) { m_adminHeader = value; }

    bool isRunning() const { return m_service.isRunning(); }
    QString errorString() const { return m_service.errorString(); }
    QUrl url() const { return m_service.url(); }
    apdesk::aspsim::EmbeddedService &service() { return m_service; }
    QNetworkAccessManager &network() { return m_network; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("service.sqlite")); }

    // `contentType` empty: no Content-Type header at all.
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &token = {},
               const QByteArray &contentType = QByteArrayLiteral("application/json"));
    Reply post(const QString &path, const QJsonObject &json, const QByteArray &token = {});
    Reply get(const QString &path, const QByteArray &token = {});

    // Several POSTs sent at once, each on its own connection (one QNetworkAccessManager each, so
    // that none waits for a free connection), then a GET of probePath on another one. The replies
    // in the same order, the probe's, and whether the probe finished before the last POST.
    struct Parallel {
        QList<Reply> replies;
        Reply probe;
        bool probeFinishedFirst = false;
    };
    Parallel postAll(const QString &path, const QList<QJsonObject> &bodies,
                     const QString &probePath);

    // The space flow: captcha (its answer read from /sim/captcha), POST /spaces; the token.
    QString registrationToken(const QString &siret, const QByteArray &bearer = {});
    // A complete, valid account request body for the token.
    static QJsonObject accountRequest(const QString &token, const QString &contactEmail,
                                      const QString &secretAnswer = QStringLiteral("Rex"));
    // registrationToken() then POST /account-requests; the reply of the latter.
    Reply requestAccount(const QString &siret, const QString &contactEmail,
                         const QByteArray &bearer = {});
    QJsonArray mails(const QString &to);
    Reply advanceClock(qint64 seconds);

    // A new account, validated, with its first login done (password changed to newPassword):
    // returns the identifier.
    QString readyAccount(const QString &siret, const QString &email, const QString &newPassword);
    // POST /sessions; the token ("" on failure).
    QByteArray login(const QString &identifier, const QString &password);

    // The text between the first [ and ] of a mail body.
    static QString bracketed(const QString &body);
    // A valid SIRET (Luhn on the SIREN and on the SIRET), distinct for each n.
    static QString siret(int n);

private:
    QByteArray m_adminHeader;
    QTemporaryDir m_dir;
    apdesk::aspsim::EmbeddedService m_service;
    QNetworkAccessManager m_network;
};
