#include "sqlite/database.h"
#include "sqlite/privatefile.h"

#include "sqlitetesthelpers.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

namespace {
Migrations oneTable() {
    return {{1,
             QStringLiteral("notes"),
             {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")},
             {},
             false}};
}

// A database of a few hundred rows over many pages, written by "another program" (no WAL),
// with user_version 1 so that it passes for one of ours.
bool writeSampleDatabase(const QString &path, int version = 1) {
    return withRawConnection(path, [version](QSqlDatabase &db) {
        if (!execAll(db, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT "
                                         "NOT NULL)"),
                          QStringLiteral("PRAGMA user_version = %1").arg(version)}))
            return false;
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO notes (text) VALUES (?)"));
        for (int i = 0; i < 400; ++i) {
            insert.addBindValue(QStringLiteral("note %1 ").arg(i).repeated(8));
            if (!insert.exec())
                return false;
        }
        return db.commit();
    });
}

bool hasCompanions(const QString &path) {
    return QFileInfo::exists(path + "-wal") || QFileInfo::exists(path + "-shm") ||
           QFileInfo::exists(path + "-journal");
}
} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsANewFileReadableByItsOwnerOnly() {
        const QString path = m_dir.filePath("sub/folder/new.sqlite");
        auto result = Database::open(path, oneTable());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        auto db = std::move(result).value();
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(isOwnerOnly(path));
        // SQLite gives the WAL and shared-memory files the database's permissions.
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec("INSERT INTO notes (text) VALUES ('x')"));
        QVERIFY(QFileInfo::exists(path + "-wal"));
        QVERIFY(isOwnerOnly(path + "-wal"));
        QVERIFY(isOwnerOnly(path + "-shm"));
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(db->path(), path);
        QVERIFY(db->migrationBackupPath().isEmpty()); // a new file needs no copy
    }

    void narrowsTheRightsOfAnExistingFile() {
        const QString path = m_dir.filePath("wide.sqlite");
        QVERIFY(writeSampleDatabase(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!isOwnerOnly(path));
        auto result = Database::open(path, oneTable());
        QVERIFY(result);
        QVERIFY(isOwnerOnly(path));
    }

    void connectionsUseWalForeignKeysAndABusyTimeout() {
        OpenOptions options;
        options.busyTimeoutMs = 1234;
        auto result = Database::open(m_dir.filePath("settings.sqlite"), oneTable(), options);
        QVERIFY(result);
        const auto db = std::move(result).value();
        const QSqlDatabase connection = db->connection();
        QVERIFY(connection.isOpen());
        QCOMPARE(scalar(connection, "PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(scalar(connection, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(connection, "PRAGMA busy_timeout").toInt(), 1234);
        QCOMPARE(scalar(connection, "PRAGMA synchronous").toInt(), 1); // NORMAL
        QCOMPARE(scalar(connection, "PRAGMA user_version").toInt(), 1);
    }

    void neverUsesQtsDefaultConnection() {
        auto result = Database::open(m_dir.filePath("named.sqlite"), oneTable());
        QVERIFY(result);
        const auto db = std::move(result).value();
        const QString name = db->connection().connectionName();
        QCOMPARE(name, db->connectionName());
        QVERIFY(name != QLatin1String(QSqlDatabase::defaultConnection));
        QVERIFY(name.contains(m_dir.filePath("named.sqlite")));
        QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
        // Asking again in the same thread gives the same connection.
        QCOMPARE(db->connection().connectionName(), name);
    }

    void eachFileHasItsOwnConnectionInAThread() {
        auto first = Database::open(m_dir.filePath("a.sqlite"), oneTable());
        auto second = Database::open(m_dir.filePath("b.sqlite"), oneTable());
        QVERIFY(first && second);
        QVERIFY(first.value()->connectionName() != second.value()->connectionName());
        QCOMPARE(first.value()->connection().databaseName(), m_dir.filePath("a.sqlite"));
        QCOMPARE(second.value()->connection().databaseName(), m_dir.filePath("b.sqlite"));
    }

    void anotherThreadGetsItsOwnNamedConnection() {
        auto result = Database::open(m_dir.filePath("threads.sqlite"), oneTable());
        QVERIFY(result);
        const auto db = std::move(result).value();
        const QString mainName = db->connection().connectionName();

        QString workerName;
        bool workerWrote = false;
        int workerForeignKeys = -1;
        int workerSynchronous = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QSqlDatabase connection = db->connection();
            workerName = connection.connectionName();
            workerForeignKeys = scalar(connection, "PRAGMA foreign_keys").toInt();
            workerSynchronous = scalar(connection, "PRAGMA synchronous").toInt();
            QSqlQuery insert(connection);
            workerWrote = insert.exec("INSERT INTO notes (text) VALUES ('from the worker')");
        }));
        worker->start();
        QVERIFY(worker->wait(10000));

        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(workerName.contains(m_dir.filePath("threads.sqlite")));
        QVERIFY(workerWrote);
        QCOMPARE(workerForeignKeys, 1);
        QCOMPARE(workerSynchronous, 1); // NORMAL on every thread's connection
        // The worker's connection went with its thread; the main one is still there.
        QVERIFY(!QSqlDatabase::contains(workerName));
        QVERIFY(QSqlDatabase::contains(mainName));
        QCOMPARE(scalar(db->connection(), "SELECT text FROM notes").toString(),
                 QString("from the worker"));
    }

    void destroyingTheDatabaseRemovesItsConnections() {
        QString name;
        {
            auto result = Database::open(m_dir.filePath("gone.sqlite"), oneTable());
            QVERIFY(result);
            name = result.value()->connection().connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void releasesAThreadConnectionOnRequest() {
        auto result = Database::open(m_dir.filePath("release.sqlite"), oneTable());
        QVERIFY(result);
        const QString name = result.value()->connection().connectionName();
        result.value()->releaseThreadConnection();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(result.value()->connection().isOpen()); // comes back on next use
    }

    void keepsDataAcrossReopening() {
        const QString path = m_dir.filePath("reopen.sqlite");
        {
            auto result = Database::open(path, oneTable());
            QVERIFY(result);
            QSqlQuery insert(result.value()->connection());
            QVERIFY(insert.exec("INSERT INTO notes (text) VALUES ('kept')"));
        }
        auto result = Database::open(path, oneTable());
        QVERIFY(result);
        QCOMPARE(scalar(result.value()->connection(), "SELECT text FROM notes").toString(),
                 QString("kept"));
        QVERIFY(result.value()->migrationBackupPath().isEmpty()); // nothing to migrate
    }

    void refusesAFileThatIsNotADatabase_data() {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(8192, Qt::Uninitialized);
        QRandomGenerator generator(20261129);
        for (auto &byte : random)
            byte = char(generator.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("a text file") << QByteArray("SIRET;NOM\n12345678900011;Boulangerie\n");
        QByteArray wrongHeader(4096, '\0');
        wrongHeader.replace(0, 16, QByteArray("SQLite format 2", 16));
        QTest::newRow("almost a header") << wrongHeader;
    }
    void refusesAFileThatIsNotADatabase() {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath("notadb.sqlite");
        QVERIFY(writeBytes(path, bytes));

        auto result = Database::open(path, oneTable());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::NotADatabase);
        QCOMPARE(result.error().path, path);
        QVERIFY2(result.error().message.contains("n'est pas une base de données"),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(result.error().canBeSetAside());
        QCOMPARE(readBytes(path), bytes);
        QVERIFY(!hasCompanions(path));
    }

    // Issue 17: files that are not of the kind asked for are refused untouched. A test kind,
    // "TEST" in ASCII, whose files before the marks had the table "notes".
    static OpenOptions testKind() {
        OpenOptions options;
        options.mark = {0x54455354, QStringLiteral("une base de test"), QStringLiteral("notes")};
        return options;
    }

    void refusesAnEmptyFileUntouched() {
        const QString path = m_dir.filePath("empty.sqlite");
        QVERIFY(writeBytes(path, {}));
        auto result = Database::open(path, oneTable(), testKind());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::NotADatabase);
        QVERIFY2(result.error().message.contains("vide (0 octet)"),
                 qPrintable(result.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!hasCompanions(path));
    }

    void refusesAnotherProgramsDatabaseUntouched_data() {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("WAL, as many programs leave theirs") << true;
    }
    void refusesAnotherProgramsDatabaseUntouched() {
        QFETCH(bool, wal);
        const QString path = m_dir.filePath(wal ? "other-wal.sqlite" : "other.sqlite");
        // Version 0, with tables: not an empty database, and no mark.
        QVERIFY(writeSampleDatabase(path, 0));
        if (wal) {
            QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
                return execAll(db, {QStringLiteral("PRAGMA journal_mode = WAL")});
            }));
        }
        const QByteArray before = readBytes(path);
        QVERIFY(!hasCompanions(path));

        for (int attempt = 0; attempt < 2; ++attempt) {
            auto result = Database::open(path, oneTable(), testKind());
            QVERIFY(!result);
            QCOMPARE(result.error().kind, ProblemKind::NotOurs);
            QVERIFY2(result.error().message.contains(
                         "n'est pas une base de test : c'est la base de données d'un autre "
                         "programme. Il n'a pas été modifié."),
                     qPrintable(result.error().message));
        }
        QCOMPARE(readBytes(path), before);
        QVERIFY(!hasCompanions(path));
        // No backup either, however many times it was tried.
        QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + "*"}, QDir::Files),
                 QStringList{QFileInfo(path).fileName()});
    }

    void refusesAFileOfOurOtherKindSayingWhatItIs() {
        const QString path = m_dir.filePath("service.sqlite");
        {
            const auto service = Database::open(path, oneTable(), [] {
                OpenOptions options;
                options.mark = FileMark::serviceDatabase();
                return options;
            }());
            QVERIFY(service);
        }
        auto result = Database::open(path, oneTable(), [] {
            OpenOptions options;
            options.mark = FileMark::clientStore();
            return options;
        }());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(
                     "n'est pas un magasin de données d'AP Desk : c'est la base de données du "
                     "service ASP simulé"),
                 qPrintable(result.error().message));
    }

    void marksNewFilesAndUnmarkedFilesOfItsKind() {
        const QString fresh = m_dir.filePath("fresh.sqlite");
        QVERIFY(Database::open(fresh, oneTable(), testKind()));
        // One of ours from before the marks: version 1, its table "notes".
        const QString older = m_dir.filePath("older.sqlite");
        QVERIFY(writeSampleDatabase(older, 1));
        QVERIFY(Database::open(older, oneTable(), testKind()));
        for (const QString &path : {fresh, older}) {
            QVariant id;
            QVERIFY(withRawConnection(path, [&id](QSqlDatabase &db) {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
                    return false;
                id = query.value(0);
                return true;
            }));
            QCOMPARE(id.toLongLong(), 0x54455354LL);
        }
    }

    void refusesADamagedDatabase() {
        const QString path = m_dir.filePath("damaged.sqlite");
        QVERIFY(writeSampleDatabase(path));
        const int pageSize = 4096;
        QVERIFY(QFileInfo(path).size() > 8 * pageSize);
        // Scribble over the middle of a page of the table: its cells no longer add up.
        QVERIFY(overwriteBytes(path, 5 * pageSize + 1000, QByteArray(600, '\xff')));
        const QByteArray before = readBytes(path);

        auto result = Database::open(path, oneTable());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::Damaged);
        QVERIFY2(result.error().message.contains("endommagée"), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!result.error().detail.isEmpty());
        QCOMPARE(readBytes(path), before);
        QVERIFY(!hasCompanions(path));
    }

    void refusesADatabaseOfANewerProgram() {
        const QString path = m_dir.filePath("newer.sqlite");
        QVERIFY(writeSampleDatabase(path, 99));
        const QByteArray before = readBytes(path);

        auto result = Database::open(path, oneTable());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::NewerVersion);
        QCOMPARE(result.error().fileVersion, 99);
        QCOMPARE(result.error().supportedVersion, 1);
        QVERIFY2(result.error().message.contains("version plus récente"),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains("99"));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!hasCompanions(path));
    }

    // Issue 17: a negative schema version crashed every program, leaving a backup each time.
    void refusesANegativeSchemaVersionUntouched() {
        const QString path = m_dir.filePath("negative.sqlite");
        QVERIFY(writeSampleDatabase(path, -1));
        const QByteArray before = readBytes(path);

        auto result = Database::open(path, oneTable());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::Damaged);
        QVERIFY2(result.error().message.contains("endommagée"), qPrintable(result.error().message));
        QVERIFY(result.error().detail.contains("-1"));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!hasCompanions(path));
        QCOMPARE(QDir(m_dir.path()).entryList({"negative.sqlite*"}, QDir::Files).size(), 1);
    }

    // The program's data folder and settings file (issue 17): their user's only, whether
    // they are new or were made by an older program with the umask's permissions.
    void dataFolderAndSettingsAreTheirOwnersOnly() {
        const auto notOwner =
            ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
              QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        const QString folder = m_dir.filePath("data/apdesk");
        QVERIFY(apdesk::sqlite::makePrivateFolder(folder));
        QCOMPARE(QFile::permissions(folder) & notOwner, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(folder) & QFileDevice::ExeOwner);

        const QString settings = folder + "/apdesk.ini";
        QVERIFY(apdesk::sqlite::ensurePrivateFile(settings));
        QCOMPARE(QFile::permissions(settings) & notOwner, QFileDevice::Permissions());

        const QString older = m_dir.filePath("older");
        QVERIFY(QDir().mkpath(older));
        QVERIFY(QFile::setPermissions(older, QFileDevice::Permissions(0x7755)));
        QVERIFY(writeBytes(older + "/apdesk.ini", "[General]\nlanguage=fr\n"));
        QVERIFY(QFile::setPermissions(older + "/apdesk.ini", QFileDevice::Permissions(0x6644)));
        QVERIFY(apdesk::sqlite::makePrivateFolder(older));
        QVERIFY(apdesk::sqlite::ensurePrivateFile(older + "/apdesk.ini"));
        QCOMPARE(QFile::permissions(older) & notOwner, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(older + "/apdesk.ini") & notOwner, QFileDevice::Permissions());
        QCOMPARE(readBytes(older + "/apdesk.ini"), QByteArray("[General]\nlanguage=fr\n"));
    }

    void reportsAPathItCannotOpen() {
        auto result = Database::open(m_dir.path(), oneTable()); // a folder
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProblemKind::CannotOpen);
        QVERIFY(result.error().message.contains(QDir::toNativeSeparators(m_dir.path())));
        QVERIFY(!result.error().canBeSetAside());

        const QString underAFile = m_dir.filePath("plain-file");
        QVERIFY(writeBytes(underAFile, "x"));
        auto nested = Database::open(underAFile + "/store.sqlite", oneTable());
        QVERIFY(!nested);
        QCOMPARE(nested.error().kind, ProblemKind::CannotOpen);
    }

    void backsUpIntoAPrivateCopy() {
        auto result = Database::open(m_dir.filePath("live.sqlite"), oneTable());
        QVERIFY(result);
        const auto db = std::move(result).value();
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec("INSERT INTO notes (text) VALUES ('in the copy')"));

        const QString target = m_dir.filePath("copies/live-copy.sqlite");
        QVERIFY(QDir().mkpath(m_dir.filePath("copies")));
        const auto copied = db->backupTo(target);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QCOMPARE(copied.value(), target);
        QVERIFY(isOwnerOnly(target));
        QVERIFY(withRawConnection(target, [](QSqlDatabase &copy) {
            return rows(copy, "SELECT text FROM notes") == QStringList{"in the copy"} &&
                   scalar(copy, "PRAGMA user_version").toInt() == 1;
        }));

        // Never overwrites: a second copy to the same place is refused, the first kept.
        const QByteArray first = readBytes(target);
        const auto again = db->backupTo(target);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QVERIFY(again.error().message.contains(QDir::toNativeSeparators(target)));
        QCOMPARE(readBytes(target), first);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
