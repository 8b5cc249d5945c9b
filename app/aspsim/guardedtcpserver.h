#pragma once

#include "connectionlimits.h"

#include <QTcpServer>

class QTcpSocket;

namespace apdesk::aspsim {

// The listening socket under QHttpServer, which watches each connection before QHttpServer reads
// it: QHttpServer (Qt 6.4) keeps idle connections for ever and reads a whole body, whatever its
// size, before the service can refuse it. Answers it writes itself (413, 503) have the service's
// JSON error shape.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket);

    ConnectionLimits m_limits;
    int m_open = 0;
};

} // namespace apdesk::aspsim
