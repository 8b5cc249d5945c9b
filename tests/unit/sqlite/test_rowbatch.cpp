#include "sqlite/database.h"
#include "sqlite/rowbatch.h"
#include "sqlite/transaction.h"

#include "sqlitetesthelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk::sqlite;
using namespace apdesk::testing;

// RowBatch writes many rows per statement on a real database file: every row arrives once,
// whether it went in a full statement or in the last, shorter one; values keep their kind; an
// upsert's tail applies to every row; a refused row fails its run and the transaction undoes
// the runs before it.
class TestRowBatch final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        auto result =
            Database::open(m_dir.filePath(QStringLiteral("rowbatch-%1.sqlite").arg(++m_counter)),
                           {{1,
                             "hours",
                             {"CREATE TABLE hours (person INTEGER NOT NULL, week TEXT NOT NULL, "
                              "worked INTEGER CHECK (worked >= 0), PRIMARY KEY (person, week))"},
                             {},
                             false}});
        QVERIFY(result);
        m_db = std::move(result).value();
    }
    void cleanup() { m_db.reset(); }

    void writesFullStatementsThenTheRest_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("rowsPerStatement");
        QTest::newRow("none") << 0 << 3;
        QTest::newRow("fewer than one statement") << 2 << 3;
        QTest::newRow("exactly two statements") << 6 << 3;
        QTest::newRow("two statements and one row") << 7 << 3;
        QTest::newRow("one row per statement") << 5 << 1;
    }
    void writesFullStatementsThenTheRest() {
        QFETCH(int, rows);
        QFETCH(int, rowsPerStatement);
        auto batch = RowBatch::prepare(m_db->connection(), insert(""), rowsPerStatement,
                                       QStringLiteral("écrire les heures"));
        QVERIFY(batch);
        for (int i = 1; i <= rows; ++i) {
            const QByteArray week = "2026-04-0" + QByteArray::number(i % 10);
            // Every third row leaves its hours unknown (NULL).
            const std::optional<qint64> worked =
                i % 3 == 0 ? std::nullopt : std::optional<qint64>(i * 100);
            QVERIFY(batch.value()
                        .bind(1, qint64(i))
                        .bind(2, QByteArrayView(week))
                        .bind(3, worked)
                        .endRow());
        }
        QVERIFY(batch.value().flush());
        QCOMPARE(batch->changes(), rows);
        QStringList expected;
        for (int i = 1; i <= rows; ++i)
            expected << QStringLiteral("%1|2026-04-0%2|%3")
                            .arg(i)
                            .arg(i % 10)
                            .arg(i % 3 == 0 ? QStringLiteral("NULL") : QString::number(i * 100));
        QCOMPARE(this->rows(), expected);
    }

    void theTailAppliesToEveryRow() {
        QSqlQuery existing(m_db->connection());
        QVERIFY(existing.exec("INSERT INTO hours VALUES (1, 'a', 1), (2, 'b', 2)"));
        auto batch = RowBatch::prepare(
            m_db->connection(),
            insert("ON CONFLICT (person, week) DO UPDATE SET worked = excluded.worked"), 2,
            QStringLiteral("écrire les heures"));
        QVERIFY(batch);
        for (const auto &[person, week, worked] :
             {std::tuple{1, "a", 10}, std::tuple{3, "c", 30}, std::tuple{2, "b", 20}}) {
            QVERIFY(batch.value()
                        .bind(1, qint64(person))
                        .bind(2, QByteArrayView(week))
                        .bind(3, qint64(worked))
                        .endRow());
        }
        QVERIFY(batch.value().flush());
        QCOMPARE(batch->changes(), 3);
        QCOMPARE(rows(), (QStringList{"1|a|10", "2|b|20", "3|c|30"}));
    }

    void aRefusedRowUndoesTheWholeBatch() {
        const auto written = inTransaction(m_db->connection(), [&](QSqlDatabase &db) {
            auto batch = RowBatch::prepare(db, insert(""), 2, QStringLiteral("écrire les heures"));
            if (!batch)
                return Result<>::failWith(batch);
            for (int i = 1; i <= 5; ++i) {
                // The fourth row's hours are negative: the second statement is refused.
                batch.value()
                    .bind(1, qint64(i))
                    .bind(2, QByteArrayView("w"))
                    .bind(3, qint64(i == 4 ? -1 : i));
                if (auto done = batch.value().endRow(); !done)
                    return done;
            }
            return batch.value().flush();
        });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Invalid);
        QVERIFY(written.error().message.contains(QStringLiteral("écrire les heures")));
        QVERIFY(rows().isEmpty());
    }

    void aWrongParameterIsAnErrorNotAMisplacedValue() {
        // The shape says two parameters per row, the row has three.
        auto miscounted = RowBatch::prepare(
            m_db->connection(),
            {"INSERT INTO hours (person, week, worked) VALUES ", "(?, ?, ?)", 2, ""}, 4,
            QStringLiteral("écrire"));
        QVERIFY(!miscounted);
        QVERIFY(miscounted.error().detail.contains("12 parameters"));
        // Numbered placeholders would repeat the first row's values in every row.
        QVERIFY(!RowBatch::prepare(
            m_db->connection(),
            {"INSERT INTO hours (person, week, worked) VALUES ", "(?1, ?2, ?3)", 3, ""}, 4,
            QStringLiteral("écrire")));
        // A parameter number beyond the row's.
        auto batch = RowBatch::prepare(m_db->connection(), insert(""), 4, QStringLiteral("écrire"));
        QVERIFY(batch);
        batch.value().bind(1, qint64(1)).bind(2, QByteArrayView("w")).bind(4, qint64(7));
        const auto ended = batch.value().endRow();
        QVERIFY(!ended);
        QVERIFY(ended.error().detail.contains("parameter 4"));
        QVERIFY(batch.value().flush());
        QVERIFY(rows().isEmpty());
    }

    void badSqlIsAnErrorAtPrepare() {
        const auto batch =
            RowBatch::prepare(m_db->connection(), {"INSERT INTO nowhere VALUES ", "(?)", 1, ""}, 10,
                              QStringLiteral("écrire"));
        QVERIFY(!batch);
    }

private:
    static RowBatch::Shape insert(const QByteArray &tail) {
        return {"INSERT INTO hours (person, week, worked) VALUES ", "(?, ?, ?)", 3, tail};
    }
    QStringList rows() const {
        return apdesk::testing::rows(
            m_db->connection(), "SELECT person || '|' || week || '|' || ifnull(worked, 'NULL') "
                                "FROM hours ORDER BY person");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestRowBatch)
#include "test_rowbatch.moc"
