// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (set by CTest): the keyring is missing.
#include "client/keychaincredentialstore.h"

#include <QElapsedTimer>
#include <QTest>

using apdesk::client::CredentialStore;
using apdesk::client::KeychainCredentialStore;

class TestCredentialStoreNoKeyring final : public QObject {
    Q_OBJECT

private slots:
    void aMissingKeyringIsUnavailableNotAHang() {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "CTest sets DBUS_SESSION_BUS_ADDRESS to a bus that does not exist");
        const int timeoutMs = 2000;
        KeychainCredentialStore store(QStringLiteral("apdesk-tests"), timeoutMs);
        QElapsedTimer clock;
        clock.start();
        int calls = 0;
        qint64 answeredAfterMs = -1; // when the store answered, not when the test looked
        CredentialStore::Result result;
        store.probe([&](const CredentialStore::Result &r) {
            if (calls == 0)
                answeredAfterMs = clock.elapsed();
            result = r;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        // Without a bus the job fails at once; at the latest the store's own timeout answers.
        QVERIFY2(answeredAfterMs < timeoutMs + 1000,
                 qPrintable(QStringLiteral("answered after %1 ms").arg(answeredAfterMs)));
        QTest::qWait(timeoutMs + 500); // past the timeout: a second answer would have come by now
        QCOMPARE(calls, 1);
        QCOMPARE(result.status, CredentialStore::Status::Unavailable);
        QVERIFY(result.message.contains(QStringLiteral("mot de passe ne sera pas mémorisé")));
    }
};

QTEST_MAIN(TestCredentialStoreNoKeyring)
#include "test_credentialstore_nokeyring.moc"
