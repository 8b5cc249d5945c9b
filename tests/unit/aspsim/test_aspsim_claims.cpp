// Claims (DI) received by the simulated ASP (issue 14): sent once under an idempotency key,
// checked by the program's own engine against the service's decision, instructed step by step in
// service time to the payment of the allocation the program computed, withdrawn, rejected with a
// reason, corrected by a new version after payment; a mail at each step. Real HTTP on loopback.
#include "simharness.h"

#include "aspsim/simclock.h"
#include "builtinrates.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"
#include "domain/claim/ratestable.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString password = QStringLiteral("Mon-mot2passe");
const QString establishmentEmail = QStringLiteral("contact@boulangerie.fr");

// The March 2021 reduction of tests/data, filed by `siret` on `decision`; `worked` replaces Paul
// Durand's hours of the week of 1 March (the rest as in the file).
QJsonObject claimOf(const QString &siret, const QString &decision,
                    const QString &worked = QStringLiteral("0")) {
    QFile file(QStringLiteral(APDESK_TEST_DATA_DIR "/claims/march-2021-reduction.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject claim = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject establishment = claim.value("establishment").toObject();
    establishment.insert("siret", siret);
    claim.insert("establishment", establishment);
    QJsonObject terms = claim.value("decision").toObject();
    terms.insert("number", decision);
    claim.insert("decision", terms);
    claim.remove("today"); // the service's date counts
    QJsonArray lines = claim.value("lines").toArray();
    QJsonObject first = lines.at(0).toObject();
    first.insert("worked", worked);
    lines.replace(0, first);
    claim.insert("lines", lines);
    return claim;
}

// The allocation the program computes for the claim, with what the service will use: its
// decision, no earlier hours, its date.
QString allocationComputedByTheProgram(QJsonObject claim) {
    claim.insert("today", "2021-04-12");
    claim.insert("decisionHoursUsedEarlier", "0");
    const auto input = apdesk::domain::ClaimJson::read(QJsonDocument(claim).toJson());
    const auto rates = apdesk::domain::RatesTable::parse(apdesk::resources::builtInRatesJson());
    if (!input || !rates)
        return {};
    const auto result = apdesk::domain::ClaimEngine(*rates).compute(input->claim);
    const qint64 cents = result.totalAllocation().cents();
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject sending(const QString &key, const QJsonObject &claim) {
    return {{QStringLiteral("idempotencyKey"), key}, {QStringLiteral("claim"), claim}};
}

} // namespace

class TestAspsimClaims final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Stopped on 12 April 2021: March 2021 is within its filing deadline.
        m_clock = std::make_shared<apdesk::aspsim::SimClock>(
            QDateTime(QDate(2021, 4, 12), QTime(8, 0), Qt::UTC));
        m_sim = std::make_unique<SimHarness>(true, 0, QByteArray{}, m_clock);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_siret = SimHarness::siret(60);
        m_identifier = m_sim->readyAccount(m_siret, QStringLiteral("a@exemple.fr"), password);
        QVERIFY(!m_identifier.isEmpty());
        m_token = m_sim->login(m_identifier, password);
        QVERIFY(!m_token.isEmpty());
        const auto granted =
            m_sim->post(QStringLiteral("/sim/decisions"), {{"siret", m_siret},
                                                           {"periodStart", "2021-01-01"},
                                                           {"periodEnd", "2021-06-30"},
                                                           {"form", 1},
                                                           {"scheme", "common"},
                                                           {"motive", 5},
                                                           {"authorisedHours", "1500"},
                                                           {"authorisedHeadcount", 3}});
        QCOMPARE(granted.status, 201);
        m_decision = granted.json.value("number").toString();
    }
    void cleanupTestCase() { m_sim.reset(); }

    void aBlockingProblemRefusesTheClaimWithTheEnginesMessages() {
        const auto reply = send("blocked-0001", claimOf(m_siret, m_decision, "7,5,5"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("claim_blocked"));
        const QJsonObject problem = reply.json.value("problems").toArray().at(0).toObject();
        QCOMPARE(problem.value("matricule").toString(), QStringLiteral("001"));
        QCOMPARE(problem.value("week").toString(), QStringLiteral("2021-03-01"));
        QCOMPARE(problem.value("field").toString(), QStringLiteral("worked"));
        QVERIFY(reply.message().contains(problem.value("message").toString()));
        QCOMPARE(claims().size(), 0);
    }

    void aClaimOnAnotherDecisionOrMonthIsRefused() {
        auto reply = send("unknown-0001", claimOf(m_siret, QStringLiteral("DEC-NONE")));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("unknown_decision"));
        QVERIFY(!reply.fieldMessage("claim.decision.number").isEmpty());

        QJsonObject august = claimOf(m_siret, m_decision);
        august.insert("month", "2021-08");
        reply = send("outside-0001", august);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("month_outside_decision"));
        QVERIFY2(reply.message().contains(u"du 01/01/2021 au 30/06/2021"),
                 qPrintable(reply.message()));

        reply = send("short", claimOf(m_siret, m_decision));
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.fieldMessage("idempotencyKey").isEmpty());
    }

    void aClaimIsReceivedOnceHoweverOftenItIsSent() {
        const QJsonObject claim = claimOf(m_siret, m_decision);
        const auto first = send("march-key-0001", claim);
        QCOMPARE(first.status, 201);
        const QJsonObject received = first.json;
        m_number = received.value("number").toString();
        QCOMPARE(m_number, QStringLiteral("DI-%1-0001").arg(m_siret));
        QCOMPARE(received.value("version").toInt(), 1);
        QCOMPARE(received.value("status").toInt(), 19);
        QCOMPARE(received.value("statusLabel").toString(),
                 QStringLiteral("En attente de validation"));
        QCOMPARE(received.value("month").toString(), QStringLiteral("2021-03"));
        QCOMPARE(received.value("employees").toInt(), 3);
        QCOMPARE(received.value("allocation").toString(), allocationComputedByTheProgram(claim));

        // The answer was lost: the same sending again is the same claim, not a second one.
        for (int i = 0; i < 3; ++i) {
            const auto again = send("march-key-0001", claim);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json.value("number").toString(), m_number);
            QCOMPARE(again.json.value("version").toInt(), 1);
        }
        QCOMPARE(claims().size(), 1);
        QCOMPARE(mailsAbout(QStringLiteral("reçue")).size(), 1);
        const QString body =
            mailsAbout(QStringLiteral("reçue")).at(0).toObject().value("body").toString();
        QVERIFY2(body.contains(m_number) && body.contains(u"mars 2021"), qPrintable(body));

        // The same key for another claim is a mistake, not a retry.
        const auto reused = send("march-key-0001", claimOf(m_siret, m_decision, "10"));
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.error(), QStringLiteral("idempotency_key_reused"));
        // Another key for the same month while it is instructed: refused.
        const auto second = send("march-key-0002", claim);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.error(), QStringLiteral("claim_in_progress"));
        QCOMPARE(claims().size(), 1);
    }

    void theInstructionFollowsServiceTimeToThePaymentOfTheProgramsAmount() {
        const QString allocation = allocationComputedByTheProgram(claimOf(m_siret, m_decision));
        const QList<int> steps{20, 9, 10, 11};
        for (int status : steps) {
            QCOMPARE(show().value("status").toInt(), ReceivedBefore(status));
            m_sim->advanceClock(24 * 3600);
            m_token = m_sim->login(m_identifier, password); // a day later: a new session
            QCOMPARE(show().value("status").toInt(), status);
        }
        const QJsonObject paid = show();
        QCOMPARE(paid.value("statusLabel").toString(), QStringLiteral("Paiement effectué"));
        QCOMPARE(paid.value("paid").toString(), allocation);
        const QJsonArray history = paid.value("history").toArray();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(0).toObject().value("at").toString(),
                 QStringLiteral("2021-04-12T08:00:00Z"));
        QCOMPARE(history.at(4).toObject().value("at").toString(),
                 QStringLiteral("2021-04-16T08:00:00Z"));
        QCOMPARE(history.at(4).toObject().value("status").toInt(), 11);
        // A mail at each change, the payment's with its amount.
        const QJsonArray paidMails = mailsAbout(QStringLiteral("Paiement effectué"));
        QCOMPARE(paidMails.size(), 1);
        // "Montant payé : 1 234,56 €", thousands grouped with a narrow no-break space.
        QString body = paidMails.at(0).toObject().value("body").toString();
        body.remove(QChar(0x202F)).remove(QChar(0x00A0));
        QVERIFY2(
            body.contains(
                QStringLiteral("Montant payé : %1 €").arg(QString(allocation).replace('.', ','))),
            qPrintable(body));
        QCOMPARE(mailsAbout(QStringLiteral("instruction")).size(), 1);
    }

    void aCorrectionAfterPaymentIsANewVersionPaidWhatItAdds() {
        // Paul's gross hourly pay was 16.00 €, not 15.00 €: the allocation grows.
        QJsonObject corrected = claimOf(m_siret, m_decision);
        QJsonArray employees = corrected.value("employees").toArray();
        QJsonObject paul = employees.at(0).toObject();
        paul.insert("grossHourlyPay", "16.00");
        employees.replace(0, paul);
        corrected.insert("employees", employees);
        const auto reply = send("march-key-0003", corrected);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value("number").toString(), m_number);
        QCOMPARE(reply.json.value("version").toInt(), 2);
        const qint64 before = cents(allocationComputedByTheProgram(claimOf(m_siret, m_decision)));
        const qint64 after = cents(allocationComputedByTheProgram(corrected));
        QVERIFY(after > before);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_sim->post("/sim/claims/" + m_number + "/advance", {}).status, 200);
        const QJsonObject paid = show();
        QCOMPARE(paid.value("version").toInt(), 2);
        QCOMPARE(paid.value("status").toInt(), 11);
        QCOMPARE(cents(paid.value("paid").toString()), after - before);
        QCOMPARE(m_sim->post("/sim/claims/" + m_number + "/advance", {}).status, 409);
        QCOMPARE(claims().size(), 1); // the latest version of each claim
    }

    void aClaimIsWithdrawnOnlyWhileItWaits() {
        QJsonObject april = claimOf(m_siret, m_decision);
        april.insert("month", "2021-04");
        april.insert("lines", QJsonArray{QJsonObject{
                                  {"matricule", "001"}, {"week", "2021-04-05"}, {"worked", "20"}}});
        auto reply = send("april-key-0001", april);
        QCOMPARE(reply.status, 201);
        const QString number = reply.json.value("number").toString();
        QCOMPARE(number, QStringLiteral("DI-%1-0002").arg(m_siret));
        const QString path =
            QStringLiteral("/api/v1/establishments/%1/claims/%2/withdrawal").arg(m_siret, number);
        reply = m_sim->post(path, {}, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("status").toInt(), 26);
        QCOMPARE(reply.json.value("statusLabel").toString(), QStringLiteral("Retirée"));
        // Sent again after its withdrawal: its next version, which cannot be withdrawn once its
        // instruction has begun.
        reply = send("april-key-0002", april);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value("version").toInt(), 2);
        QCOMPARE(m_sim->post("/sim/claims/" + number + "/advance", {}).status, 200);
        reply = m_sim->post(path, {}, m_token);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json.value("claim").toObject().value("status").toInt(), 20);
    }

    void theAdministrationRejectsAClaimWithAReason() {
        const QString number = QStringLiteral("DI-%1-0002").arg(m_siret);
        auto reply = m_sim->post("/sim/claims/" + number + "/rejection", {});
        QCOMPARE(reply.status, 400);
        reply = m_sim->post("/sim/claims/" + number + "/rejection",
                            {{"reason", "Heures non justifiées"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value("status").toInt(), 17);
        QCOMPARE(reply.json.value("reason").toString(), QStringLiteral("Heures non justifiées"));
        const QJsonArray mails = mailsAbout(QStringLiteral("DI rejetée"));
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.at(0).toObject().value("body").toString().contains(u"Heures non justifiées"));
        // Rejected is final.
        QCOMPARE(m_sim->post("/sim/claims/" + number + "/rejection", {{"reason", "x"}}).status,
                 409);
        QCOMPARE(m_sim->post("/sim/claims/DI-NONE/advance", {}).status, 404);
    }

    void anotherEstablishmentsClaimsAreNotShown() {
        const QString other = SimHarness::siret(61);
        QVERIFY(!m_sim->readyAccount(other, QStringLiteral("b@exemple.fr"), password).isEmpty());
        const auto reply = m_sim->get(
            QStringLiteral("/api/v1/establishments/%1/claims/%2").arg(other, m_number), m_token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments/%1/claims").arg(m_siret)).status,
                 401);
    }

private:
    // The status a claim has the day before it reaches `status`.
    static int ReceivedBefore(int status) {
        switch (status) {
        case 20:
            return 19;
        case 9:
            return 20;
        case 10:
            return 9;
        default:
            return 10;
        }
    }

    static qint64 cents(const QString &text) {
        const QStringList parts = text.split('.');
        return parts.value(0).toLongLong() * 100 + parts.value(1).toLongLong();
    }

    SimHarness::Reply send(const QString &key, const QJsonObject &claim) {
        return m_sim->post(QStringLiteral("/api/v1/establishments/%1/claims").arg(m_siret),
                           sending(key, claim), m_token);
    }
    QJsonArray claims() {
        return m_sim->get(QStringLiteral("/api/v1/establishments/%1/claims").arg(m_siret), m_token)
            .json.value("claims")
            .toArray();
    }
    QJsonObject show() {
        return m_sim
            ->get(QStringLiteral("/api/v1/establishments/%1/claims/%2").arg(m_siret, m_number),
                  m_token)
            .json;
    }
    QJsonArray mailsAbout(const QString &subjectPart) {
        QJsonArray found;
        for (const QJsonValue &mail : m_sim->mails(establishmentEmail)) {
            if (mail.toObject().value("subject").toString().contains(subjectPart))
                found.append(mail);
        }
        return found;
    }

    std::shared_ptr<apdesk::aspsim::SimClock> m_clock;
    std::unique_ptr<SimHarness> m_sim;
    QString m_identifier;
    QString m_siret;
    QString m_decision;
    QString m_number;
    QByteArray m_token;
};

QTEST_MAIN(TestAspsimClaims)
#include "test_aspsim_claims.moc"
