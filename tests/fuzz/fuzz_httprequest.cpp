// The simulated service's HTTP request path, as a stranger on the machine reaches it: raw bytes
// written to a loopback connection of the service as the program embeds it (admin routes on, demo
// decisions, one seeded account), through GuardedTcpServer, QHttpServer's parser, the router, the
// routes and their JSON input. The connection is then half-closed and read to its end; a service
// that stops accepting or never closes the connection is a finding too (the fuzzer's -timeout).
#include "aspsim/embeddedservice.h"
#include "aspsim/serviceconfig.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>

namespace {

constexpr char seed[] = R"({
  "users": [{"identifier": "AP0000001", "password": "Sylae2020!", "firstName": "Luc",
             "lastName": "Bernard", "email": "luc@exemple.fr", "phone": "01 45 67 89 01",
             "secretQuestion": "Ville ?", "secretAnswer": "Lyon",
             "firstLoginDone": true, "mustChangePassword": false}],
  "establishments": [{"siret": "73282932000074", "name": "Boulangerie Martin",
                      "street": "12 rue des Lilas", "streetComplement": "", "postalCode": "75011",
                      "city": "Paris", "email": "contact@exemple.fr", "phone": "01 45 67 89 01",
                      "contact": {"lastName": "Martin", "firstName": "Jeanne",
                                  "email": "jeanne@exemple.fr", "phone": "09 87 65 43 21"},
                      "users": ["AP0000001"]}]
})";

struct Fixture {
    QTemporaryDir dir;
    apdesk::aspsim::EmbeddedService service;
};

Fixture *fixture = nullptr;

[[noreturn]] void fail(const char *what) {
    std::fprintf(stderr, "fuzz_httprequest: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // The captcha's picture is drawn with fonts: a QGuiApplication, on no screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    fixture = new Fixture; // lives as long as the process: the fuzzer never returns from main
    apdesk::aspsim::ServiceConfig config;
    config.databasePath = fixture->dir.filePath(QStringLiteral("service.sqlite"));
    config.admin = true;
    config.demoDecisions = true;
    config.seedJson = seed;
    config.limits.idleTimeoutMs = 2000;
    config.limits.requestTimeoutMs = 2000;
    if (!fixture->service.start(config))
        fail(qPrintable(fixture->service.errorString()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), fixture->service.port());
    if (!socket.waitForConnected(5000))
        fail("the service no longer accepts connections");
    socket.write(reinterpret_cast<const char *>(data), qint64(size));
    while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForBytesWritten(1000);
    // Half-closed: the service reads what was sent to its end, answers and closes.
    ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (timer.elapsed() > 8000)
            fail("the service kept a half-closed connection open for 8 s");
        socket.waitForReadyRead(100);
        socket.readAll();
    }
    return 0;
}
