#include "client/deferredcredentialstore.h"
#include "client/memorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace apdesk::client;

// The keyring asked only once the first window is painted: calls wait, in order, until the
// program releases them, and none is lost.
class TestDeferredCredentialStore final : public QObject {
    Q_OBJECT

private slots:
    void holdsEveryCallUntilReleasedThenAnswersThemInOrder() {
        MemoryCredentialStore keyring;
        DeferredCredentialStore deferred(keyring);
        QStringList answers;
        const auto note = [&answers](const QString &what) {
            return [&answers, what](const CredentialStore::Result &r) {
                answers << QStringLiteral("%1:%2:%3").arg(what).arg(int(r.status)).arg(r.secret);
            };
        };
        deferred.probe(note("probe"));
        deferred.write("jean.dupont", "secret-1", note("write"));
        deferred.read("jean.dupont", note("read"));
        // Nothing reaches the keyring before release, however long the loop runs.
        QTest::qWait(50);
        QVERIFY(answers.isEmpty());
        QVERIFY(!keyring.contains("jean.dupont"));
        QVERIFY(!deferred.isReleased());

        deferred.release();
        QTRY_COMPARE(answers.size(), 3);
        const int ok = int(CredentialStore::Status::Ok);
        QCOMPARE(answers, (QStringList{QStringLiteral("probe:%1:").arg(ok),
                                       QStringLiteral("write:%1:").arg(ok),
                                       QStringLiteral("read:%1:secret-1").arg(ok)}));

        // After release, each call goes through at once; a second release changes nothing.
        deferred.release();
        deferred.remove("jean.dupont", note("remove"));
        QTRY_COMPARE(answers.size(), 4);
        QVERIFY(!keyring.contains("jean.dupont"));
    }

    void anUnavailableKeyringIsReportedAfterRelease() {
        MemoryCredentialStore keyring;
        keyring.setAvailable(false);
        DeferredCredentialStore deferred(keyring);
        CredentialStore::Result result;
        bool answered = false;
        deferred.probe([&](const CredentialStore::Result &r) {
            result = r;
            answered = true;
        });
        deferred.release();
        QTRY_VERIFY(answered);
        QCOMPARE(result.status, CredentialStore::Status::Unavailable);
        QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeferredCredentialStore)
#include "test_deferredcredentialstore.moc"
