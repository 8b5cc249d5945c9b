#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace apdesk::client {

// The HTTP + JSON layer under AspClient: one request, one answer, always asynchronous, always
// within the timeout. A successful answer (2xx) hands back its JSON document (empty for 204);
// anything else becomes an ApiError.
class JsonTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTransport)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    JsonTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    // A transport made without an address holds its calls until it is given one (the embedded
    // service opens after the window is shown); they then leave in order.
    void setBaseUrl(const QUrl &url);
    // The session's bearer token, sent with every request while set.
    void setBearerToken(const QByteArray &token) { m_token = token; }
    const QByteArray &bearerToken() const { return m_token; }
    // The embedded service's admin secret, sent (X-Sim-Admin) with requests to its /sim routes.
    void setAdminSecret(const QByteArray &secret) { m_adminSecret = secret; }

    // path is relative to the base URL ("/api/v1/sessions", possibly with a query).
    void send(const QByteArray &method, const QString &path, const QJsonDocument &body,
              Callback<QJsonDocument> done);

private:
    struct Held {
        QByteArray method;
        QString path;
        QJsonDocument body;
        Callback<QJsonDocument> done;
    };
    void finish(QNetworkReply *reply, const Callback<QJsonDocument> &done);

    QList<Held> m_held; // calls made before the address was known
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    QByteArray m_adminSecret;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace apdesk::client
