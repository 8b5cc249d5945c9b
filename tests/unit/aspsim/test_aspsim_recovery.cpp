// Lost password (arithmetic challenge, secret answer, verbatim messages, 5 per 15 minutes) and
// lost identifiant (e-mail, secret answer).
#include "simharness.h"

#include "domain/secretquestions.h"

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
    QPair<QString, int> solvedChallenge() { return solvedChallengeOn(*m_sim); }
    static QPair<QString, int> solvedChallengeOn(SimHarness &sim) {
        const auto reply = sim.get(QStringLiteral("/api/v1/challenges"));
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
    static SimHarness::Reply startRecoveryOn(SimHarness &sim, const QString &email) {
        const auto [id, result] = solvedChallengeOn(sim);
        return sim.post(QStringLiteral("/api/v1/identifier-recoveries"),
                        {{QStringLiteral("email"), email},
                         {QStringLiteral("challengeId"), id},
                         {QStringLiteral("challengeResult"), result}});
    }
    SimHarness::Reply startRecovery(const QString &email) { return startRecoveryOn(*m_sim, email); }
    SimHarness::Reply answerReset(const SimHarness::Reply &started, const QString &answer) {
        return m_sim->post(QStringLiteral("/api/v1/password-resets/%1/answer")
                               .arg(started.json.value("resetId").toString()),
                           {{QStringLiteral("secretAnswer"), answer}});
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
        const auto recovery = startRecovery(email);
        QCOMPARE(recovery.status, 409);
        QCOMPARE(recovery.message(), secretsNotSet);
    }

    // Issue 17: an identifier or an address that no account has gets a secret question as a
    // real one does — always the same one — and its answers are wrong with the same message.
    void anUnknownAccountLooksLikeAKnownOne() {
        const QStringList questions = apdesk::domain::secretQuestions();
        const auto unknown = startReset(QStringLiteral("AP0000000"));
        QCOMPARE(unknown.status, 200);
        const QString question = unknown.json.value("secretQuestion").toString();
        QVERIFY2(questions.contains(question), qPrintable(question));
        QVERIFY(!unknown.json.value("resetId").toString().isEmpty());
        QCOMPARE(startReset(QStringLiteral("AP0000000")).json.value("secretQuestion").toString(),
                 question);
        const auto wrong = answerReset(unknown, QStringLiteral("Rex"));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.error(), QStringLiteral("wrong_secret_answer"));
        QCOMPARE(wrong.message(), wrongAnswer);

        const auto nobody = startRecovery(QStringLiteral("personne@exemple.fr"));
        QCOMPARE(nobody.status, 200);
        QVERIFY(questions.contains(nobody.json.value("secretQuestion").toString()));
        // The lost identifiant asks for the operation too.
        const auto noChallenge =
            m_sim->post(QStringLiteral("/api/v1/identifier-recoveries"),
                        {{QStringLiteral("email"), QStringLiteral("personne@exemple.fr")}});
        QCOMPARE(noChallenge.status, 400);
        QVERIFY(!noChallenge.fieldMessage("challengeId").isEmpty());
    }

    // Issue 17: wrong secret answers count with wrong passwords: the third locks the account
    // for 30 minutes, for logins and recoveries alike.
    void wrongSecretAnswersLockTheAccount() {
        const QString email = QStringLiteral("verrou@exemple.fr");
        const QString identifier = m_sim->readyAccount(SimHarness::siret(32), email, password);
        QVERIFY(!identifier.isEmpty());
        QCOMPARE(answerReset(startReset(identifier), QStringLiteral("Milou")).status, 422);
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/sessions"),
                            {{QStringLiteral("identifier"), identifier},
                             {QStringLiteral("password"), QStringLiteral("Faux-mot2passe")}})
                     .status,
                 401);
        const auto third = answerReset(startReset(identifier), QStringLiteral("Milou"));
        QCOMPARE(third.status, 423);
        QCOMPARE(third.error(), QStringLiteral("locked"));
        const auto login = m_sim->post(
            QStringLiteral("/api/v1/sessions"),
            {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}});
        QCOMPARE(login.status, 423);
        QCOMPARE(startReset(identifier).status, 423);
        QCOMPARE(startRecovery(email).status, 423);
        m_sim->advanceClock(30 * 60);
        const auto again = startReset(identifier);
        QCOMPARE(again.status, 200);
        QCOMPARE(answerReset(again, QStringLiteral("rex")).status, 204);
    }

    void atMostFiveResetsPerFifteenMinutes() {
        const QString identifier = QStringLiteral("AP7777777");
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(startReset(identifier).status, 200);
        }
        const auto sixth = startReset(identifier);
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.error(), QStringLiteral("too_many_resets"));
        // Another identifier is not affected.
        QCOMPARE(startReset(m_identifier).status, 200);
        m_sim->advanceClock(15 * 60);
        QCOMPARE(startReset(identifier).status, 200);
    }

    void theIdentifierIsMailedAfterTheSecretAnswer() {
        const QString email = QStringLiteral("reset@exemple.fr");
        auto start = [&] {
            return startRecovery(email.toUpper());
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

    // Issue 17: all accounts together, the starts of both routes are limited too (8 here,
    // 500 by default), each identifier and address apart staying under its own 5.
    void theStartsOfAllAccountsAreLimitedTogether() {
        SimHarness small(true, 0, {}, {}, false, {}, [](apdesk::aspsim::ServiceConfig &config) {
            config.maxRecoveryStarts = 8;
        });
        QVERIFY(small.isRunning());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(startRecoveryOn(small, QStringLiteral("a%1@exemple.fr").arg(i)).status, 200);
            const auto [id, result] = solvedChallengeOn(small);
            QCOMPARE(small
                         .post(QStringLiteral("/api/v1/password-resets"),
                               {{QStringLiteral("identifier"), QStringLiteral("AP100000%1").arg(i)},
                                {QStringLiteral("challengeId"), id},
                                {QStringLiteral("challengeResult"), result}})
                         .status,
                     200);
        }
        const auto ninth = startRecoveryOn(small, QStringLiteral("z@exemple.fr"));
        QCOMPARE(ninth.status, 429);
        QCOMPARE(ninth.error(), QStringLiteral("too_many_requests"));
        QCOMPARE(ninth.header("Retry-After"), QByteArray("900"));
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
        const auto started = startRecoveryOn(seeded, QStringLiteral("eloise@exemple.fr"));
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
