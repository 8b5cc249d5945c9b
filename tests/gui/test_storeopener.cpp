// A store that cannot be opened: the program says what is wrong and where, and starts on a new
// store only if the user agrees, keeping the old file (with its -wal and -shm) aside.
#include "app/storeopener.h"
#include "sqlite/openproblem.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;

namespace {

QByteArray garbage() {
    return QByteArray("Ceci n'est pas une base SQLite, mais un tableur renommé.\n").repeated(200);
}

// Checked by the caller: a QVERIFY in here would name only this line, and return only from here.
[[nodiscard]] bool write(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestStoreOpener final : public QObject {
    Q_OBJECT

private slots:
    void aHealthyStoreOpensWithoutAsking() {
        QTemporaryDir dir;
        bool asked = false;
        QString error;
        auto store = ui::openStore(
            dir.filePath(QStringLiteral("apdesk.sqlite")),
            [&](const auto &) { return asked = true; }, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!asked);
    }

    void aFileThatIsNotADatabaseIsKeptWhenTheUserDeclines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apdesk.sqlite"));
        QVERIFY(write(path, garbage()));
        QString seenMessage;
        QString error;
        auto store = ui::openStore(
            path,
            [&](const sqlite::OpenProblem &problem) {
                seenMessage = problem.message;
                return false;
            },
            &error);
        QVERIFY(!store);
        QVERIFY2(seenMessage.contains(QDir::toNativeSeparators(path)) || seenMessage.contains(path),
                 qPrintable(seenMessage));
        QCOMPARE(error, seenMessage);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage()); // untouched
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("apdesk.sqlite")});
    }

    void startingNewSetsTheOldFileAsideWithItsCompanions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apdesk.sqlite"));
        QVERIFY(write(path, garbage()));
        QVERIFY(write(path + QStringLiteral("-wal"), QByteArray("wal")));
        QVERIFY(write(path + QStringLiteral("-shm"), QByteArray("shm")));
        QString error;
        auto store = ui::openStore(
            path, [](const auto &) { return true; }, &error);
        QVERIFY2(store, qPrintable(error));
        const QStringList files = filesIn(dir);
        const QStringList aside = files.filter(QStringLiteral(".not-a-database-"));
        QCOMPARE(aside.size(), 3); // the file, its -wal and its -shm, renamed together
        QFile kept(dir.filePath(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).value(0)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage());
        QVERIFY(files.contains(QStringLiteral("apdesk.sqlite")));
    }

    void theDialogSaysWhatAndWhereAndOffersBothChoices() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apdesk.sqlite"));
        QVERIFY(write(path, garbage()));
        store::StoreOpenResult result = store::Store::open(path);
        QVERIFY(!result);
        ui::StoreProblemDialog dialog(result.error());
        QCOMPARE(dialog.text(), result.error().message);
        QVERIFY(dialog.informativeText().contains(QStringLiteral("nouveau nom")));
        QVERIFY(dialog.startNewButton());
        QCOMPARE(dialog.startNewButton()->text(),
                 QStringLiteral("Commencer avec un nouveau fichier"));
        QCOMPARE(dialog.quitButton()->text(), QStringLiteral("Quitter"));
    }
};

QTEST_MAIN(TestStoreOpener)
#include "test_storeopener.moc"
