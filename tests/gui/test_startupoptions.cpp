#include "app/startupoptions.h"

#include <QTest>

using namespace apdesk::ui;

class TestStartupOptions final : public QObject {
    Q_OBJECT

private slots:
    void defaultsToFrenchAndThePlatformDataFolder() {
        const auto parsed = parseStartupOptions({QStringLiteral("apdesk")});
        QVERIFY(!parsed.exitCode);
        QCOMPARE(parsed.options.language, QStringLiteral("fr"));
        QVERIFY(!parsed.options.dataDir.isEmpty());
        QVERIFY(parsed.options.screenshotPath.isEmpty());
        QVERIFY(!parsed.options.quitAfterFirstPaint);
    }

    void readsEveryOption() {
        const auto parsed = parseStartupOptions(
            {QStringLiteral("apdesk"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("--screenshot"),
             QStringLiteral("/tmp/x.png"), QStringLiteral("--service-url"),
             QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--quit-after-first-paint")});
        QVERIFY(!parsed.exitCode);
        QCOMPARE(parsed.options.language, QStringLiteral("en"));
        QCOMPARE(parsed.options.dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(parsed.options.screenshotPath, QStringLiteral("/tmp/x.png"));
        QCOMPARE(parsed.options.serviceUrl, QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(parsed.options.quitAfterFirstPaint);
        QCOMPARE(requestedLanguage({QStringLiteral("apdesk"), QStringLiteral("--lang=en")}),
                 QStringLiteral("en"));
    }

    void refusesAnUnknownLanguage() {
        const auto parsed = parseStartupOptions(
            {QStringLiteral("apdesk"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(parsed.exitCode, std::optional<int>(2));
    }
};

QTEST_MAIN(TestStartupOptions)
#include "test_startupoptions.moc"
