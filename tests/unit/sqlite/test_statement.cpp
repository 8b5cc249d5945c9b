#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include "sqlitetesthelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

// Statement runs SQLite's own API on the QtSql connection of a real database file: what it
// writes is what QtSql reads, it joins the connection's transaction, and its errors are sorted
// like QtSql's.
class TestStatement final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        auto result = Database::open(
            m_dir.filePath(QStringLiteral("statement-%1.sqlite").arg(++m_counter)),
            {{1,
              "people",
              {"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
               "age INTEGER CHECK (age >= 0), note TEXT NOT NULL DEFAULT '')"},
              {},
              false}});
        QVERIFY(result);
        m_db = std::move(result).value();
    }
    void cleanup() { m_db.reset(); }

    void writesWhatQtSqlReads() {
        auto insert = Statement::prepare(m_db->connection(),
                                         "INSERT INTO people (name, age, note) VALUES (?, ?, ?)",
                                         QStringLiteral("ajouter"));
        QVERIFY(insert);
        QVERIFY(insert.value()
                    .bind(1, QStringLiteral("Zoé Ñúñez"))
                    .bind(2, qint64(41))
                    .bind(3, QByteArrayView("«\xc2\xa0ok\xc2\xa0»"))
                    .run());
        QCOMPARE(insert->changes(), 1);
        // Bound again after run(): the statement was reset.
        QVERIFY(insert.value()
                    .bind(1, QStringLiteral("Léa"))
                    .bind(2, std::optional<qint64>())
                    .bind(3, QByteArrayView())
                    .run());
        QCOMPARE(rows(m_db->connection(),
                      "SELECT name || '|' || ifnull(age, 'NULL') || '|' || note FROM people "
                      "ORDER BY id"),
                 (QStringList{QStringLiteral("Zoé Ñúñez|41|«\u00a0ok\u00a0»"),
                              QStringLiteral("Léa|NULL|")}));
    }

    void readsRowsThenResets() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("INSERT INTO people (name, age) VALUES ('Anne', 30), ('Émile', NULL)"));
        auto select = Statement::prepare(m_db->connection(),
                                         "SELECT name, age FROM people WHERE id >= ? ORDER BY id",
                                         QStringLiteral("lire"));
        QVERIFY(select);
        for (int pass = 0; pass < 2; ++pass) {
            select.value().bind(1, qint64(1));
            QStringList seen;
            while (true) {
                auto row = select.value().next();
                QVERIFY(row);
                if (!*row)
                    break;
                seen << select->text(0) + '/' +
                            (select->isNull(1) ? QStringLiteral("-")
                                               : QString::number(*select->optionalInteger(1)));
            }
            QCOMPARE(seen, (QStringList{QStringLiteral("Anne/30"), QStringLiteral("Émile/-")}));
        }
    }

    void readsTheRowsOfOneKey() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("INSERT INTO people (name, age) VALUES ('Anne', 30), ('Bruno', 41), "
                       "('Chloé', 30)"));
        QStringList names;
        const auto read = Statement::forEachRowOf(
            m_db->connection(), "SELECT name FROM people WHERE age = ? ORDER BY name", 30,
            QStringLiteral("lire"), [&names](const Statement &row) { names << row.text(0); });
        QVERIFY(read);
        QCOMPARE(names, (QStringList{QStringLiteral("Anne"), QStringLiteral("Chloé")}));
        const auto wrong =
            Statement::forEachRowOf(m_db->connection(), "SELECT nothing FROM people WHERE age = ?",
                                    30, QStringLiteral("lire"), [](const Statement &) {});
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("« lire »")));
    }

    void joinsTheConnectionsTransaction() {
        {
            Transaction transaction(m_db->connection());
            QVERIFY(transaction.isActive());
            auto insert =
                Statement::prepare(m_db->connection(), "INSERT INTO people (name) VALUES (?)",
                                   QStringLiteral("ajouter"));
            QVERIFY(insert);
            QVERIFY(insert.value().bind(1, QStringLiteral("Rolled back")).run());
        }
        QCOMPARE(scalar(m_db->connection(), "SELECT count(*) FROM people").toInt(), 0);
    }

    void sortsConstraintErrorsWithAFrenchMessage() {
        auto insert =
            Statement::prepare(m_db->connection(), "INSERT INTO people (name, age) VALUES (?, ?)",
                               QStringLiteral("ajouter la personne"));
        QVERIFY(insert);
        QVERIFY(insert.value().bind(1, QStringLiteral("Anne")).bind(2, qint64(1)).run());
        const auto duplicate = insert.value().bind(1, QStringLiteral("Anne")).run();
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, ErrorKind::Duplicate);
        QCOMPARE(duplicate.error().sqliteCode, 2067);
        QVERIFY2(duplicate.error().message.startsWith(
                     QStringLiteral("Échec de l'opération « ajouter la personne »")),
                 qPrintable(duplicate.error().message));
        QVERIFY(duplicate.error().detail.contains(QStringLiteral("UNIQUE")));
        const auto negative =
            insert.value().bind(1, QStringLiteral("Bob")).bind(2, qint64(-1)).run();
        QVERIFY(!negative);
        QCOMPARE(negative.error().kind, ErrorKind::Invalid);
        // After errors the statement still works.
        QVERIFY(insert.value().bind(1, QStringLiteral("Bob")).bind(2, qint64(2)).run());
        QCOMPARE(scalar(m_db->connection(), "SELECT count(*) FROM people").toInt(), 2);
    }

    void badSqlIsAnErrorNotACrash() {
        const auto bad = Statement::prepare(m_db->connection(), "SELECT missing FROM nowhere",
                                            QStringLiteral("lire"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::Failed);
        QVERIFY2(bad.error().detail.contains(QStringLiteral("nowhere")),
                 qPrintable(bad.error().detail));
    }

    void aClosedConnectionIsRefused() {
        QSqlDatabase closed;
        const auto refused = Statement::prepare(closed, "SELECT 1", QStringLiteral("lire"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Failed);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStatement)
#include "test_statement.moc"
