// apdesk-asp-sim as a process: its first line, its options, a clean stop on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(APDESK_BIN_DIR "/apdesk-asp-sim");

} // namespace

class TestAspsimExecutable final : public QObject {
    Q_OBJECT

private slots:
    void printsWhereItListensFirstAndStopsCleanly() {
        QTemporaryDir dir;
        QProcess process;
        process.start(program,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--admin"),
                       QStringLiteral("--db"), dir.filePath(QStringLiteral("sim.sqlite"))});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"))
                .match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/sim/health").arg(match.captured(1)))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("status").toString(),
                 QStringLiteral("ok"));
        delete reply;

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // The database was closed properly: no WAL left behind.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sim.sqlite"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sim.sqlite-wal"))));
    }

    void refusesBadOptions_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("x")}
                              << "--port";
        QTest::newRow("delay") << QStringList{QStringLiteral("--validation-delay"),
                                              QStringLiteral("-1")}
                               << "--validation-delay";
        QTest::newRow("listen") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("localhost.invalid")}
                                << "--listen";
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"),
                                             QStringLiteral("/nonexistent/seed.json")}
                              << "seed.json";
    }
    void refusesBadOptions() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QProcess process;
        process.start(program, arguments + QStringList{QStringLiteral("--db"),
                                                       dir.filePath(QStringLiteral("s.sqlite"))});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // Issue 17: `--db` given the client's store says so, and leaves it as it was.
    void refusesTheClientsStorePlainly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apdesk.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "store");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // The client store's mark ("APDS") and one of its tables.
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1095779411")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE cached_decisions (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("store"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QProcess process;
        process.start(program, {QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--db"), path});
        QVERIFY(process.waitForFinished(20000));
        QVERIFY(process.exitCode() != 0);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("n'est pas la base de données du service ASP "
                                               "simulé : c'est un magasin de données d'AP Desk")),
                 qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestAspsimExecutable)
#include "test_aspsim_executable.moc"
