// Logging in: the lockout after 3 wrong passwords (unknown identifiers alike), the first login
// and its password change, logout, idle expiry, parallel logins.
#include "simharness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString newPassword = QStringLiteral("Nouveau-mot2passe");

QJsonObject credentials(const QString &identifier, const QString &password) {
    return {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}};
}

} // namespace

class TestAspsimSessions final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // A stopped clock: the lockout and idle checks below count seconds, and on a loaded
        // machine a second of system time can pass between two requests.
        m_sim = std::make_unique<SimHarness>(
            true, 0, QByteArray(),
            std::make_shared<apdesk::aspsim::SimClock>(QDateTime::currentDateTimeUtc()));
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->errorString()));
    }
    void cleanupTestCase() { m_sim.reset(); }

    void theFirstLoginOnlyAllowsChangingThePassword() {
        const QString email = QStringLiteral("hugo.leroy@exemple.fr");
        QCOMPARE(m_sim->requestAccount(SimHarness::siret(21), email).status, 202);
        const QJsonArray inbox = m_sim->mails(email);
        const QString identifier =
            SimHarness::bracketed(inbox.at(0).toObject().value("body").toString());
        const QString temporary =
            SimHarness::bracketed(inbox.at(1).toObject().value("body").toString());

        const auto first =
            m_sim->post(QStringLiteral("/api/v1/sessions"), credentials(identifier, temporary));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value("mustChangePassword").toBool(), true);
        QCOMPARE(first.json.value("mustSetSecret").toBool(), false);
        const QJsonObject user = first.json.value("user").toObject();
        QCOMPARE(user.value("displayName").toString(), QStringLiteral("jeanne.martin"));
        QCOMPARE(user.value("firstName").toString(), QStringLiteral("Jeanne"));
        const QByteArray token = first.json.value("token").toString().toLatin1();
        QCOMPARE(token.size(), 43); // 256 bits, base64url

        const auto blocked = m_sim->get(QStringLiteral("/api/v1/establishments"), token);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.error(), QStringLiteral("first_login_incomplete"));

        auto change = [&](const QString &current, const QString &next) {
            return m_sim->post(QStringLiteral("/api/v1/password"),
                               {{QStringLiteral("identifier"), identifier},
                                {QStringLiteral("currentPassword"), current},
                                {QStringLiteral("newPassword"), next}});
        };
        const auto weak = change(temporary, QStringLiteral("abc"));
        QCOMPARE(weak.status, 400);
        QCOMPARE(weak.error(), QStringLiteral("weak_password"));
        QCOMPARE(weak.json.value("unmetRules").toArray().size(), 3);
        QCOMPARE(weak.json.value("fields").toArray().size(), 3);
        const auto noSpecial = change(temporary, QStringLiteral("abcdefgh1"));
        QCOMPARE(noSpecial.json.value("unmetRules").toArray().size(), 1);
        const auto same = change(temporary, temporary);
        QCOMPARE(same.status, 400);
        QCOMPARE(same.error(), QStringLiteral("same_password"));
        QCOMPARE(change(temporary, newPassword).status, 204);

        // Back to the login page: the first session is over, the temporary password too.
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), token).status, 401);
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/sessions"), credentials(identifier, temporary))
                     .status,
                 401);
        const auto again =
            m_sim->post(QStringLiteral("/api/v1/sessions"), credentials(identifier, newPassword));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value("mustChangePassword").toBool(), false);
        const auto list = m_sim->get(QStringLiteral("/api/v1/establishments"),
                                     again.json.value("token").toString().toLatin1());
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value("establishments").toArray().size(), 1);
    }

    void passwordsAreKeptExactlyAsTyped() {
        const QString spaced = QStringLiteral(" Deux mots 2! ");
        const QString identifier = m_sim->readyAccount(
            SimHarness::siret(22), QStringLiteral("espaces@exemple.fr"), spaced);
        QVERIFY(!identifier.isEmpty());
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/sessions"),
                            credentials(identifier, spaced.trimmed()))
                     .status,
                 401);
        QCOMPARE(
            m_sim->post(QStringLiteral("/api/v1/sessions"), credentials(identifier, spaced)).status,
            200);
    }

    void threeWrongPasswordsLockForThirtyMinutes() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        auto attempt = [&](const QString &password) {
            return m_sim->post(QStringLiteral("/api/v1/sessions"),
                               credentials(identifier, password));
        };
        const auto one = attempt(QStringLiteral("faux-1"));
        QCOMPARE(one.status, 401);
        QCOMPARE(one.error(), QStringLiteral("bad_credentials"));
        QCOMPARE(one.json.value("attemptsLeft").toInt(), 2);
        QCOMPARE(attempt(QStringLiteral("faux-2")).json.value("attemptsLeft").toInt(), 1);
        const auto third = attempt(QStringLiteral("faux-3"));
        QCOMPARE(third.status, 423);
        QCOMPARE(third.error(), QStringLiteral("locked"));
        QCOMPARE(third.json.value("retryAfterSeconds").toInt(), 1800);
        QCOMPARE(third.header("Retry-After"), QByteArray("1800"));
        const QDateTime unlockAt =
            QDateTime::fromString(third.json.value("unlockAt").toString(), Qt::ISODate);
        const QDateTime serviceNow = QDateTime::fromString(
            m_sim->get(QStringLiteral("/sim/clock")).json.value("serviceTime").toString(),
            Qt::ISODate);
        QCOMPARE(serviceNow.secsTo(unlockAt), 1800);

        // Locked, even the right password gets 423, counting down.
        m_sim->advanceClock(1799);
        const auto stillLocked = attempt(newPassword);
        QCOMPARE(stillLocked.status, 423);
        QCOMPARE(stillLocked.json.value("retryAfterSeconds").toInt(), 1);
        m_sim->advanceClock(1);
        // Unlocked, the count starts again from three.
        QCOMPARE(attempt(QStringLiteral("faux-4")).json.value("attemptsLeft").toInt(), 2);
        QCOMPARE(attempt(newPassword).status, 200);

        // A success resets the count.
        QCOMPARE(attempt(QStringLiteral("faux")).json.value("attemptsLeft").toInt(), 2);
        QCOMPARE(attempt(newPassword).status, 200);
        QCOMPARE(attempt(QStringLiteral("faux")).json.value("attemptsLeft").toInt(), 2);
        QCOMPARE(attempt(newPassword).status, 200);
    }

    void anUnknownIdentifierGetsTheSameAnswers() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        QList<SimHarness::Reply> known;
        QList<SimHarness::Reply> unknown;
        for (int i = 0; i < 4; ++i) {
            known.append(m_sim->post(QStringLiteral("/api/v1/sessions"),
                                     credentials(identifier, QStringLiteral("mauvais"))));
            unknown.append(
                m_sim->post(QStringLiteral("/api/v1/sessions"),
                            credentials(QStringLiteral("AP9999999"), QStringLiteral("mauvais"))));
        }
        m_sim->advanceClock(1800); // the made-up identifier unlocked too, for other slots
        QList<int> statuses;
        for (qsizetype i = 0; i < known.size(); ++i) {
            const auto &k = known.at(i);
            const auto &u = unknown.at(i);
            statuses.append(k.status);
            QCOMPARE(u.status, k.status);
            QCOMPARE(u.error(), k.error());
            QCOMPARE(u.message(), k.message());
            QCOMPARE(u.json.value("attemptsLeft"), k.json.value("attemptsLeft"));
            QCOMPARE(u.json.value("retryAfterSeconds"), k.json.value("retryAfterSeconds"));
            QCOMPARE(u.json.keys(), k.json.keys());
        }
        QCOMPARE(statuses, (QList<int>{401, 401, 423, 423}));
    }

    void aWrongCurrentPasswordCountsAsAFailedLogin() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        auto change = [&](const QString &current) {
            return m_sim->post(
                QStringLiteral("/api/v1/password"),
                {{QStringLiteral("identifier"), identifier},
                 {QStringLiteral("currentPassword"), current},
                 {QStringLiteral("newPassword"), QStringLiteral("Autre-mot2passe")}});
        };
        const auto one = change(QStringLiteral("faux"));
        QCOMPARE(one.status, 401);
        QCOMPARE(one.json.value("attemptsLeft").toInt(), 2);
        QCOMPARE(m_sim
                     ->post(QStringLiteral("/api/v1/sessions"),
                            credentials(identifier, QStringLiteral("faux")))
                     .json.value("attemptsLeft")
                     .toInt(),
                 1);
        QCOMPARE(change(QStringLiteral("faux")).status, 423);
        QCOMPARE(change(newPassword).status, 423);
        m_sim->advanceClock(1800);
        QCOMPARE(
            m_sim->post(QStringLiteral("/api/v1/sessions"), credentials(identifier, newPassword))
                .status,
            200);
    }

    void logoutRevokesTheToken() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        const QByteArray token = m_sim->login(identifier, newPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), token).status, 200);
        QCOMPARE(
            m_sim->call("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, token).status,
            204);
        const auto after = m_sim->get(QStringLiteral("/api/v1/establishments"), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.error(), QStringLiteral("session_expired"));
        QCOMPARE(m_sim->call("DELETE", QStringLiteral("/api/v1/sessions/current")).status, 401);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), "forged-token").status, 401);
    }

    void aSessionExpiresAfterThirtyIdleMinutes() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        const QByteArray token = m_sim->login(identifier, newPassword);
        m_sim->advanceClock(29 * 60);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), token).status, 200);
        // The request above counted as activity.
        m_sim->advanceClock(29 * 60);
        QCOMPARE(m_sim->get(QStringLiteral("/api/v1/establishments"), token).status, 200);
        m_sim->advanceClock(30 * 60 + 1);
        const auto expired = m_sim->get(QStringLiteral("/api/v1/establishments"), token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.error(), QStringLiteral("session_expired"));
    }

    void tenLoginsRunInParallelWithoutBlockingTheService() {
        const QString identifier = freshAccount();
        QVERIFY(!identifier.isEmpty());
        QList<QJsonObject> bodies;
        for (int i = 0; i < 10; ++i) {
            bodies.append(credentials(identifier, newPassword));
        }
        // While the ten Argon2 verifications run on workers, the service still answers at once.
        QElapsedTimer timer;
        timer.start();
        const auto parallel = m_sim->postAll(QStringLiteral("/api/v1/sessions"), bodies,
                                             QStringLiteral("/sim/health"));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(parallel.replies.size(), 10);
        QSet<QString> tokens;
        for (const auto &reply : parallel.replies) {
            QCOMPARE(reply.status, 200);
            tokens.insert(reply.json.value("token").toString());
        }
        QCOMPARE(tokens.size(), 10);
        QCOMPARE(parallel.probe.status, 200);
        QVERIFY2(parallel.probeFinishedFirst, "the health check waited for the logins");
        qInfo() << "10 parallel logins took" << elapsed << "ms";
    }

    // Issue 17: made-up identifiers cost a row of fixed size, which is forgotten a day later.
    void aMadeUpIdentifierCostsASmallRowThatExpires() {
        const QString huge = QStringLiteral("AP").repeated(50000); // 100,000 characters
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/sessions"),
                             credentials(huge, QStringLiteral("mauvais")))
                     .status,
                 401);
        const auto rows = [&](const QString &sql) {
            QVariant value;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(m_sim->databasePath());
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (db.open()) {
                    QSqlQuery query(db);
                    if (query.exec(sql) && query.next())
                        value = query.value(0);
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return value;
        };
        QCOMPARE(rows(QStringLiteral("SELECT max(length(identifier_key)) FROM login_throttle"))
                     .toInt(),
                 64);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM login_throttle WHERE identifier_key "
                                     "LIKE 'APAP%'"))
                     .toInt(),
                 0);
        QVERIFY(rows(QStringLiteral("SELECT count(*) FROM login_throttle")).toInt() >= 2);
        // A day later, the next failure clears the rows nobody touched since.
        m_sim->advanceClock(25 * 3600);
        QCOMPARE(m_sim->post(QStringLiteral("/api/v1/sessions"),
                             credentials(QStringLiteral("AP7777777"), QStringLiteral("mauvais")))
                     .status,
                 401);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM login_throttle")).toInt(), 1);
    }

private:
    // Each slot that fails passwords or opens sessions has its own account: a lockout, a count of
    // failures or a session left by one slot can then neither make another pass nor fail.
    QString freshAccount() {
        const int n = m_accounts++;
        return m_sim->readyAccount(SimHarness::siret(30 + n),
                                   QStringLiteral("compte%1@exemple.fr").arg(n), newPassword);
    }

    std::unique_ptr<SimHarness> m_sim;
    int m_accounts = 0;
};

QTEST_MAIN(TestAspsimSessions)
#include "test_aspsim_sessions.moc"
