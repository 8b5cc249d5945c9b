#include "cannedhttpserver.h"
#include "client/aspclient.h"
#include "client/jsontransport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace apdesk::client;

namespace {

template <typename T> struct Waiter {
    std::optional<Outcome<T>> outcome;
    int calls = 0;
    Callback<T> callback() {
        return [this](const Outcome<T> &o) {
            outcome = o;
            ++calls;
        };
    }
    bool wait(int ms = 5000) {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, ms);
    }
};

QUrl urlOf(const QTcpServer &server) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
}

} // namespace

class TestJsonTransport final : public QObject {
    Q_OBJECT

private slots:
    // The program builds its window before its embedded service opens: a client made without an
    // address holds its calls, sends nothing, and sends them in order once it is given one.
    void aClientWithoutAnAddressHoldsItsCallsUntilItHasOne() {
        CannedHttpServer server;
        server.answer(200, "OK", R"({"id":"c1","operation":"7 + 5"})");
        QNetworkAccessManager network;
        AspClient client(&network, QUrl());
        Waiter<Challenge> first;
        Waiter<Challenge> second;
        client.fetchChallenge(first.callback());
        client.fetchChallenge(second.callback());
        QVERIFY(!first.wait(300));
        QVERIFY(!second.outcome);
        QVERIFY(server.lastRequest.isEmpty());
        client.setBaseUrl(urlOf(server));
        QVERIFY(first.wait());
        QVERIFY(second.wait());
        QVERIFY(first.outcome->isOk());
        QVERIFY(second.outcome->isOk());
        QCOMPARE(first.calls + second.calls, 2);
        QCOMPARE(server.answersSent, 2);
    }

    void anAnswerOf2xxHandsBackItsJson() {
        CannedHttpServer server;
        server.answer(200, "OK", R"({"id":"c1","operation":"7 + 5"})");
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.outcome->isOk());
        QCOMPARE(waiter.outcome->value().id, QStringLiteral("c1"));
        QCOMPARE(waiter.outcome->value().operation, QStringLiteral("7 + 5"));
        QVERIFY(server.lastRequest.startsWith("GET /api/v1/challenges HTTP/1.1"));
    }

    void sendsJsonAndTheBearerToken() {
        CannedHttpServer server;
        server.answer(204, "No Content", {});
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        client.setSessionToken("tok123");
        Waiter<Done> waiter;
        client.setSecret(QStringLiteral("Ville de naissance ?"), QStringLiteral("Metz"),
                         waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.outcome->isOk());
        QVERIFY(server.lastRequest.startsWith("POST /api/v1/secret HTTP/1.1"));
        QVERIFY(server.lastRequest.contains("Authorization: Bearer tok123"));
        QVERIFY(server.lastRequest.toLower().contains("content-type: application/json"));
        QVERIFY(server.lastRequest.contains(R"("secretAnswer":"Metz")"));
    }

    void aServiceErrorCarriesItsCodeMessageFieldsAndExtras() {
        CannedHttpServer server;
        server.answer(
            401, "Unauthorized",
            R"({"error":"bad_credentials","message":"Identifiant ou mot de passe incorrect.",)"
            R"("attemptsLeft":2,"fields":[{"field":"password","message":"Incorrect"}]})");
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        Waiter<Session> waiter;
        client.login(QStringLiteral("jdupont"), QStringLiteral("x"), waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(!waiter.outcome->isOk());
        const ApiError &error = waiter.outcome->error();
        QCOMPARE(error.kind, ApiError::Kind::Service);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("bad_credentials"));
        QCOMPARE(error.message, QStringLiteral("Identifiant ou mot de passe incorrect."));
        QCOMPARE(error.body.value(QStringLiteral("attemptsLeft")).toInt(), 2);
        QCOMPARE(error.fieldMessage(QStringLiteral("password")), QStringLiteral("Incorrect"));
        QVERIFY(!error.isUnreachable());
    }

    void serviceOfflineIs503AndCountsAsUnreachable() {
        CannedHttpServer server;
        server.answer(503, "Service Unavailable",
                      R"({"error":"offline","message":"Service indisponible."})");
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.outcome->error().isUnreachable());
        QCOMPARE(waiter.outcome->error().httpStatus, 503);
    }

    void aClosedPortIsUnreachableWithAnOfflineHint() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there any more
        QNetworkAccessManager network;
        AspClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Unreachable);
        QVERIFY(waiter.outcome->error().message.contains(QStringLiteral("hors ligne")));
    }

    void aSilentServiceTimesOutOnce() {
        CannedHttpServer server;
        server.silent = true;
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        client.setTimeoutMs(300);
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Timeout);
        QVERIFY(waiter.outcome->error().isUnreachable());
        QTest::qWait(400);
        QCOMPARE(waiter.calls, 1);
    }

    // The answer arrives after the timeout has answered: the caller hears the timeout only.
    void aLateAnswerIsNotDeliveredAfterTheTimeout() {
        CannedHttpServer server;
        server.answer(200, "OK", R"({"id":"late","operation":"1 + 1"})");
        server.delayMs = 600;
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        client.setTimeoutMs(200);
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Timeout);
        // The server's answer goes out at 600 ms; give it time to arrive if it were read.
        QTRY_COMPARE(server.answersSent, 1);
        QTest::qWait(300);
        QCOMPARE(waiter.calls, 1);
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Timeout);
    }

    void anAnswerThatIsNotJsonIsAProtocolError() {
        CannedHttpServer server;
        server.answer(500, "Internal Server Error", "<html>oops</html>", "text/html");
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        Waiter<Challenge> waiter;
        client.fetchChallenge(waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Protocol);
        QVERIFY(!waiter.outcome->error().message.isEmpty());
    }

    void anIncompleteSuccessIsAProtocolError() {
        CannedHttpServer server;
        server.answer(200, "OK", R"({"mustChangePassword":true})"); // no token
        QNetworkAccessManager network;
        AspClient client(&network, urlOf(server));
        Waiter<Session> waiter;
        client.login(QStringLiteral("a"), QStringLiteral("b"), waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.outcome->error().kind, ApiError::Kind::Protocol);
    }

    void aDestroyedClientNeverAnswers() {
        CannedHttpServer server;
        server.answer(200, "OK", R"({"id":"late","operation":"1 + 1"})");
        server.delayMs = 300;
        QNetworkAccessManager network;
        Waiter<Challenge> waiter;
        {
            AspClient client(&network, urlOf(server));
            // Short, so that the wait below outlasts both the timeout and the late answer: a
            // request that survived its client would have answered by then, one way or the other.
            client.setTimeoutMs(150);
            client.fetchChallenge(waiter.callback());
            QTest::qWait(50);
        }
        QTRY_COMPARE(server.answersSent, 1);
        QTest::qWait(200);
        QCOMPARE(waiter.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonTransport)
#include "test_jsontransport.moc"
