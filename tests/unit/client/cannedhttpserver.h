#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A loopback HTTP server that answers every request with one canned response (late, or never),
// to test the client's handling of answers the real service gives rarely: timeouts, 503, non-JSON.
// It records the last request's raw bytes.
class CannedHttpServer final : public QTcpServer {
public:
    explicit CannedHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    lastRequest += socket->readAll();
                    if (!lastRequest.contains("\r\n\r\n") || silent)
                        return;
                    const qsizetype headerEnd = lastRequest.indexOf("\r\n\r\n") + 4;
                    const qsizetype lengthAt = lastRequest.toLower().indexOf("content-length:");
                    if (lengthAt >= 0) {
                        const qsizetype eol = lastRequest.indexOf("\r\n", lengthAt);
                        const int length =
                            lastRequest.mid(lengthAt + 15, eol - lengthAt - 15).trimmed().toInt();
                        if (lastRequest.size() < headerEnd + length)
                            return;
                    }
                    const auto reply = [this, socket] {
                        ++answersSent;
                        socket->write(response);
                        socket->disconnectFromHost();
                    };
                    if (delayMs > 0)
                        QTimer::singleShot(delayMs, socket, reply);
                    else
                        reply();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    void answer(int status, const QByteArray &reason, const QByteArray &body,
                const QByteArray &contentType = "application/json") {
        response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        if (!body.isEmpty())
            response += "Content-Type: " + contentType + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) +
                    "\r\nConnection: close\r\n\r\n" + body;
    }

    QByteArray response;
    QByteArray lastRequest;
    bool silent = false; // accept the connection, never answer
    int delayMs = 0;     // answer this late (after a client's timeout, to test late answers)
    int answersSent = 0; // answers written (or due: the client may have hung up by then)
};
