// The fiche établissement, its users, further SIRETs on one login and the 200-establishment limit.
#include "simharness.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QString password = QStringLiteral("Mon-mot2passe");

QJsonObject seedUser(const QString &identifier, const QString &email) {
    return {{QStringLiteral("identifier"), identifier},
            {QStringLiteral("password"), password},
            {QStringLiteral("firstName"), QStringLiteral("Anne")},
            {QStringLiteral("lastName"), QStringLiteral("Roux")},
            {QStringLiteral("email"), email},
            {QStringLiteral("secretQuestion"), QStringLiteral("Ville ?")},
            {QStringLiteral("secretAnswer"), QStringLiteral("Nantes")}};
}

QJsonObject seedEstablishment(const QString &siret, const QString &identifier) {
    return {{QStringLiteral("siret"), siret},
            {QStringLiteral("name"), QStringLiteral("Cabinet Roux")},
            {QStringLiteral("street"), QStringLiteral("1 place du Commerce")},
            {QStringLiteral("postalCode"), QStringLiteral("44000")},
            {QStringLiteral("city"), QStringLiteral("Nantes")},
            {QStringLiteral("email"), QStringLiteral("cabinet@roux.fr")},
            {QStringLiteral("phone"), QStringLiteral("02 40 00 00 00")},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Roux")},
                         {QStringLiteral("firstName"), QStringLiteral("Anne")},
                         {QStringLiteral("email"), QStringLiteral("anne@roux.fr")},
                         {QStringLiteral("phone"), QStringLiteral("02 40 00 00 01")}}},
            {QStringLiteral("users"), QJsonArray{identifier}}};
}

} // namespace

class TestAspsimEstablishments final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
        m_siret = SimHarness::siret(40);
        m_identifier =
            m_sim->readyAccount(m_siret, QStringLiteral("principal@exemple.fr"), password);
        QVERIFY(!m_identifier.isEmpty());
        m_token = m_sim->login(m_identifier, password);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void theFicheShowsWhatTheRequestGave() {
        const auto list = m_sim->get(QStringLiteral("/api/v1/establishments"), m_token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value("establishments").toArray().size(), 1);
        const auto fiche = m_sim->get(QStringLiteral("/api/v1/establishments/") + m_siret, m_token);
        QCOMPARE(fiche.status, 200);
        QCOMPARE(fiche.json.value("name").toString(), QStringLiteral("Boulangerie Martin"));
        QCOMPARE(fiche.json.value("postalCode").toString(), QStringLiteral("75011"));
        QCOMPARE(fiche.json.value("phone").toString(), QStringLiteral("01 45 67 89 01"));
        QCOMPARE(fiche.json.value("contact").toObject().value("email").toString(),
                 QStringLiteral("principal@exemple.fr"));
        const auto other =
            m_sim->get(QStringLiteral("/api/v1/establishments/") + SimHarness::siret(41), m_token);
        QCOMPARE(other.status, 404);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments/") + m_siret).status, 401);
    }

    void theContactPersonCanChangeInTheFiche() {
        const QString path = QStringLiteral("/api/v1/establishments/") + m_siret;
        const QJsonObject newContact{
            {QStringLiteral("lastName"), QStringLiteral("Girard")},
            {QStringLiteral("firstName"), QStringLiteral("Marc")},
            {QStringLiteral("email"), QStringLiteral("marc@exemple.fr")},
            {QStringLiteral("emailConfirmation"), QStringLiteral("marc@exemple.fr")},
            {QStringLiteral("phone"), QStringLiteral("01 40 00 00 00")}};
        const auto changed = m_sim->call(
            "PATCH", path,
            QJsonDocument(QJsonObject{{QStringLiteral("contact"), newContact},
                                      {QStringLiteral("city"), QStringLiteral("Paris 11e")}})
                .toJson(),
            m_token);
        QCOMPARE(changed.status, 200);
        const auto fiche = m_sim->get(path, m_token);
        QCOMPARE(fiche.json.value("contact").toObject().value("lastName").toString(),
                 QStringLiteral("Girard"));
        QCOMPARE(fiche.json.value("city").toString(), QStringLiteral("Paris 11e"));
        QCOMPARE(fiche.json.value("street").toString(), QStringLiteral("12 rue des Lilas"));
        // The first user's own nom, prénom and e-mail did not change.
        const auto users = m_sim->get(path + QStringLiteral("/users"), m_token);
        const QJsonObject principal = users.json.value("users").toArray().at(0).toObject();
        QCOMPARE(principal.value("lastName").toString(), QStringLiteral("Martin"));
        QCOMPARE(principal.value("email").toString(), QStringLiteral("principal@exemple.fr"));
        QCOMPARE(principal.value("principal").toBool(), true);

        const auto tooLong = m_sim->call(
            "PATCH", path,
            QJsonDocument(QJsonObject{{QStringLiteral("street"), QString(29, u'r')}}).toJson(),
            m_token);
        QCOMPARE(tooLong.status, 400);
        QVERIFY(!tooLong.fieldMessage(QStringLiteral("establishment.street")).isEmpty());
        const auto unconfirmed = m_sim->call(
            "PATCH", path,
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("neuf@exemple.fr")}})
                .toJson(),
            m_token);
        QCOMPARE(unconfirmed.status, 400);
        QVERIFY(
            !unconfirmed.fieldMessage(QStringLiteral("establishment.emailConfirmation")).isEmpty());
        QCOMPARE(m_sim->call("PATCH", path, "not json", m_token).status, 400);
    }

    void theFirstUserAddsUsersWhoSetTheirOwnSecret() {
        const QString path = QStringLiteral("/api/v1/establishments/%1/users").arg(m_siret);
        const QString email = QStringLiteral("ajout@exemple.fr");
        const auto missing =
            m_sim->post(path, {{QStringLiteral("lastName"), QStringLiteral("Noé")}}, m_token);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.error(), QStringLiteral("missing_fields"));
        const auto added = m_sim->post(path,
                                       {{QStringLiteral("lastName"), QStringLiteral("Noé")},
                                        {QStringLiteral("firstName"), QStringLiteral("Inès")},
                                        {QStringLiteral("email"), email}},
                                       m_token);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json.value("principal").toBool(), false);
        const QJsonArray inbox = m_sim->mails(email);
        QCOMPARE(inbox.size(), 3);
        const QString identifier =
            SimHarness::bracketed(inbox.at(0).toObject().value("body").toString());
        const QString temporary =
            SimHarness::bracketed(inbox.at(1).toObject().value("body").toString());
        QCOMPARE(added.json.value("identifier").toString(), identifier);
        QCOMPARE(m_sim->get(path, m_token).json.value("users").toArray().size(), 2);

        const auto first = m_sim->post(
            QStringLiteral("/api/v1/sessions"),
            {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), temporary}});
        QCOMPARE(first.json.value("mustChangePassword").toBool(), true);
        QCOMPARE(first.json.value("mustSetSecret").toBool(), true);
        const QByteArray token = first.json.value("token").toString().toLatin1();
        const auto secret =
            m_sim->post(QStringLiteral("/api/v1/secret"),
                        {{QStringLiteral("secretQuestion"), QStringLiteral("Film ?")},
                         {QStringLiteral("secretAnswer"), QStringLiteral("Amélie")}},
                        token);
        QCOMPARE(secret.status, 204);
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/secret"),
                            {{QStringLiteral("secretQuestion"), QStringLiteral("Autre ?")},
                             {QStringLiteral("secretAnswer"), QStringLiteral("x")}},
                            token)
                     .error(),
                 QStringLiteral("secret_already_set"));
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/password"),
                            {{QStringLiteral("identifier"), identifier},
                             {QStringLiteral("currentPassword"), temporary},
                             {QStringLiteral("newPassword"), password}})
                     .status,
                 204);
        const auto ready = m_sim->post(
            QStringLiteral("/api/v1/sessions"),
            {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}});
        QCOMPARE(ready.json.value("mustChangePassword").toBool(), false);
        QCOMPARE(ready.json.value("mustSetSecret").toBool(), false);
        const QByteArray userToken = ready.json.value("token").toString().toLatin1();
        // An added user is not the principal one: no new users, no fiche changes.
        QCOMPARE(m_sim
                     ->post(path,
                            {{QStringLiteral("lastName"), QStringLiteral("X")},
                             {QStringLiteral("firstName"), QStringLiteral("Y")},
                             {QStringLiteral("email"), QStringLiteral("z@exemple.fr")}},
                            userToken)
                     .status,
                 403);
        QCOMPARE(
            m_sim
                ->call("PATCH", QStringLiteral("/api/v1/establishments/") + m_siret,
                       QJsonDocument(QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")}})
                           .toJson(),
                       userToken)
                .error(),
            QStringLiteral("not_principal_user"));
        QCOMPARE(m_sim
                     ->post(path,
                            {{QStringLiteral("lastName"), QStringLiteral("Noé")},
                             {QStringLiteral("firstName"), QStringLiteral("Inès")},
                             {QStringLiteral("email"), email}},
                            m_token)
                     .error(),
                 QStringLiteral("already_a_user"));
    }

    void aLoggedInUserAddsASiretToTheSameLogin() {
        const QString second = SimHarness::siret(42);
        const qsizetype before = m_sim->mails(QStringLiteral("principal@exemple.fr")).size();
        const auto accepted =
            m_sim->requestAccount(second, QStringLiteral("principal@exemple.fr"), m_token);
        QCOMPARE(accepted.status, 202);
        const QJsonArray inbox = m_sim->mails(QStringLiteral("principal@exemple.fr"));
        QCOMPARE(inbox.size(), before + 1); // the habilitation only: same credentials
        QVERIFY(inbox.last().toObject().value("subject").toString().contains(u"habilitation"));
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), m_token)
                     .json.value("establishments")
                     .toArray()
                     .size(),
                 2);
    }

    void oneLoginHoldsAtMostTwoHundredEstablishments() {
        QJsonArray establishments;
        for (int i = 0; i < 199; ++i) {
            establishments.append(seedEstablishment(SimHarness::siret(1000 + i), "AP0000200"));
        }
        for (int i = 0; i < 200; ++i) {
            establishments.append(seedEstablishment(SimHarness::siret(2000 + i), "AP0000300"));
        }
        const QJsonObject seed{
            {QStringLiteral("users"), QJsonArray{seedUser("AP0000200", "a199@exemple.fr"),
                                                 seedUser("AP0000300", "a200@exemple.fr")}},
            {QStringLiteral("establishments"), establishments}};
        SimHarness seeded(true, 0, QJsonDocument(seed).toJson());
        QVERIFY2(seeded.isRunning(), qPrintable(seeded.errorString()));

        const QByteArray full = seeded.login(QStringLiteral("AP0000300"), password);
        QCOMPARE(seeded.get(QStringLiteral("/api/v1/establishments"), full)
                     .json.value("establishments")
                     .toArray()
                     .size(),
                 200);
        const QString captcha =
            seeded.get(QStringLiteral("/api/v1/captcha")).json.value("id").toString();
        const auto refused = seeded.post(
            QStringLiteral("/api/v1/spaces"),
            {{QStringLiteral("siret"), SimHarness::siret(3000)},
             {QStringLiteral("captchaId"), captcha},
             {QStringLiteral("captchaAnswer"), seeded.get(QStringLiteral("/sim/captcha/") + captcha)
                                                   .json.value("answer")
                                                   .toString()},
             {QStringLiteral("cguAccepted"), true}},
            full);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("establishment_limit"));
        QVERIFY(refused.message().contains(u"200"));

        const QByteArray almost = seeded.login(QStringLiteral("AP0000200"), password);
        // A logged-in user's request needs no secret question: the login has one.
        QJsonObject body =
            SimHarness::accountRequest(seeded.registrationToken(SimHarness::siret(3001), almost),
                                       QStringLiteral("a199@exemple.fr"));
        body.remove(QStringLiteral("secretQuestion"));
        body.remove(QStringLiteral("secretAnswer"));
        QCOMPARE(seeded.post(QStringLiteral("/api/v1/account-requests"), body).status, 202);
        QCOMPARE(seeded.get(QStringLiteral("/api/v1/establishments"), almost)
                     .json.value("establishments")
                     .toArray()
                     .size(),
                 200);
        QVERIFY(seeded.registrationToken(SimHarness::siret(3002), almost).isEmpty());
    }

private:
    std::unique_ptr<SimHarness> m_sim;
    QString m_siret;
    QString m_identifier;
    QByteArray m_token;
};

QTEST_MAIN(TestAspsimEstablishments)
#include "test_aspsim_establishments.moc"
