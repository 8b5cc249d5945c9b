#include "httpmessage.h"

#include <QJsonDocument>

namespace apdesk::aspsim {

QByteArray HttpRequest::bearerToken() const {
    static const QByteArray prefix("bearer ");
    if (authorization.size() <= prefix.size() ||
        authorization.left(prefix.size()).toLower() != prefix) {
        return {};
    }
    return authorization.mid(prefix.size()).trimmed();
}

HttpReply HttpReply::json(int status, const QJsonObject &object) {
    return bytes(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                 "application/json; charset=utf-8");
}

HttpReply HttpReply::noContent(int status) {
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpReply HttpReply::bytes(int status, QByteArray body, QByteArray contentType) {
    HttpReply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.contentType = std::move(contentType);
    return reply;
}

QJsonObject HttpReply::jsonObject() const {
    return QJsonDocument::fromJson(body).object();
}

} // namespace apdesk::aspsim
