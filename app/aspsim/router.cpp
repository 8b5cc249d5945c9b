#include "router.h"

#include "apierror.h"

#include <QFuture>

namespace apdesk::aspsim {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler) {
    QString regex = QRegularExpression::escape(pattern);
    // escape() turned "{name}" into "\{name\}".
    static const QRegularExpression placeholder(QStringLiteral(R"(\\\{[A-Za-z]+\\\})"));
    regex.replace(placeholder, QStringLiteral("([^/]+)"));
    m_routes.append({method, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')),
                     std::move(handler)});
}

void Router::addSync(const QByteArray &method, const QString &pattern, SyncHandler handler) {
    add(method, pattern,
        [handler = std::move(handler)](const HttpRequest &request, const Params &params) {
            return QtFuture::makeReadyFuture(handler(request, params));
        });
}

bool Router::knowsPath(const QString &path) const {
    for (const Route &route : m_routes) {
        if (route.path.match(path).hasMatch()) {
            return true;
        }
    }
    return false;
}

QFuture<HttpReply> Router::dispatch(const HttpRequest &request) const {
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.path.match(request.path);
        if (!match.hasMatch()) {
            continue;
        }
        pathKnown = true;
        if (route.method != request.method) {
            continue;
        }
        Params params;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
            params.append(QUrl::fromPercentEncoding(match.captured(i).toUtf8()));
        }
        return route.handler(request, params);
    }
    if (pathKnown) {
        return QtFuture::makeReadyFuture(
            apierror::reply(405, QStringLiteral("method_not_allowed"),
                            tr("La méthode %1 n'est pas acceptée sur %2.")
                                .arg(QString::fromLatin1(request.method), request.path)));
    }
    return QtFuture::makeReadyFuture(
        apierror::reply(404, QStringLiteral("not_found"),
                        tr("Aucune ressource à l'adresse %1.").arg(request.path)));
}

} // namespace apdesk::aspsim
