#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace apdesk::aspsim {

// What a route handler sees of a request: a plain copy, so that handlers never depend on
// QHttpServerRequest (whose API and lifetime differ between Qt 6.4 and 6.8) and so that the copy
// can travel to a worker thread.
struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray simAdmin; // the X-Sim-Admin header (ServiceConfig::adminSecret)

    // The token of an "Authorization: Bearer TOKEN" header, empty when there is none.
    QByteArray bearerToken() const;
};

// What a route handler answers.
struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply noContent(int status = 204);
    static HttpReply bytes(int status, QByteArray body, QByteArray contentType);

    QJsonObject jsonObject() const;
};

} // namespace apdesk::aspsim
