// The one result type every layer uses (app/core/expected.h): what its readers rely on.
#include "core/expected.h"

#include <QString>
#include <QTest>

#include <memory>

using apdesk::Expected;

class TestExpected : public QObject {
    Q_OBJECT

private slots:
    void aValueOfTheErrorsTypeIsStillAValue() {
        // A Checked<QString> (a parsed identifier, say) holds a QString either way: ok() and
        // fail() say which, not the type.
        const auto ok = Expected<QString, QString>::ok(QStringLiteral("73282932000074"));
        const auto refused = Expected<QString, QString>::fail(QStringLiteral("14 chiffres"));
        QVERIFY(ok.isOk());
        QCOMPARE(ok.value(), QStringLiteral("73282932000074"));
        QVERIFY(ok.error().isEmpty());
        QVERIFY(!refused.isOk());
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("14 chiffres"));
    }

    void theErrorOfASuccessIsEmpty() {
        // Forms show error() as it is, and tests build their failure message from it.
        struct Problem {
            QString message;
            int code = 0;
        };
        const auto done = Expected<int, Problem>::ok(3);
        QVERIFY(done.error().message.isEmpty());
        QCOMPARE(done.error().code, 0);
    }

    void nothingToReturnIsASuccessToo() {
        const auto done = Expected<std::monostate, QString>::ok();
        QVERIFY(done.isOk());
        const auto failed = Expected<std::monostate, QString>::fail(QStringLiteral("disque plein"));
        const auto carried = Expected<qint64, QString>::failWith(failed);
        QVERIFY(!carried.isOk());
        QCOMPARE(carried.error(), QStringLiteral("disque plein"));
    }

    void anOpenedObjectIsHandedOverOnce() {
        // Store::open(path).value() gives the store to the caller; nothing is left behind.
        auto opened = Expected<std::unique_ptr<int>, QString>::ok(std::make_unique<int>(42));
        QCOMPARE(**opened, 42);
        std::unique_ptr<int> taken = std::move(opened).value();
        QVERIFY(taken);
        QCOMPARE(*taken, 42);
        QVERIFY(opened.isOk());
        QVERIFY(!opened.value()); // moved out
    }

    void aListReadFromATemporaryIsMovedNotCopied() {
        // `for (auto &x : repo.list().value())` iterates a value that outlives the loop.
        const auto list = [] {
            return Expected<QList<int>, QString>::ok({1, 2, 3});
        };
        int sum = 0;
        for (int x : list().value())
            sum += x;
        QCOMPARE(sum, 6);
    }
};

QTEST_GUILESS_MAIN(TestExpected)
#include "test_expected.moc"
