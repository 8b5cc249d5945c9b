// Creating a space and an account (DOMAIN.md section 1): captcha, SIRET, terms, the request form's
// rules, validation after the delay, the 3 mails, SIRETs already taken, SYLAé/APEA.
#include "simharness.h"

#include "domain/passwordpolicy.h"

#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString aspSender = QStringLiteral("notifications-ap@asp-public.fr");

QJsonObject withField(QJsonObject body, const QString &path, const QJsonValue &value) {
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        body.insert(path, value);
        return body;
    }
    QJsonObject inner = body.value(parts.at(0)).toObject();
    inner.insert(parts.at(1), value);
    body.insert(parts.at(0), inner);
    return body;
}

QString captchaAnswer(SimHarness &sim, const QString &id) {
    return sim.get(QStringLiteral("/sim/captcha/") + id)
        .json.value(QStringLiteral("answer"))
        .toString();
}

} // namespace

class TestAspsimSpaces final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    }
    void cleanupTestCase() { m_sim.reset(); }

    void theCaptchaIsAPngOfSixCharacters() {
        const auto reply = m_sim->get(QStringLiteral("/api/v1/captcha"));
        QCOMPARE(reply.status, 200);
        const QString id = reply.json.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QByteArray png =
            QByteArray::fromBase64(reply.json.value(QStringLiteral("image")).toString().toLatin1());
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(200, 70));
        const QString answer = captchaAnswer(*m_sim, id);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{6}$")).match(answer).hasMatch());
        const auto latest = m_sim->get(QStringLiteral("/sim/captcha/latest"));
        QCOMPARE(latest.json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(latest.json.value(QStringLiteral("answer")).toString(), answer);
        // Two pictures never share an id.
        QVERIFY(m_sim->get(QStringLiteral("/api/v1/captcha")).json.value(QStringLiteral("id")) !=
                QJsonValue(id));
    }

    // The non-visual alternative: a question in words a screen reader reads out, answered in
    // figures, accepted by POST /api/v1/spaces in place of the picture's characters. The test
    // works the answer out from the words, as a person would.
    void theQuestionIsTheNonVisualAlternativeToThePicture() {
        const QStringList words = {"zéro", "un",   "deux", "trois", "quatre", "cinq",
                                   "six",  "sept", "huit", "neuf",  "dix"};
        const QRegularExpression pattern(QStringLiteral(
            "^Combien font (\\S+) (plus|moins) (\\S+) \\? Répondez en chiffres\\.$"));
        const QString siret = SimHarness::siret(8);
        for (int round = 0; round < 2; ++round) {
            const auto reply = m_sim->get(QStringLiteral("/api/v1/captcha/question"));
            QCOMPARE(reply.status, 200);
            const QString id = reply.json.value(QStringLiteral("id")).toString();
            const QString question = reply.json.value(QStringLiteral("question")).toString();
            const auto match = pattern.match(question);
            QVERIFY2(match.hasMatch(), qPrintable(question));
            const qsizetype a = words.indexOf(match.captured(1));
            const qsizetype b = words.indexOf(match.captured(3));
            QVERIFY2(a > 0 && b > 0, qPrintable(question));
            const qsizetype answer = match.captured(2) == "plus" ? a + b : a - b;
            QVERIFY2(answer >= 0, qPrintable(question));
            QCOMPARE(captchaAnswer(*m_sim, id), QString::number(answer));
            const auto space =
                m_sim->post(QStringLiteral("/api/v1/spaces"),
                            {{QStringLiteral("siret"), siret},
                             {QStringLiteral("captchaId"), id},
                             {QStringLiteral("captchaAnswer"),
                              round == 0 ? QString::number(answer + 1) : QString::number(answer)},
                             {QStringLiteral("cguAccepted"), true}});
            if (round == 0) { // a wrong answer is refused, and uses the question up
                QCOMPARE(space.status, 422);
                QCOMPARE(space.error(), QStringLiteral("captcha_mismatch"));
            } else {
                QCOMPARE(space.status, 200);
            }
        }
    }

    void theCaptchaIsCaseInsensitiveSingleUseAndExpires() {
        const QString siret = SimHarness::siret(1);
        auto attempt = [&](const QString &id, const QString &answer) {
            return m_sim->post(QStringLiteral("/api/v1/spaces"),
                               {{QStringLiteral("siret"), siret},
                                {QStringLiteral("captchaId"), id},
                                {QStringLiteral("captchaAnswer"), answer},
                                {QStringLiteral("cguAccepted"), true}});
        };
        QString id = m_sim->get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        const QString answer = captchaAnswer(*m_sim, id);
        const auto first = attempt(id, QStringLiteral(" ") + answer.toLower());
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json.value(QStringLiteral("registrationToken")).toString().isEmpty());
        const auto again = attempt(id, answer);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.error(), QStringLiteral("captcha_mismatch"));

        id = m_sim->get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        QCOMPARE(attempt(id, QStringLiteral("ZZZZZZ")).status, 422);
        // A wrong answer used the picture up too.
        QCOMPARE(attempt(id, captchaAnswer(*m_sim, id)).status, 422);

        id = m_sim->get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        const QString late = captchaAnswer(*m_sim, id);
        m_sim->advanceClock(10 * 60 + 1);
        QCOMPARE(attempt(id, late).error(), QStringLiteral("captcha_mismatch"));
    }

    void theSpaceChecksTheSiretAndTheTerms() {
        const QString id =
            m_sim->get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        const QString answer = captchaAnswer(*m_sim, id);
        auto bad = m_sim->post(QStringLiteral("/api/v1/spaces"),
                               {{QStringLiteral("siret"), QStringLiteral("35600000000049")},
                                {QStringLiteral("captchaId"), id},
                                {QStringLiteral("captchaAnswer"), answer},
                                {QStringLiteral("cguAccepted"), true}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), QStringLiteral("invalid_siret"));
        QVERIFY(!bad.fieldMessage(QStringLiteral("siret")).isEmpty());
        auto noCgu = m_sim->post(QStringLiteral("/api/v1/spaces"),
                                 {{QStringLiteral("siret"), SimHarness::siret(2)},
                                  {QStringLiteral("captchaId"), id},
                                  {QStringLiteral("captchaAnswer"), answer}});
        QCOMPARE(noCgu.status, 400);
        QCOMPARE(noCgu.error(), QStringLiteral("cgu_not_accepted"));
        QCOMPARE(noCgu.message(),
                 QStringLiteral("N'oubliez pas de cocher les conditions générales d'utilisation "
                                "avant de valider votre demande."));
        // Neither failure used the picture up.
        const auto ok = m_sim->post(QStringLiteral("/api/v1/spaces"),
                                    {{QStringLiteral("siret"), SimHarness::siret(2)},
                                     {QStringLiteral("captchaId"), id},
                                     {QStringLiteral("captchaAnswer"), answer},
                                     {QStringLiteral("cguAccepted"), true}});
        QCOMPARE(ok.status, 200);
    }

    void anAcceptedRequestBringsThreeMailsWithBracketedCredentials() {
        const QString email = QStringLiteral("jeanne.martin@exemple.fr");
        const auto accepted = m_sim->requestAccount(SimHarness::siret(3), email);
        QCOMPARE(accepted.status, 202);
        const QJsonArray inbox = m_sim->mails(email);
        QCOMPARE(inbox.size(), 3);
        for (const QJsonValue &mail : inbox) {
            QCOMPARE(mail.toObject().value(QStringLiteral("from")).toString(), aspSender);
            QCOMPARE(mail.toObject().value(QStringLiteral("to")).toString(), email);
        }
        const QString identifierMail = inbox.at(0).toObject().value("body").toString();
        const QString passwordMail = inbox.at(1).toObject().value("body").toString();
        const QString habilitationMail = inbox.at(2).toObject().value("body").toString();
        QVERIFY(inbox.at(0).toObject().value("subject").toString().contains(u"identifiant"));
        QVERIFY(inbox.at(1).toObject().value("subject").toString().contains(u"mot de passe"));
        QVERIFY(inbox.at(2).toObject().value("subject").toString().contains(u"habilitation"));
        const QString identifier = SimHarness::bracketed(identifierMail);
        QVERIFY2(QRegularExpression(QStringLiteral("^AP[0-9]{7}$")).match(identifier).hasMatch(),
                 qPrintable(identifier));
        const QString password = SimHarness::bracketed(passwordMail);
        QVERIFY(apdesk::domain::PasswordPolicy::isAcceptable(password));
        for (const QChar c : password) {
            QVERIFY2(!QStringLiteral("[]()'\"` \\").contains(c), qPrintable(password));
        }
        QVERIFY(identifierMail.contains(u"Ne recopiez pas les crochets"));
        QVERIFY(habilitationMail.contains(SimHarness::siret(3)));
        QVERIFY(!habilitationMail.contains(password));
        // The temporary password opens a first-login session.
        const auto session = m_sim->post(QStringLiteral("/api/v1/sessions"),
                                         {{QStringLiteral("identifier"), identifier.toLower()},
                                          {QStringLiteral("password"), password}});
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value(QStringLiteral("mustChangePassword")).toBool(), true);
        QCOMPARE(session.json.value(QStringLiteral("mustSetSecret")).toBool(), false);
    }

    void aSiretIsTakenOnceARequestForItIsAccepted() {
        const QString siret = SimHarness::siret(4);
        // An abandoned wizard takes nothing: both get a registration token.
        const QString first = m_sim->registrationToken(siret);
        const QString second = m_sim->registrationToken(siret);
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        const QString email = QStringLiteral("paul.durand@exemple.fr");
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/account-requests"),
                            SimHarness::accountRequest(first, email))
                     .status,
                 202);
        const auto late =
            m_sim->post(QStringLiteral("/api/v1/account-requests"),
                        SimHarness::accountRequest(second, QStringLiteral("x@exemple.fr")));
        QCOMPARE(late.status, 409);
        QCOMPARE(late.error(), QStringLiteral("siret_taken"));
        // A new space for the SIRET is refused, naming the first user's address masked.
        const QString id =
            m_sim->get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        const auto taken =
            m_sim->post(QStringLiteral("/api/v1/spaces"),
                        {{QStringLiteral("siret"), siret},
                         {QStringLiteral("captchaId"), id},
                         {QStringLiteral("captchaAnswer"), captchaAnswer(*m_sim, id)},
                         {QStringLiteral("cguAccepted"), true}});
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.error(), QStringLiteral("siret_taken"));
        QVERIFY2(taken.message().contains(u"p***@exemple.fr"), qPrintable(taken.message()));
        QVERIFY(taken.message().contains(u"Contactez l'utilisateur"));
        QVERIFY(!taken.message().contains(email));
    }

    void anAddressBelongsToOneLoginAtMost() {
        const QString email = QStringLiteral("unique@exemple.fr");
        QCOMPARE(m_sim->requestAccount(SimHarness::siret(5), email).status, 202);
        const auto again = m_sim->requestAccount(SimHarness::siret(6), email.toUpper());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.error(), QStringLiteral("email_taken"));
        QVERIFY(!again.fieldMessage(QStringLiteral("contact.email")).isEmpty());
    }

    void theRequestFormRulesAreCheckedAgain_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("messagePart");
        const QString missing = QStringLiteral("Ce champ est obligatoire.");
        QTest::newRow("street of 29")
            << "establishment.street" << QJsonValue(QString(29, u'a')) << "invalid_fields"
            << "28 caractères au plus (29 saisis)";
        QTest::newRow("complement of 39")
            << "establishment.streetComplement" << QJsonValue(QString(39, u'é')) << "invalid_fields"
            << "38 caractères au plus (39 saisis)";
        QTest::newRow("postal code of 4 digits")
            << "establishment.postalCode" << QJsonValue("7501") << "invalid_fields"
            << "5";
        QTest::newRow("establishment e-mails differ")
            << "establishment.emailConfirmation" << QJsonValue("autre@boulangerie.fr")
            << "invalid_fields"
            << "pas identiques";
        QTest::newRow("contact e-mails differ")
            << "contact.emailConfirmation" << QJsonValue("jeanne@exemple.fr") << "invalid_fields"
            << "pas identiques";
        QTest::newRow("contact e-mail without @")
            << "contact.email" << QJsonValue("jeanne.exemple.fr") << "invalid_fields"
            << "@";
        QTest::newRow("establishment mobile")
            << "establishment.phone" << QJsonValue("06 12 34 56 78") << "invalid_fields"
            << "fixe";
        QTest::newRow("contact mobile")
            << "contact.phone" << QJsonValue("07 81 23 45 67") << "invalid_fields"
            << "fixe";
        QTest::newRow("no name") << "establishment.name" << QJsonValue("") << "missing_fields"
                                 << missing;
        QTest::newRow("blank city")
            << "establishment.city" << QJsonValue("   ") << "missing_fields" << missing;
        QTest::newRow("no first name")
            << "contact.firstName" << QJsonValue(QJsonValue::Null) << "missing_fields" << missing;
        QTest::newRow("no secret answer")
            << "secretAnswer" << QJsonValue("") << "missing_fields" << missing;
        QTest::newRow("terms not ticked")
            << "cguAccepted" << QJsonValue(false) << "cgu_not_accepted"
            << "N'oubliez pas de cocher";
    }
    void theRequestFormRulesAreCheckedAgain() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QFETCH(QString, messagePart);
        if (m_token.isEmpty()) {
            m_token = m_sim->registrationToken(SimHarness::siret(7));
        }
        const QJsonObject body = withField(
            SimHarness::accountRequest(m_token, QStringLiteral("form@exemple.fr")), field, value);
        const auto reply = m_sim->post(QStringLiteral("/api/v1/account-requests"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), error);
        QVERIFY2(reply.fieldMessage(field).contains(messagePart), reply.body.constData());
        if (error == QLatin1String("missing_fields")) {
            QCOMPARE(reply.message(), QStringLiteral("Tous les champs obligatoires (marqués d'un "
                                                     "*) ne sont pas renseignés."));
        }
        if (error == QLatin1String("cgu_not_accepted")) {
            QCOMPARE(reply.message(),
                     QStringLiteral("N'oubliez pas de cocher les conditions générales "
                                    "d'utilisation avant de valider votre demande."));
        }
    }

    void everyFieldErrorIsGivenAtOnce() {
        const QString token = m_sim->registrationToken(SimHarness::siret(8));
        QJsonObject body = SimHarness::accountRequest(token, QStringLiteral("all@exemple.fr"));
        body = withField(body, QStringLiteral("establishment.street"), QString(30, u'x'));
        body = withField(body, QStringLiteral("establishment.city"), QString());
        body = withField(body, QStringLiteral("contact.phone"), QStringLiteral("06 00 00 00 00"));
        body = withField(body, QStringLiteral("cguAccepted"), false);
        const auto reply = m_sim->post(QStringLiteral("/api/v1/account-requests"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("missing_fields"));
        for (const char *field :
             {"establishment.street", "establishment.city", "contact.phone", "cguAccepted"}) {
            QVERIFY2(!reply.fieldMessage(QLatin1String(field)).isEmpty(), field);
        }
        QCOMPARE(reply.json.value(QStringLiteral("fields")).toArray().size(), 4);
    }

    void theLengthLimitsAreInclusiveAndTheTokenSingleUse() {
        const QString token = m_sim->registrationToken(SimHarness::siret(9));
        QJsonObject body = SimHarness::accountRequest(token, QStringLiteral("limits@exemple.fr"));
        body = withField(body, QStringLiteral("establishment.street"), QString(28, u'é'));
        body = withField(body, QStringLiteral("establishment.streetComplement"), QString(38, u'b'));
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/account-requests"), body).status, 202);
        const auto reused = m_sim->post(QStringLiteral("/api/v1/account-requests"), body);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.error(), QStringLiteral("invalid_registration_token"));
    }

    void theRegistrationTokenExpiresAfterAnHour() {
        const QString token = m_sim->registrationToken(SimHarness::siret(10));
        m_sim->advanceClock(3601);
        const auto reply =
            m_sim->post(QStringLiteral("/api/v1/account-requests"),
                        SimHarness::accountRequest(token, QStringLiteral("late@exemple.fr")));
        QCOMPARE(reply.error(), QStringLiteral("invalid_registration_token"));
    }

    void theMailsComeAfterTheValidationDelay() {
        // A stopped clock: one second short of the delay must stay short, however long the
        // requests take on a loaded machine.
        SimHarness slow(
            true, 48 * 3600, QByteArray(),
            std::make_shared<apdesk::aspsim::SimClock>(QDateTime::currentDateTimeUtc()));
        QVERIFY(slow.isRunning());
        const QString email = QStringLiteral("patient@exemple.fr");
        QCOMPARE(slow.requestAccount(SimHarness::siret(11), email).status, 202);
        QCOMPARE(slow.mails(email).size(), 0);
        // Pending, the SIRET is already taken.
        QVERIFY(slow.registrationToken(SimHarness::siret(11)).isEmpty());
        slow.advanceClock(48 * 3600 - 1);
        QCOMPARE(slow.mails(email).size(), 0);
        slow.advanceClock(1);
        QCOMPARE(slow.mails(email).size(), 3);
    }

    void theMailboxShowsValidationsThatJustBecameDue() {
        // Service time moved without the admin route: the first read of the mailbox validates
        // what is due and waits for it.
        auto clock = std::make_shared<apdesk::aspsim::SimClock>();
        SimHarness sim(true, 3600, {}, clock);
        QVERIFY(sim.isRunning());
        const QString email = QStringLiteral("direct@exemple.fr");
        QCOMPARE(sim.requestAccount(SimHarness::siret(13), email).status, 202);
        QCOMPARE(sim.mails(email).size(), 0);
        clock->advance(3600);
        QCOMPARE(sim.mails(email).size(), 3);
    }

    void anEstablishmentOnSylaeGetsOnlyTheHabilitationMail() {
        const QString sylaeSiret = SimHarness::siret(12);
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("AP0000001")},
                                    {QStringLiteral("password"), QStringLiteral("Sylae2020!")},
                                    {QStringLiteral("firstName"), QStringLiteral("Luc")},
                                    {QStringLiteral("lastName"), QStringLiteral("Bernard")},
                                    {QStringLiteral("email"), QStringLiteral("luc@exemple.fr")},
                                    {QStringLiteral("secretQuestion"), QStringLiteral("Ville ?")},
                                    {QStringLiteral("secretAnswer"), QStringLiteral("Lyon")}}}},
            {QStringLiteral("otherExtranets"),
             QJsonArray{QJsonObject{{QStringLiteral("siret"), sylaeSiret},
                                    {QStringLiteral("extranet"), QStringLiteral("SYLAé")},
                                    {QStringLiteral("identifier"), QStringLiteral("AP0000001")}}}},
        };
        SimHarness seeded(true, 0, QJsonDocument(seed).toJson());
        QVERIFY2(seeded.isRunning(), qPrintable(seeded.errorString()));
        const QString contact = QStringLiteral("compta@exemple.fr");
        QCOMPARE(seeded.requestAccount(sylaeSiret, contact).status, 202);
        const QJsonArray inbox = seeded.mails(contact);
        QCOMPARE(inbox.size(), 1);
        QVERIFY(inbox.at(0).toObject().value("subject").toString().contains(u"habilitation"));
        QCOMPARE(seeded.mails(QStringLiteral("luc@exemple.fr")).size(), 0);
        // The same identifiant and password work, and reach the establishment.
        const QByteArray token =
            seeded.login(QStringLiteral("AP0000001"), QStringLiteral("Sylae2020!"));
        QVERIFY(!token.isEmpty());
        const auto list = seeded.get(QStringLiteral("/api/v1/establishments"), token);
        QCOMPARE(list.status, 200);
        const QJsonArray establishments = list.json.value("establishments").toArray();
        QCOMPARE(establishments.size(), 1);
        QCOMPARE(establishments.at(0).toObject().value("siret").toString(), sylaeSiret);
    }

private:
    std::unique_ptr<SimHarness> m_sim;
    QString m_token;
};

QTEST_MAIN(TestAspsimSpaces)
#include "test_aspsim_spaces.moc"
