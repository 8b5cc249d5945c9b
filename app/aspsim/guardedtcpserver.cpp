#include "guardedtcpserver.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace apdesk::aspsim {

namespace {

constexpr qsizetype maxHeaderBytes = 16 * 1024;

// An HTTP answer written straight to the socket, the connection closed after it.
void answerAndClose(QTcpSocket *socket, int status, const QByteArray &reason,
                    const HttpReply &reply) {
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    bytes += "Content-Type: application/json\r\nConnection: close\r\n";
    bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    bytes += reply.body;
    socket->write(bytes);
    socket->flush();
    socket->disconnectFromHost();
}

// The Content-Length of a request's headers, -1 when there is none.
qint64 contentLength(const QByteArray &headers) {
    for (const QByteArray &line : headers.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

} // namespace

bool ConnectionLimits::sendsClaim(const QByteArray &requestLine) {
    static const QRegularExpression pattern(
        QStringLiteral("^POST /api/v1/establishments/[^/ ?]+/claims[ ?]"));
    return pattern.match(QString::fromLatin1(requestLine)).hasMatch();
}

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_open >= m_limits.maxConnections) {
        answerAndClose(socket, 503, "Service Unavailable",
                       apierror::reply(503, QStringLiteral("too_many_connections"),
                                       tr("Le service reçoit trop de connexions : réessayez dans "
                                          "un instant.")));
        QTimer::singleShot(1000, socket, &QTcpSocket::abort);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    guard(socket);
    addPendingConnection(socket);
}

// Connected before QHttpServer's own slots, so these run first on each socket.
void GuardedTcpServer::guard(QTcpSocket *socket) {
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start();
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(m_limits.requestTimeoutMs);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        answerAndClose(socket, 408, "Request Timeout",
                       apierror::reply(408, QStringLiteral("request_timeout"),
                                       tr("La requête est arrivée trop lentement.")));
        QTimer::singleShot(1000, socket, &QTcpSocket::abort);
    });

    // What arrived since the last answer, and the start of the request until its headers end.
    struct Request {
        qint64 received = 0;
        qint64 limit = 0; // what this request may send: set once its request line is read
        QByteArray head;
        bool headRead = false;
        bool refused = false;
    };
    auto request = std::make_shared<Request>();
    connect(socket, &QTcpSocket::bytesWritten, socket, [idle, deadline, request] {
        idle->start();
        deadline->stop(); // answered: the next request has its own time
        *request = Request{};
    });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle, deadline, request] {
        idle->start();
        if (request->received == 0)
            deadline->start();
        const qint64 available = socket->bytesAvailable();
        request->received += available;
        const qint64 limit = request->limit > 0 ? request->limit : m_limits.maxRequestBytes;
        if (request->received > limit && !request->refused) {
            socket->abort(); // more than any request, and no answer asked for it
            return;
        }
        if (request->headRead || request->refused)
            return;
        request->head += socket->peek(qMin<qint64>(available, maxHeaderBytes - request->head.size()));
        const qsizetype end = request->head.indexOf("\r\n\r\n");
        if (end < 0 && request->head.size() < maxHeaderBytes)
            return;
        request->headRead = true;
        request->limit =
            ConnectionLimits::sendsClaim(request->head.left(request->head.indexOf('\n')))
                ? m_limits.maxClaimRequestBytes
                : m_limits.maxRequestBytes;
        if (contentLength(request->head.left(end)) > request->limit - end - 4) {
            request->refused = true;
            answerAndClose(
                socket, 413, "Payload Too Large",
                apierror::reply(
                    413, QStringLiteral("payload_too_large"),
                    tr("La requête dépasse %1 Mio.").arg(request->limit / (1024 * 1024))));
            QTimer::singleShot(1000, socket, &QTcpSocket::abort);
        }
    });
}

} // namespace apdesk::aspsim
