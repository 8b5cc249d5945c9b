#include "client/keychaincredentialstore.h"
#include "client/memorycredentialstore.h"

#include <QTest>

using apdesk::client::CredentialStore;
using apdesk::client::KeychainCredentialStore;
using apdesk::client::MemoryCredentialStore;
using Status = CredentialStore::Status;

namespace {

// Runs one asynchronous operation and waits (with the event loop) for its single answer. No
// answer at all fails the test here: made into "Unavailable", it would pass the very checks that
// expect a missing keyring to say so (and a store that never answers is what they guard against).
CredentialStore::Result await(const std::function<void(CredentialStore::Callback)> &start,
                              int *calls = nullptr) {
    CredentialStore::Result result;
    bool answered = false;
    int count = 0;
    start([&](const CredentialStore::Result &r) {
        result = r;
        answered = true;
        ++count;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 15000)) {
        QTest::qFail("the credential store gave no answer at all within 15 s", __FILE__, __LINE__);
        result = {Status::Ok, {}, {}}; // failed above; just not what a missing keyring says
    }
    QTest::qWait(50); // a second answer would arrive now
    if (calls)
        *calls = count;
    return result;
}

bool keyringAnswers() {
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestCredentialStore final : public QObject {
    Q_OBJECT

private slots:
    void memoryStoreRoundTrip() {
        MemoryCredentialStore store;
        QCOMPARE(await([&](auto cb) { store.read(QStringLiteral("jdupont"), cb); }).status,
                 Status::NotFound);
        QCOMPARE(await([&](auto cb) {
                     store.write(QStringLiteral("jdupont"), QStringLiteral("Secr3t!x"), cb);
                 }).status,
                 Status::Ok);
        const auto read = await([&](auto cb) { store.read(QStringLiteral("jdupont"), cb); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("Secr3t!x"));
        store.setAvailable(false);
        const auto down = await([&](auto cb) { store.probe(cb); });
        QCOMPARE(down.status, Status::Unavailable);
        QVERIFY(!down.message.isEmpty());
    }

    void keychainRoundTripWhenAKeyringRuns() {
        if (!keyringAnswers())
            QSKIP("no D-Bus session: run through tests/run-headless.sh (packaging/test.sh)");
        KeychainCredentialStore store(QStringLiteral("apdesk-tests"));
        // With a D-Bus session, a keyring that does not answer fails (not skips): a store that
        // always gave up would otherwise never be caught here.
        const auto probe = await([&](auto cb) { store.probe(cb); });
        QVERIFY2(probe.status == Status::Ok, qPrintable(probe.message));
        const QString id = QStringLiteral("test.%1").arg(QCoreApplication::applicationPid());
        int calls = 0;
        QCOMPARE(await([&](auto cb) { store.write(id, QStringLiteral("Mot2passe!"), cb); }, &calls)
                     .status,
                 Status::Ok);
        QCOMPARE(calls, 1);
        const auto read = await([&](auto cb) { store.read(id, cb); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("Mot2passe!"));
        QCOMPARE(await([&](auto cb) { store.remove(id, cb); }).status, Status::Ok);
        QCOMPARE(await([&](auto cb) { store.read(id, cb); }).status, Status::NotFound);
    }
};

QTEST_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
