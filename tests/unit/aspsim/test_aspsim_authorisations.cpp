// Requests for prior authorisation (DAP) at the simulated administration (issue 14): submitted
// and acknowledged by mail; decided 48 h of service time later — accepted (silence is
// acceptance), which grants the decision and mails its secret code, or refused with the reason
// when the period is longer than the rules allow; decided at once by the admin route. Real HTTP.
#include "simharness.h"

#include <QTest>

namespace {

const QString password = QStringLiteral("Mon-mot2passe");
const QString establishmentEmail = QStringLiteral("contact@boulangerie.fr");

QJsonObject terms(const QString &start, const QString &end, const QString &scheme = "common") {
    return {{"periodStart", start},    {"periodEnd", end}, {"form", 2},
            {"scheme", scheme},        {"motive", 2},      {"authorisedHours", "840"},
            {"authorisedHeadcount", 6}};
}

} // namespace

class TestAspsimAuthorisations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_siret = SimHarness::siret(80);
        m_identifier = m_sim->readyAccount(m_siret, QStringLiteral("a@exemple.fr"), password);
        QVERIFY(!m_identifier.isEmpty());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void silenceIsAcceptanceAfter48Hours() {
        const auto submitted = submit(terms("2026-03-01", "2026-05-31"));
        QCOMPARE(submitted.status, 201);
        QCOMPARE(submitted.json["state"].toString(), QStringLiteral("submitted"));
        QCOMPARE(submitted.json["authorisedHours"].toString(), QStringLiteral("840.00"));
        QVERIFY(!mailWith(QStringLiteral("autorisation préalable n° %1 reçue")
                              .arg(submitted.json["id"].toInteger()))
                     .isEmpty());

        m_sim->advanceClock(47 * 3600);
        QCOMPARE(requestOf(submitted.json["id"].toInteger())["state"].toString(),
                 QStringLiteral("submitted"));
        m_sim->advanceClock(3600);
        const QJsonObject decided = requestOf(submitted.json["id"].toInteger());
        QCOMPARE(decided["state"].toString(), QStringLiteral("accepted"));
        const QString number = decided["decisionNumber"].toString();
        QVERIFY(!number.isEmpty());

        // The decision exists with the terms asked for, and its notification carries the code.
        QJsonObject decision;
        for (const QJsonValue &d :
             m_sim->get(QStringLiteral("/api/v1/establishments/%1/decisions").arg(m_siret), token())
                 .json["decisions"]
                 .toArray()) {
            if (d["number"].toString() == number)
                decision = d.toObject();
        }
        QCOMPARE(decision["periodStart"].toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(decision["periodEnd"].toString(), QStringLiteral("2026-05-31"));
        QCOMPARE(decision["form"].toInt(), 2);
        QCOMPARE(decision["motive"].toInt(), 2);
        QCOMPARE(decision["authorisedHours"].toString(), QStringLiteral("840.00"));
        QCOMPARE(decision["authorisedHeadcount"].toInt(), 6);
        const QJsonObject mail =
            mailWith(QStringLiteral("notification de décision n° %1").arg(number));
        QVERIFY(!mail.isEmpty());
        QCOMPARE(SimHarness::bracketed(mail["body"].toString()), decision["secretCode"].toString());
    }

    void aPeriodLongerThanTheRulesAllowIsRefusedWithItsReason() {
        // Droit commun from July 2021: 3 months at most.
        const auto submitted = submit(terms("2026-06-01", "2026-10-31"));
        QCOMPARE(submitted.status, 201);
        m_sim->advanceClock(48 * 3600);
        const QJsonObject decided = requestOf(submitted.json["id"].toInteger());
        QCOMPARE(decided["state"].toString(), QStringLiteral("refused"));
        QVERIFY2(decided["reason"].toString().contains(u"3 mois"),
                 qPrintable(decided["reason"].toString()));
        QVERIFY(!decided.contains("decisionNumber"));
        const QJsonObject mail = mailWith(QStringLiteral("refusée"));
        QVERIFY(mail["body"].toString().contains(decided["reason"].toString()));
        // APLD: 6 months at a time.
        QVERIFY(refusalOfApld("2026-01-01", "2026-06-30").isEmpty());
        QVERIFY(refusalOfApld("2026-01-01", "2026-07-01").contains(u"6 mois"));
    }

    void theTermsAreCheckedAsADecisionsAre() {
        QJsonObject bad = terms("2026-05-01", "2026-04-01");
        bad.insert("authorisedHours", "0");
        const auto refused = submit(bad);
        QCOMPARE(refused.status, 400);
        QVERIFY(!refused.fieldMessage("periodEnd").isEmpty());
        QVERIFY(!refused.fieldMessage("authorisedHours").isEmpty());
        QCOMPARE(
            m_sim
                ->post(
                    QStringLiteral("/api/v1/establishments/%1/authorisation-requests").arg(m_siret),
                    terms("2026-03-01", "2026-03-31"))
                .status,
            401);
    }

    void theAdminRouteDecidesAtOnce() {
        const auto submitted = submit(terms("2026-09-01", "2026-09-30"));
        const QString path = QStringLiteral("/sim/authorisation-requests/%1/decision")
                                 .arg(submitted.json["id"].toInteger());
        QCOMPARE(m_sim->post(path, {{"accept", false}}).status, 400); // a refusal needs a reason
        auto decided = m_sim->post(path, {{"accept", false}, {"reason", "Motif non justifié"}});
        QCOMPARE(decided.status, 200);
        QCOMPARE(decided.json["state"].toString(), QStringLiteral("refused"));
        QCOMPARE(decided.json["reason"].toString(), QStringLiteral("Motif non justifié"));
        QCOMPARE(m_sim->post(path, {{"accept", true}}).status, 409);
        QCOMPARE(m_sim->post("/sim/authorisation-requests/999/decision", {{"accept", true}}).status,
                 404);
    }

private:
    QByteArray token() { return m_sim->login(m_identifier, password); } // sessions expire
    SimHarness::Reply submit(const QJsonObject &body) {
        return m_sim->post(
            QStringLiteral("/api/v1/establishments/%1/authorisation-requests").arg(m_siret), body,
            token());
    }
    QJsonObject requestOf(qint64 id) {
        const auto list = m_sim->get(
            QStringLiteral("/api/v1/establishments/%1/authorisation-requests").arg(m_siret),
            token());
        for (const QJsonValue &r : list.json["requests"].toArray()) {
            if (r["id"].toInteger() == id)
                return r.toObject();
        }
        return {};
    }
    QJsonObject mailWith(const QString &subjectPart) {
        const QJsonArray mails = m_sim->mails(establishmentEmail);
        for (qsizetype i = mails.size() - 1; i >= 0; --i) {
            if (mails.at(i)["subject"].toString().contains(subjectPart))
                return mails.at(i).toObject();
        }
        return {};
    }
    // The reason an APLD request would be refused with, decided at once (empty when accepted).
    QString refusalOfApld(const QString &start, const QString &end) {
        const auto submitted = submit(terms(start, end, "apld"));
        m_sim->advanceClock(48 * 3600);
        return requestOf(submitted.json["id"].toInteger())["reason"].toString();
    }

    std::unique_ptr<SimHarness> m_sim;
    QString m_siret;
    QString m_identifier;
};

QTEST_MAIN(TestAspsimAuthorisations)
#include "test_aspsim_authorisations.moc"
