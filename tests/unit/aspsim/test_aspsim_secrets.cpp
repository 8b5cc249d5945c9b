// What libsodium does for the service (hashes, tokens, temporary passwords), the single-use
// store of captchas and challenges, and the captcha picture.
#include "aspsim/captchaimage.h"
#include "aspsim/onetimestore.h"
#include "aspsim/secrets.h"

#include "domain/passwordpolicy.h"

#include <QImage>
#include <QSet>
#include <QTest>

using namespace apdesk::aspsim;

class TestAspsimSecrets final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(secrets::initialize()); }

    void passwordsAreArgon2idWithTheInteractiveCost() {
        const QByteArray hash = secrets::hashPassword(QStringLiteral("Mot-de-passe1"));
        QVERIFY2(hash.startsWith("$argon2id$"), hash.constData());
        // crypto_pwhash OPSLIMIT_INTERACTIVE = 2, MEMLIMIT_INTERACTIVE = 64 MiB.
        QVERIFY2(hash.contains("$m=65536,t=2,p=1$"), hash.constData());
        QVERIFY(!hash.contains("Mot-de-passe1"));
        QVERIFY(secrets::verifyPassword(hash, QStringLiteral("Mot-de-passe1")));
        QVERIFY(!secrets::verifyPassword(hash, QStringLiteral("mot-de-passe1")));
        QVERIFY(!secrets::verifyPassword(QByteArray(), QString()));
        QVERIFY(secrets::hashPassword(QStringLiteral("Mot-de-passe1")) != hash); // salted
    }

    void answersIgnoreCaseAccentsAndSurroundingSpaces_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "Rex"
                              << "Rex" << true;
        QTest::newRow("case") << "Rex"
                              << "rEX" << true;
        QTest::newRow("spaces around") << "Rex"
                                       << "  Rex\t" << true;
        QTest::newRow("accents") << "Éléphant"
                                 << "elephant" << true;
        QTest::newRow("cedilla") << "Françoise"
                                 << "FRANCOISE" << true;
        QTest::newRow("inner spaces kept") << "Le Mans"
                                           << "LeMans" << false;
        QTest::newRow("another word") << "Rex"
                                      << "Rox" << false;
    }
    void answersIgnoreCaseAccentsAndSurroundingSpaces() {
        QFETCH(QString, stored);
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        QCOMPARE(secrets::normalizeAnswer(stored) == secrets::normalizeAnswer(typed), matches);
    }

    void tokensAre256RandomBitsKeptAsHashes() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i) {
            const QByteArray token = secrets::newToken();
            QCOMPARE(token.size(), 43);
            QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 100);
        const QByteArray token = secrets::newToken();
        QCOMPARE(secrets::tokenHash(token), secrets::tokenHash(token));
        QCOMPARE(secrets::tokenHash(token).size(), 64);
        QVERIFY(!secrets::tokenHash(token).contains(token));
    }

    void temporaryPasswordsMeetThePolicyWithoutBracketsQuotesOrSpaces() {
        const QString alphabet = secrets::temporaryPasswordAlphabet();
        for (const QChar forbidden : QStringLiteral("[](){}'\"` \\")) {
            QVERIFY(!alphabet.contains(forbidden));
        }
        QSet<QString> seen;
        for (int i = 0; i < 300; ++i) {
            const QString password = secrets::temporaryPassword();
            QVERIFY2(apdesk::domain::PasswordPolicy::isAcceptable(password), qPrintable(password));
            for (const QChar c : password) {
                QVERIFY(alphabet.contains(c));
            }
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 300);
    }

    void oneTimeEntriesAreSingleUseAndExpire() {
        OneTimeStore store(600);
        const QString id = store.add(QStringLiteral("AB12CD"), 1000);
        QCOMPARE(store.latestId(), id);
        QCOMPARE(store.peek(id, 1000), std::optional<QString>(QStringLiteral("AB12CD")));
        QVERIFY(!store.take(QStringLiteral("unknown"), QStringLiteral("AB12CD"), 1000));
        QVERIFY(store.take(id, QStringLiteral(" ab12cd "), 1599));
        QVERIFY(!store.take(id, QStringLiteral("AB12CD"), 1599));
        const QString wrong = store.add(QStringLiteral("XYZ"), 1000);
        QVERIFY(!store.take(wrong, QStringLiteral("XYY"), 1000));
        QVERIFY(!store.take(wrong, QStringLiteral("XYZ"), 1000));
        const QString late = store.add(QStringLiteral("LATE"), 1000);
        QVERIFY(!store.peek(late, 1600).has_value());
        QVERIFY(!store.take(late, QStringLiteral("LATE"), 1600));
    }

    void theCaptchaPictureIsAReadablePng() {
        const QByteArray png = captchaimage::png(QStringLiteral("K7PX3M"));
        QVERIFY(png.startsWith("\x89PNG"));
        QImage image;
        QVERIFY(image.loadFromData(png));
        QCOMPARE(image.size(), QSize(200, 70));
        // Two drawings of the same text differ (random distortion).
        QVERIFY(captchaimage::png(QStringLiteral("K7PX3M")) != png);
    }
};

QTEST_MAIN(TestAspsimSecrets)
#include "test_aspsim_secrets.moc"
