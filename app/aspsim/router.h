#pragma once

#include "httpmessage.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace apdesk::aspsim {

// Dispatches requests to handlers by method and path. Our own router (rather than QHttpServer's)
// so that routing is the same on every Qt version, unknown paths and wrong methods answer in the
// contract's error shape (404 / 405), and handlers may answer later through a QFuture.
class Router final {
    Q_DECLARE_TR_FUNCTIONS(Router)

public:
    using Params = QStringList;
    using Handler = std::function<QFuture<HttpReply>(const HttpRequest &, const Params &)>;
    using SyncHandler = std::function<HttpReply(const HttpRequest &, const Params &)>;

    // pattern: "/api/v1/establishments/{siret}/users"; each {name} matches one path segment and is
    // passed to the handler in order.
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void addSync(const QByteArray &method, const QString &pattern, SyncHandler handler);

    QFuture<HttpReply> dispatch(const HttpRequest &request) const;

    // Whether some route matches the path (for any method).
    bool knowsPath(const QString &path) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace apdesk::aspsim
