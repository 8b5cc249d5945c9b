#include "cliprocess.h"

#include <QRegularExpression>
#include <QTest>

// The executable itself: general help, version, unknown commands, and running with no display.
class TestApdeskCli final : public QObject {
    Q_OBJECT

private slots:
    void answersHelp_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("-h") << QStringList{"-h"};
        QTest::newRow("help") << QStringList{"help"};
    }
    void answersHelp() {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage : apdesk-cli COMMANDE")),
                 qPrintable(run.out));
        // Other commands may be listed too, and a longer name widens the column.
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("\n  check-id +vérifie un SIRET"))),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
    }

    void answersVersion() {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(QRegularExpression(QStringLiteral("^apdesk-cli \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
    }

    void refusesWhatItDoesNotKnow_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("no command") << QStringList{} << "Aucune commande indiquée.";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"}
            << "Commande inconnue : « frobnicate ». Commandes disponibles : check-id";
        QTest::newRow("unknown option")
            << QStringList{"--verbose"} << "Option inconnue : « --verbose ».";
        QTest::newRow("help for an unknown command")
            << QStringList{"help", "frobnicate"} << "Commande inconnue : « frobnicate ».";
        QTest::newRow("help for two commands") << QStringList{"help", "check-id", "check-id"}
                                               << "attend au plus un nom de commande, 2 reçus";
    }
    void refusesWhatItDoesNotKnow() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errPart);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
    }

    void runsWithoutAnyDisplay() {
        // As on a server or in cron: no X, no Wayland, no platform chosen, no session. The tool
        // needs none of them and keeps stderr clean.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR",
                                 "XDG_SESSION_TYPE"})
            environment.remove(QLatin1String(name));
        const CliRun run = runCli(
            {QStringLiteral("check-id"), QStringLiteral("siret"), QStringLiteral("73282932000074")},
            environment);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QStringLiteral("73282932000074\n"));
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestApdeskCli)
#include "test_apdeskcli.moc"
