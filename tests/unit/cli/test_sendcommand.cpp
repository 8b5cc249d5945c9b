// apdesk-cli send and status against the simulated ASP on loopback (issue 14), through the real
// executable on a real store file: a claim leaves the outbox exactly once — sent twice, sent
// offline then online, its answer lost on the way back, the program killed (SIGKILL) or the
// service stopped at several moments of the exchange, two processes sending it at once — and its
// status is followed to the payment of the allocation the program computed, to the cent.
#include "cliprocess.h"
#include "exchangetesthelpers.h"

#include "aspsim/embeddedservice.h"
#include "aspsim/simclock.h"
#include "client/keychaincredentialstore.h"
#include "store/decisioncacherepository.h"
#include "store/outboxrepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

using namespace apdesk;
using namespace apdesk::testing;

namespace {

const QString siret = QStringLiteral("73282932000074");
const QByteArray password = "Sylae2020!";
// The two decisions, on the service and in the program's cache: the first half of 2021, then
// the second.
struct Terms {
    const char *number;
    QDate start;
    QDate end;
};
const Terms firstHalf{"075-2021-0042", QDate(2021, 1, 1), QDate(2021, 6, 30)};
const Terms secondHalf{"075-2021-0043", QDate(2021, 7, 1), QDate(2021, 12, 31)};

QByteArray seed() {
    QJsonArray decisions;
    for (const Terms &t : {firstHalf, secondHalf}) {
        decisions << QJsonObject{{"siret", siret},
                                 {"number", t.number},
                                 {"periodStart", t.start.toString(Qt::ISODate)},
                                 {"periodEnd", t.end.toString(Qt::ISODate)},
                                 {"form", 1},
                                 {"scheme", "common"},
                                 {"motive", 5},
                                 {"authorisedHours", "5000"},
                                 {"authorisedHeadcount", 10}};
    }
    const QJsonObject json{
        {"users", QJsonArray{QJsonObject{{"identifier", "AP0000001"},
                                         {"password", QString::fromLatin1(password)},
                                         {"firstName", "Luc"},
                                         {"lastName", "Bernard"},
                                         {"email", "luc@exemple.fr"},
                                         {"secretQuestion", "Ville ?"},
                                         {"secretAnswer", "Lyon"},
                                         {"firstLoginDone", true},
                                         {"mustChangePassword", false}}}},
        {"establishments",
         QJsonArray{QJsonObject{{"siret", siret},
                                {"name", "Boulangerie Martin"},
                                {"street", "12 rue des Lilas"},
                                {"postalCode", "75011"},
                                {"city", "Paris"},
                                {"email", "contact@boulangerie-martin.fr"},
                                {"phone", "01 45 67 89 01"},
                                {"contact", QJsonObject{{"lastName", "Martin"},
                                                        {"firstName", "Jeanne"},
                                                        {"email", "jeanne@exemple.fr"},
                                                        {"phone", "09 87 65 43 21"}}},
                                {"users", QJsonArray{"AP0000001"}}}}},
        {"decisions", decisions}};
    return QJsonDocument(json).toJson();
}

} // namespace

class TestSendCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // 20 December 2021: every month of the year is over, and the first half's filing
        // deadline (30 December) not yet passed.
        m_clock = std::make_shared<aspsim::SimClock>(
            QDateTime(QDate(2021, 12, 20), QTime(9, 0), Qt::UTC));
        QVERIFY2(startService(), qPrintable(m_service.errorString()));

        m_db = m_dir.filePath(QStringLiteral("apdesk.sqlite"));
        QVERIFY(createStore(m_db)); // claim 1: April 2021, on the first half's decision
        {
            auto opened = store::Store::open(m_db);
            QVERIFY(opened);
            const auto s = std::move(opened).value();
            for (const Terms &t : {firstHalf, secondHalf}) {
                store::CachedDecision d;
                d.number = QString::fromLatin1(t.number);
                d.siret = siret;
                d.periodStart = t.start;
                d.periodEnd = t.end;
                d.form = 1;
                d.scheme = QStringLiteral("common");
                d.authorisedHours = domain::Hours::fromHundredths(500000);
                d.authorisedHeadcount = 10;
                QVERIFY(s->decisionCache().put(d));
            }
        }
        for (const char *file : {"employees-excel.csv", "employees-libreoffice.csv"}) {
            QCOMPARE(runCli({"import", "--db", m_db, "employees", csvData(file)}).exitCode, 0);
        }
        QCOMPARE(runCli({"import", "--db", m_db, "hours", "--claim", "1",
                         csvData("hours-april-2021.csv")})
                     .exitCode,
                 0);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("APDESK_USER"), QStringLiteral("AP0000001"));
        m_env.insert(QStringLiteral("APDESK_SERVICE_URL"), m_service.url().toString());
    }
    void cleanupTestCase() { m_service.stop(); }

    void aClaimIsSentOnceWithTheProgramsAmount() {
        CliRun run = send({"--claim", "1"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject report = parseJson(run.out);
        QCOMPARE(report["queued"].toArray(), QJsonArray{1});
        QCOMPARE(report["sent"].toInt(), 1);
        QCOMPARE(localStatus(1), QStringLiteral("sent"));
        QCOMPARE(atTheAsp().size(), 1);
        const QJsonObject asp = atTheAsp().at(0).toObject();
        QCOMPARE(asp["month"].toString(), QStringLiteral("2021-04"));
        QCOMPARE(cents(asp["allocation"].toString()), localAllocationCents(1));
        QCOMPARE(cents(asp["indemnity"].toString()), localTotals(1)["indemnityCents"].toInteger());

        // Sent already: nothing leaves again.
        run = send({"--claim", "1"});
        QCOMPARE(run.exitCode, 0);
        report = parseJson(run.out);
        QCOMPARE(report["queued"].toArray().size(), 0);
        QCOMPARE(report["sent"].toInt(), 0);
        QCOMPARE(atTheAsp().size(), 1);
    }

    void aClaimWithABlockingProblemStaysInPreparation() {
        // 60 h worked in a week of at most 35: blocking. It stays in preparation, so --all-ready
        // leaves it out too.
        const qint64 id = newClaim(secondHalf, QDate(2021, 11, 1), "60");
        const CliRun run = send({"--claim", QString::number(id)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = parseJson(run.out);
        const QString message =
            report["notQueued"].toArray().at(0).toObject()["message"].toString();
        QVERIFY2(message.contains(u"bloquant"), qPrintable(run.out));
        QCOMPARE(localStatus(id), QStringLiteral("preparation"));
        QCOMPARE(atTheAsp().size(), 1);
    }

    void statusFollowsTheClaimToItsPayment() {
        CliRun run = status();
        QCOMPARE(run.exitCode, 0);
        QJsonObject claim = claimOf(parseJson(run.out), 1);
        QCOMPARE(claim["status"].toString(), QStringLiteral("sent"));
        QCOMPARE(claim["outbox"].toObject()["state"].toString(), QStringLiteral("sent"));
        QCOMPARE(claim["asp"].toObject()["status"].toInt(), 19);

        QVERIFY(admin("POST", "/sim/clock", R"({"advanceSeconds": 345600})").startsWith("{"));
        run = status();
        QCOMPARE(run.exitCode, 0);
        claim = claimOf(parseJson(run.out), 1);
        const QJsonObject asp = claim["asp"].toObject();
        QCOMPARE(asp["status"].toInt(), 11);
        QCOMPARE(asp["statusLabel"].toString(), QStringLiteral("Paiement effectué"));
        QCOMPARE(cents(asp["paid"].toString()), localAllocationCents(1));
        QCOMPARE(asp["history"].toArray().size(), 5);
    }

    void offlineTheClaimWaitsThenLeaves() {
        const qint64 id = newClaim(firstHalf, QDate(2021, 5, 1), "10");
        setOnline(false);
        CliRun run = send({"--claim", QString::number(id)});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(parseJson(run.out)["retrying"].toInt(), 1);
        QCOMPARE(localStatus(id), QStringLiteral("queued"));
        run = status();
        QCOMPARE(run.exitCode, 4);
        // Not even a login could be tried: the entry waits, its attempts unchanged.
        QCOMPARE(claimOf(parseJson(run.out), id)["outbox"].toObject()["state"].toString(),
                 QStringLiteral("pending"));

        setOnline(true);
        run = send({});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJson(run.out)["sent"].toInt(), 1);
        QCOMPARE(localStatus(id), QStringLiteral("sent"));
        QCOMPARE(monthsAtTheAsp().count(QStringLiteral("2021-05")), 1);
    }

    void anAnswerLostOnTheWayBackMakesNoSecondClaim() {
        const qint64 id = newClaim(firstHalf, QDate(2021, 6, 1), "12");
        setOnline(false);
        QCOMPARE(send({"--claim", QString::number(id)}).exitCode, 4);
        setOnline(true);
        // The first attempt reached the service, whose answer never came back: the service holds
        // the claim, the program still has it in its outbox.
        const store::OutboxEntry entry = pendingEntry(id);
        const QByteArray body =
            QJsonDocument(QJsonObject{{"idempotencyKey", entry.idempotencyKey},
                                      {"claim", QJsonDocument::fromJson(entry.payload).object()}})
                .toJson();
        QCOMPARE(post(QStringLiteral("/api/v1/establishments/%1/claims").arg(siret), body, login()),
                 201);
        const CliRun run = send({});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(parseJson(run.out)["sent"].toInt() == 1, qPrintable(run.out));
        QCOMPARE(monthsAtTheAsp().count(QStringLiteral("2021-06")), 1);
        QCOMPARE(localStatus(id), QStringLiteral("sent"));
    }

    // Killed at several moments of the exchange (starting, logging in, sending, writing down the
    // answer), then run again: one claim at the service each time.
    void killedAtAnyMomentTheClaimArrivesOnce_data() {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("at start") << 7 << 20;
        QTest::newRow("early") << 8 << 120;
        QTest::newRow("logging in") << 9 << 250;
        QTest::newRow("sending") << 10 << 450;
    }
    void killedAtAnyMomentTheClaimArrivesOnce() {
        QFETCH(int, month);
        QFETCH(int, killAfterMs);
        const qint64 id = newClaim(secondHalf, QDate(2021, month, 1), "8");
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(cliPath(), {"--db", m_db, "send", "--claim", QString::number(id)});
        process.write(password + '\n');
        process.closeWriteChannel();
        QThread::msleep(killAfterMs);
        process.kill();
        process.waitForFinished();

        const CliRun run = send({"--claim", QString::number(id)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(localStatus(id), QStringLiteral("sent"));
        QCOMPARE(monthsAtTheAsp().count(QDate(2021, month, 1).toString("yyyy-MM")), 1);
    }

    // The service stops while a sending is under way, then comes back on the same database.
    void theServiceStoppedDuringASendingHoldsTheClaimOnce_data() {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("stopAfterMs");
        QTest::newRow("before the login") << 1 << 50;
        QTest::newRow("around the sending") << 2 << 350;
        QTest::newRow("after") << 3 << 900;
    }
    void theServiceStoppedDuringASendingHoldsTheClaimOnce() {
        QFETCH(int, month);
        QFETCH(int, stopAfterMs);
        const qint64 id = newClaim(firstHalf, QDate(2021, month, 1), "9");
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(cliPath(), {"--db", m_db, "send", "--claim", QString::number(id)});
        process.write(password + '\n');
        process.closeWriteChannel();
        QThread::msleep(stopAfterMs);
        m_service.stop();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0 || process.exitCode() == 4,
                 process.readAllStandardError().constData());
        QVERIFY2(startService(), qPrintable(m_service.errorString()));

        const CliRun run = send({"--claim", QString::number(id)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(localStatus(id), QStringLiteral("sent"));
        QCOMPARE(monthsAtTheAsp().count(QDate(2021, month, 1).toString("yyyy-MM")), 1);
    }

    void twoProcessesSendingAtOnceMakeOneClaim() {
        const qint64 id = newClaim(secondHalf, QDate(2021, 12, 1), "6");
        // December is not over on the service's date; that does not matter here.
        QProcess first;
        QProcess second;
        for (QProcess *process : {&first, &second}) {
            process->setProcessEnvironment(m_env);
            process->start(cliPath(), {"--db", m_db, "send", "--all-ready"});
            process->write(password + '\n');
            process->closeWriteChannel();
        }
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        const CliRun run = send({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(localStatus(id), QStringLiteral("sent"));
        QCOMPARE(monthsAtTheAsp().count(QStringLiteral("2021-12")), 1);
    }

    void withoutAServiceOrALoginTheCommandSaysWhatIsExpected() {
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("APDESK_SERVICE_URL"));
        CliRun run = runCli({"--db", m_db, "send"}, bare);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"APDESK_SERVICE_URL"), qPrintable(run.err));
        run = runCli({"--db", m_db, "status"}, m_env, "faux\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"incorrect"), qPrintable(run.err));
    }

    // --keychain: the password "Se souvenir de moi" kept for that login in the platform's
    // keyring (the test run's own gnome-keyring), nothing on standard input.
    void thePasswordCanComeFromTheKeychain() {
        client::KeychainCredentialStore keyring(client::KeychainCredentialStore::programService());
        std::optional<client::CredentialStore::Result> written;
        keyring.write(QStringLiteral("AP0000001"), QString::fromLatin1(password),
                      [&](const client::CredentialStore::Result &result) { written = result; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        QVERIFY2(written->status == client::CredentialStore::Status::Ok,
                 qPrintable(written->message));

        CliRun run = runCli({"--db", m_db, "status", "--keychain"}, m_env);
        QCOMPARE(run.exitCode, 0);
        // Logged in: the sent claim's status at the ASP is there (null without a session).
        bool someAtTheAsp = false;
        for (const QJsonValue &claim : parseJson(run.out)["claims"].toArray())
            someAtTheAsp = someAtTheAsp || claim["asp"].isObject();
        QVERIFY2(someAtTheAsp, qPrintable(run.out));

        // A login the keyring does not know: said plainly, and no login tried.
        QProcessEnvironment other = m_env;
        other.insert(QStringLiteral("APDESK_USER"), QStringLiteral("AP0000099"));
        run = runCli({"--db", m_db, "status", "--keychain"}, other);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"ne garde aucun mot de passe pour AP0000099"),
                 qPrintable(run.err));

        // The entry goes, so that a run on a developer's own session leaves nothing behind.
        bool removed = false;
        keyring.remove(QStringLiteral("AP0000001"), [&](const auto &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

private:
    bool startService() {
        aspsim::ServiceConfig config;
        config.databasePath = m_dir.filePath(QStringLiteral("asp.sqlite"));
        config.admin = true;
        config.seedJson = seed();
        config.clock = m_clock;
        config.port = m_port; // the same port when it comes back
        const bool started = m_service.start(config);
        m_port = m_service.port();
        return started;
    }

    CliRun send(const QStringList &arguments) {
        return runCli(QStringList{"--db", m_db, "send"} + arguments, m_env, password + '\n');
    }
    CliRun status() { return runCli({"--db", m_db, "status"}, m_env, password + '\n'); }

    // A claim of `month` on the decision with one week of `worked` hours for Paul Durand.
    qint64 newClaim(const Terms &terms, const QDate &month, const char *worked) {
        auto opened = store::Store::open(m_db);
        if (!opened)
            return 0;
        const auto s = std::move(opened).value();
        const auto claim = s->claims().create(1, QString::fromLatin1(terms.number), month);
        if (!claim)
            return 0;
        const QString hours = m_dir.filePath(QStringLiteral("hours-%1.csv").arg(claim->id));
        QFile file(hours);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        const QDate monday = month.addDays(7 - month.dayOfWeek() + 1);
        file.write(QStringLiteral("Matricule;Semaine du;Heures travaillées\n001;%1;%2\n")
                       .arg(monday.toString(QStringLiteral("dd/MM/yyyy")), QLatin1String(worked))
                       .toUtf8());
        file.close();
        runCli({"import", "--db", m_db, "hours", "--claim", QString::number(claim->id), hours});
        return claim->id;
    }
    store::OutboxEntry pendingEntry(qint64 claimId) {
        auto opened = store::Store::open(m_db);
        if (!opened)
            return {};
        const auto entries = std::move(opened).value()->outbox().entriesOf(claimId);
        return entries && !entries->isEmpty() ? entries->last() : store::OutboxEntry{};
    }

    QString localStatus(qint64 claimId) {
        const CliRun run = runCli({"claims", "--db", m_db, "--claim", QString::number(claimId)});
        return parseJson(run.out)["claims"].toArray().at(0).toObject()["status"].toString();
    }
    QJsonObject localTotals(qint64 claimId) {
        const CliRun run = runCli({"claims", "--db", m_db, "--claim", QString::number(claimId)});
        return parseJson(run.out)["claims"].toArray().at(0).toObject()["totals"].toObject();
    }
    qint64 localAllocationCents(qint64 claimId) {
        return localTotals(claimId)["allocationCents"].toInteger();
    }
    static qint64 cents(const QString &text) {
        const QStringList parts = text.split(u'.');
        return parts.value(0).toLongLong() * 100 + parts.value(1).toLongLong();
    }
    static QJsonObject claimOf(const QJsonObject &status, qint64 id) {
        for (const QJsonValue &claim : status["claims"].toArray()) {
            if (claim["id"].toInteger() == id)
                return claim.toObject();
        }
        return {};
    }

    // Real HTTP to the service, as a third party would.
    QByteArray request(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &token, int *status = nullptr) {
        QNetworkRequest request(m_service.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }
    QByteArray admin(const QByteArray &method, const QString &path, const QByteArray &body) {
        return request(method, path, body, {});
    }
    int post(const QString &path, const QByteArray &body, const QByteArray &token) {
        int status = 0;
        request("POST", path, body, token, &status);
        return status;
    }
    QByteArray login() {
        const QByteArray answer =
            request("POST", QStringLiteral("/api/v1/sessions"),
                    R"({"identifier": "AP0000001", "password": "Sylae2020!"})", {});
        return QJsonDocument::fromJson(answer).object()["token"].toString().toLatin1();
    }
    void setOnline(bool online) {
        admin("POST", QStringLiteral("/sim/network"),
              online ? R"({"online": true})" : R"({"online": false})");
    }
    QJsonArray atTheAsp() {
        const QByteArray answer = request(
            "GET", QStringLiteral("/api/v1/establishments/%1/claims").arg(siret), {}, login());
        return QJsonDocument::fromJson(answer).object()["claims"].toArray();
    }
    QStringList monthsAtTheAsp() {
        QStringList months;
        for (const QJsonValue &claim : atTheAsp())
            months << claim["month"].toString();
        return months;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<aspsim::SimClock> m_clock;
    aspsim::EmbeddedService m_service;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QString m_db;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestSendCommand)
#include "test_sendcommand.moc"
