// Lost password (arithmetic challenge, secret answer, verbatim messages, 5 per 15 minutes) and
// lost identifiant (e-mail, secret answer).
#include "simharness.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString password = QStringLiteral("Mon-mot2passe");
const QString secretsNotSet = QStringLiteral(
    "L'ensemble des secrets (question/réponse secrètes) n'étant pas renseigné pour votre compte "
    "utilisateur, merci de bien vouloir prendre contact avec le support spécifique de votre "
    "application");
const QString wrongAnswer = QStringLiteral(
    "Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer un nouveau mot de passe.");

} // namespace

class TestAspsimRecovery final : public QObject {
    Q_OBJECT

    // A challenge and its right answer, computed from the operation's text.
    QPair<QString, int> solvedChallenge() {
        const auto reply = m_sim->get(QStringLiteral("/api/v1/challenges"));
        const QString operation = reply.json.value("operation").toString();
        const auto match =
            QRegularExpression(QStringLiteral("^(\\d+) ([+×-]) (\\d+)$")).match(operation);
        if (!match.hasMatch()) {
            return {};
        }
        const int a = match.captured(1).toInt();
        const int b = match.captured(3).toInt();
        const QString op = match.captured(2);
        const int result = op == u"+" ? a + b : op == u"-" ? a - b : a * b;
        return {reply.json.value("id").toString(), result};
    }

    SimHarness::Reply startReset(const QString &identifier) {
        const auto [id, result] = solvedChallenge();
        return m_sim->post(QStringLiteral("/api/v1/password-resets"),
                           {{QStringLiteral("identifier"), identifier},
                            {QStringLiteral("challengeId"), id},
                            {QStringLiteral("challengeResult"), result}});
    }

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_identifier = m_sim->readyAccount(SimHarness::siret(30),
                                           QStringLiteral("reset@exemple.fr"), password);
        QVERIFY(!m_identifier.isEmpty());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void theChallengeIsAnOperationSolvedOnce() {
        const auto [id, result] = solvedChallenge();
        QVERIFY(!id.isEmpty());
        const auto wrong = m_sim->post(QStringLiteral("/api/v1/password-resets"),
                                       {{QStringLiteral("identifier"), m_identifier},
                                        {QStringLiteral("challengeId"), id},
                                        {QStringLiteral("challengeResult"), result + 1}});
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.error(), QStringLiteral("challenge_mismatch"));
        const auto reused = m_sim->post(QStringLiteral("/api/v1/password-resets"),
                                        {{QStringLiteral("identifier"), m_identifier},
                                         {QStringLiteral("challengeId"), id},
                                         {QStringLiteral("challengeResult"), result}});
        QCOMPARE(reused.error(), QStringLiteral("challenge_mismatch"));
    }

    void aWrongAnswerGetsTheVerbatimMessage() {
        const auto started = startReset(m_identifier);
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json.value("secretQuestion").toString(),
                 QStringLiteral("Le nom de mon premier chien ?"));
        const QString resetId = started.json.value("resetId").toString();
        const QString path = QStringLiteral("/api/v1/password-resets/%1/answer").arg(resetId);
        const auto wrong =
            m_sim->post(path, {{QStringLiteral("secretAnswer"), QStringLiteral("Médor")}});
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.error(), QStringLiteral("wrong_secret_answer"));
        QCOMPARE(wrong.message(), wrongAnswer);
        // The attempt is used up.
        QCOMPARE(
            m_sim->post(path, {{QStringLiteral("secretAnswer"), QStringLiteral("Rex")}}).status,
            404);
    }

    void theRightAnswerMailsANewPasswordToChangeAtNextLogin() {
        const QString email = QStringLiteral("reset@exemple.fr");
        const qsizetype before = m_sim->mails(email).size();
        const auto started = startReset(m_identifier.toLower());
        QCOMPARE(started.status, 200);
        const auto done = m_sim->post(QStringLiteral("/api/v1/password-resets/%1/answer")
                                          .arg(started.json.value("resetId").toString()),
                                      {{QStringLiteral("secretAnswer"), QStringLiteral("  rEX ")}});
        QCOMPARE(done.status, 204);
        const QJsonArray inbox = m_sim->mails(email);
        QCOMPARE(inbox.size(), before + 1);
        const QString fresh =
            SimHarness::bracketed(inbox.last().toObject().value("body").toString());
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/sessions"),
                            {{QStringLiteral("identifier"), m_identifier},
                             {QStringLiteral("password"), password}})
                     .status,
                 401);
        const auto session = m_sim->post(
            QStringLiteral("/api/v1/sessions"),
            {{QStringLiteral("identifier"), m_identifier}, {QStringLiteral("password"), fresh}});
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value("mustChangePassword").toBool(), true);
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/password"),
                            {{QStringLiteral("identifier"), m_identifier},
                             {QStringLiteral("currentPassword"), fresh},
                             {QStringLiteral("newPassword"), password}})
                     .status,
                 204);
    }

    void aUserWhoNeverLoggedInCannotReset() {
        const QString email = QStringLiteral("jamais@exemple.fr");
        QCOMPARE(m_sim->requestAccount(SimHarness::siret(31), email).status, 202);
        const QString identifier =
            SimHarness::bracketed(m_sim->mails(email).at(0).toObject().value("body").toString());
        // A secret answer was typed on the request form, yet no question is shown.
        const auto refused = startReset(identifier);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("secrets_not_set"));
        QCOMPARE(refused.message(), secretsNotSet);
        QVERIFY(!refused.json.contains("secretQuestion"));
        const auto recovery = m_sim->post(QStringLiteral("/api/v1/identifier-recoveries"),
                                          {{QStringLiteral("email"), email}});
        QCOMPARE(recovery.status, 409);
        QCOMPARE(recovery.message(), secretsNotSet);
    }

    void anUnknownIdentifierIsSaidSo() {
        const auto unknown = startReset(QStringLiteral("AP0000000"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.error(), QStringLiteral("unknown_identifier"));
    }

    void atMostFiveResetsPerFifteenMinutes() {
        const QString identifier = QStringLiteral("AP7777777");
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(startReset(identifier).status, 404);
        }
        const auto sixth = startReset(identifier);
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.error(), QStringLiteral("too_many_resets"));
        // Another identifier is not affected.
        QCOMPARE(startReset(m_identifier).status, 200);
        m_sim->advanceClock(15 * 60);
        QCOMPARE(startReset(identifier).status, 404);
    }

    void theIdentifierIsMailedAfterTheSecretAnswer() {
        const QString email = QStringLiteral("reset@exemple.fr");
        const auto unknown = m_sim->post(QStringLiteral("/api/v1/identifier-recoveries"),
                                         {{QStringLiteral("email"), QStringLiteral("x@y.fr")}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.error(), QStringLiteral("unknown_email"));

        auto start = [&] {
            return m_sim->post(QStringLiteral("/api/v1/identifier-recoveries"),
                               {{QStringLiteral("email"), email.toUpper()}});
        };
        const auto first = start();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value("secretQuestion").toString(),
                 QStringLiteral("Le nom de mon premier chien ?"));
        const auto wrong = m_sim->post(QStringLiteral("/api/v1/identifier-recoveries/%1/answer")
                                           .arg(first.json.value("recoveryId").toString()),
                                       {{QStringLiteral("secretAnswer"), QStringLiteral("Milou")}});
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.error(), QStringLiteral("wrong_secret_answer"));
        const qsizetype before = m_sim->mails(email).size();
        const auto second = start();
        const auto done = m_sim->post(QStringLiteral("/api/v1/identifier-recoveries/%1/answer")
                                          .arg(second.json.value("recoveryId").toString()),
                                      {{QStringLiteral("secretAnswer"), QStringLiteral("rex")}});
        QCOMPARE(done.status, 204);
        const QJsonArray inbox = m_sim->mails(email);
        QCOMPARE(inbox.size(), before + 1);
        QCOMPARE(SimHarness::bracketed(inbox.last().toObject().value("body").toString()),
                 m_identifier);
    }

    void answersAreComparedIgnoringAccents() {
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("identifier"), QStringLiteral("AP0000042")},
                             {QStringLiteral("password"), QStringLiteral("Apea2021!")},
                             {QStringLiteral("firstName"), QStringLiteral("Éloïse")},
                             {QStringLiteral("lastName"), QStringLiteral("Le Gall")},
                             {QStringLiteral("email"), QStringLiteral("eloise@exemple.fr")},
                             {QStringLiteral("secretQuestion"), QStringLiteral("Animal ?")},
                             {QStringLiteral("secretAnswer"), QStringLiteral("Éléphant")}}}}};
        SimHarness seeded(true, 0, QJsonDocument(seed).toJson());
        QVERIFY(seeded.isRunning());
        const auto started =
            seeded.post(QStringLiteral("/api/v1/identifier-recoveries"),
                        {{QStringLiteral("email"), QStringLiteral("eloise@exemple.fr")}});
        QCOMPARE(started.status, 200);
        const auto done =
            seeded.post(QStringLiteral("/api/v1/identifier-recoveries/%1/answer")
                            .arg(started.json.value("recoveryId").toString()),
                        {{QStringLiteral("secretAnswer"), QStringLiteral(" ELEPHANT")}});
        QCOMPARE(done.status, 204);
        const auto session =
            seeded.post(QStringLiteral("/api/v1/sessions"),
                        {{QStringLiteral("identifier"), QStringLiteral("AP0000042")},
                         {QStringLiteral("password"), QStringLiteral("Apea2021!")}});
        QCOMPARE(session.json.value("user").toObject().value("displayName").toString(),
                 QStringLiteral("eloise.le-gall"));
    }

private:
    std::unique_ptr<SimHarness> m_sim;
    QString m_identifier;
};

QTEST_MAIN(TestAspsimRecovery)
#include "test_aspsim_recovery.moc"
