// apdesk-bench-import [--employees N] [--weeks W] [--repeat R] [--keep DIR]
//
// Generates an employees file and an hours file (N employees × W weeks of March 2021, by default
// 20,000 × 5 = 100,000 lines), then measures, each in its own process:
//   - apdesk-cli import employees (set-up, reported),
//   - apdesk-cli import hours: read, check, one transaction, then compute the claim it changed
//     (its report shows the claim's totals): the measure against the target,
//   - apdesk-cli claims: the claim computed again from the store alone (reported),
//   - sqlite3's .import of the same hours file into a bare table: the floor;
//   - sqlite3 alone loading the same file into the store's claim tables: a yardstick of what the
//     store's keys, checks and indexes cost by themselves.
// Each step runs R times on a fresh copy of the store; the best run is kept. Prints wall time and
// peak memory (ru_maxrss) of each, and ours (import hours) against the floor.
#include "processmeasure.h"

#include "exchange/samplefiles.h"
#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace apdesk;

namespace {

QTextStream out(stdout);

bool writeFile(const QString &path, const std::function<bool(QIODevice &)> &write) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && write(file);
}

bool createStore(const QString &path, const QDate &month) {
    auto opened = store::Store::open(path);
    if (!opened)
        return false;
    const auto store = std::move(opened).value();
    store::Establishment establishment;
    establishment.siret = QStringLiteral("73282932000074");
    establishment.name = QStringLiteral("Banc d'essai");
    establishment.departement = QStringLiteral("75");
    const auto id = store->establishments().add(establishment);
    return id && store->claims().create(*id, QStringLiteral("075-2021-0042"), month);
}

// The best of `repeat` runs, each on a fresh copy of `templateDb` when one is given.
Measure best(int repeat, const QString &what, const QString &program,
             const std::function<QStringList(int)> &arguments,
             const std::function<void(int)> &prepare = {}) {
    Measure kept;
    for (int i = 0; i < repeat; ++i) {
        if (prepare)
            prepare(i);
        const Measure m = measure(what, program, arguments(i));
        if (m.exitCode != 0) {
            QTextStream(stderr) << what << ": exit code " << m.exitCode << '\n';
            return m;
        }
        if (i == 0 || m.wallSeconds < kept.wallSeconds)
            kept = m;
    }
    return kept;
}

void print(const Measure &m) {
    out << QStringLiteral("  %1 %2 s %3 MiB\n")
               .arg(m.what, -56)
               .arg(m.wallSeconds, 7, 'f', 3)
               .arg(m.peakKib / 1024.0, 7, 'f', 1);
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback) {
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == u"--measure")
        return runMeasured(arguments.mid(1));

    const int employees = option(arguments, "--employees", "20000").toInt();
    const int weeks = option(arguments, "--weeks", "5").toInt();
    const int repeat = std::max(1, option(arguments, "--repeat", "3").toInt());
    QTemporaryDir temporary;
    const QString dir = option(arguments, "--keep", temporary.path());
    const QString cli = QStringLiteral(APDESK_BIN_DIR "/apdesk-cli");
    const QDate march(2021, 3, 1);

    const QString employeesFile = dir + "/employees.csv";
    const QString hoursFile = dir + "/hours.csv";
    QElapsedTimer timer;
    timer.start();
    if (!writeFile(
            employeesFile,
            [&](QIODevice &d) { return exchange::SampleFiles::writeEmployees(d, employees); }) ||
        !writeFile(hoursFile, [&](QIODevice &d) {
            return exchange::SampleFiles::writeHours(d, employees, march, weeks);
        })) {
        QTextStream(stderr) << "cannot write the generated files in " << dir << '\n';
        return 1;
    }
    out << QStringLiteral("Generated %1 employees and %2 hours lines (%3 KiB) in %4 s\n")
               .arg(employees)
               .arg(employees * weeks)
               .arg(QFileInfo(hoursFile).size() / 1024)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 3);

    // The store with its employees, copied afresh before each hours import.
    const QString withEmployees = dir + "/with-employees.sqlite";
    const QString db = dir + "/bench.sqlite";
    const auto fresh = [&](const QString &from) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1String(suffix));
        QFile::copy(from, db);
    };
    const auto clean = [&](int) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(withEmployees + QLatin1String(suffix));
        createStore(withEmployees, march);
    };
    const Measure importEmployees = best(
        repeat, "apdesk-cli import employees (set-up)", cli,
        [&](int) {
            return QStringList{"import", "--db", withEmployees, "employees", employeesFile};
        },
        clean);
    const Measure importHours = best(
        repeat, "apdesk-cli import hours (read, check, write, compute)", cli,
        [&](int) { return QStringList{"import", "--db", db, "hours", "--claim", "1", hoursFile}; },
        [&](int) { fresh(withEmployees); });
    const Measure claims = best(repeat, "apdesk-cli claims (computed again, apart)", cli, [&](int) {
        return QStringList{"claims", "--db", db};
    });
    const QString floorDb = dir + "/floor.sqlite";
    const Measure floor = best(
        repeat, "sqlite3 .import into a bare table (floor)", QStringLiteral("sqlite3"),
        [&](int) {
            return QStringList{floorDb, ".mode csv", ".separator ;",
                               QStringLiteral(".import '%1' hours").arg(hoursFile)};
        },
        [&](int) { QFile::remove(floorDb); });

    // Not a target, a yardstick: sqlite3 alone loading the same file into the store's own
    // tables (their keys, checks and foreign keys; each employee of the file joining the claim
    // with a copy of its contract), through a staging table. The hours are converted roughly
    // ("7h30" → 7.5): only the time counts. What is left between this and the floor is the
    // cost of the store's integrity rules, which no code of ours can remove.
    const QString schemaDb = dir + "/schema-floor.sqlite";
    const QString toClaimEmployees =
        QStringLiteral("INSERT INTO claim_employees (claim_id, employee_id, forfait_jours, "
                       "contractual_weekly_hundredths, gross_hourly_pay_ten_thousandths, "
                       "usual_net_hourly_pay_ten_thousandths, "
                       "contract_kind) SELECT 1, e.id, e.forfait_jours, e.weekly_hours_hundredths, "
                       "e.gross_hourly_pay_ten_thousandths, "
                       "e.usual_net_hourly_pay_ten_thousandths, e.contract_kind "
                       "FROM employees AS e WHERE e.matricule IN (SELECT m FROM h);");
    const QString toClaimWeeks = QStringLiteral(
        "INSERT INTO claim_weeks (claim_id, employee_id, week_start, worked_hundredths, "
        "treated_as_worked_hundredths) "
        "SELECT 1, e.id, substr(h.d, 7, 4) || '-' || substr(h.d, 4, 2) || '-' || "
        "substr(h.d, 1, 2), "
        "CAST(round(replace(replace(h.w, ',', '.'), 'h30', '.5') * 100) AS INTEGER), "
        "CAST(round(replace(h.t, ',', '.') * 100) AS INTEGER) "
        "FROM h JOIN employees AS e ON e.matricule = h.m;");
    const Measure schemaFloor = best(
        repeat, "sqlite3 .import into the store's tables", QStringLiteral("sqlite3"),
        [&](int) {
            return QStringList{
                schemaDb,
                "PRAGMA foreign_keys = ON;",
                "CREATE TEMP TABLE h (m TEXT, d TEXT, w TEXT, t TEXT);",
                ".mode csv",
                ".separator ;",
                QStringLiteral(".import --schema temp --skip 1 '%1' h").arg(hoursFile),
                "BEGIN;",
                toClaimEmployees,
                toClaimWeeks,
                "COMMIT;"};
        },
        [&](int) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(schemaDb + QLatin1String(suffix));
            QFile::copy(withEmployees, schemaDb);
        });

    out << QStringLiteral("\nBest of %1 run(s), each program in its own process:\n").arg(repeat);
    for (const Measure &m : {importEmployees, importHours, claims, floor, schemaFloor})
        print(m);
    // The import's report holds the claim it computed: that one process is "read, check, import,
    // then compute the claim".
    const Measure &ours = importHours;
    const double ratio = ours.wallSeconds / std::max(floor.wallSeconds, 0.001);
    out << QStringLiteral("\n  ours (import hours) / floor: %1× (target ≤ 3×); peak %2 MiB (target "
                          "< 200 MB)\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ours.peakKib / 1024.0, 0, 'f', 1);
    out << QStringLiteral("  sqlite3 into the store's tables / floor: %1× (the store's rules "
                          "alone)\n")
               .arg(schemaFloor.wallSeconds / std::max(floor.wallSeconds, 0.001), 0, 'f', 2);
    const bool ok = ratio <= 3.0 && ours.peakKib * 1024L < 200L * 1000 * 1000 &&
                    importHours.exitCode == 0 && claims.exitCode == 0 && floor.exitCode == 0;
    out << (ok ? "  targets met\n" : "  TARGETS MISSED\n");
    return ok ? 0 : 1;
}
