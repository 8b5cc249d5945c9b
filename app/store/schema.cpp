#include "store/schema.h"

#include "sqlite/query.h"

#include <QSqlQuery>

namespace apdesk::store {

namespace {
// Conventions of the schema:
// - hours in integer hundredths of an hour (*_hundredths), money in integer cents (*_cents);
// - dates as ISO text 'YYYY-MM-DD', checked with date(); months as 'YYYY-MM'; timestamps as
//   ISO 8601 UTC text;
// - enumerations (status, sector, contract, outbox state) as short English words checked in
//   code, not by CHECK constraints, so that a later migration can add a value without
//   rebuilding the table;
// - ON DELETE: what belongs to a row goes with it (an establishment's employees, a claim's
//   lines and outbox entries); what a claim was computed with may not disappear under it
//   (an employee on a claim line, an establishment with claims).
sqlite::Migration firstSchema() {
    sqlite::Migration migration;
    migration.version = 1;
    migration.description = QStringLiteral("first schema of the store");
    migration.statements = {
        QStringLiteral(R"(CREATE TABLE establishments (
            id INTEGER PRIMARY KEY,
            siret TEXT NOT NULL UNIQUE CHECK (length(siret) = 14),
            name TEXT NOT NULL CHECK (name <> ''),
            departement TEXT NOT NULL CHECK (length(departement) BETWEEN 2 AND 3),
            sector_category TEXT NOT NULL DEFAULT 'common'
        ))"),
        QStringLiteral(R"(CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL
                REFERENCES establishments(id) ON DELETE CASCADE,
            nir TEXT NOT NULL CHECK (length(nir) = 15),
            matricule TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            first_name TEXT NOT NULL DEFAULT '',
            entry_date TEXT NOT NULL CHECK (entry_date = date(entry_date)),
            exit_date TEXT CHECK (exit_date IS NULL
                                  OR (exit_date = date(exit_date) AND exit_date >= entry_date)),
            forfait_jours INTEGER NOT NULL DEFAULT 0 CHECK (forfait_jours IN (0, 1)),
            weekly_hours_hundredths INTEGER,
            gross_hourly_pay_cents INTEGER NOT NULL CHECK (gross_hourly_pay_cents >= 0),
            usual_net_hourly_pay_cents INTEGER CHECK (usual_net_hourly_pay_cents >= 0),
            contract_kind TEXT NOT NULL DEFAULT 'ordinary',
            UNIQUE (establishment_id, nir),
            CHECK ((forfait_jours = 1 AND weekly_hours_hundredths IS NULL)
                   OR (forfait_jours = 0 AND weekly_hours_hundredths > 0))
        ))"),
        QStringLiteral(R"(CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL
                REFERENCES establishments(id) ON DELETE RESTRICT,
            decision_number TEXT NOT NULL CHECK (decision_number <> ''),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                       AND substr(month, 6, 2) BETWEEN '01' AND '12'),
            status TEXT NOT NULL DEFAULT 'preparation',
            created_at TEXT NOT NULL,
            status_changed_at TEXT NOT NULL,
            UNIQUE (establishment_id, decision_number, month)
        ))"),
        // A line copies what its amounts are computed with (contract, hours, pay) when it is
        // created: a later pay rise never changes an earlier claim (DESIGN.md).
        QStringLiteral(R"(CREATE TABLE claim_lines (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            week_start TEXT NOT NULL CHECK (week_start = date(week_start)),
            worked_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (worked_hundredths >= 0),
            treated_as_worked_hundredths INTEGER NOT NULL DEFAULT 0
                CHECK (treated_as_worked_hundredths >= 0),
            chomees_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (chomees_hundredths >= 0),
            half_days_not_worked INTEGER NOT NULL DEFAULT 0 CHECK (half_days_not_worked >= 0),
            forfait_jours INTEGER NOT NULL CHECK (forfait_jours IN (0, 1)),
            contractual_weekly_hundredths INTEGER,
            gross_hourly_pay_cents INTEGER NOT NULL CHECK (gross_hourly_pay_cents >= 0),
            usual_net_hourly_pay_cents INTEGER CHECK (usual_net_hourly_pay_cents >= 0),
            contract_kind TEXT NOT NULL,
            PRIMARY KEY (claim_id, employee_id, week_start)
        ))"),
        QStringLiteral("CREATE INDEX claim_lines_by_employee ON claim_lines (employee_id)"),
        QStringLiteral(R"(CREATE TABLE cached_decisions (
            number TEXT PRIMARY KEY,
            siret TEXT NOT NULL CHECK (length(siret) = 14),
            period_start TEXT NOT NULL CHECK (period_start = date(period_start)),
            period_end TEXT NOT NULL CHECK (period_end = date(period_end)
                                            AND period_end >= period_start),
            form INTEGER NOT NULL CHECK (form BETWEEN 1 AND 4),
            scheme TEXT NOT NULL,
            authorised_hundredths INTEGER NOT NULL CHECK (authorised_hundredths >= 0),
            authorised_headcount INTEGER NOT NULL CHECK (authorised_headcount >= 0),
            fetched_at TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX cached_decisions_by_siret ON cached_decisions (siret)"),
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            next_attempt_at TEXT
        ))"),
        QStringLiteral("CREATE INDEX outbox_by_claim ON outbox (claim_id)"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY CHECK (key <> ''),
            value TEXT NOT NULL
        ))"),
    };
    return migration;
}

// Moves version 1's claim lines into claim_employees and claim_weeks (migration 2). Version 1
// carried an employee's change to the lines of claims in preparation only, so a claim that went
// out of preparation and came back (withdrawn from the outbox) may hold two copies for one
// employee. A claim in preparation takes the employee's contract as it is now, as the next edit
// would have done. Any other claim must have one copy per employee: which one its amounts were
// computed with cannot be told, so such a file is not migrated (it stays at version 1, with its
// backup) rather than silently changed.
sqlite::Result<> moveClaimLines(QSqlDatabase &db) {
    using R = sqlite::Result<>;
    const QString what = QStringLiteral("move the claim lines");
    QSqlQuery query(db);
    if (auto done = sqlite::execute(
            query,
            QStringLiteral(
                "SELECT l.claim_id, c.month, e.first_name || ' ' || e.last_name "
                "FROM claim_lines AS l JOIN claims AS c ON c.id = l.claim_id "
                "JOIN employees AS e ON e.id = l.employee_id "
                "WHERE c.status <> 'preparation' GROUP BY l.claim_id, l.employee_id "
                "HAVING count(DISTINCT l.forfait_jours || '/' || "
                "ifnull(l.contractual_weekly_hundredths, '') || '/' || l.gross_hourly_pay_cents || "
                "'/' || ifnull(l.usual_net_hourly_pay_cents, '') || '/' || l.contract_kind) > 1"),
            {}, what);
        !done)
        return done;
    if (query.next()) {
        return R::fail(sqlite::Error::make(
            sqlite::ErrorKind::Invalid,
            QStringLiteral("claim %1 (%2), which has left preparation, holds two different "
                           "contracts or pays for %3; fix the file with AP Desk version 1")
                .arg(query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString())));
    }
    for (const char *sql : {
             "INSERT INTO claim_employees "
             "SELECT DISTINCT l.claim_id, l.employee_id, e.forfait_jours, "
             "e.weekly_hours_hundredths, e.gross_hourly_pay_cents, "
             "e.usual_net_hourly_pay_cents, e.contract_kind "
             "FROM claim_lines AS l JOIN claims AS c ON c.id = l.claim_id "
             "JOIN employees AS e ON e.id = l.employee_id WHERE c.status = 'preparation'",
             "INSERT INTO claim_employees "
             "SELECT DISTINCT l.claim_id, l.employee_id, l.forfait_jours, "
             "l.contractual_weekly_hundredths, l.gross_hourly_pay_cents, "
             "l.usual_net_hourly_pay_cents, l.contract_kind "
             "FROM claim_lines AS l JOIN claims AS c ON c.id = l.claim_id "
             "WHERE c.status <> 'preparation'",
             "INSERT INTO claim_weeks "
             "SELECT claim_id, employee_id, week_start, worked_hundredths, "
             "treated_as_worked_hundredths, chomees_hundredths, half_days_not_worked "
             "FROM claim_lines",
             "DROP TABLE claim_lines",
         }) {
        if (auto done = sqlite::execute(query, QString::fromLatin1(sql), {}, what); !done)
            return done;
    }
    return R::ok();
}

// A claim's employee is stored once, with the contract and pay the claim is computed with, and
// each of its weeks refers to it: version 1 copied the contract onto every week line, five
// copies that could drift apart and that made a 100,000-line import write twice what it needed.
// claim_weeks has no index of its own: its primary key starts with the claim's employee, which
// serves both the claim's reads and the cascade from claim_employees.
sqlite::Migration claimEmployeesAndWeeks() {
    sqlite::Migration migration;
    migration.version = 2;
    migration.description =
        QStringLiteral("a claim's employees apart from their weeks; employees by name");
    migration.statements = {
        QStringLiteral(R"(CREATE TABLE claim_employees (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            forfait_jours INTEGER NOT NULL CHECK (forfait_jours IN (0, 1)),
            contractual_weekly_hundredths INTEGER,
            gross_hourly_pay_cents INTEGER NOT NULL CHECK (gross_hourly_pay_cents >= 0),
            usual_net_hourly_pay_cents INTEGER CHECK (usual_net_hourly_pay_cents >= 0),
            contract_kind TEXT NOT NULL,
            PRIMARY KEY (claim_id, employee_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX claim_employees_by_employee ON claim_employees (employee_id)"),
        QStringLiteral(R"(CREATE TABLE claim_weeks (
            claim_id INTEGER NOT NULL,
            employee_id INTEGER NOT NULL,
            -- IS, not =: date() of a text that is no date is NULL, and a CHECK that comes out
            -- NULL lets the row in (as version 1's did: a file edited by hand with such a week
            -- fails this migration and stays at version 1).
            week_start TEXT NOT NULL CHECK (week_start IS date(week_start)),
            worked_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (worked_hundredths >= 0),
            treated_as_worked_hundredths INTEGER NOT NULL DEFAULT 0
                CHECK (treated_as_worked_hundredths >= 0),
            chomees_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (chomees_hundredths >= 0),
            half_days_not_worked INTEGER NOT NULL DEFAULT 0 CHECK (half_days_not_worked >= 0),
            PRIMARY KEY (claim_id, employee_id, week_start),
            FOREIGN KEY (claim_id, employee_id)
                REFERENCES claim_employees (claim_id, employee_id) ON DELETE CASCADE
        ) WITHOUT ROWID)"),
        // The employee list is read in name order (the screens, a claim's employees): from
        // this index rather than sorted at every read (the rowid, last, breaks ties).
        QStringLiteral("CREATE INDEX employees_by_name "
                       "ON employees (establishment_id, last_name, first_name)"),
    };
    migration.run = moveClaimLines;
    return migration;
}
// Version 1 checked its dates with `x = date(x)`, which lets any text that is no date through:
// date() of it is NULL, and a CHECK that comes out NULL passes. SQLite cannot alter a
// constraint, so the two tables are rebuilt (https://www.sqlite.org/lang_altertable.html,
// "other kinds of table schema changes") with `IS`, their rows, ids and indexes kept. A row
// whose date is no date (only in a file edited by hand) fails this migration: the file stays at
// version 2, with its backup.
sqlite::Migration datesCheckedWithIs() {
    sqlite::Migration migration;
    migration.version = 3;
    migration.description = QStringLiteral("dates of employees and cached decisions checked");
    migration.withoutForeignKeys = true;
    migration.statements = {
        QStringLiteral(R"(CREATE TABLE employees_checked (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL
                REFERENCES establishments(id) ON DELETE CASCADE,
            nir TEXT NOT NULL CHECK (length(nir) = 15),
            matricule TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            first_name TEXT NOT NULL DEFAULT '',
            entry_date TEXT NOT NULL CHECK (entry_date IS date(entry_date)),
            exit_date TEXT CHECK (exit_date IS NULL
                                  OR (exit_date IS date(exit_date) AND exit_date >= entry_date)),
            forfait_jours INTEGER NOT NULL DEFAULT 0 CHECK (forfait_jours IN (0, 1)),
            weekly_hours_hundredths INTEGER,
            gross_hourly_pay_cents INTEGER NOT NULL CHECK (gross_hourly_pay_cents >= 0),
            usual_net_hourly_pay_cents INTEGER CHECK (usual_net_hourly_pay_cents >= 0),
            contract_kind TEXT NOT NULL DEFAULT 'ordinary',
            UNIQUE (establishment_id, nir),
            CHECK ((forfait_jours = 1 AND weekly_hours_hundredths IS NULL)
                   OR (forfait_jours = 0 AND weekly_hours_hundredths > 0))
        ))"),
        QStringLiteral("INSERT INTO employees_checked SELECT * FROM employees"),
        QStringLiteral("DROP TABLE employees"),
        QStringLiteral("ALTER TABLE employees_checked RENAME TO employees"),
        QStringLiteral("CREATE INDEX employees_by_name "
                       "ON employees (establishment_id, last_name, first_name)"),
        QStringLiteral(R"(CREATE TABLE cached_decisions_checked (
            number TEXT PRIMARY KEY,
            siret TEXT NOT NULL CHECK (length(siret) = 14),
            period_start TEXT NOT NULL CHECK (period_start IS date(period_start)),
            period_end TEXT NOT NULL CHECK (period_end IS date(period_end)
                                            AND period_end >= period_start),
            form INTEGER NOT NULL CHECK (form BETWEEN 1 AND 4),
            scheme TEXT NOT NULL,
            authorised_hundredths INTEGER NOT NULL CHECK (authorised_hundredths >= 0),
            authorised_headcount INTEGER NOT NULL CHECK (authorised_headcount >= 0),
            fetched_at TEXT NOT NULL
        ))"),
        QStringLiteral("INSERT INTO cached_decisions_checked SELECT * FROM cached_decisions"),
        QStringLiteral("DROP TABLE cached_decisions"),
        QStringLiteral("ALTER TABLE cached_decisions_checked RENAME TO cached_decisions"),
        QStringLiteral("CREATE INDEX cached_decisions_by_siret ON cached_decisions (siret)"),
    };
    return migration;
}

// The claim screens (issue 12): a claim's last change, for the list of claims, and the secret
// code of a cached decision, which the clerk types to create a claim, offline too. Both are new
// columns (ALTER TABLE ADD COLUMN keeps the rows).
sqlite::Migration claimScreens() {
    sqlite::Migration migration;
    migration.version = 4;
    migration.description = QStringLiteral("a claim's last change, a decision's secret code");
    migration.statements = {
        // NULL until the claim's employees or hours change: its creation is its last change.
        QStringLiteral("ALTER TABLE claims ADD COLUMN changed_at TEXT"),
        QStringLiteral(
            "ALTER TABLE cached_decisions ADD COLUMN secret_code TEXT NOT NULL DEFAULT ''"),
    };
    return migration;
}

// Hourly pay with up to four decimals (issue 13: an apprentice at 53 % of a SMIC of 10,25 € is
// paid 5,4325 € an hour): the pay columns of employees and of their copies on claims hold
// ten-thousandths of a euro instead of cents. RENAME COLUMN carries the CHECK constraints.
sqlite::Migration payInTenThousandths() {
    sqlite::Migration migration;
    migration.version = 5;
    migration.description = QStringLiteral("hourly pay in ten-thousandths of a euro");
    for (const QString &table : {QStringLiteral("employees"), QStringLiteral("claim_employees")}) {
        migration.statements << QStringLiteral(
                                    "ALTER TABLE %1 RENAME COLUMN gross_hourly_pay_cents "
                                    "TO gross_hourly_pay_ten_thousandths")
                                    .arg(table)
                             << QStringLiteral("ALTER TABLE %1 RENAME COLUMN "
                                               "usual_net_hourly_pay_cents TO "
                                               "usual_net_hourly_pay_ten_thousandths")
                                    .arg(table)
                             << QStringLiteral("UPDATE %1 SET gross_hourly_pay_ten_thousandths = "
                                               "gross_hourly_pay_ten_thousandths * 100, "
                                               "usual_net_hourly_pay_ten_thousandths = "
                                               "usual_net_hourly_pay_ten_thousandths * 100")
                                    .arg(table);
    }
    return migration;
}

// Contracts that change during a month (issue 13): an employee's dated changes of weekly hours
// or pay, and the copy a claim keeps of them beside its copy of the contract. A column left NULL
// keeps its value from before. The trigger makes the copy wherever an employee joins a claim
// (a week typed, the employees pop-up, an import of hours): claim_employees' INSERT … ON
// CONFLICT DO NOTHING fires it for employees actually added only, so a claim keeps the changes
// it was computed with.
sqlite::Migration contractChanges() {
    sqlite::Migration migration;
    migration.version = 6;
    migration.description = QStringLiteral("dated changes of an employee's contract and pay");
    const QString changeColumns = QStringLiteral(
        "effective_date TEXT NOT NULL CHECK (effective_date IS date(effective_date)),"
        "weekly_hours_hundredths INTEGER CHECK (weekly_hours_hundredths > 0),"
        "gross_hourly_pay_ten_thousandths INTEGER "
        "    CHECK (gross_hourly_pay_ten_thousandths >= 0),"
        "usual_net_hourly_pay_ten_thousandths INTEGER "
        "    CHECK (usual_net_hourly_pay_ten_thousandths >= 0),"
        "CHECK (weekly_hours_hundredths IS NOT NULL "
        "       OR gross_hourly_pay_ten_thousandths IS NOT NULL "
        "       OR usual_net_hourly_pay_ten_thousandths IS NOT NULL)");
    migration.statements = {
        QStringLiteral("CREATE TABLE employee_contract_changes ("
                       "employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,"
                       "%1,"
                       "PRIMARY KEY (employee_id, effective_date)"
                       ") WITHOUT ROWID")
            .arg(changeColumns),
        QStringLiteral("CREATE TABLE claim_employee_changes ("
                       "claim_id INTEGER NOT NULL,"
                       "employee_id INTEGER NOT NULL,"
                       "%1,"
                       "PRIMARY KEY (claim_id, employee_id, effective_date),"
                       "FOREIGN KEY (claim_id, employee_id) REFERENCES claim_employees "
                       "(claim_id, employee_id) ON DELETE CASCADE"
                       ") WITHOUT ROWID")
            .arg(changeColumns),
        QStringLiteral(
            "CREATE TRIGGER claim_employees_copy_changes AFTER INSERT ON claim_employees "
            "BEGIN "
            "INSERT INTO claim_employee_changes (claim_id, employee_id, effective_date, "
            "weekly_hours_hundredths, gross_hourly_pay_ten_thousandths, "
            "usual_net_hourly_pay_ten_thousandths) "
            "SELECT NEW.claim_id, employee_id, effective_date, weekly_hours_hundredths, "
            "gross_hourly_pay_ten_thousandths, usual_net_hourly_pay_ten_thousandths "
            "FROM employee_contract_changes WHERE employee_id = NEW.employee_id; "
            "END"),
    };
    return migration;
}
// Corrections (issue 14): after the ASP has paid or rejected a claim, the clerk sends a new
// version of the same month. The claims table takes a version, and its UNIQUE constraint takes
// it too; SQLite cannot change a constraint, so the table is rebuilt as migration 3 did, its ids
// kept, the rows that refer to it untouched. Every claim written before is its month's version 1.
sqlite::Migration claimVersions() {
    sqlite::Migration migration;
    migration.version = 7;
    migration.description = QStringLiteral("versions of a claim (corrections)");
    migration.withoutForeignKeys = true;
    migration.statements = {
        QStringLiteral(R"(CREATE TABLE claims_versioned (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL
                REFERENCES establishments(id) ON DELETE RESTRICT,
            decision_number TEXT NOT NULL CHECK (decision_number <> ''),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                       AND substr(month, 6, 2) BETWEEN '01' AND '12'),
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            status TEXT NOT NULL DEFAULT 'preparation',
            created_at TEXT NOT NULL,
            status_changed_at TEXT NOT NULL,
            changed_at TEXT,
            UNIQUE (establishment_id, decision_number, month, version)
        ))"),
        QStringLiteral("INSERT INTO claims_versioned (id, establishment_id, decision_number, "
                       "month, version, status, created_at, status_changed_at, changed_at) "
                       "SELECT id, establishment_id, decision_number, month, 1, status, "
                       "created_at, status_changed_at, changed_at FROM claims"),
        QStringLiteral("DROP TABLE claims"),
        QStringLiteral("ALTER TABLE claims_versioned RENAME TO claims"),
    };
    return migration;
}
} // namespace

const sqlite::Migrations &Schema::migrations() {
    // Append new migrations at the end.
    static const sqlite::Migrations list{
        firstSchema(),         claimEmployeesAndWeeks(), datesCheckedWithIs(), claimScreens(),
        payInTenThousandths(), contractChanges(),        claimVersions()};
    return list;
}

} // namespace apdesk::store
