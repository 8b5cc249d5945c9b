#include "jsontransport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace apdesk::client {

namespace {
using Answer = Outcome<QJsonDocument>;
} // namespace

JsonTransport::JsonTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl)) {}

void JsonTransport::setBaseUrl(const QUrl &url) {
    m_baseUrl = url;
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &call : held)
        send(call.method, call.path, call.body, call.done);
}

void JsonTransport::send(const QByteArray &method, const QString &path, const QJsonDocument &body,
                         Callback<QJsonDocument> done) {
    if (!m_network) {
        done(Answer::fail(ApiError::unreachable(QStringLiteral("no network access manager"))));
        return;
    }
    if (m_baseUrl.isEmpty()) {
        m_held.append({method, path, body, std::move(done)});
        return;
    }
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_adminSecret.isEmpty() && path.startsWith(QLatin1String("/sim/")))
        request.setRawHeader("X-Sim-Admin", m_adminSecret);
    QByteArray payload;
    if (!body.isNull()) {
        payload = body.toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    reply->setParent(this); // aborted and never answered if the client goes away first
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { finish(reply, done); });
}

void JsonTransport::finish(QNetworkReply *reply, const Callback<QJsonDocument> &done) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();

    if (status == 0) {
        // No HTTP answer at all: timeout (transfer timeout cancels the reply) or no connection.
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError)
            done(Answer::fail(ApiError::timeout((m_timeoutMs + 999) / 1000)));
        else
            done(Answer::fail(ApiError::unreachable(reply->errorString())));
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument document =
        bytes.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(bytes, &parseError);
    if (!bytes.isEmpty() && parseError.error != QJsonParseError::NoError) {
        done(Answer::fail(status == 503 ? ApiError::fromResponse(503, {})
                                        : ApiError::protocol(status, parseError.errorString())));
        return;
    }
    if (status >= 200 && status < 300) {
        done(Answer::ok(document));
        return;
    }
    done(Answer::fail(ApiError::fromResponse(status, document.object())));
}

} // namespace apdesk::client
