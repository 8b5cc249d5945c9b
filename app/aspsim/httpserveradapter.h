#pragma once

#include "connectionlimits.h"
#include "httpmessage.h"

#include <QFuture>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QHttpServer;
class QTcpServer;

namespace apdesk::aspsim {

// The one place that touches QHttpServer, whose API changed in Qt 6.8 (route() and the missing
// handler's signature, listen() removed, bind() returning bool): the service's own Router does all
// the routing, this class only turns requests into HttpRequest copies and writes HttpReply answers,
// possibly later (a QFuture), checking the connection is still there when the answer is ready.
class HttpServerAdapter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerAdapter)

public:
    using Handler = std::function<QFuture<HttpReply>(const HttpRequest &)>;

    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // Listens on address:port (0 = a port the system picks), each connection held to `limits`;
    // returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const ConnectionLimits &limits);
    QString errorString() const { return m_error; }

private:
    Handler m_handler;
    QHttpServer *m_server = nullptr;
    QTcpServer *m_tcp = nullptr;
    QString m_error;
};

} // namespace apdesk::aspsim
