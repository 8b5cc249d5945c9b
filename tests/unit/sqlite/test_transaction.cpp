#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include "sqlitetesthelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

class TestTransaction final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        OpenOptions options;
        options.busyTimeoutMs = 50; // the lock test must not wait long
        auto result = Database::open(
            m_dir.filePath(QStringLiteral("tx-%1.sqlite").arg(++m_counter)),
            {{1, "items", {"CREATE TABLE items (name TEXT UNIQUE)"}, {}, false}}, options);
        QVERIFY(result);
        m_db = std::move(result).value();
    }
    void cleanup() { m_db.reset(); }

    void commitKeepsTheChanges() {
        {
            Transaction transaction(m_db->connection());
            QVERIFY(transaction.isActive());
            QSqlQuery insert(m_db->connection());
            QVERIFY(insert.exec("INSERT INTO items VALUES ('kept')"));
            const auto committed = transaction.commit();
            QVERIFY(committed);
            QVERIFY(!transaction.isActive());
        }
        QCOMPARE(rows(m_db->connection(), "SELECT name FROM items"), QStringList{"kept"});
    }

    void leavingTheScopeRollsBack() {
        {
            Transaction transaction(m_db->connection());
            QSqlQuery insert(m_db->connection());
            QVERIFY(insert.exec("INSERT INTO items VALUES ('dropped')"));
        }
        QCOMPARE(scalar(m_db->connection(), "SELECT count(*) FROM items").toInt(), 0);
    }

    void explicitRollbackUndoesAndEnds() {
        Transaction transaction(m_db->connection());
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.exec("INSERT INTO items VALUES ('dropped')"));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QCOMPARE(scalar(m_db->connection(), "SELECT count(*) FROM items").toInt(), 0);
        const auto late = transaction.commit();
        QVERIFY(!late);
        QVERIFY(!late.error().message.isEmpty());
    }

    void doesNotNest() {
        Transaction outer(m_db->connection());
        QVERIFY(outer.isActive());
        Transaction inner(m_db->connection());
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.error().message.isEmpty());
        QVERIFY(outer.commit()); // the inner one did not end the outer one
    }

    void takesTheWriteLockAtTheStart() {
        Transaction holder(m_db->connection());
        QVERIFY(holder.isActive());
        // Another thread's connection cannot begin a write transaction meanwhile: it waits for
        // the busy timeout, then reports a busy database instead of failing later mid-work.
        bool began = true;
        ErrorKind kind = ErrorKind::Failed;
        std::unique_ptr<QThread> other(QThread::create([&] {
            Transaction second(m_db->connection());
            began = second.isActive();
            kind = second.error().kind;
        }));
        other->start();
        QVERIFY(other->wait(10000));
        QVERIFY(!began);
        QCOMPARE(kind, ErrorKind::Busy);
        QVERIFY(holder.commit());
    }

    // Two reads in one snapshot agree although another thread's connection commits between
    // them; inside the caller's transaction, no second BEGIN is tried.
    void aReadSnapshotSeesOneStateOfTheFile() {
        QCOMPARE(isInTransaction(m_db->connection()), std::optional<bool>(false));
        bool written = false;
        const auto counts = inReadSnapshot(m_db->connection(), [&](QSqlDatabase &db) {
            const int before = scalar(db, "SELECT count(*) FROM items").toInt();
            std::unique_ptr<QThread> writer(QThread::create([&] {
                QSqlQuery insert(m_db->connection());
                written = insert.exec("INSERT INTO items VALUES ('meanwhile')");
            }));
            writer->start();
            writer->wait(10000);
            const int after = scalar(db, "SELECT count(*) FROM items").toInt();
            return Result<std::pair<int, int>>::ok({before, after});
        });
        QVERIFY(counts);
        QVERIFY(written);
        QCOMPARE(counts->first, 0);
        QCOMPARE(counts->second, 0);
        QCOMPARE(isInTransaction(m_db->connection()), std::optional<bool>(false));
        QCOMPARE(scalar(m_db->connection(), "SELECT count(*) FROM items").toInt(), 1);

        Transaction outer(m_db->connection());
        QCOMPARE(isInTransaction(m_db->connection()), std::optional<bool>(true));
        const auto inner = inReadSnapshot(m_db->connection(), [](QSqlDatabase &db) {
            return Result<int>::ok(scalar(db, "SELECT count(*) FROM items").toInt());
        });
        QVERIFY(inner);
        QCOMPARE(*inner, 1);
        QCOMPARE(isInTransaction(m_db->connection()), std::optional<bool>(true)); // the caller's
        QVERIFY(outer.commit());
    }

    // The change stamp moves with another connection's commits and with this connection's own
    // writes, and with nothing else: an import uses it to know whether what it read before its
    // transaction still holds.
    void theChangeStampMovesWithEveryWrite() {
        const auto first = changeStamp(m_db->connection());
        QVERIFY(first);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec("SELECT count(*) FROM items"));
        query.finish();
        QCOMPARE(changeStamp(m_db->connection()), first); // reading changes nothing

        QVERIFY(query.exec("INSERT INTO items VALUES ('own')"));
        const auto own = changeStamp(m_db->connection());
        QVERIFY(own);
        QCOMPARE(own->othersCommits, first->othersCommits);
        QCOMPARE(own->ownChanges, first->ownChanges + 1);

        bool written = false;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            QSqlQuery insert(m_db->connection());
            written = insert.exec("INSERT INTO items VALUES ('other')");
        }));
        writer->start();
        writer->wait(10000);
        QVERIFY(written);
        const auto other = changeStamp(m_db->connection());
        QVERIFY(other);
        QVERIFY(other->othersCommits != own->othersCommits);
        QCOMPARE(other->ownChanges, own->ownChanges);
        QVERIFY(!(*other == *own));
        QCOMPARE(changeStamp(m_db->connection()), other);
    }

    void sortsConstraintErrors() {
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.exec("INSERT INTO items VALUES ('one')"));
        QVERIFY(!insert.exec("INSERT INTO items VALUES ('one')"));
        const Error error = Error::fromSql(insert.lastError(), "ajouter l'élément");
        QCOMPARE(error.kind, ErrorKind::Duplicate);
        QCOMPARE(error.sqliteCode, 2067);
        QVERIFY2(error.message.startsWith(
                     "Échec de l'opération « ajouter l'élément » : cette donnée existe"),
                 qPrintable(error.message));
        QVERIFY(error.detail.contains("UNIQUE"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
