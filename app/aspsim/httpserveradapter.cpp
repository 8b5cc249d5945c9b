#include "httpserveradapter.h"

#include "guardedtcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace apdesk::aspsim {

namespace {

HttpRequest copyOf(const QHttpServerRequest &request) {
    HttpRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        copy.method = "PUT";
        break;
    case QHttpServerRequest::Method::Patch:
        copy.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        copy.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        copy.method = "OPTIONS";
        break;
    default:
        copy.method = "OTHER";
        break;
    }
    copy.path = request.url().path();
    copy.query = request.query();
    copy.body = request.body();
    copy.authorization = request.value("authorization");
    copy.contentType = request.value("content-type");
    copy.simAdmin = request.value("x-sim-admin");
    return copy;
}

void write(QHttpServerResponder &responder, const HttpReply &reply) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    if (!reply.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", reply.contentType);
    }
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QHttpServer(this)) {
    // No QHttpServer routes: every request reaches the "missing" handler, whose signature is the
    // one difference between Qt 6.4 (responder by rvalue) and 6.8 (by lvalue, with a context).
    auto onRequest = [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        QFuture<HttpReply> future = m_handler(copyOf(request));
        if (future.isFinished()) {
            write(responder, future.result());
            return;
        }
        // The socket may close (client timeout) before the answer is ready: QHttpServer then
        // deletes it, so only write through a socket that still exists.
        QPointer<QTcpSocket> socket = responder.socket();
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        future.then(this, [socket, kept](const HttpReply &reply) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                write(*kept, reply);
            }
        });
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_server->setMissingHandler(this, onRequest);
#else
    m_server->setMissingHandler(
        [onRequest](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, responder);
        });
#endif
}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listen(const QHostAddress &address, quint16 port,
                                  const ConnectionLimits &limits) {
    auto *tcp = new GuardedTcpServer(limits, m_server);
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return 0;
    }
    // bind() returns void before Qt 6.8 and bool from 6.8; the listening server cannot fail it.
    m_tcp = tcp;
    m_server->bind(m_tcp);
    return m_tcp->serverPort();
}

} // namespace apdesk::aspsim
