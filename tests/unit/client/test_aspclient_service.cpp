// AspClient against the real simulated service, embedded on its own thread, over loopback HTTP:
// every typed call reaches its route and the service's answers come back typed, including its
// French errors and their extras (attemptsLeft, retryAfterSeconds), and an offline or stopped
// service as unreachable, answered at once (not a timeout).
#include "aspsim/embeddedservice.h"
#include "client/aspclient.h"
#include "client/jsontransport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using namespace apdesk::client;

namespace {

template <typename T> Outcome<T> await(const std::function<void(Callback<T>)> &call) {
    std::optional<Outcome<T>> result;
    call([&](const Outcome<T> &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
        // Not an ApiError::timeout: a client that never answers must not pass for one whose
        // transport timed out (or, through isUnreachable(), for an unreachable service).
        QTest::qFail("the client gave no answer at all within 15 s", __FILE__, __LINE__);
        return Outcome<T>::fail(ApiError::protocol(0, QStringLiteral("test: no answer")));
    }
    return *result;
}

// Well before the transport's own timeout: an answer that comes this fast is the service's (or
// the refused connection's), not the client giving up on a hang.
constexpr qint64 promptMs = JsonTransport::DefaultTimeoutMs / 4;

const QString siret = QStringLiteral("73282932000074");
const QString email = QStringLiteral("paul.durand@exemple.fr");

} // namespace

class TestAspClientService final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        aspsim::ServiceConfig config;
        config.databasePath = m_dir.filePath(QStringLiteral("asp.sqlite"));
        config.admin = true;
        // As the program runs its embedded service: the admin routes are its own.
        m_adminSecret = aspsim::EmbeddedService::newAdminSecret();
        config.adminSecret = m_adminSecret;
        QVERIFY2(m_service.start(config), qPrintable(m_service.errorString()));
        m_client = std::make_unique<AspClient>(&m_network, m_service.url());
        m_client->setAdminSecret(m_adminSecret);
    }

    void cleanupTestCase() {
        m_client.reset();
        m_service.stop();
    }

    void spaceAndAccountRequestAreTyped() {
        const auto captcha = await<Captcha>([&](auto cb) { m_client->fetchCaptcha(cb); });
        QVERIFY(captcha.isOk());
        QVERIFY(!QImage::fromData(captcha.value().png, "PNG").isNull());
        // The non-visual alternative comes typed too, with its own id.
        const auto question =
            await<CaptchaQuestion>([&](auto cb) { m_client->fetchCaptchaQuestion(cb); });
        QVERIFY(question.isOk());
        QVERIFY2(question.value().question.endsWith(QStringLiteral("Répondez en chiffres.")),
                 qPrintable(question.value().question));
        QVERIFY(question.value().id != captcha.value().id);

        // A wrong SIRET comes back as a field error in French.
        const auto invalid = await<QString>([&](auto cb) {
            m_client->createSpace(QStringLiteral("12345678901234"), captcha.value().id,
                                  QStringLiteral("x"), true, cb);
        });
        QCOMPARE(invalid.error().code, QStringLiteral("invalid_siret"));
        QVERIFY(!invalid.error().fieldMessage(QStringLiteral("siret")).isEmpty());

        const QJsonObject latest = adminGet(QStringLiteral("/sim/captcha/latest"));
        const auto token = await<QString>([&](auto cb) {
            m_client->createSpace(siret, latest.value(QStringLiteral("id")).toString(),
                                  latest.value(QStringLiteral("answer")).toString(), true, cb);
        });
        QVERIFY2(token.isOk(), qPrintable(token.isOk() ? QString() : token.error().message));

        AccountRequest request;
        request.registrationToken = token.value();
        request.establishment = {QStringLiteral("Garage Durand"),
                                 QStringLiteral("5 rue Haute"),
                                 QString(),
                                 QStringLiteral("69001"),
                                 QStringLiteral("Lyon"),
                                 email,
                                 email,
                                 QStringLiteral("04 72 00 00 01")};
        request.contact = {QStringLiteral("Durand"), QStringLiteral("Paul"), email,
                           QStringLiteral("autre@exemple.fr"), QStringLiteral("06 00 00 00 01")};
        request.secretQuestion = QStringLiteral("Quelle est votre ville de naissance ?");
        request.secretAnswer = QStringLiteral("Lyon");
        request.cguAccepted = true;
        // Two field errors at once: e-mails that differ and a mobile instead of a landline.
        const auto refused = await<Done>([&](auto cb) { m_client->requestAccount(request, cb); });
        QVERIFY(!refused.isOk());
        QVERIFY(
            !refused.error().fieldMessage(QStringLiteral("contact.emailConfirmation")).isEmpty());
        QVERIFY(!refused.error().fieldMessage(QStringLiteral("contact.phone")).isEmpty());

        request.contact.emailConfirmation = email;
        request.contact.phone = QStringLiteral("04 72 00 00 02");
        const auto accepted = await<Done>([&](auto cb) { m_client->requestAccount(request, cb); });
        QVERIFY2(accepted.isOk(),
                 qPrintable(accepted.isOk() ? QString() : accepted.error().message));
        QTRY_COMPARE(mailsTo(email).size(), 3);
    }

    void loginErrorsCarryTheirExtrasAndASessionWorks() {
        const QString identifier = bracketed(QStringLiteral("identifiant"));
        const QString password = bracketed(QStringLiteral("mot de passe"));
        QVERIFY(!identifier.isEmpty());

        const auto wrong = await<Session>(
            [&](auto cb) { m_client->login(identifier, QStringLiteral("Faux123!"), cb); });
        QCOMPARE(wrong.error().code, QStringLiteral("bad_credentials"));
        QCOMPARE(wrong.error().httpStatus, 401);
        QCOMPARE(wrong.error().body.value(QStringLiteral("attemptsLeft")).toInt(), 2);

        const auto first =
            await<Session>([&](auto cb) { m_client->login(identifier, password, cb); });
        QVERIFY(first.isOk());
        QVERIFY(first.value().mustChangePassword);
        QCOMPARE(first.value().user.displayName, QStringLiteral("paul.durand"));

        const auto changed = await<Done>([&](auto cb) {
            m_client->changePassword(identifier, password, QStringLiteral("Nouveau2026!"), cb);
        });
        QVERIFY(changed.isOk());
        const auto session = await<Session>(
            [&](auto cb) { m_client->login(identifier, QStringLiteral("Nouveau2026!"), cb); });
        QVERIFY(session.isOk());
        QVERIFY(!session.value().mustChangePassword);

        m_client->setSessionToken(session.value().token);
        establishmentCallsAreTyped();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(await<Done>([&](auto cb) { m_client->logout(cb); }).isOk());
        const auto after =
            await<QList<EstablishmentFile>>([&](auto cb) { m_client->fetchEstablishments(cb); });
        QCOMPARE(after.error().httpStatus, 401);
        QVERIFY(after.error().isSessionLost());
        m_client->setSessionToken({});

        // Three wrong passwords: the third answer is already "locked", with a countdown.
        for (int i = 0; i < 2; ++i)
            (void)await<Session>(
                [&](auto cb) { m_client->login(identifier, QStringLiteral("x"), cb); });
        const auto locked =
            await<Session>([&](auto cb) { m_client->login(identifier, QStringLiteral("x"), cb); });
        QCOMPARE(locked.error().code, QStringLiteral("locked"));
        QCOMPARE(locked.error().httpStatus, 423);
        QVERIFY(locked.error().body.value(QStringLiteral("retryAfterSeconds")).toInt() > 1700);
    }

    void challengesAreTyped() {
        const auto challenge = await<Challenge>([&](auto cb) { m_client->fetchChallenge(cb); });
        QVERIFY(challenge.isOk());
        QVERIFY(challenge.value().operation.contains(QRegularExpression(QStringLiteral("\\d"))));
    }

    // Issue 17: another program on the same computer does not know the secret.
    void anotherClientCannotReadTheMailbox() {
        AspClient stranger(&m_network, m_service.url());
        const auto refused = await<QJsonDocument>(
            [&](auto cb) { stranger.getJson(QStringLiteral("/sim/mailbox?to=") + email, cb); });
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().httpStatus, 403);
        QCOMPARE(refused.error().code, QStringLiteral("admin_secret_required"));
        QVERIFY(await<Challenge>([&](auto cb) { stranger.fetchChallenge(cb); }).isOk());
        QVERIFY(await<QJsonDocument>([&](auto cb) {
                    m_client->getJson(QStringLiteral("/sim/mailbox?to=") + email, cb);
                }).isOk());
    }

    void anOfflineServiceIsUnreachable() {
        adminPost(QStringLiteral("/sim/network"), {{QStringLiteral("online"), false}});
        QElapsedTimer clock;
        clock.start();
        const auto offline = await<Challenge>([&](auto cb) { m_client->fetchChallenge(cb); });
        const qint64 elapsed = clock.elapsed();
        adminPost(QStringLiteral("/sim/network"), {{QStringLiteral("online"), true}});
        QVERIFY(!offline.isOk());
        // isUnreachable() also holds for a timeout, whose message says "hors ligne" too: only
        // the kind, the 503 and the time taken tell the service's answer from a hang.
        QCOMPARE(offline.error().kind, ApiError::Kind::Unreachable);
        QCOMPARE(offline.error().httpStatus, 503);
        QVERIFY2(elapsed < promptMs,
                 qPrintable(QStringLiteral("answered after %1 ms").arg(elapsed)));
        QVERIFY(offline.error().isUnreachable());
        QVERIFY(offline.error().message.contains(QStringLiteral("hors ligne")));
    }

    void aStoppedServiceIsUnreachableAtOnce() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: the connection is refused
        AspClient stopped(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QElapsedTimer clock;
        clock.start();
        const auto refused = await<Challenge>([&](auto cb) { stopped.fetchChallenge(cb); });
        const qint64 elapsed = clock.elapsed();
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, ApiError::Kind::Unreachable);
        QCOMPARE(refused.error().httpStatus, 0);
        QVERIFY2(elapsed < promptMs,
                 qPrintable(QStringLiteral("answered after %1 ms").arg(elapsed)));
        QVERIFY(refused.error().message.contains(QStringLiteral("hors ligne")));
    }

private:
    // The fiche, its users and the mailbox, as the screens read and write them (session open).
    void establishmentCallsAreTyped() {
        const auto list =
            await<QList<EstablishmentFile>>([&](auto cb) { m_client->fetchEstablishments(cb); });
        QVERIFY(list.isOk());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().at(0).siret, siret);
        QCOMPARE(list.value().at(0).establishment.name, QStringLiteral("Garage Durand"));

        EstablishmentFile fiche = list.value().at(0);
        fiche.establishment.street = QStringLiteral("7 rue Basse");
        fiche.contact.firstName = QStringLiteral("Paulette");
        const auto saved = await<EstablishmentFile>(
            [&](auto cb) { m_client->updateEstablishment(siret, fiche, cb); });
        QVERIFY(saved.isOk());
        QCOMPARE(saved.value().establishment.street, QStringLiteral("7 rue Basse"));
        QCOMPARE(saved.value().establishment.city, QStringLiteral("Lyon"));
        QCOMPARE(saved.value().contact.email, email); // not sent, kept
        const auto read =
            await<EstablishmentFile>([&](auto cb) { m_client->fetchEstablishment(siret, cb); });
        QVERIFY(read.isOk());
        QCOMPARE(read.value().contact.firstName, QStringLiteral("Paulette"));
        // A field error names its field as the form does.
        fiche.establishment.phone = QStringLiteral("06 00 00 00 09");
        const auto mobile = await<EstablishmentFile>(
            [&](auto cb) { m_client->updateEstablishment(siret, fiche, cb); });
        QVERIFY(!mobile.error().fieldMessage(QStringLiteral("establishment.phone")).isEmpty());

        const auto added = await<Done>([&](auto cb) {
            m_client->addUser(siret,
                              {QStringLiteral("Martin"), QStringLiteral("Léa"),
                               QStringLiteral("lea.martin@exemple.fr")},
                              cb);
        });
        QVERIFY2(added.isOk(), qPrintable(added.isOk() ? QString() : added.error().message));
        const auto users =
            await<QList<EstablishmentUser>>([&](auto cb) { m_client->fetchUsers(siret, cb); });
        QVERIFY(users.isOk());
        QCOMPARE(users.value().size(), 2);
        QVERIFY(users.value().at(0).principal);
        QCOMPARE(users.value().at(0).displayName, QStringLiteral("paul.durand"));
        QCOMPARE(users.value().at(1).email, QStringLiteral("lea.martin@exemple.fr"));
        QVERIFY(!users.value().at(1).identifier.isEmpty());

        const auto mail = await<QList<Mail>>(
            [&](auto cb) { m_client->fetchMail(QStringLiteral("lea.martin@exemple.fr"), cb); });
        QVERIFY(mail.isOk());
        QVERIFY(!mail.value().isEmpty());
        QCOMPARE(mail.value().at(0).to, QStringLiteral("lea.martin@exemple.fr"));
        QVERIFY(mail.value().at(0).sentAt.isValid());
        QVERIFY(!mail.value().at(0).subject.isEmpty());
    }

    QJsonObject adminGet(const QString &path) {
        const auto outcome = await<QJsonDocument>([&](auto cb) { m_client->getJson(path, cb); });
        return outcome.isOk() ? outcome.value().object() : QJsonObject();
    }
    void adminPost(const QString &path, const QJsonObject &body) {
        (void)await<QJsonDocument>([&](auto cb) { m_client->sendJson("POST", path, body, cb); });
    }
    QJsonArray mailsTo(const QString &to) {
        return adminGet(QStringLiteral("/sim/mailbox?to=") + to)
            .value(QStringLiteral("mails"))
            .toArray();
    }
    QString bracketed(const QString &subjectPart) {
        const QJsonArray mails = mailsTo(email);
        for (const QJsonValue &mail : mails) {
            const QJsonObject m = mail.toObject();
            if (!m.value(QStringLiteral("subject")).toString().contains(subjectPart))
                continue;
            const auto match = QRegularExpression(QStringLiteral("\\[([^\\]]+)\\]"))
                                   .match(m.value(QStringLiteral("body")).toString());
            if (match.hasMatch())
                return match.captured(1);
        }
        return {};
    }

    QTemporaryDir m_dir;
    QByteArray m_adminSecret;
    aspsim::EmbeddedService m_service;
    QNetworkAccessManager m_network;
    std::unique_ptr<AspClient> m_client;
};

QTEST_MAIN(TestAspClientService)
#include "test_aspclient_service.moc"
