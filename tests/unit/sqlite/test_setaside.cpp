#include "sqlite/database.h"
#include "sqlite/setaside.h"

#include "sqlitetesthelpers.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

namespace {
Migrations notes() {
    return {{1, "notes", {"CREATE TABLE notes (text TEXT)"}, {}, false}};
}
} // namespace

class TestSetAside final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void movesTheFileWithItsWalAndShm() {
        // A store whose last transactions are still in its WAL, as after a crash: copy the three
        // files while the database is open, so the WAL is not checkpointed away.
        const QString live = m_dir.filePath("live.sqlite");
        const QString path = m_dir.filePath("apdesk.sqlite");
        {
            auto result = Database::open(live, notes());
            QVERIFY(result);
            QSqlQuery insert(result.value()->connection());
            QVERIFY(insert.exec("INSERT INTO notes VALUES ('only in the wal')"));
            for (const QString suffix : {"", "-wal", "-shm"})
                QVERIFY(QFile::copy(live + suffix, path + suffix));
        }
        const QByteArray walBytes = readBytes(path + "-wal");
        QVERIFY(!walBytes.isEmpty());

        const QDateTime now(QDate(2026, 11, 29), QTime(7, 5));
        const auto moved = setAside(path, ProblemKind::Damaged, now);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        const QString target = path + ".damaged-20261129-0705";
        QCOMPARE(moved.value(), target);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + "-wal"));
        QVERIFY(!QFileInfo::exists(path + "-shm"));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(readBytes(target + "-wal"), walBytes);
        QVERIFY(QFileInfo::exists(target + "-shm"));

        // The set-aside copy is complete: its WAL still holds the last row.
        auto aside = Database::open(target, notes());
        QVERIFY(aside);
        QCOMPARE(scalar(aside.value()->connection(), "SELECT text FROM notes").toString(),
                 QString("only in the wal"));

        // And a new, empty store opens at the original path.
        auto fresh = Database::open(path, notes());
        QVERIFY(fresh);
        QCOMPARE(scalar(fresh.value()->connection(), "SELECT count(*) FROM notes").toInt(), 0);
    }

    void setsAsideWhatOpenRefusedThenStartsANewFile() {
        const QString path = m_dir.filePath("refused.sqlite");
        QVERIFY(writeBytes(path, QByteArray(5000, 'z')));
        auto refused = Database::open(path, notes());
        QVERIFY(!refused);
        QVERIFY(refused.error().canBeSetAside());
        const auto moved = setAside(refused.error());
        QVERIFY(moved);
        QVERIFY(moved.value().startsWith(path + ".not-a-database-"));
        QCOMPARE(readBytes(moved.value()), QByteArray(5000, 'z'));
        auto fresh = Database::open(path, notes());
        QVERIFY(fresh);
    }

    void neverOverwritesAnEarlierSetAside() {
        const QString path = m_dir.filePath("again.sqlite");
        const QDateTime now(QDate(2026, 11, 29), QTime(7, 5));
        QVERIFY(writeBytes(path, "first"));
        QCOMPARE(setAside(path, ProblemKind::NewerVersion, now).value(),
                 path + ".newer-version-20261129-0705");
        QVERIFY(writeBytes(path, "second"));
        QCOMPARE(setAside(path, ProblemKind::NewerVersion, now).value(),
                 path + ".newer-version-20261129-0705-2");
        // A stale companion under the next name also counts as taken.
        QVERIFY(writeBytes(path + ".newer-version-20261129-0705-3-wal", "stale"));
        QVERIFY(writeBytes(path, "third"));
        QCOMPARE(setAside(path, ProblemKind::NewerVersion, now).value(),
                 path + ".newer-version-20261129-0705-4");
        QCOMPARE(readBytes(path + ".newer-version-20261129-0705"), QByteArray("first"));
        QCOMPARE(readBytes(path + ".newer-version-20261129-0705-2"), QByteArray("second"));
        QCOMPARE(readBytes(path + ".newer-version-20261129-0705-4"), QByteArray("third"));
    }

    void reportsAMissingFile() {
        const auto moved = setAside(m_dir.filePath("missing.sqlite"));
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, ErrorKind::NotFound);
        QVERIFY(moved.error().message.contains("missing.sqlite"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSetAside)
#include "test_setaside.moc"
