#include "sqlite/backup.h"
#include "sqlite/database.h"

#include "sqlitetesthelpers.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

namespace {
// Migration n creates table_n and writes its number into a log, so tests can see what ran and
// in which order, and whether each one saw the version of the one before.
Migration logged(int version, QStringList extra = {}) {
    QStringList statements{QStringLiteral("CREATE TABLE table_%1 (id INTEGER PRIMARY KEY, value "
                                          "TEXT)")
                               .arg(version)};
    if (version == 1)
        statements.prepend(QStringLiteral("CREATE TABLE log (version INTEGER, seen INTEGER)"));
    statements << extra;
    Migration migration;
    migration.version = version;
    migration.description = QStringLiteral("step %1").arg(version);
    migration.statements = statements;
    migration.run = [version](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare("INSERT INTO log (version, seen) VALUES (?, ?)");
        query.addBindValue(version);
        query.addBindValue(scalar(db, "PRAGMA user_version").toInt());
        if (!query.exec())
            return Result<>::fail(Error::fromSql(query.lastError(), "journaliser"));
        return Result<>::ok();
    };
    return migration;
}

Migrations steps(int count) {
    Migrations list;
    for (int version = 1; version <= count; ++version)
        list << logged(version);
    return list;
}

QStringList tablesOf(const QSqlDatabase &db) {
    return rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
}
} // namespace

class TestMigrator final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void runsMigrationsInOrderAndBumpsTheVersion() {
        auto result = Database::open(m_dir.filePath("order.sqlite"), steps(3));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const auto db = std::move(result).value();
        QCOMPARE(db->schemaVersion(), 3);
        QCOMPARE(scalar(db->connection(), "PRAGMA user_version").toInt(), 3);
        // Each ran after the one before was committed with its version.
        QCOMPARE(rows(db->connection(), "SELECT version, seen FROM log ORDER BY rowid"),
                 QStringList({"1|0", "2|1", "3|2"}));
        QCOMPARE(tablesOf(db->connection()), QStringList({"log", "table_1", "table_2", "table_3"}));
    }

    void runsOnlyThePendingMigrations() {
        const QString path = m_dir.filePath("pending.sqlite");
        {
            auto first = Database::open(path, steps(1));
            QVERIFY(first);
        }
        auto result = Database::open(path, steps(3));
        QVERIFY(result);
        QCOMPARE(rows(result.value()->connection(), "SELECT version FROM log ORDER BY rowid"),
                 QStringList({"1", "2", "3"}));
    }

    void aFailingMigrationRollsBackToThePreviousVersion() {
        const QString path = m_dir.filePath("failing.sqlite");
        Migrations migrations = steps(1);
        // The table is created, then the bad statement fails: the table must not remain.
        migrations << logged(2, {QStringLiteral("INSERT INTO table_2 (value) VALUES ('half')"),
                                 QStringLiteral("CREATE TABLEE nonsense (x)")});
        migrations << logged(3);

        auto result = Database::open(path, migrations);
        QVERIFY(!result);
        const OpenProblem &problem = result.error();
        QCOMPARE(problem.kind, ProblemKind::MigrationFailed);
        QCOMPARE(problem.path, path);
        QCOMPARE(problem.fileVersion, 1);
        QVERIFY2(problem.message.contains("version 2"), qPrintable(problem.message));
        QVERIFY(problem.message.contains("step 2"));
        QVERIFY(problem.message.contains("restée à la version 1"));
        QVERIFY(problem.detail.contains("CREATE TABLEE"));
        QVERIFY(problem.backupPath.isEmpty()); // the file was new

        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return scalar(db, "PRAGMA user_version").toInt() == 1 &&
                   tablesOf(db) == QStringList({"log", "table_1"}) &&
                   rows(db, "SELECT version FROM log") == QStringList{"1"};
        }));
    }

    void aFailingRunFunctionRollsBackItsStatements() {
        const QString path = m_dir.filePath("failing-run.sqlite");
        Migrations migrations = steps(1);
        Migration failing = logged(2);
        failing.run = [](QSqlDatabase &) {
            return Result<>::fail(
                Error::make(ErrorKind::Failed, "conversion impossible", "cannot convert row 7"));
        };
        migrations << failing;
        auto result = Database::open(path, migrations);
        QVERIFY(!result);
        QCOMPARE(result.error().fileVersion, 1);
        QVERIFY(result.error().message.contains("cannot convert row 7"));
        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return tablesOf(db) == QStringList({"log", "table_1"});
        }));
    }

    void copiesAnExistingDatabaseBeforeMigratingIt() {
        const QString path = m_dir.filePath("apdesk.sqlite");
        {
            auto first = Database::open(path, steps(1));
            QVERIFY(first);
            QSqlQuery insert(first.value()->connection());
            QVERIFY(insert.exec("INSERT INTO table_1 (value) VALUES ('before the upgrade')"));
        }
        auto result = Database::open(path, steps(2));
        QVERIFY(result);
        const QString backup = path + ".v1-backup";
        QCOMPARE(result.value()->migrationBackupPath(), backup);
        QVERIFY(QFileInfo(backup).isFile());
        QVERIFY(isOwnerOnly(backup));
        // The copy holds the old version, exactly: its version, tables and rows.
        QVERIFY(withRawConnection(backup, [](QSqlDatabase &db) {
            return scalar(db, "PRAGMA user_version").toInt() == 1 &&
                   tablesOf(db) == QStringList({"log", "table_1"}) &&
                   rows(db, "SELECT value FROM table_1") == QStringList{"before the upgrade"};
        }));
        QCOMPARE(scalar(result.value()->connection(), "SELECT value FROM table_1").toString(),
                 QString("before the upgrade"));
    }

    void aSecondCopyOfTheSameVersionGetsATimestamp() {
        const QString path = m_dir.filePath("twice.sqlite");
        {
            auto first = Database::open(path, steps(1));
            QVERIFY(first);
        }
        QVERIFY(writeBytes(path + ".v1-backup", "an older copy, to keep"));
        auto result = Database::open(path, steps(2));
        QVERIFY(result);
        const QString backup = result.value()->migrationBackupPath();
        QVERIFY(backup.startsWith(path + ".v1-backup-"));
        QVERIFY(QFileInfo(backup).isFile());
        QCOMPARE(readBytes(path + ".v1-backup"), QByteArray("an older copy, to keep"));
    }

    void aFailedMigrationNamesTheCopyItMadeFirst() {
        const QString path = m_dir.filePath("failing-existing.sqlite");
        {
            auto first = Database::open(path, steps(1));
            QVERIFY(first);
        }
        Migrations migrations = steps(1);
        migrations << logged(2, {QStringLiteral("SELECT * FROM no_such_table")});
        auto result = Database::open(path, migrations);
        QVERIFY(!result);
        QCOMPARE(result.error().backupPath, path + ".v1-backup");
        QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path + ".v1-backup")));
        QCOMPARE(result.error().fileVersion, 1);
    }

    void aNewFileIsNotCopied() {
        const QString path = m_dir.filePath("fresh.sqlite");
        auto result = Database::open(path, steps(2));
        QVERIFY(result);
        QVERIFY(result.value()->migrationBackupPath().isEmpty());
        QVERIFY(!QFileInfo::exists(path + ".v0-backup"));
    }

    void aForeignFileWithTablesButNoVersionIsCopiedToo() {
        const QString path = m_dir.filePath("foreign.sqlite");
        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return execAll(db, {"CREATE TABLE other (x)", "INSERT INTO other VALUES (1)"});
        }));
        auto result = Database::open(path, steps(1));
        QVERIFY(result);
        QCOMPARE(result.value()->migrationBackupPath(), path + ".v0-backup");
    }

    void rebuildsATableWithoutForeignKeysWhenAsked() {
        Migrations migrations;
        migrations << Migration{1,
                                "parents and children",
                                {"CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                                 "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                                 "NOT NULL REFERENCES parent(id))",
                                 "INSERT INTO parent VALUES (1)",
                                 "INSERT INTO child VALUES (10, 1)"},
                                {},
                                false};
        // Rebuilding the parent drops it for a moment: possible only with enforcement off.
        migrations << Migration{2,
                                "rebuild parent",
                                {"CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT "
                                 "NULL DEFAULT '')",
                                 "INSERT INTO parent_new (id) SELECT id FROM parent",
                                 "DROP TABLE parent", "ALTER TABLE parent_new RENAME TO parent"},
                                {},
                                true};
        auto result = Database::open(m_dir.filePath("rebuild.sqlite"), migrations);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const QSqlDatabase db = result.value()->connection();
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1); // back on
        QCOMPARE(rows(db, "SELECT id, name FROM parent"), QStringList{"1|"});
        QSqlQuery orphan(db);
        QVERIFY(!orphan.exec("INSERT INTO child VALUES (11, 99)"));
    }

    void aRebuildThatBreaksForeignKeysIsRolledBack() {
        Migrations migrations;
        migrations << Migration{1,
                                "parents and children",
                                {"CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                                 "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                                 "NOT NULL REFERENCES parent(id))",
                                 "INSERT INTO parent VALUES (1)",
                                 "INSERT INTO child VALUES (10, 1)"},
                                {},
                                false};
        migrations << Migration{2, "lose the parents", {"DELETE FROM parent"}, {}, true};
        const QString path = m_dir.filePath("broken-rebuild.sqlite");
        auto result = Database::open(path, migrations);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::MigrationFailed);
        QVERIFY(result.error().detail.contains("foreign key"));
        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return scalar(db, "SELECT count(*) FROM parent").toInt() == 1 &&
                   scalar(db, "PRAGMA user_version").toInt() == 1;
        }));
    }

    void refusesAListOutOfOrder_data() {
        QTest::addColumn<QList<int>>("versions");
        QTest::newRow("gap") << QList<int>{1, 3};
        QTest::newRow("swapped") << QList<int>{2, 1};
        QTest::newRow("from zero") << QList<int>{0, 1};
        QTest::newRow("repeated") << QList<int>{1, 1};
    }
    void refusesAListOutOfOrder() {
        QFETCH(QList<int>, versions);
        Migrations migrations;
        for (int version : versions)
            migrations << logged(version);
        const QString path = m_dir.filePath("disorder.sqlite");
        auto result = Database::open(path, migrations);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::MigrationFailed);
        QVERIFY(!QFileInfo::exists(path)); // refused before touching anything
    }

    void namesTheCopyAfterTheVersion() {
        const QDateTime now(QDate(2026, 11, 29), QTime(7, 5, 9));
        const QString path = m_dir.filePath("names.sqlite");
        QCOMPARE(migrationBackupPath(path, 4, now), path + ".v4-backup");
        QVERIFY(writeBytes(path + ".v4-backup", "x"));
        QCOMPARE(migrationBackupPath(path, 4, now), path + ".v4-backup-20261129-070509");
        QVERIFY(writeBytes(path + ".v4-backup-20261129-070509", "x"));
        QCOMPARE(migrationBackupPath(path, 4, now), path + ".v4-backup-20261129-070509-2");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
