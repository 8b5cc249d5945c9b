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
        KeychainCredentialStore store(QStringLiteral("apdesk-tests"), 2000);
        QElapsedTimer clock;
        clock.start();
        int calls = 0;
        CredentialStore::Result result;
        store.probe([&](const CredentialStore::Result &r) {
            result = r;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QTest::qWait(2500); // past the timeout: a second answer would have come by now
        QCOMPARE(calls, 1);
        QCOMPARE(result.status, CredentialStore::Status::Unavailable);
        QVERIFY(result.message.contains(QStringLiteral("mot de passe ne sera pas mémorisé")));
        QVERIFY(clock.elapsed() < 10000);
    }
};

QTEST_MAIN(TestCredentialStoreNoKeyring)
#include "test_credentialstore_nokeyring.moc"
