// AspClient::fetchDecisions: typed decisions from the real simulated service (seeded, over
// loopback HTTP), the service's refusals as they are, and answers that break the contract
// (from a canned server) as a clean protocol failure.
#include "cannedhttpserver.h"

#include "aspsim/embeddedservice.h"
#include "client/aspclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using namespace apdesk::client;

namespace {

using Decisions = QList<Decision>;

Outcome<Decisions> fetch(AspClient &client, const QString &siret) {
    std::optional<Outcome<Decisions>> result;
    client.fetchDecisions(siret, [&](const Outcome<Decisions> &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return Outcome<Decisions>::fail(ApiError::timeout(15));
    return *result;
}

const QString password = QStringLiteral("Mon-mot2passe");
const QString mine = QStringLiteral("73282932000074");
const QString theirs = QStringLiteral("35600000000048");

QJsonObject user(const QString &identifier, const QString &email) {
    return {{QStringLiteral("identifier"), identifier},
            {QStringLiteral("password"), password},
            {QStringLiteral("firstName"), QStringLiteral("Luc")},
            {QStringLiteral("lastName"), QStringLiteral("Bernard")},
            {QStringLiteral("email"), email},
            {QStringLiteral("secretQuestion"), QStringLiteral("Ville ?")},
            {QStringLiteral("secretAnswer"), QStringLiteral("Lyon")}};
}

QJsonObject establishment(const QString &siret, const QString &identifier) {
    const QJsonObject contact{{QStringLiteral("lastName"), QStringLiteral("Bernard")},
                              {QStringLiteral("firstName"), QStringLiteral("Luc")},
                              {QStringLiteral("email"), QStringLiteral("luc@exemple.fr")},
                              {QStringLiteral("phone"), QStringLiteral("04 72 00 00 02")}};
    return {{QStringLiteral("siret"), siret},
            {QStringLiteral("name"), QStringLiteral("Garage Bernard")},
            {QStringLiteral("street"), QStringLiteral("3 rue Neuve")},
            {QStringLiteral("postalCode"), QStringLiteral("69001")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("email"), QStringLiteral("garage@exemple.fr")},
            {QStringLiteral("phone"), QStringLiteral("04 72 00 00 01")},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("users"), QJsonArray{identifier}}};
}

QJsonObject decision(const QString &siret, const QString &start, const QString &end,
                     const QString &code) {
    return {{QStringLiteral("siret"), siret},
            {QStringLiteral("periodStart"), start},
            {QStringLiteral("periodEnd"), end},
            {QStringLiteral("form"), 3},
            {QStringLiteral("scheme"), QStringLiteral("apld")},
            {QStringLiteral("motive"), 1},
            {QStringLiteral("authorisedHours"), QStringLiteral("1234.5")},
            {QStringLiteral("authorisedHeadcount"), 12},
            {QStringLiteral("secretCode"), code}};
}

// A well-formed answer of one decision, to break field by field.
QJsonObject answerDecision() {
    return {{QStringLiteral("number"), QStringLiteral("DEC-73282932000074-001")},
            {QStringLiteral("siret"), mine},
            {QStringLiteral("periodStart"), QStringLiteral("2026-01-01")},
            {QStringLiteral("periodEnd"), QStringLiteral("2026-12-31")},
            {QStringLiteral("form"), 1},
            {QStringLiteral("scheme"), QStringLiteral("common")},
            {QStringLiteral("motive"), 5},
            {QStringLiteral("authorisedHours"), QStringLiteral("10000.00")},
            {QStringLiteral("authorisedHeadcount"), 50},
            {QStringLiteral("secretCode"), QStringLiteral("ABCDEFGH23")},
            {QStringLiteral("decidedAt"), QStringLiteral("2026-03-15T10:00:00Z")}};
}

QByteArray answerWith(const QJsonValue &decisions) {
    return QJsonDocument(QJsonObject{{QStringLiteral("decisions"), decisions}}).toJson();
}

} // namespace

class TestAspClientDecisions final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_network.setProxy(QNetworkProxy::NoProxy);
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{user(QStringLiteral("AP0000001"), QStringLiteral("luc@exemple.fr")),
                        user(QStringLiteral("AP0000002"), QStringLiteral("eve@exemple.fr"))}},
            {QStringLiteral("establishments"),
             QJsonArray{establishment(mine, QStringLiteral("AP0000001")),
                        establishment(theirs, QStringLiteral("AP0000002"))}},
            {QStringLiteral("decisions"),
             QJsonArray{decision(mine, "2025-04-01", "2025-09-30", "K7M9P2R4T6"),
                        decision(mine, "2025-10-01", "2026-03-31", "ABCDEFGH23"),
                        decision(theirs, "2025-01-01", "2025-12-31", "ZZZZZZZZZ2")}}};
        aspsim::ServiceConfig config;
        config.databasePath = m_dir.filePath(QStringLiteral("asp.sqlite"));
        config.seedJson = QJsonDocument(seed).toJson();
        QVERIFY2(m_service.start(config), qPrintable(m_service.errorString()));
        m_client = std::make_unique<AspClient>(&m_network, m_service.url());
    }

    void cleanupTestCase() {
        m_client.reset();
        m_service.stop();
    }

    void withoutASessionTheServiceRefuses() {
        const auto refused = fetch(*m_client, mine);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, ApiError::Kind::Service);
        QCOMPARE(refused.error().httpStatus, 401);
        QCOMPARE(refused.error().code, QStringLiteral("not_authenticated"));
    }

    void theDecisionsComeBackTypedLatestFirst() {
        std::optional<Outcome<Session>> session;
        m_client->login(QStringLiteral("AP0000001"), password,
                        [&](const Outcome<Session> &outcome) { session = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 15000);
        QVERIFY(session->isOk());
        m_client->setSessionToken(session->value().token);

        const auto fetched = fetch(*m_client, mine);
        QVERIFY2(fetched.isOk(), qPrintable(fetched.isOk() ? QString() : fetched.error().message));
        const Decisions &list = fetched.value();
        QCOMPARE(list.size(), 2);
        const Decision &latest = list.at(0);
        QCOMPARE(latest.number, QStringLiteral("DEC-%1-002").arg(mine));
        QCOMPARE(latest.siret, mine);
        QCOMPARE(latest.periodStart, QDate(2025, 10, 1));
        QCOMPARE(latest.periodEnd, QDate(2026, 3, 31));
        QCOMPARE(latest.form, 3);
        QCOMPARE(latest.scheme, QStringLiteral("apld"));
        QCOMPARE(latest.motive, 1);
        QCOMPARE(latest.authorisedHours, 123450);
        QCOMPARE(latest.authorisedHeadcount, 12);
        QCOMPARE(latest.secretCode, QStringLiteral("ABCDEFGH23"));
        QVERIFY(latest.decidedAt.isValid());
        QCOMPARE(latest.decidedAt.timeSpec(), Qt::UTC);
        QCOMPARE(list.at(1).secretCode, QStringLiteral("K7M9P2R4T6"));
        QCOMPARE(list.at(1).periodStart, QDate(2025, 4, 1));
    }

    void anotherUsersEstablishmentIsUnknown() {
        const auto refused = fetch(*m_client, theirs);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, ApiError::Kind::Service);
        QCOMPARE(refused.error().httpStatus, 404);
        QCOMPARE(refused.error().code, QStringLiteral("unknown_establishment"));
        QVERIFY(!refused.error().message.isEmpty());
    }

    void aContractBreakingAnswerFailsCleanly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>proxy</html>");
        QTest::newRow("no list") << QByteArray("{}");
        QTest::newRow("list not an array") << answerWith(QJsonObject());
        QTest::newRow("decision not an object") << answerWith(QJsonArray{42});
        const QList<std::pair<const char *, QJsonValue>> broken{
            {"number", QString()},
            {"siret", QStringLiteral("7328293200007")},
            {"periodStart", QStringLiteral("01/01/2026")},
            {"periodEnd", QStringLiteral("2025-12-31")},
            {"form", 5},
            {"form", QStringLiteral("1")},
            {"scheme", QStringLiteral("droit commun")},
            {"motive", 1.5},
            {"authorisedHours", 10000},
            {"authorisedHours", QStringLiteral("10 000,00")},
            {"authorisedHeadcount", QJsonValue()},
            {"secretCode", QStringLiteral("ABC")},
            {"decidedAt", QStringLiteral("hier")},
        };
        for (const auto &[field, value] : broken) {
            QJsonObject d = answerDecision();
            d.insert(QLatin1String(field), value);
            QTest::addRow("%s = %s", field,
                          QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).data())
                << answerWith(QJsonArray{answerDecision(), d});
        }
        QJsonObject missing = answerDecision();
        missing.remove(QStringLiteral("secretCode"));
        QTest::newRow("secretCode missing") << answerWith(QJsonArray{missing});
    }

    void aContractBreakingAnswerFailsCleanly() {
        QFETCH(QByteArray, body);
        CannedHttpServer server;
        server.answer(200, "OK", body);
        AspClient client(&m_network,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        const auto outcome = fetch(client, mine);
        QVERIFY(!outcome.isOk());
        QCOMPARE(outcome.error().kind, ApiError::Kind::Protocol);
        QVERIFY(!outcome.error().message.isEmpty());
        QVERIFY(server.lastRequest.startsWith(
            QStringLiteral("GET /api/v1/establishments/%1/decisions ").arg(mine).toLatin1()));
    }

    void theCannedWellFormedAnswerIsAccepted() {
        CannedHttpServer server;
        server.answer(200, "OK", answerWith(QJsonArray{answerDecision()}));
        AspClient client(&m_network,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        const auto outcome = fetch(client, mine);
        QVERIFY(outcome.isOk());
        QCOMPARE(outcome.value().size(), 1);
        QCOMPARE(outcome.value().at(0).authorisedHours, 1000000);
        QCOMPARE(outcome.value().at(0).decidedAt,
                 QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    }

private:
    QTemporaryDir m_dir;
    aspsim::EmbeddedService m_service;
    QNetworkAccessManager m_network;
    std::unique_ptr<AspClient> m_client;
};

QTEST_MAIN(TestAspClientDecisions)
#include "test_aspclient_decisions.moc"
