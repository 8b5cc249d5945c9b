// The program itself, started as a clerk starts it (issue 15, start-up): its window is painted
// first, then its embedded service opens — the service's database exists once the program has
// ended, although the program quit right after its first paint — and the data folder holds the
// store and the settings.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDesktopStart final : public QObject {
    Q_OBJECT

private slots:
    void paintsItsWindowThenOpensTheEmbeddedService() {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QProcess program;
        program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        program.start(QStringLiteral(APDESK_PROGRAM), {QStringLiteral("--data-dir"), data.path(),
                                                       QStringLiteral("--quit-after-first-paint")});
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QCOMPARE(program.exitCode(), 0);
        const QList<QByteArray> words = program.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.at(0), QByteArray("painted"));
        const qint64 paintedAt = words.at(1).toLongLong();
        QVERIFY(paintedAt >= started);
        QVERIFY(words.at(2).toLongLong() > 0); // CPU milliseconds
        const QDir folder(data.path());
        QVERIFY(folder.exists(QStringLiteral("apdesk.sqlite")));
        QVERIFY(folder.exists(QStringLiteral("apdesk.ini")));
        QVERIFY2(folder.exists(QStringLiteral("asp-simule.sqlite")),
                 "the embedded service was not started after the first paint");
    }

    // Against a service started elsewhere, no embedded one is opened.
    void aServiceUrlLeavesTheEmbeddedServiceClosed() {
        QTemporaryDir data;
        QProcess program;
        program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        program.start(QStringLiteral(APDESK_PROGRAM),
                      {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--service-url"),
                       QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--quit-after-first-paint")});
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 0);
        QVERIFY(program.readAllStandardOutput().startsWith("painted "));
        QVERIFY(!QDir(data.path()).exists(QStringLiteral("asp-simule.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopStart)
#include "test_desktopstart.moc"
