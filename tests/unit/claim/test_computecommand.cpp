#include "cli/computecommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using apdesk::cli::ComputeCommand;

namespace {

struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run run(const QStringList &arguments) {
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    ComputeCommand command;
    result.code = command.run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QString example(const QString &name) {
    return QStringLiteral(APDESK_TEST_DATA_DIR "/claims/") + name;
}

} // namespace

class TestComputeCommand final : public QObject {
    Q_OBJECT

private slots:
    void computesTheExampleClaim() {
        const Run r = run({example(QStringLiteral("march-2021-reduction.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("indemnityCents"))
                     .toInteger(),
                 137189);
    }

    void blockingProblemsGiveExitCode1WithTheResult() {
        const Run r = run({example(QStringLiteral("april-2020-closure-alsace.json"))});
        QCOMPARE(r.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(json.value(QStringLiteral("blocking")).toBool());
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no file") << QStringList{} << 2 << "DEMANDE.json";
        QTest::newRow("two files") << QStringList{"a.json", "b.json"} << 2 << "b.json";
        QTest::newRow("unknown option") << QStringList{"a.json", "--fast"} << 2 << "--fast";
        QTest::newRow("missing file")
            << QStringList{"/nonexistent/claim.json"} << 1 << "Impossible de lire";
        QTest::newRow("missing rates file")
            << QStringList{"a.json", "--rates", "/nonexistent/rates.json"} << 1
            << "Impossible de lire";
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    }

    void anotherRatesTableIsValidatedFirst() {
        QTemporaryDir dir;
        QFile rates(dir.filePath(QStringLiteral("rates.json")));
        QVERIFY(rates.open(QIODevice::WriteOnly));
        rates.write(R"({"rates": []})");
        rates.close();
        const Run r = run({example(QStringLiteral("march-2021-reduction.json")),
                           QStringLiteral("--rates"), rates.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« rates »")), qPrintable(r.err));
    }

    void theRealProgramFindsItsBuiltInRates() {
        // The rates table is a resource of a static library: the installed program must find
        // it too, not only this in-process test.
        QProcess process;
        process.start(
            QStringLiteral(APDESK_BIN_DIR "/apdesk-cli"),
            {QStringLiteral("compute"), example(QStringLiteral("march-2021-reduction.json"))});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("indemnity"))
                     .toString(),
                 QStringLiteral("1371.89"));
    }

    void aBrokenClaimFileSaysWhere() {
        QTemporaryDir dir;
        QFile claim(dir.filePath(QStringLiteral("claim.json")));
        QVERIFY(claim.open(QIODevice::WriteOnly));
        claim.write(R"({"month": "2021-13"})");
        claim.close();
        const Run r = run({claim.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("demande.month")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestComputeCommand)
#include "test_computecommand.moc"
