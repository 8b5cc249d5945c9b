// The HTTP contract of the simulated service: error shape, malformed requests, unknown routes,
// offline mode, admin routes on or off, the OpenAPI document, the clock.
#include "simharness.h"

#include "aspsim/userstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <limits>

namespace {

// The failed logins the service has recorded for an identifier, read from its database on a
// connection of our own (-1 when it cannot be read just now).
int recordedFailures(const QString &databasePath, const QString &identifier) {
    const QString name = QStringLiteral("recorded-failures");
    int failures = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT failures FROM login_throttle WHERE identifier_key = ?"));
            query.addBindValue(apdesk::aspsim::UserStore::throttleKeyOf(identifier));
            if (query.exec()) {
                failures = query.next() ? query.value(0).toInt() : 0;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failures;
}

} // namespace

class TestAspsimHttp final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        QCOMPARE(m_sim->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sim->service().port() > 0);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void malformedRequestsGetAClearErrorNeverACrash_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("field");
        const QString sessions = QStringLiteral("/api/v1/sessions");
        QTest::newRow("empty body") << sessions << QByteArray() << 400 << "invalid_request"
                                    << "";
        QTest::newRow("blank body") << sessions << QByteArray(" \n ") << 400 << "invalid_request"
                                    << "";
        QTest::newRow("truncated JSON")
            << sessions << QByteArray("{\"identifier\":") << 400 << "invalid_json"
            << "";
        QTest::newRow("not JSON") << sessions << QByteArray("identifier=a&password=b") << 400
                                  << "invalid_json"
                                  << "";
        QTest::newRow("array") << sessions << QByteArray("[1, 2]") << 400 << "invalid_request"
                               << "";
        QTest::newRow("invalid UTF-8")
            << sessions << QByteArray("{\"identifier\": \"\xff\xfe\"}") << 400 << "invalid_json"
            << "";
        QTest::newRow("number for a text")
            << sessions << QByteArray("{\"identifier\": 12, \"password\": \"x\"}") << 400
            << "invalid_request"
            << "identifier";
        QTest::newRow("object for a text")
            << sessions << QByteArray("{\"identifier\": \"a\", \"password\": {\"x\": 1}}") << 400
            << "invalid_request"
            << "password";
        QTest::newRow("missing fields") << sessions << QByteArray("{}") << 400 << "missing_fields"
                                        << "identifier";
        QTest::newRow("null fields")
            << sessions << QByteArray("{\"identifier\": null, \"password\": null}") << 400
            << "missing_fields"
            << "password";
        QTest::newRow("unknown fields are ignored")
            << sessions << QByteArray("{\"identifier\": \"\", \"password\": \"\", \"extra\": [1]}")
            << 400 << "missing_fields"
            << "identifier";
        QTest::newRow("over 1 MiB") << sessions
                                    << (QByteArray("{\"identifier\": \"") +
                                        QByteArray(1024 * 1024 + 10, 'a') + QByteArray("\"}"))
                                    << 413 << "payload_too_large"
                                    << "";
        QTest::newRow("terms box as text")
            << QStringLiteral("/api/v1/spaces")
            << QByteArray("{\"siret\": \"35600000000048\", \"cguAccepted\": \"oui\"}") << 400
            << "invalid_request"
            << "cguAccepted";
        QTest::newRow("establishment as text")
            << QStringLiteral("/api/v1/account-requests")
            << QByteArray("{\"registrationToken\": \"x\", \"establishment\": \"Boulangerie\"}")
            << 400 << "invalid_request"
            << "establishment";
        QTest::newRow("nested field of the wrong type")
            << QStringLiteral("/api/v1/account-requests")
            << QByteArray("{\"registrationToken\": \"x\", \"contact\": {\"phone\": 145678901}}")
            << 400 << "invalid_request"
            << "contact.phone";
        QTest::newRow("challenge result as text")
            << QStringLiteral("/api/v1/password-resets")
            << QByteArray(
                   "{\"identifier\": \"AP1\", \"challengeId\": \"x\", \"challengeResult\": \"12\"}")
            << 400 << "invalid_request"
            << "challengeResult";
        QTest::newRow("challenge result with a fraction")
            << QStringLiteral("/api/v1/password-resets")
            << QByteArray(
                   "{\"identifier\": \"AP1\", \"challengeId\": \"x\", \"challengeResult\": 1.5}")
            << 400 << "invalid_request"
            << "challengeResult";
        QTest::newRow("clock moved by text")
            << QStringLiteral("/sim/clock") << QByteArray("{\"advanceSeconds\": \"60\"}") << 400
            << "invalid_request"
            << "advanceSeconds";
        QTest::newRow("clock moved backwards")
            << QStringLiteral("/sim/clock") << QByteArray("{\"advanceSeconds\": -60}") << 400
            << "invalid_fields"
            << "advanceSeconds";
        QTest::newRow("network switch as text")
            << QStringLiteral("/sim/network") << QByteArray("{\"online\": \"no\"}") << 400
            << "invalid_request"
            << "online";
    }
    void malformedRequestsGetAClearErrorNeverACrash() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, field);
        const auto reply = m_sim->call("POST", path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error(), error);
        QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        if (!field.isEmpty()) {
            QVERIFY2(!reply.fieldMessage(field).isEmpty(), reply.body.constData());
        }
        // The service is still there.
        QCOMPARE(m_sim->get(QStringLiteral("/sim/health")).status, 200);
    }

    // Issue 17: a web page can post text/plain or a form to a local port without the browser
    // asking first, never application/json; the JSON routes take nothing else.
    void jsonRoutesTakeApplicationJsonOnly_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("text/plain") << QByteArray("text/plain") << 415;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << 415;
        QTest::newRow("none") << QByteArray() << 415;
        QTest::newRow("json with a charset")
            << QByteArray("Application/JSON; charset=utf-8") << 401;
    }
    void jsonRoutesTakeApplicationJsonOnly() {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const QByteArray body = R"({"identifier": "AP0000000", "password": "Mauvais1!"})";
        const auto reply =
            m_sim->call("POST", QStringLiteral("/api/v1/sessions"), body, {}, contentType);
        QCOMPARE(reply.status, status);
        if (status == 415) {
            QCOMPARE(reply.error(), QStringLiteral("unsupported_media_type"));
            QVERIFY2(reply.message().contains("application/json"), reply.body.constData());
        }
    }

    // Issue 17: the program's embedded service opens its /sim routes (temporary passwords in
    // the mailbox, the clock that lifts a lockout) to the program that started it only.
    void anAdminSecretClosesTheSimRoutesToOthers() {
        const QByteArray secret = apdesk::aspsim::EmbeddedService::newAdminSecret();
        QCOMPARE(secret.size(), 43);
        SimHarness guarded(true, 0, {}, {}, false, secret);
        QVERIFY2(guarded.isRunning(), qPrintable(guarded.errorString()));
        for (const char *path :
             {"/sim/mailbox?to=a%40b.fr", "/sim/clock", "/sim/health", "/sim/captcha/latest"}) {
            const auto refused = guarded.get(QString::fromLatin1(path));
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.error(), QStringLiteral("admin_secret_required"));
        }
        guarded.setAdminHeader(secret.left(42) + 'x');
        QCOMPARE(guarded.post(QStringLiteral("/sim/clock"), {{"advanceSeconds", 1800}}).status,
                 403);
        QCOMPARE(guarded.get(QStringLiteral("/sim/clock")).json.value("offsetSeconds").toInt(), 0);
        // The public routes do not ask for it.
        QCOMPARE(guarded.get(QStringLiteral("/api/v1/challenges")).status, 200);

        guarded.setAdminHeader(secret);
        QCOMPARE(guarded.get(QStringLiteral("/sim/mailbox?to=a%40b.fr")).status, 200);
        QCOMPARE(guarded.post(QStringLiteral("/sim/clock"), {{"advanceSeconds", 1800}}).status,
                 200);

        // The clock moves 100 years at most in all: no number of moves overflows it.
        const qint64 sixtyYears = qint64(60) * 365 * 24 * 3600;
        QCOMPARE(
            guarded.post(QStringLiteral("/sim/clock"), {{"advanceSeconds", sixtyYears}}).status,
            200);
        const auto tooFar =
            guarded.post(QStringLiteral("/sim/clock"), {{"advanceSeconds", sixtyYears}});
        QCOMPARE(tooFar.status, 400);
        QVERIFY2(tooFar.fieldMessage("advanceSeconds").contains("100 ans"),
                 tooFar.body.constData());
        const auto huge =
            guarded.post(QStringLiteral("/sim/clock"),
                         {{"advanceSeconds", double(std::numeric_limits<qint64>::max())}});
        QCOMPARE(huge.status, 400);
        QCOMPARE(guarded.get(QStringLiteral("/sim/clock")).json.value("offsetSeconds").toInteger(),
                 1800 + sixtyYears);
    }

    void unknownPathsAnswer404AndWrongMethods405() {
        const auto unknown = m_sim->get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.error(), QStringLiteral("not_found"));
        const auto wrongMethod = m_sim->get(QStringLiteral("/api/v1/sessions"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.error(), QStringLiteral("method_not_allowed"));
        QCOMPARE(m_sim->call("PUT", QStringLiteral("/api/v1/captcha")).status, 405);
    }

    void servesItsOpenApiDocumentWithEveryRoute() {
        const auto reply = m_sim->get(QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("openapi")).toString().startsWith(u"3."));
        const QJsonObject paths = reply.json.value(QStringLiteral("paths")).toObject();
        for (const char *path : {"/api/v1/captcha",
                                 "/api/v1/captcha/question",
                                 "/api/v1/spaces",
                                 "/api/v1/account-requests",
                                 "/api/v1/sessions",
                                 "/api/v1/sessions/current",
                                 "/api/v1/password",
                                 "/api/v1/secret",
                                 "/api/v1/challenges",
                                 "/api/v1/password-resets",
                                 "/api/v1/password-resets/{resetId}/answer",
                                 "/api/v1/identifier-recoveries",
                                 "/api/v1/identifier-recoveries/{recoveryId}/answer",
                                 "/api/v1/establishments",
                                 "/api/v1/establishments/{siret}",
                                 "/api/v1/establishments/{siret}/users",
                                 "/api/v1/establishments/{siret}/decisions",
                                 "/api/v1/openapi.json",
                                 "/sim/decisions",
                                 "/sim/mailbox",
                                 "/sim/clock",
                                 "/sim/captcha/{id}",
                                 "/sim/captcha/latest",
                                 "/sim/network",
                                 "/sim/health"}) {
            QVERIFY2(paths.contains(QLatin1String(path)), path);
        }
    }

    void offlineModeAnswers503OnEveryApiRoute() {
        const auto off =
            m_sim->post(QStringLiteral("/sim/network"), {{QStringLiteral("online"), false}});
        QCOMPARE(off.status, 200);
        for (const char *path : {"/api/v1/captcha", "/api/v1/challenges", "/api/v1/openapi.json",
                                 "/api/v1/establishments"}) {
            const auto reply = m_sim->get(QLatin1String(path));
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.error(), QStringLiteral("service_unavailable"));
        }
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/sessions"), {}).status, 503);
        const auto health = m_sim->get(QStringLiteral("/sim/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("online")).toBool(), false);
        QCOMPARE(
            m_sim->post(QStringLiteral("/sim/network"), {{QStringLiteral("online"), true}}).status,
            200);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/challenges")).status, 200);
    }

    void theClockMovesOnlyForward() {
        const auto before = m_sim->get(QStringLiteral("/sim/clock"));
        const auto moved = m_sim->advanceClock(3600);
        QCOMPARE(moved.status, 200);
        const QDateTime was = QDateTime::fromString(
            before.json.value(QStringLiteral("serviceTime")).toString(), Qt::ISODate);
        const QDateTime is = QDateTime::fromString(
            moved.json.value(QStringLiteral("serviceTime")).toString(), Qt::ISODate);
        QVERIFY(was.secsTo(is) >= 3600);
        QVERIFY(was.secsTo(is) < 3700);
        QCOMPARE(moved.json.value(QStringLiteral("offsetSeconds")).toInteger(),
                 before.json.value(QStringLiteral("offsetSeconds")).toInteger() + 3600);
    }

    void aClientThatHangsUpMidRequestIsForgotten() {
        // Two logins whose clients close the connection at once: their Argon2 verification
        // still runs, and its answer must not be written to the sockets QHttpServer deleted.
        const QByteArray body = "{\"identifier\": \"AP1234567\", \"password\": \"x\"}";
        const QByteArray request = "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (int i = 0; i < 2; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_sim->service().port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request);
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort();
        }
        // The service still answers others meanwhile.
        const auto after = m_sim->post(QStringLiteral("/api/v1/sessions"),
                                       {{QStringLiteral("identifier"), QStringLiteral("AP7654321")},
                                        {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(after.status, 401);
        QCOMPARE(m_sim->get(QStringLiteral("/sim/health")).status, 200);
        // Both hung-up attempts are handled and counted. Not necessarily before the login above:
        // the service may read that one first, and its workers verify in parallel, so wait for
        // them (else the third attempt's verification could end first and answer 401).
        QTRY_COMPARE_WITH_TIMEOUT(
            recordedFailures(m_sim->databasePath(), QStringLiteral("AP1234567")), 2, 30000);
        // This third failure locks the identifier.
        const auto third = m_sim->post(QStringLiteral("/api/v1/sessions"),
                                       {{QStringLiteral("identifier"), QStringLiteral("AP1234567")},
                                        {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(third.status, 423);
        m_sim->advanceClock(1800);
    }

    void aClockCanBeSharedWithTheEmbeddingProgram() {
        auto clock = std::make_shared<apdesk::aspsim::SimClock>();
        SimHarness shared(false, 3600, {}, clock);
        QVERIFY(shared.isRunning());
        clock->advance(7200);
        QCOMPARE(clock->offsetSecs(), 7200);
        const auto session = shared.post(QStringLiteral("/api/v1/sessions"),
                                         {{QStringLiteral("identifier"), QStringLiteral("AP1")},
                                          {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(session.status, 401);
        // Lock AP1, then move the shared clock past the lock: the service sees the same time.
        shared.post(QStringLiteral("/api/v1/sessions"),
                    {{QStringLiteral("identifier"), QStringLiteral("AP1")},
                     {QStringLiteral("password"), QStringLiteral("x")}});
        const auto locked = shared.post(QStringLiteral("/api/v1/sessions"),
                                        {{QStringLiteral("identifier"), QStringLiteral("AP1")},
                                         {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(locked.status, 423);
        clock->advance(1800);
        const auto unlocked = shared.post(QStringLiteral("/api/v1/sessions"),
                                          {{QStringLiteral("identifier"), QStringLiteral("AP1")},
                                           {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(unlocked.status, 401);
    }

    void withoutAdminTheSimRoutesDoNotExist() {
        SimHarness plain(false);
        QVERIFY(plain.isRunning());
        for (const char *path : {"/sim/health", "/sim/mailbox", "/sim/captcha/latest"}) {
            QCOMPARE(plain.get(QLatin1String(path)).status, 404);
        }
        QCOMPARE(plain.post(QStringLiteral("/sim/clock"), {{QStringLiteral("advanceSeconds"), 1}})
                     .status,
                 404);
        QCOMPARE(plain.get(QStringLiteral("/api/v1/challenges")).status, 200);
    }

    void twoServicesRunSideBySideAndStopCleanly() {
        SimHarness other;
        QVERIFY(other.isRunning());
        QVERIFY(other.service().port() != m_sim->service().port());
        other.service().stop();
        QVERIFY(!other.service().isRunning());
        QCOMPARE(m_sim->get(QStringLiteral("/sim/health")).status, 200);
    }

    // Stopped while its workers still verify passwords (the program closed during a login):
    // the service lets them end and delivers their answers before it takes its HTTP side down
    // (in a debug build, Qt 6.4 aborted on a continuation whose context was gone: every run).
    void stopsCleanlyWhileVerificationsRun() {
        SimHarness other;
        QVERIFY(other.isRunning());
        QList<std::shared_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 6; ++i) {
            const QByteArray body =
                "{\"identifier\": \"AP000000" + QByteArray::number(i) + "\", \"password\": \"x\"}";
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, other.service().port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(socket->waitForBytesWritten(5000));
            clients << socket;
        }
        // One verification done: the others, two workers for six logins, are still running.
        const auto failuresSoFar = [&other] {
            int sum = 0;
            for (int i = 0; i < 6; ++i)
                sum += std::max(
                    0, recordedFailures(other.databasePath(), QStringLiteral("AP000000%1").arg(i)));
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(failuresSoFar() >= 1, 30000);
        other.service().stop();
        QVERIFY(!other.service().isRunning());
        QCOMPARE(m_sim->get(QStringLiteral("/sim/health")).status, 200);
    }

    // The program starts its embedded service once its window is painted, without blocking:
    // begin() returns at once, opened() comes on the caller's thread, and the service answers;
    // a database that cannot be opened is said the same way, and stop() during the opening waits
    // for it rather than racing it.
    void theServiceOpensInTheBackgroundAndSaysWhenItIsOpen() {
        QTemporaryDir dir;
        apdesk::aspsim::EmbeddedService service;
        apdesk::aspsim::ServiceConfig config;
        config.databasePath = dir.filePath(QStringLiteral("asp.sqlite"));
        QSignalSpy opened(&service, &apdesk::aspsim::EmbeddedService::opened);
        service.begin(config);
        QVERIFY(opened.wait(10000));
        QVERIFY(service.waitUntilStarted());
        QVERIFY(service.isRunning());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(socket.waitForConnected(5000));

        QFile bad(dir.filePath(QStringLiteral("bad.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a database");
        bad.close();
        apdesk::aspsim::EmbeddedService failing;
        config.databasePath = bad.fileName();
        QSignalSpy failed(&failing, &apdesk::aspsim::EmbeddedService::opened);
        failing.begin(config);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failing.waitUntilStarted());
        QVERIFY(!failing.errorString().isEmpty());
        // Asked again (the program's fallback timer): no second try, no second announcement.
        failing.begin(config);
        QVERIFY(!failed.wait(300));
        QCOMPARE(failed.count(), 1);

        apdesk::aspsim::EmbeddedService stoppedEarly;
        config.databasePath = dir.filePath(QStringLiteral("early.sqlite"));
        stoppedEarly.begin(config);
        stoppedEarly.stop();
        QVERIFY(!stoppedEarly.isRunning());
    }

    void aDatabaseThatIsNotOneIsReportedNotOverwritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, and it must stay as it is");
        file.close();
        apdesk::aspsim::EmbeddedService service;
        apdesk::aspsim::ServiceConfig config;
        config.databasePath = path;
        QVERIFY(!service.start(config));
        QVERIFY(!service.errorString().isEmpty());
        QVERIFY(!service.isRunning());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("this is not a database, and it must stay as it is"));
    }

private:
    std::unique_ptr<SimHarness> m_sim;
};

QTEST_MAIN(TestAspsimHttp)
#include "test_aspsim_http.moc"
