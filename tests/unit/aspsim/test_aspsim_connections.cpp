// What a stranger's connections may cost the simulated service (issue 17): idle sockets are
// closed, a body announced larger than any request is refused before it is read, a connection
// that keeps sending is cut, and connections beyond the bound are answered 503 at once. Raw
// sockets on loopback, since a well-behaved HTTP client never does any of this.
#include "aspsim/embeddedservice.h"
#include "aspsim/serviceconfig.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace apdesk::aspsim;

class TestAspsimConnections final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        ServiceConfig config;
        config.databasePath = m_dir.filePath(QStringLiteral("service.sqlite"));
        config.admin = true;
        config.limits.maxConnections = 4;
        config.limits.idleTimeoutMs = 700;
        config.limits.requestTimeoutMs = 1500;
        QVERIFY2(m_service.start(config), qPrintable(m_service.errorString()));
    }
    void cleanupTestCase() { m_service.stop(); }

    void idleConnectionsAreClosed() {
        QTcpSocket socket;
        QVERIFY2(connectTo(socket), qPrintable(socket.errorString()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(socket.waitForDisconnected(10000));
        QVERIFY(timer.elapsed() >= 500);
        QVERIFY(healthy());
    }

    void aRequestDrippedWithinTheIdleTimeoutIsCutAtItsDeadline() {
        QTcpSocket socket;
        QVERIFY2(connectTo(socket), qPrintable(socket.errorString()));
        // One byte every 300 ms keeps the 700 ms idle timer from firing; the request's 1.5 s
        // deadline closes it with a 408 all the same.
        const QByteArray request = "GET /sim/health HTTP/1.1\r\nHost: localhost\r\n";
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        for (qsizetype i = 0; i < request.size(); ++i) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            socket.write(request.mid(i, 1));
            socket.waitForBytesWritten(1000);
            if (socket.waitForReadyRead(300))
                answer += socket.readAll();
            if (!answer.isEmpty())
                break;
        }
        answer += readUntilClosed(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(answer.contains("request_timeout"));
        QVERIFY(timer.elapsed() >= 1400);
        QVERIFY(timer.elapsed() < 8000);
        QVERIFY(healthy());
    }

    void aBodyAnnouncedTooLargeIsRefusedBeforeItIsRead() {
        QTcpSocket socket;
        QVERIFY2(connectTo(socket), qPrintable(socket.errorString()));
        // 400 MiB announced, none sent: the answer comes at once.
        socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nContent-Length: 419430400\r\n\r\n");
        const QByteArray answer = readUntilClosed(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("payload_too_large"));
        QVERIFY(healthy());
    }

    void aClaimMayBeLargerThanAnyOtherRequest() {
        // 3 MiB: refused before it is read on any route but the one that receives claims (20,000
        // employees take some 12 MiB), where it is read whole and answered (no session: 401).
        const QByteArray body(3 * 1024 * 1024, ' ');
        const QByteArray head = "Host: localhost\r\nContent-Type: application/json\r\n"
                                "Content-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n";
        QTcpSocket other;
        QVERIFY2(connectTo(other), qPrintable(other.errorString()));
        other.write("POST /api/v1/sessions HTTP/1.1\r\n" + head);
        QVERIFY(readUntilClosed(other).startsWith("HTTP/1.1 413"));

        QTcpSocket claim;
        QVERIFY2(connectTo(claim), qPrintable(claim.errorString()));
        claim.write("POST /api/v1/establishments/73282932000074/claims HTTP/1.1\r\n" + head);
        claim.write(body);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 20000 &&
               claim.state() == QAbstractSocket::ConnectedState) {
            if (claim.waitForReadyRead(200))
                answer += claim.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
        QVERIFY(healthy());
    }

    void aConnectionThatKeepsSendingIsCut() {
        QTcpSocket socket;
        QVERIFY2(connectTo(socket), qPrintable(socket.errorString()));
        // No length announced (chunked): cut once more than any request has arrived.
        socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
        bool cut = false;
        for (int i = 0; i < 64 && !cut; ++i) { // up to 4 MiB
            socket.write(chunk);
            socket.waitForBytesWritten(2000);
            cut = socket.state() != QAbstractSocket::ConnectedState ||
                  socket.waitForDisconnected(50);
        }
        QVERIFY(cut || socket.waitForDisconnected(5000));
        QVERIFY(healthy());
    }

    void connectionsBeyondTheBoundAreAnswered503() {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            QVERIFY2(connectTo(*held.back()),
                     qPrintable(QStringLiteral("held connection %1 of 4: %2")
                                    .arg(i + 1)
                                    .arg(held.back()->errorString())));
        }
        QTest::qWait(200); // the service accepts them
        QTcpSocket extra;
        QVERIFY2(connectTo(extra), qPrintable(extra.errorString()));
        const QByteArray answer = readUntilClosed(extra);
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains("too_many_connections"));
        held.clear();
        QTRY_VERIFY_WITH_TIMEOUT(healthy(), 10000);
    }

private:
    // Checked by the caller (QVERIFY2 naming the connection): a QVERIFY in here would name only
    // this line, and return only from here.
    [[nodiscard]] bool connectTo(QTcpSocket &socket) {
        socket.connectToHost(m_service.url().host(), quint16(m_service.url().port()));
        return socket.waitForConnected(5000);
    }

    static QByteArray readUntilClosed(QTcpSocket &socket) {
        QByteArray all;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(200))
                all += socket.readAll();
            if (socket.state() == QAbstractSocket::UnconnectedState) {
                all += socket.readAll();
                break;
            }
        }
        return all;
    }

    // GET /sim/health on a new connection answers 200.
    bool healthy() {
        QTcpSocket socket;
        socket.connectToHost(m_service.url().host(), quint16(m_service.url().port()));
        if (!socket.waitForConnected(5000))
            return false;
        socket.write("GET /sim/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        return readUntilClosed(socket).startsWith("HTTP/1.1 200");
    }

    QTemporaryDir m_dir;
    EmbeddedService m_service;
};

QTEST_MAIN(TestAspsimConnections)
#include "test_aspsim_connections.moc"
