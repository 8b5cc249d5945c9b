#include "store/store.h"

#include "sqlite/database.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/schema.h"
#include "store/settingsrepository.h"

#include "../sqlite/sqlitetesthelpers.h"
#include "storetesthelpers.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace apdesk;
using namespace apdesk::store;
using namespace apdesk::testing;

class TestStore final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsTheLatestSchema() {
        const QString path = m_dir.filePath(Store::defaultFileName());
        const auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(Store::schemaVersion(), 7);
        const QSqlDatabase db = store->database().connection();
        QCOMPARE(scalar(db, "PRAGMA user_version").toInt(), 7);
        QCOMPARE(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                 QStringList({"cached_decisions", "claim_employee_changes", "claim_employees",
                              "claim_weeks", "claims", "employee_contract_changes", "employees",
                              "establishments", "outbox", "settings"}));
        // What copies an employee's contract changes onto a claim it joins.
        QCOMPARE(rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'"),
                 QStringList({"claim_employees_copy_changes"}));
        QCOMPARE(scalar(db, "PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
        QVERIFY(isOwnerOnly(path));
        QCOMPARE(store->path(), path);
        QVERIFY(store->migrationBackupPath().isEmpty());
        // Hours and money are integers, in columns that say their unit.
        const QStringList units = rows(
            db, "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                "WHERE m.type = 'table' AND (p.name LIKE '%hours%' OR p.name LIKE "
                "'%hourly_pay%' OR p.name LIKE '%worked%' OR p.name LIKE '%chomees%') AND p.name "
                "NOT LIKE '%_hundredths' AND p.name NOT LIKE '%_cents' AND p.name NOT LIKE "
                "'%_ten_thousandths' "
                "AND p.name <> 'half_days_not_worked'");
        QVERIFY2(units.isEmpty(), qPrintable(units.join(", ")));
    }

    void keepsTheWorkAcrossRestarts() {
        const QString path = m_dir.filePath("restart.sqlite");
        qint64 id = 0;
        {
            const auto store = openStore(path);
            QVERIFY(store);
            const auto added = store->establishments().add(sampleEstablishment());
            QVERIFY(added);
            id = added.value();
        }
        const auto store = openStore(path);
        QVERIFY(store);
        const auto found = store->establishments().find(id);
        QVERIFY(found);
        QCOMPARE(found->name, QString("Boulangerie Martin"));
    }

    void offersToSetAsideAFileItCannotUse() {
        // The flow of the UI: open, show the problem, set the file aside, open a new store.
        const QString path = m_dir.filePath("broken.sqlite");
        const QByteArray junk = QByteArray("not a database at all ").repeated(300);
        QVERIFY(writeBytes(path, junk));

        StoreOpenResult result = Store::open(path);
        QVERIFY(!result);
        const sqlite::OpenProblem problem = result.error();
        QCOMPARE(problem.kind, sqlite::ProblemKind::NotADatabase);
        QCOMPARE(problem.path, path);
        QVERIFY(problem.message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(problem.canBeSetAside());
        QCOMPARE(readBytes(path), junk);

        const auto moved = Store::setAside(problem);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QVERIFY(moved.value().startsWith(path + ".not-a-database-"));
        QCOMPARE(readBytes(moved.value()), junk);

        result = Store::open(path);
        QVERIFY(result);
        const auto store = std::move(result).value();
        QCOMPARE(store->establishments().list()->size(), 0);
    }

    void refusesAStoreOfANewerProgram() {
        const QString path = m_dir.filePath("newer.sqlite");
        {
            const auto store = openStore(path);
            QVERIFY(store);
            QSqlQuery bump(store->database().connection());
            QVERIFY(bump.exec(QStringLiteral("PRAGMA user_version = %1")
                                  .arg(Store::schemaVersion() + 1)));
        }
        const QByteArray before = readBytes(path);
        StoreOpenResult result = Store::open(path);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, sqlite::ProblemKind::NewerVersion);
        QCOMPARE(result.error().fileVersion, Store::schemaVersion() + 1);
        QCOMPARE(result.error().supportedVersion, Store::schemaVersion());
        QCOMPARE(readBytes(path), before);
    }

    void backsUpTheWholeStore() {
        const auto store = openStore(m_dir.filePath("to-copy.sqlite"));
        QVERIFY(store);
        QVERIFY(store->establishments().add(sampleEstablishment()));
        const QString target = m_dir.filePath("copy-of-store.sqlite");
        const auto copied = store->backupTo(target);
        QVERIFY(copied);
        QVERIFY(isOwnerOnly(target));
        const auto copy = openStore(target);
        QVERIFY(copy);
        QCOMPARE(copy->establishments().list()->size(), 1);
    }

    void repositoriesWorkFromAnotherThread() {
        const auto store = openStore(m_dir.filePath("threads.sqlite"));
        QVERIFY(store);
        bool added = false;
        std::unique_ptr<QThread> worker(QThread::create(
            [&] { added = store->establishments().add(sampleEstablishment()).isOk(); }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(added);
        QCOMPARE(store->establishments().list()->size(), 1);
    }

    void foreignKeysRefuseOrphansAndProtectClaims() {
        const auto store = openStore(m_dir.filePath("constraints.sqlite"));
        QVERIFY(store);
        const qint64 establishment = store->establishments().add(sampleEstablishment()).value();
        const qint64 employee = store->employees().add(sampleEmployee(establishment)).value();
        const auto claim = store->claims().create(establishment, "DEC-1", QDate(2026, 4, 1));
        QVERIFY(claim);
        WeekHours hours;
        hours.weekStart = QDate(2026, 4, 6);
        hours.chomees = domain::Hours::fromWholeHours(10);
        QVERIFY(store->claimLines().upsert(claim->id, employee, hours));

        QSqlDatabase db = store->database().connection();
        QSqlQuery query(db);
        // An employee on a claim that does not exist.
        QVERIFY(!query.exec(
            QStringLiteral(
                "INSERT INTO claim_employees (claim_id, employee_id, forfait_jours, "
                "gross_hourly_pay_ten_thousandths, contract_kind) VALUES (%1, %2, 0, 1000, "
                "'ordinary')")
                .arg(claim->id + 100)
                .arg(employee)));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("787"));
        // A week of an employee who is not on the claim.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO claim_weeks (claim_id, employee_id, "
                                           "week_start) VALUES (%1, %2, '2026-04-13')")
                                .arg(claim->id)
                                .arg(employee + 1)));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("787"));
        // A week that is not a date.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO claim_weeks (claim_id, employee_id, "
                                           "week_start) VALUES (%1, %2, '2026-13-06')")
                                .arg(claim->id)
                                .arg(employee)));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("275"));
        // An employee on a claim cannot disappear under the claim.
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM employees WHERE id = %1").arg(employee)));
        // Nor can an establishment that has claims.
        QVERIFY(!query.exec(
            QStringLiteral("DELETE FROM establishments WHERE id = %1").arg(establishment)));
        // Deleting a claim takes its lines and outbox entries with it.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO outbox (claim_id, idempotency_key, "
                                          "payload, created_at, updated_at) VALUES (%1, 'k1', "
                                          "'{}', 'now', 'now')")
                               .arg(claim->id)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM claims WHERE id = %1").arg(claim->id)));
        QCOMPARE(scalar(db, "SELECT count(*) FROM claim_employees").toInt(), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM claim_weeks").toInt(), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox").toInt(), 0);
        // Then the employee and establishment may go; employees go with their establishment.
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM establishments WHERE id = %1").arg(establishment)));
        QCOMPARE(scalar(db, "SELECT count(*) FROM employees").toInt(), 0);
    }

    // Version 1 copied the contract onto every week line; version 2 keeps it once per claim
    // employee. A file written by a version-1 program keeps its lines and hours; a claim in
    // preparation takes the employee's contract as it is now (as its next edit would have), a
    // claim that left preparation keeps what it was computed with.
    void movesVersionOneLinesToClaimEmployeesAndWeeks() {
        const QString path = m_dir.filePath("version-1.sqlite");
        QVERIFY(writeVersionOne(path, {// Claim 3, in preparation: copied at 15.23 € and 35 h.
                                       "(3, 7, '2026-04-06', 2000, 1500, 0, 3500, 1523, 1190, "
                                       "'apprentice')",
                                       "(3, 7, '2026-04-13', 0, 3500, 0, 3500, 1523, 1190, "
                                       "'apprentice')",
                                       // Claim 4, sent: one copy, kept as it is.
                                       "(4, 7, '2026-03-02', 0, 700, 0, 3500, 1500, NULL, "
                                       "'ordinary')",
                                       "(4, 7, '2026-03-09', 0, 1400, 0, 3500, 1500, NULL, "
                                       "'ordinary')"}));
        const auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(Store::schemaVersion(), 7);
        QVERIFY(!store->migrationBackupPath().isEmpty());
        // Schema 7 rebuilt the claims table: ids, statuses and months kept, each a version 1.
        QCOMPARE(store->claims().find(4)->status, ClaimStatus::Sent);
        QCOMPARE(store->claims().find(4)->month, QDate(2026, 3, 1));
        QCOMPARE(store->claims().find(4)->version, 1);
        QCOMPARE(store->claims().find(3)->version, 1);

        const auto april = store->claimLines().linesOf(3);
        QVERIFY(april);
        QCOMPARE(april->size(), 2);
        QCOMPARE(april->at(0).hours.weekStart, QDate(2026, 4, 6));
        QCOMPARE(april->at(0).hours.worked.hundredths(), 2000);
        QCOMPARE(april->at(0).hours.chomees.hundredths(), 1500);
        QCOMPARE(april->at(1).hours.weekStart, QDate(2026, 4, 13));
        QCOMPARE(april->at(1).hours.chomees.hundredths(), 3500);
        for (const ClaimLine &line : *april) { // the employee as it is now
            QCOMPARE(line.contractualWeeklyHours.hundredths(), 3900);
            // Cents of schemas 1 to 4 become ten-thousandths of a euro (schema 5).
            QCOMPARE(line.grossHourlyPay.tenThousandths(), 160000);
            QVERIFY(!line.usualNetHourlyPay);
            QCOMPARE(line.contract, ContractKind::Ordinary);
        }
        const auto march = store->claimLines().linesOf(4);
        QVERIFY(march);
        QCOMPARE(march->size(), 2);
        QCOMPARE(march->at(1).hours.chomees.hundredths(), 1400);
        for (const ClaimLine &line : *march) { // what it was computed with
            QCOMPARE(line.contractualWeeklyHours.hundredths(), 3500);
            QCOMPARE(line.grossHourlyPay.tenThousandths(), 150000);
        }
        const QSqlDatabase db = store->database().connection();
        QCOMPARE(scalar(db, "SELECT count(*) FROM claim_employees").toInt(), 2);
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'claim_lines'").toInt(), 0);
    }

    // A claim that left preparation with two copies for one employee (withdrawn from the
    // outbox, the pay changed, a week added, queued again): which one its amounts used cannot
    // be told, so the file is not migrated and stays as it was.
    void refusesToGuessBetweenTwoCopiesOfASentClaim() {
        const QString path = m_dir.filePath("two-copies.sqlite");
        QVERIFY(writeVersionOne(
            path, {"(4, 7, '2026-03-02', 0, 700, 0, 3500, 1500, NULL, 'ordinary')",
                   "(4, 7, '2026-03-09', 0, 1400, 0, 3500, 1550, NULL, 'ordinary')"}));
        StoreOpenResult result = Store::open(path);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, sqlite::ProblemKind::MigrationFailed);
        QVERIFY2(result.error().detail.contains("claim 4 (2026-03)"),
                 qPrintable(result.error().detail));
        auto reopened = sqlite::Database::open(path, {Schema::migrations().first()});
        QVERIFY(reopened);
        const auto database = std::move(reopened).value();
        QCOMPARE(database->schemaVersion(), 1);
        QCOMPARE(scalar(database->connection(), "SELECT count(*) FROM claim_lines").toInt(), 2);
    }

    // A date column takes a date and nothing else (version 1's `x = date(x)` let any text
    // through); a file holding such a text stops at the migration that would check it.
    void dateColumnsRefuseWhatIsNoDate() {
        const auto store = openStore(m_dir.filePath("dates.sqlite"));
        QVERIFY(store);
        QSqlQuery query(store->database().connection());
        QVERIFY(query.exec("INSERT INTO establishments (id, siret, name, departement) "
                           "VALUES (1, '73282932000074', 'Boulangerie', '57')"));
        const QString employee =
            "INSERT INTO employees (establishment_id, nir, last_name, entry_date, exit_date, "
            "weekly_hours_hundredths, gross_hourly_pay_ten_thousandths) "
            "VALUES (1, '%1', 'Dupont', '%2', %3, 3500, 1600)";
        QVERIFY(!query.exec(employee.arg("185057800608491", "2018-13-03", "NULL")));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("275"));
        QVERIFY(!query.exec(employee.arg("185057800608491", "2018-09-03", "'soon'")));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("275"));
        QVERIFY(query.exec(employee.arg("185057800608491", "2018-09-03", "'2026-06-30'")));
        const QString decision =
            "INSERT INTO cached_decisions (number, siret, period_start, period_end, form, scheme, "
            "authorised_hundredths, authorised_headcount, fetched_at) "
            "VALUES ('D-%1', '73282932000074', '%2', '%3', 1, 'common', 100, 1, 'x')";
        QVERIFY(!query.exec(decision.arg("1", "2026-04-01", "end of year")));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("275"));
        QVERIFY(query.exec(decision.arg("2", "2026-04-01", "2026-12-31")));

        const QString path = m_dir.filePath("no-date.sqlite");
        QVERIFY(writeVersionOne(path, {"(3, 7, '2026-04-06', 0, 700, 0, 3500, 1600, NULL, "
                                       "'ordinary')"}));
        {
            auto opened = sqlite::Database::open(path, {Schema::migrations().first()});
            QVERIFY(opened);
            const auto database = std::move(opened).value();
            QSqlQuery edit(database->connection());
            QVERIFY(edit.exec("UPDATE employees SET entry_date = 'some day' WHERE id = 7"));
        }
        StoreOpenResult result = Store::open(path);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, sqlite::ProblemKind::MigrationFailed);
        auto reopened = sqlite::Database::open(path, Schema::migrations().mid(0, 2));
        QVERIFY(reopened);
        QCOMPARE(std::move(reopened).value()->schemaVersion(), 2);
    }

    void theOutboxSendsOnceAndHoldsJson() {
        const auto store = openStore(m_dir.filePath("outbox.sqlite"));
        QVERIFY(store);
        const qint64 establishment = store->establishments().add(sampleEstablishment()).value();
        const auto claim = store->claims().create(establishment, "DEC-1", QDate(2026, 4, 1));
        QSqlQuery query(store->database().connection());
        const QString insert = QStringLiteral("INSERT INTO outbox (claim_id, idempotency_key, "
                                              "payload, created_at, updated_at) VALUES (%1, "
                                              "'%2', '%3', 'now', 'now')");
        QVERIFY(query.exec(insert.arg(claim->id).arg("key-1", R"({"lines": []})")));
        QVERIFY(!query.exec(insert.arg(claim->id).arg("key-1", "{}")));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("2067")); // UNIQUE
        QVERIFY(!query.exec(insert.arg(claim->id).arg("key-2", "{not json")));
        QCOMPARE(query.lastError().nativeErrorCode(), QString("275")); // CHECK
    }

    void settingsSurviveInTheStore() {
        const QString path = m_dir.filePath("settings.sqlite");
        {
            const auto store = openStore(path);
            QVERIFY(store->settings().setValue("service/url", "http://127.0.0.1:8080"));
        }
        const auto store = openStore(path);
        QCOMPARE(store->settings().value("service/url", {}), QString("http://127.0.0.1:8080"));
    }

private:
    // A store file as version 1 wrote it: establishment 1, employee 7 (now 39 h at 16.00 €),
    // claim 3 (April 2026, in preparation), claim 4 (March 2026, sent), and the given
    // claim_lines rows.
    static bool writeVersionOne(const QString &path, const QStringList &lines) {
        auto opened = sqlite::Database::open(path, {Schema::migrations().first()});
        if (!opened)
            return false;
        const auto database = std::move(opened).value();
        QSqlQuery query(database->connection());
        QStringList statements{
            "INSERT INTO establishments (id, siret, name, departement) "
            "VALUES (1, '73282932000074', 'Boulangerie', '57')",
            "INSERT INTO employees (id, establishment_id, nir, first_name, last_name, entry_date, "
            "weekly_hours_hundredths, gross_hourly_pay_cents) "
            "VALUES (7, 1, '185057800608491', 'Élodie', 'Dupont', '2018-09-03', 3900, 1600)",
            "INSERT INTO claims (id, establishment_id, decision_number, month, status, "
            "created_at, status_changed_at) VALUES (3, 1, 'D-1', '2026-04', 'preparation', 'x', "
            "'x'), (4, 1, 'D-1', '2026-03', 'sent', 'x', 'x')"};
        statements << "INSERT INTO claim_lines (claim_id, employee_id, week_start, "
                      "worked_hundredths, chomees_hundredths, forfait_jours, "
                      "contractual_weekly_hundredths, gross_hourly_pay_cents, "
                      "usual_net_hourly_pay_cents, contract_kind) VALUES " +
                          lines.join(", ");
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
