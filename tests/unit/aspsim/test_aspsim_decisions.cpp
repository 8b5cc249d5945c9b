// Decisions (autorisations): the establishment's list and who may read it, the admin route that
// grants one, the seed's decisions, and the demo decision of a new establishment.
#include "simharness.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString password = QStringLiteral("Mon-mot2passe");
// SimHarness::accountRequest's establishment e-mail: where decisions are notified.
const QString establishmentEmail = QStringLiteral("contact@boulangerie.fr");
const QRegularExpression codePattern(QStringLiteral("^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{10}$"));

QJsonObject decisionBody(const QString &siret, const QString &start, const QString &end) {
    return {{QStringLiteral("siret"), siret},
            {QStringLiteral("periodStart"), start},
            {QStringLiteral("periodEnd"), end},
            {QStringLiteral("form"), 3},
            {QStringLiteral("scheme"), QStringLiteral("apld")},
            {QStringLiteral("motive"), 1},
            {QStringLiteral("authorisedHours"), QStringLiteral("1234.5")},
            {QStringLiteral("authorisedHeadcount"), 12}};
}

QJsonArray decisionsOf(SimHarness &sim, const QString &siret, const QByteArray &token) {
    return sim.get(QStringLiteral("/api/v1/establishments/%1/decisions").arg(siret), token)
        .json.value(QStringLiteral("decisions"))
        .toArray();
}

// The decision mails of the inbox.
QJsonArray decisionMails(SimHarness &sim, const QString &to) {
    QJsonArray found;
    for (const QJsonValue &mail : sim.mails(to)) {
        if (mail.toObject().value("subject").toString().contains(u"notification de décision")) {
            found.append(mail);
        }
    }
    return found;
}

QJsonObject seed() {
    const QJsonObject user{{QStringLiteral("identifier"), QStringLiteral("AP0000001")},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("firstName"), QStringLiteral("Luc")},
                           {QStringLiteral("lastName"), QStringLiteral("Bernard")},
                           {QStringLiteral("email"), QStringLiteral("luc@exemple.fr")},
                           {QStringLiteral("secretQuestion"), QStringLiteral("Ville ?")},
                           {QStringLiteral("secretAnswer"), QStringLiteral("Lyon")}};
    const QJsonObject establishment{
        {QStringLiteral("siret"), SimHarness::siret(70)},
        {QStringLiteral("name"), QStringLiteral("Garage Bernard")},
        {QStringLiteral("street"), QStringLiteral("3 rue Neuve")},
        {QStringLiteral("postalCode"), QStringLiteral("69001")},
        {QStringLiteral("city"), QStringLiteral("Lyon")},
        {QStringLiteral("email"), QStringLiteral("garage@exemple.fr")},
        {QStringLiteral("phone"), QStringLiteral("04 72 00 00 01")},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("lastName"), "Bernard"},
                                                {QStringLiteral("firstName"), "Luc"},
                                                {QStringLiteral("email"), "luc@exemple.fr"},
                                                {QStringLiteral("phone"), "04 72 00 00 02"}}},
        {QStringLiteral("users"), QJsonArray{QStringLiteral("AP0000001")}}};
    QJsonObject named = decisionBody(SimHarness::siret(70), "2025-04-01", "2025-09-30");
    named.insert(QStringLiteral("number"), QStringLiteral("069-2025-0042"));
    named.insert(QStringLiteral("secretCode"), QStringLiteral("K7M9P2R4T6"));
    const QJsonObject drawn = decisionBody(SimHarness::siret(70), "2025-10-01", "2026-03-31");
    return {{QStringLiteral("users"), QJsonArray{user}},
            {QStringLiteral("establishments"), QJsonArray{establishment}},
            {QStringLiteral("decisions"), QJsonArray{named, drawn}}};
}

} // namespace

class TestAspsimDecisions final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_siret = SimHarness::siret(50);
        m_otherSiret = SimHarness::siret(51);
        const QString identifier =
            m_sim->readyAccount(m_siret, QStringLiteral("a@exemple.fr"), password);
        QVERIFY(!identifier.isEmpty());
        QVERIFY(
            !m_sim->readyAccount(m_otherSiret, QStringLiteral("b@exemple.fr"), password).isEmpty());
        m_token = m_sim->login(identifier, password);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void withoutDemoDecisionsANewEstablishmentHasNone() {
        QCOMPARE(decisionsOf(*m_sim, m_siret, m_token).size(), 0);
        QCOMPARE(decisionMails(*m_sim, establishmentEmail).size(), 0);
    }

    void theAdminRouteGrantsADecisionWithTheGivenCode() {
        QJsonObject body = decisionBody(m_siret, "2025-01-01", "2025-06-30");
        body.insert(QStringLiteral("secretCode"), QStringLiteral("ABCDEFGH23"));
        const auto granted = m_sim->post(QStringLiteral("/sim/decisions"), body);
        QCOMPARE(granted.status, 201);
        const QJsonObject d = granted.json;
        QCOMPARE(d.value("number").toString(), QStringLiteral("DEC-%1-001").arg(m_siret));
        QCOMPARE(d.value("siret").toString(), m_siret);
        QCOMPARE(d.value("periodStart").toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(d.value("periodEnd").toString(), QStringLiteral("2025-06-30"));
        QCOMPARE(d.value("form").toInt(), 3);
        QCOMPARE(d.value("scheme").toString(), QStringLiteral("apld"));
        QCOMPARE(d.value("motive").toInt(), 1);
        QCOMPARE(d.value("authorisedHours").toString(), QStringLiteral("1234.50"));
        QCOMPARE(d.value("authorisedHeadcount").toInt(), 12);
        QCOMPARE(d.value("secretCode").toString(), QStringLiteral("ABCDEFGH23"));
        QVERIFY(QDateTime::fromString(d.value("decidedAt").toString(), Qt::ISODate).isValid());
        // Notified to the establishment's address, the code between brackets.
        const QJsonArray mails = decisionMails(*m_sim, establishmentEmail);
        QCOMPARE(mails.size(), 1);
        const QString mailBody = mails.at(0).toObject().value("body").toString();
        QCOMPARE(SimHarness::bracketed(mailBody), QStringLiteral("ABCDEFGH23"));
        QVERIFY(mailBody.contains(d.value("number").toString()));
        QVERIFY(mailBody.contains(u"du 01/01/2025 au 30/06/2025"));
    }

    void theAdminRouteDrawsACodeWhenNoneIsGiven() {
        QSet<QString> codes;
        for (int i = 0; i < 5; ++i) {
            const auto granted = m_sim->post(QStringLiteral("/sim/decisions"),
                                             decisionBody(m_siret, "2026-01-01", "2026-06-30"));
            QCOMPARE(granted.status, 201);
            const QString code = granted.json.value("secretCode").toString();
            QVERIFY2(codePattern.match(code).hasMatch(), qPrintable(code));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), 5);
    }

    void theListHoldsOnlyTheUsersEstablishmentLatestFirst() {
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/sim/decisions"),
                            decisionBody(m_otherSiret, "2027-01-01", "2027-12-31"))
                     .status,
                 201);
        const QJsonArray list = decisionsOf(*m_sim, m_siret, m_token);
        QCOMPARE(list.size(), 6);
        for (const QJsonValue &d : list) {
            QCOMPARE(d.toObject().value("siret").toString(), m_siret);
        }
        QCOMPARE(list.first().toObject().value("periodStart").toString(),
                 QStringLiteral("2026-01-01"));
        QCOMPARE(list.last().toObject().value("secretCode").toString(),
                 QStringLiteral("ABCDEFGH23"));
        QCOMPARE(list.last().toObject().keys().size(), 11);

        const auto other = m_sim->get(
            QStringLiteral("/api/v1/establishments/%1/decisions").arg(m_otherSiret), m_token);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.error(), QStringLiteral("unknown_establishment"));
        const auto anonymous =
            m_sim->get(QStringLiteral("/api/v1/establishments/%1/decisions").arg(m_siret));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.error(), QStringLiteral("not_authenticated"));
    }

    void badAdminInputIsRefusedFieldByField() {
        const auto missing =
            m_sim->post(QStringLiteral("/sim/decisions"),
                        {{QStringLiteral("siret"), m_siret}, {QStringLiteral("form"), 1}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.error(), QStringLiteral("missing_fields"));
        for (const char *field : {"periodStart", "periodEnd", "scheme", "motive", "authorisedHours",
                                  "authorisedHeadcount"}) {
            QVERIFY2(!missing.fieldMessage(QLatin1String(field)).isEmpty(), field);
        }
        QVERIFY(missing.fieldMessage(QStringLiteral("secretCode")).isEmpty());

        const auto invalid =
            m_sim->post(QStringLiteral("/sim/decisions"),
                        {{QStringLiteral("siret"), QStringLiteral("12345678901234")},
                         {QStringLiteral("periodStart"), QStringLiteral("2026-02-01")},
                         {QStringLiteral("periodEnd"), QStringLiteral("2026-01-31")},
                         {QStringLiteral("form"), 5},
                         {QStringLiteral("scheme"), QStringLiteral("droit commun")},
                         {QStringLiteral("motive"), 0},
                         {QStringLiteral("authorisedHours"), QStringLiteral("12,5")},
                         {QStringLiteral("authorisedHeadcount"), 0},
                         {QStringLiteral("secretCode"), QStringLiteral("ABCDEFGHI0")}});
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.error(), QStringLiteral("invalid_fields"));
        QVERIFY(invalid.fieldMessage(QStringLiteral("periodEnd")).contains(u"précéder"));
        QVERIFY(invalid.fieldMessage(QStringLiteral("form")).contains(u"fermeture"));
        QVERIFY(invalid.fieldMessage(QStringLiteral("scheme")).contains(u"apld"));
        QVERIFY(invalid.fieldMessage(QStringLiteral("motive")).contains(u"1 à 5"));
        QVERIFY(invalid.fieldMessage(QStringLiteral("authorisedHours")).contains(u"1234.50"));
        QVERIFY(!invalid.fieldMessage(QStringLiteral("authorisedHeadcount")).isEmpty());
        QVERIFY(invalid.fieldMessage(QStringLiteral("secretCode")).contains(u"10 caractères"));
        QVERIFY(!invalid.fieldMessage(QStringLiteral("siret")).isEmpty());

        QJsonObject badDate = decisionBody(m_siret, "01/02/2026", "2026-13-01");
        const auto dates = m_sim->post(QStringLiteral("/sim/decisions"), badDate);
        QVERIFY(dates.fieldMessage(QStringLiteral("periodStart")).contains(u"AAAA-MM-JJ"));
        QVERIFY(dates.fieldMessage(QStringLiteral("periodEnd")).contains(u"AAAA-MM-JJ"));

        QJsonObject wrongType = decisionBody(m_siret, "2026-01-01", "2026-01-31");
        wrongType.insert(QStringLiteral("form"), QStringLiteral("1"));
        const auto typed = m_sim->post(QStringLiteral("/sim/decisions"), wrongType);
        QCOMPARE(typed.error(), QStringLiteral("invalid_request"));
        QVERIFY(!typed.fieldMessage(QStringLiteral("form")).isEmpty());

        const auto unknown =
            m_sim->post(QStringLiteral("/sim/decisions"),
                        decisionBody(SimHarness::siret(59), "2026-01-01", "2026-01-31"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.error(), QStringLiteral("unknown_establishment"));
        QVERIFY(!unknown.fieldMessage(QStringLiteral("siret")).isEmpty());
        // Nothing was granted by the refused requests.
        QCOMPARE(decisionsOf(*m_sim, m_siret, m_token).size(), 6);
    }

    void theAdminRouteNeedsTheAdminRoutes() {
        SimHarness plain(false);
        QVERIFY2(plain.isRunning(), qPrintable(plain.errorString()));
        QCOMPARE(plain
                     .post(QStringLiteral("/sim/decisions"),
                           decisionBody(m_siret, "2026-01-01", "2026-01-31"))
                     .status,
                 404);
    }

    void theSeedsDecisionsAreListedAndSeedingTwiceAddsNone() {
        const QByteArray json = QJsonDocument(seed()).toJson();
        SimHarness seeded(true, 0, json);
        QVERIFY2(seeded.isRunning(), qPrintable(seeded.errorString()));
        const QString siret = SimHarness::siret(70);
        const QByteArray token = seeded.login(QStringLiteral("AP0000001"), password);
        QJsonArray list = decisionsOf(seeded, siret, token);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("number").toString(), QStringLiteral("069-2025-0042"));
        QCOMPARE(list.at(1).toObject().value("secretCode").toString(),
                 QStringLiteral("K7M9P2R4T6"));
        QCOMPARE(list.at(0).toObject().value("number").toString(),
                 QStringLiteral("DEC-%1-002").arg(siret));
        const QString drawn = list.at(0).toObject().value("secretCode").toString();
        QVERIFY(codePattern.match(drawn).hasMatch());
        QCOMPARE(decisionMails(seeded, QStringLiteral("garage@exemple.fr")).size(), 0);

        // The same seed on the same database: nothing added, nothing redrawn.
        seeded.service().stop();
        apdesk::aspsim::ServiceConfig config;
        config.databasePath = seeded.databasePath();
        config.admin = true;
        config.seedJson = json;
        QVERIFY2(seeded.service().start(config), qPrintable(seeded.errorString()));
        list = decisionsOf(seeded, siret, seeded.login(QStringLiteral("AP0000001"), password));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("secretCode").toString(), drawn);
    }

    void aBadSeedDecisionStopsTheStartNamingTheField() {
        QJsonObject bad = seed();
        QJsonArray decisions = bad.value(QStringLiteral("decisions")).toArray();
        QJsonObject first = decisions.at(0).toObject();
        first.insert(QStringLiteral("form"), 7);
        decisions.replace(0, first);
        bad.insert(QStringLiteral("decisions"), decisions);
        SimHarness seeded(true, 0, QJsonDocument(bad).toJson());
        QVERIFY(!seeded.isRunning());
        QVERIFY2(seeded.errorString().contains(QStringLiteral("decisions[0].form")),
                 qPrintable(seeded.errorString()));
    }

    void aNewEstablishmentGetsTheDemoDecisionAndItsMail() {
        auto clock = std::make_shared<apdesk::aspsim::SimClock>(
            QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
        SimHarness demo(true, 0, {}, clock, true);
        QVERIFY2(demo.isRunning(), qPrintable(demo.errorString()));
        const QString siret = SimHarness::siret(60);
        const QString identifier =
            demo.readyAccount(siret, QStringLiteral("demo@exemple.fr"), password);
        QVERIFY(!identifier.isEmpty());
        const QJsonArray list = decisionsOf(demo, siret, demo.login(identifier, password));
        QCOMPARE(list.size(), 1);
        const QJsonObject d = list.at(0).toObject();
        QCOMPARE(d.value("number").toString(), QStringLiteral("DEC-%1-001").arg(siret));
        QCOMPARE(d.value("periodStart").toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(d.value("periodEnd").toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(d.value("form").toInt(), 1);
        QCOMPARE(d.value("scheme").toString(), QStringLiteral("common"));
        QCOMPARE(d.value("motive").toInt(), 5);
        QCOMPARE(d.value("authorisedHours").toString(), QStringLiteral("10000.00"));
        QCOMPARE(d.value("authorisedHeadcount").toInt(), 50);
        QCOMPARE(d.value("decidedAt").toString(), QStringLiteral("2026-03-15T10:00:00Z"));
        const QString code = d.value("secretCode").toString();
        QVERIFY(codePattern.match(code).hasMatch());

        const QJsonArray mails = decisionMails(demo, establishmentEmail);
        QCOMPARE(mails.size(), 1);
        const QString body = mails.at(0).toObject().value("body").toString();
        QCOMPARE(SimHarness::bracketed(body), code);
        for (const QString &part :
             {d.value("number").toString(), QStringLiteral("du 01/01/2026 au 31/12/2026"),
              QStringLiteral("réduction horaire, tout l'établissement"),
              QStringLiteral("droit commun"), QStringLiteral("50 salariés"),
              QStringLiteral("10\u202F000,00 h")}) {
            QVERIFY2(body.contains(part), qPrintable(part));
        }
        QVERIFY(mails.at(0).toObject().value("subject").toString().contains(
            d.value("number").toString()));
    }

private:
    std::unique_ptr<SimHarness> m_sim;
    QString m_siret;
    QString m_otherSiret;
    QByteArray m_token;
};

QTEST_MAIN(TestAspsimDecisions)
#include "test_aspsim_decisions.moc"
