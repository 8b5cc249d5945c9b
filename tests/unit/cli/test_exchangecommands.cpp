#include "cliprocess.h"
#include "exchangetesthelpers.h"
#include "sqlite/database.h"
#include "store/claimlinerepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace apdesk::testing;

// read, import, export and claims through the real executable, on real store files.
class TestExchangeCommands final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun importAll(const QString &db) {
        for (const char *file : {"employees-excel.csv", "employees-libreoffice.csv"}) {
            const CliRun run = runCli({"import", "--db", db, "employees", csvData(file)});
            if (run.exitCode != 0)
                return run;
        }
        return runCli(
            {"import", "--db", db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
    }
    QJsonObject claimSummaryOf(const QString &db, int claimId) {
        const CliRun run = runCli({"claims", "--db", db});
        for (const QJsonValue &claim : parseJson(run.out)[QStringLiteral("claims")].toArray()) {
            if (claim.toObject()[QStringLiteral("id")].toInt() == claimId)
                return claim.toObject();
        }
        return {};
    }
    QJsonObject claimSummary(const QString &db) {
        const CliRun run = runCli({"claims", "--db", db});
        return parseJson(run.out)[QStringLiteral("claims")].toArray().at(0).toObject();
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + ".sqlite");
        QVERIFY(createStore(m_db));
    }

    void readPrintsRowsAndProblems() {
        CliRun run = runCli({"read", "employees", csvData("employees-excel.csv")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = parseJson(run.out);
        QCOMPARE(json["dialect"].toObject()["encoding"].toString(), "Windows-1252");
        QCOMPARE(json["dialect"].toObject()["separatorLine"].toBool(), true);
        const QJsonArray rows = json["rows"].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject()["lastName"].toString(), "Lefèvre; dit « Léo »");
        QCOMPARE(rows[1].toObject()["line"].toInt(), 4);

        run = runCli({"read", "hours", csvData("hours-malformed.csv")});
        QCOMPARE(run.exitCode, 1);
        json = parseJson(run.out);
        QVERIFY(json["blocking"].toBool());
        const QJsonObject problem = json["problems"].toArray()[0].toObject();
        QCOMPARE(problem["line"].toInt(), 5);
        QCOMPARE(problem["column"].toInt(), 4);
        QCOMPARE(problem["columnName"].toString(), "Heures travaillées");
        QVERIFY(problem["message"].toString().startsWith("« sept » n'est pas une durée"));
    }

    void exitCodesScriptsCanTest_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("read, no file") << QStringList{"read", "employees"} << 2 << "Usage : ";
        QTest::newRow("read, unknown kind")
            << QStringList{"read", "salaries", "x.csv"} << 2 << "Usage : ";
        QTest::newRow("read, missing file")
            << QStringList{"read", "hours", "/nonexistent.csv"} << 3 << "Impossible de lire";
        QTest::newRow("import without --db") << QStringList{"import", "employees", "x.csv"} << 2
                                             << "import attend le fichier de données";
        QTest::newRow("import hours without claim")
            << QStringList{"import", "--db", "DB", "hours", "x.csv"} << 2
            << "import hours attend la demande";
        QTest::newRow("store that does not exist")
            << QStringList{"claims", "--db", "/nonexistent.sqlite"} << 3
            << "Le fichier de données « /nonexistent.sqlite » n'existe pas";
        QTest::newRow("unknown claim")
            << QStringList{"export", "--db", "DB", "hours", "--claim", "42"} << 1
            << "La demande n°42 n'existe pas";
        QTest::newRow("claim that is not a number (claims)")
            << QStringList{"claims", "--db", "DB", "--claim", "abc"} << 1
            << "« abc » n'est pas un numéro de demande";
        QTest::newRow("claim that is not a number (export)")
            << QStringList{"export", "--db", "DB", "hours", "--claim", "abc"} << 1
            << "« abc » n'est pas un numéro de demande";
        QTest::newRow("export hours without claim") << QStringList{"export", "--db", "DB", "hours"}
                                                    << 2 << "export hours attend la demande";
        QTest::newRow("unknown establishment")
            << QStringList{"export", "--db", "DB", "employees", "--establishment", "35600000009075"}
            << 1 << "Aucun établissement « 35600000009075 »";
        QTest::newRow("--option without value") << QStringList{"claims", "--db", "DB", "--claim"}
                                                << 2 << "L'option --claim attend une valeur";
    }
    void exitCodesScriptsCanTest() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        arguments.replaceInStrings(QRegularExpression("^DB$"), m_db);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(err), qPrintable(run.err));
    }

    void everyCommandHasHelp_data() {
        QTest::addColumn<QString>("command");
        for (const char *name : {"read", "import", "export", "claims", "portfolio", "pdf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyCommandHasHelp() {
        QFETCH(QString, command);
        const CliRun run = runCli({command, "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Usage : apdesk-cli " + command));
        QVERIFY(run.out.contains("Codes de sortie"));
    }

    // April 2021 in Paris, reduction of hours (no decision cached). Week parts and caps:
    // 1–4 (Thu, Fri) 14 h; 5–11 (Easter Monday off) 28 h; 12–18, 19–25, 26–30: 35 h each.
    // Paul (35 h): 147 h of caps, 7,5 worked + 7 sick in the week of the 19th: 132,5 h.
    // Léa (forfait jours): 1,5 days = 3 half-days × 3,5 h = 10,5 h.
    // Léon (39 h): week of the 26th, cap 35 h, 10,5 worked: 24,5 h.
    // Total 132,5 + 10,5 + 24,5 = 167,5 h.
    void importsThenComputesTheClaim() {
        const CliRun run = importAll(m_db);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseJson(run.out);
        QCOMPARE(report["written"].toInt(), 7);
        QCOMPARE(report["problems"].toArray().size(), 0);
        QJsonObject claim = claimSummary(m_db);
        QCOMPARE(claim["employees"].toInt(), 3);
        QCOMPARE(claim["lines"].toInt(), 7);
        QCOMPARE(claim["totals"].toObject()["hours"].toString(), "167.50");
        QCOMPARE(claim["decisionKnown"].toBool(), false);
        QCOMPARE(claim["blockingProblems"].toInt(), 0);
        QVERIFY(claim["totals"].toObject()["indemnityCents"].toInteger() > 0);

        // Importing the same file again changes nothing.
        QCOMPARE(runCli({"import", "--db", m_db, "hours", "--claim", "1",
                         csvData("hours-april-2021.csv")})
                     .exitCode,
                 0);
        QCOMPARE(claimSummary(m_db), claim);
    }

    // A March claim on the same decision, with Paul's week of the 8th (35 h, worked 0): its
    // 35 h count against April's contingent; March itself looks back at nothing.
    void earlierClaimsCountForTheContingent() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto opened = apdesk::store::Store::open(m_db);
            QVERIFY(opened);
            const auto store = std::move(opened).value();
            const auto march =
                store->claims().create(1, QStringLiteral("075-2021-0042"), QDate(2021, 3, 1));
            QVERIFY(march);
            const auto employees = store->employees().listFor(1);
            QVERIFY(employees);
            const auto paul = std::find_if(
                employees->begin(), employees->end(),
                [](const apdesk::store::Employee &e) { return e.firstName == u"Paul"; });
            QVERIFY(paul != employees->end());
            apdesk::store::WeekHours week;
            week.weekStart = QDate(2021, 3, 8);
            QVERIFY(store->claimLines().upsert(march->id, paul->id, week));
        }
        const auto summaryOf = [this](const char *claim) {
            const CliRun run = runCli({"claims", "--db", m_db, "--claim", claim});
            return parseJson(run.out)[QStringLiteral("claims")].toArray().at(0).toObject();
        };
        QCOMPARE(summaryOf("1")["decisionHoursUsedEarlier"].toString(), "35.00");
        QCOMPARE(summaryOf("2")["decisionHoursUsedEarlier"].toString(), "0.00");
        QCOMPARE(summaryOf("2")["totals"].toObject()["hours"].toString(), "35.00");

        // The import's report looks back the same way.
        const CliRun again = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject reported = parseJson(again.out)["claimSummary"].toObject();
        QCOMPARE(reported["decisionHoursUsedEarlier"].toString(), "35.00");
        QCOMPARE(reported, summaryOf("1"));
    }

    // The portfolio (issue 16) for scripts: April 2021 imported, its decision cached (March to
    // August, 200 h); the clerk looks in September, then 18 days before the deadline.
    void portfolioPrintsWhereEachEstablishmentStands() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto opened = apdesk::store::Store::open(m_db);
            QVERIFY(opened);
            apdesk::store::CachedDecision decision;
            decision.number = QStringLiteral("075-2021-0042");
            decision.siret = QStringLiteral("73282932000074");
            decision.periodStart = QDate(2021, 3, 1);
            decision.periodEnd = QDate(2021, 8, 31);
            decision.scheme = QStringLiteral("common");
            decision.authorisedHours = apdesk::domain::Hours::fromWholeHours(200);
            decision.authorisedHeadcount = 5;
            QVERIFY(opened.value()->decisionCache().put(decision));
        }
        CliRun run = runCli({"--db", m_db, "portfolio", "--today", "2021-09-15"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = parseJson(run.out);
        QCOMPARE(json["format"].toString(), "apdesk-portfolio");
        QJsonObject entry = json["establishments"].toArray().at(0).toObject();
        QCOMPARE(entry["siret"].toString(), "73282932000074");
        QCOMPARE(entry["decision"].toObject()["end"].toString(), "2021-08-31");
        QCOMPARE(entry["decision"].toObject()["authorisedHours"].toString(), "200.00");
        QCOMPARE(entry["hoursUsed"].toString(), "167.50"); // as `claims` computes April
        QCOMPARE(entry["hoursLeft"].toString(), "32.50");
        const QJsonArray months = entry["months"].toArray();
        QCOMPARE(months.size(), 6);
        QCOMPARE(months[1].toObject()["month"].toString(), "2021-04");
        QCOMPARE(months[1].toObject()["state"].toString(), "in-preparation");
        QCOMPARE(months[1].toObject()["claim"].toInt(), 1);
        QCOMPARE(months[0].toObject()["state"].toString(), "not-claimed");
        QCOMPARE(entry["nextDeadline"].toObject()["deadline"].toString(), "2022-02-28");
        QCOMPARE(entry["nextDeadline"].toObject()["daysLeft"].toInt(), 166);
        QCOMPARE(entry["problem"].toObject()["code"].toString(), "none");
        QCOMPARE(entry["latestClaim"].toInt(), 1);

        run = runCli({"portfolio", "--db", m_db, "--today", "2022-02-10"});
        QCOMPARE(run.exitCode, 0);
        entry = parseJson(run.out)["establishments"].toArray().at(0).toObject();
        QCOMPARE(entry["problem"].toObject()["code"].toString(), "deadline-near");
        QVERIFY2(entry["problem"].toObject()["message"].toString().contains("18 jours"),
                 qPrintable(entry["problem"].toObject()["message"].toString()));

        run = runCli({"portfolio", "--db", m_db, "--today", "10/02/2022"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("AAAA-MM-JJ"), qPrintable(run.err));
    }

    // « Reprendre le mois précédent » for a script (issue 16): April 2021 into May, planned,
    // then applied with the hours and one employee left out.
    void carryOverTakesAprilIntoMayForAScript() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto opened = apdesk::store::Store::open(m_db);
            QVERIFY(opened);
            QVERIFY(opened.value()->claims().create(1, QStringLiteral("075-2021-0042"),
                                                    QDate(2021, 5, 1)));
        }
        // Without --apply, the plan only.
        CliRun run = runCli({"--db", m_db, "carry-over", "--claim", "2"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = parseJson(run.out);
        QCOMPARE(json["format"].toString(), "apdesk-carry-over");
        QCOMPARE(json["previous"].toObject()["claim"].toInt(), 1);
        QCOMPARE(json["previous"].toObject()["month"].toString(), "2021-04");
        QCOMPARE(json["target"].toObject()["month"].toString(), "2021-05");
        QCOMPARE(json["applied"].toBool(), false);
        QHash<QString, QJsonObject> byMatricule;
        for (const QJsonValue &e : json["employees"].toArray())
            byMatricule.insert(e.toObject()["matricule"].toString(), e.toObject());
        QVERIFY2(byMatricule.contains("001") && byMatricule.contains("003"), qPrintable(run.out));
        QCOMPARE(byMatricule["003"]["movement"].toString(), "stays");
        // 003 worked 10,5 h in the week of 26 April, April's latest whole week: the same in
        // May's whole weeks, 4/5 of it in those of Ascension and Whit Monday, 1/5 on the 31st.
        const QJsonArray weeks = byMatricule["003"]["hours"].toArray();
        QCOMPARE(weeks.size(), 5);
        QCOMPARE(weeks[0].toObject()["week"].toString(), "2021-05-03");
        QCOMPARE(weeks[0].toObject()["worked"].toString(), "10.50");
        QCOMPARE(weeks[1].toObject()["worked"].toString(), "8.40");
        QCOMPARE(weeks[4].toObject()["worked"].toString(), "2.10");
        // 001's week of 26 April: 0 h worked, a week wholly chômée, carried as such.
        QCOMPARE(byMatricule["001"]["hours"].toArray().size(), 5);
        QCOMPARE(claimSummaryOf(m_db, 2)["employees"].toInt(), 0); // nothing written

        // Applied with the hours, 001 left out by NIR, typed with spaces as on a payslip.
        const QString nir001 = byMatricule["001"]["nir"].toString();
        const QString typed = nir001.left(1) + " " + nir001.mid(1, 2) + " " + nir001.mid(3);
        run = runCli({"--db", m_db, "carry-over", "--claim", "2", "--leave-out", "123"});
        QCOMPARE(run.exitCode, 2); // not a NIR: nothing written
        QCOMPARE(claimSummaryOf(m_db, 2)["employees"].toInt(), 0);
        run = runCli({"--db", m_db, "carry-over", "--claim", "2", "--hours", "--leave-out", typed,
                      "--apply"});
        QCOMPARE(run.exitCode, 0);
        json = parseJson(run.out);
        QCOMPARE(json["applied"].toBool(), true);
        int taken = 0;
        for (const QJsonValue &e : json["employees"].toArray()) {
            const QJsonObject employee = e.toObject();
            QCOMPARE(employee["taken"].toBool(),
                     employee["canBeTaken"].toBool() && employee["nir"].toString() != nir001);
            taken += employee["taken"].toBool();
        }
        QCOMPARE(json["added"].toInt(), taken);
        QCOMPARE(json["weeksWritten"].toInt(), 5); // 003's only: 002 had no line that week
        QCOMPARE(claimSummaryOf(m_db, 2)["employees"].toInt(), taken);

        // April has no March to take from; a sent or unknown claim is refused.
        run = runCli({"--db", m_db, "carry-over", "--claim", "1"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("mars 2021"), qPrintable(run.err));
        run = runCli({"--db", m_db, "carry-over", "--claim", "99"});
        QCOMPARE(run.exitCode, 1);
        {
            auto opened = apdesk::store::Store::open(m_db);
            QVERIFY(opened);
            QVERIFY(opened.value()->claims().setStatus(2, apdesk::store::ClaimStatus::Queued));
        }
        run = runCli({"--db", m_db, "carry-over", "--claim", "2"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("plus en préparation"), qPrintable(run.err));
        run = runCli({"--db", m_db, "carry-over"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--claim"));
    }

    // The control pack (issue 16) of April 2021, read back as text with pdftotext (Debian's
    // poppler-utils): the figures `claims` computes, each week's cap and hours, the rate rows
    // with their legal source, the checks, the date and version at the foot of each page.
    void pdfWritesTheControlPackWithTheClaimsFigures() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        const QJsonObject totals = claimSummary(m_db)["totals"].toObject();
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        // A year after April 2021: the filing deadline has passed (a warning of the checks).
        const CliRun run =
            runCli({"--db", m_db, "pdf", "--claim", "1", pdf, "--today", "2022-04-01"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseJson(run.out);
        QCOMPARE(report["format"].toString(), "apdesk-pdf");
        QCOMPARE(report["employees"].toInt(), 3);
        QVERIFY(report["pages"].toInt() >= 1);

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
        QCOMPARE(pdftotext.exitCode(), 0);
        // Figures are compared without their spaces (thousands are grouped by a narrow space).
        QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        text.replace(QRegularExpression(QStringLiteral("(\\d)[ \u00a0\u202f](?=\\d{3})")),
                     QStringLiteral("\\1"));
        const auto has = [&text](const QString &what) {
            if (!text.contains(what))
                qWarning().noquote() << "not in the PDF:" << what << "\n" << text.left(3000);
            return text.contains(what);
        };
        QVERIFY(has(QStringLiteral("Dossier de contrôle — demande d'indemnisation, avril 2021")));
        QVERIFY(has(QStringLiteral("SIRET 73282932000074")));
        // Not cached: said, and no contingent made up.
        QVERIFY(has(QStringLiteral("Décision n° 075-2021-0042 : absente de cet ordinateur")));
        // Totals as `claims` computes them, in French.
        const auto euros = [](qint64 cents) {
            return QStringLiteral("%1,%2 €")
                .arg(cents / 100)
                .arg(cents % 100, 2, 10, QLatin1Char('0'));
        };
        QVERIFY(has(QStringLiteral("167,50 h")));
        QVERIFY(has(euros(totals["indemnityCents"].toInteger())));
        QVERIFY(has(euros(totals["allocationCents"].toInteger())));
        // The deadline warning of the checks.
        QVERIFY(has(QStringLiteral("Avertissement")));
        // Léon's week of the 26th: cap 35 h, 10,5 worked, 24,5 indemnifiable.
        QVERIFY(has(QStringLiteral("du 26/04/2021 au 30/04/2021")));
        QVERIFY(has(QStringLiteral("24,50 h")));
        // A rate row with its legal source, and the page's foot.
        QVERIFY(has(QStringLiteral("Taux de l'indemnité")));
        QVERIFY(has(QStringLiteral("Décret 2020-810")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("AP Desk \\d+\\.\\d+\\.\\d+ — "))));
        QVERIFY(has(QStringLiteral("page 1")));

        // A file that cannot be written is said, and exit code 3.
        const CliRun refused =
            runCli({"--db", m_db, "pdf", "--claim", "1", "/nonexistent/dir/x.pdf"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("Le dossier /nonexistent/dir n'existe pas"),
                 qPrintable(refused.err));
        QCOMPARE(runCli({"--db", m_db, "pdf", "--claim", "1"}).exitCode, 2);
    }

    void employeesImportAddsThenUpdates() {
        CliRun run = runCli({"import", "--db", m_db, "employees", "--establishment",
                             "732 829 320 00074", csvData("employees-excel.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJson(run.out)["added"].toInt(), 2);
        run = runCli({"import", "--db", m_db, "employees", csvData("employees-excel.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJson(run.out)["added"].toInt(), 0);
        QCOMPARE(parseJson(run.out)["updated"].toInt(), 2);
    }

    // Line 3: an unknown matricule; line 4: the week of line 2 again; line 5: "sept".
    void blockingProblemsRefuseTheWholeFileUnlessPartial() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        const QJsonObject before = claimSummary(m_db);
        CliRun run = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-malformed.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("ligne 3, colonne 2 (Matricule) : Aucun salarié de matricule "
                                  "« 009 »"),
                 qPrintable(run.err));
        QVERIFY(run.err.contains("ligne 5, colonne 4 (Heures travaillées)"));
        QVERIFY(run.err.contains("Import refusé : 3 problèmes bloquants, rien n'a été écrit."));
        QCOMPARE(parseJson(run.out)["written"].toInt(), 0);
        QCOMPARE(claimSummary(m_db), before);

        run = runCli({"import", "--db", m_db, "hours", "--claim", "1", "--partial",
                      csvData("hours-malformed.csv")});
        QCOMPARE(run.exitCode, 4);
        const QJsonObject report = parseJson(run.out);
        QCOMPARE(report["written"].toInt(), 2);
        QCOMPARE(report["invalidLines"].toInt(), 3);
        QCOMPARE(report["problems"].toArray().size(), 3);
        QVERIFY(claimSummary(m_db) != before);
    }

    // The import of hours ends with the claim as it now stands, the very object `claims` lists.
    void importOfHoursReportsTheClaimItChanged() {
        const CliRun imported = importAll(m_db);
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject report = parseJson(imported.out);
        QCOMPARE(report["claim"].toInt(), 1);
        const QJsonObject claim = report["claimSummary"].toObject();
        QCOMPARE(claim["id"].toInt(), 1);
        QCOMPARE(claim["lines"].toInt(), 7);
        QCOMPARE(claim["totals"].toObject()["hours"].toString(), "167.50");
        QCOMPARE(claim, claimSummary(m_db));

        // With --partial, the valid lines' claim, and the partial import's exit code.
        const CliRun partial = runCli({"import", "--db", m_db, "hours", "--claim", "1", "--partial",
                                       csvData("hours-malformed.csv")});
        QCOMPARE(partial.exitCode, 4);
        QCOMPARE(parseJson(partial.out)["claimSummary"].toObject(), claimSummary(m_db));
    }

    // Over a claim that already has lines, the report is computed from the lines the import
    // leaves (while it writes), from what the store held before: weeks added to an employee
    // still on the claim, an employee joining again with the pay it has now. It must equal the
    // claim computed afresh from the store.
    void importReportsTheClaimItLeavesOverEarlierLines() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto store = apdesk::store::Store::open(m_db).value();
            const auto employees = store->employees().listFor(1);
            QVERIFY(employees);
            for (apdesk::store::Employee e : *employees) {
                e.grossHourlyPay = apdesk::domain::HourlyPay::fromTenThousandths(
                    e.grossHourlyPay.tenThousandths() + 50000);
                QVERIFY(store->employees().update(e));
            }
            // Employee 003 leaves the claim (its one week removed), 001 keeps four of its weeks.
            const auto lines = store->claimLines().linesOf(1);
            QVERIFY(lines);
            const qint64 third = lines->last().employeeId;
            QVERIFY(store->claimLines().remove(1, third, lines->last().hours.weekStart));
            QVERIFY(store->claimLines().remove(1, lines->first().employeeId,
                                               lines->first().hours.weekStart));
        }
        const QJsonObject before = claimSummary(m_db);
        QCOMPARE(before["lines"].toInt(), 5);
        const CliRun run = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject reported = parseJson(run.out)["claimSummary"].toObject();
        QCOMPARE(reported["lines"].toInt(), 7);
        QCOMPARE(reported, claimSummary(m_db));
        QVERIFY(reported["totals"].toObject()["indemnityCents"].toInteger() !=
                before["totals"].toObject()["indemnityCents"].toInteger());
    }

    // A store edited by hand (a week whose employee is not on the claim, foreign keys off)
    // cannot be computed: the hours are written all the same and the exit code stays the
    // import's, with the reason on standard error.
    void hoursAreWrittenWhenTheClaimCannotBeComputed() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto store = apdesk::store::Store::open(m_db).value();
            QSqlQuery query(store->database().connection());
            QVERIFY(query.exec("PRAGMA foreign_keys = OFF"));
            QVERIFY(query.exec("INSERT INTO claim_weeks (claim_id, employee_id, week_start) "
                               "VALUES (1, 999, '2021-04-05')"));
        }
        const CliRun run = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseJson(run.out);
        QCOMPARE(report["written"].toInt(), 7);
        QCOMPARE(report["claim"].toInt(), 1);
        QVERIFY(!report.contains("claimSummary"));
        QVERIFY2(run.err.contains("Les heures sont enregistrées, mais la demande n'a pas pu être "
                                  "calculée"),
                 qPrintable(run.err));
    }

    // An employee's copy missing under its weeks (foreign keys off): the claim cannot be read
    // before the import, whose own rows put the copy back; the report is then computed from the
    // store as written, like `claims`.
    void reportsTheClaimAnImportRepaired() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto store = apdesk::store::Store::open(m_db).value();
            QSqlQuery query(store->database().connection());
            QVERIFY(query.exec("PRAGMA foreign_keys = OFF"));
            QVERIFY(query.exec("DELETE FROM claim_employees WHERE employee_id = "
                               "(SELECT min(employee_id) FROM claim_employees)"));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QVERIFY(runCli({"claims", "--db", m_db}).exitCode != 0);
        const CliRun run = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject reported = parseJson(run.out)["claimSummary"].toObject();
        QCOMPARE(reported["lines"].toInt(), 7);
        QCOMPARE(reported, claimSummary(m_db));
    }

#ifdef Q_OS_UNIX
    // A file that is slow to come (a pipe, a network share) does not hold back a refusal that
    // needs no line of it: an unknown claim, a claim that left preparation.
    void refusesAtOnceWithoutWaitingForTheFile() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        const QByteArray fifo = QFile::encodeName(m_dir.filePath("slow.csv"));
        QCOMPARE(mkfifo(fifo.constData(), 0600), 0);
        // Held open for writing, never written: a reader of it waits.
        const int writer = open(fifo.constData(), O_RDWR | O_CLOEXEC);
        QVERIFY(writer >= 0);
        const auto refusal = [&](const QString &claim) {
            QProcess process;
            process.start(cliPath(), {"import", "--db", m_db, "hours", "--claim", claim,
                                      QFile::decodeName(fifo)});
            if (!process.waitForFinished(10'000)) {
                process.kill();
                process.waitForFinished();
                return QStringLiteral("still waiting");
            }
            return QStringLiteral("%1 %2")
                .arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError()));
        };
        const QString unknown = refusal("99");
        {
            auto store = apdesk::store::Store::open(m_db).value();
            QVERIFY(store->claims().setStatus(1, apdesk::store::ClaimStatus::Sent));
        }
        const QString sent = refusal("1");
        close(writer);
        QVERIFY2(unknown.startsWith("1 ") && unknown.contains("99"), qPrintable(unknown));
        QVERIFY2(sent.startsWith("1 ") && sent.contains("n'est plus en préparation"),
                 qPrintable(sent));
    }
#endif

    void refusesAClaimNoLongerInPreparation() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        {
            auto store = apdesk::store::Store::open(m_db).value();
            QVERIFY(store->claims().setStatus(1, apdesk::store::ClaimStatus::Sent));
        }
        const CliRun run = runCli(
            {"import", "--db", m_db, "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("n'est plus en préparation"));
    }

    // Issue 6 documents `apdesk-cli --db FILE import|export|claims …`: the same as with --db
    // after the command's name.
    void storeBeforeTheCommandName() {
        CliRun run = runCli({"--db", m_db, "import", "employees", csvData("employees-excel.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJson(run.out)["added"].toInt(), 2);
        run = runCli({"--db", m_db, "import", "employees", csvData("employees-libreoffice.csv")});
        QCOMPARE(run.exitCode, 0);
        run = runCli(
            {"--db", m_db, "import", "hours", "--claim", "1", csvData("hours-april-2021.csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJson(run.out)["written"].toInt(), 7);

        run = runCli({"--db", m_db, "claims"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, runCli({"claims", "--db", m_db}).out);
        const QJsonObject claim = parseJson(run.out)["claims"].toArray().at(0).toObject();
        QCOMPARE(claim["totals"].toObject()["hours"].toString(), "167.50");

        run = runCli({"--db", m_db, "export", "hours", "--claim", "1"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        QCOMPARE(run.out, runCli({"export", "--db", m_db, "hours", "--claim", "1"}).out);
        run = runCli({"--db", m_db, "export", "employees"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, runCli({"export", "--db", m_db, "employees"}).out);
    }

    void storeBeforeTheCommandNameUsageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("err");
        QTest::newRow("--db alone") << QStringList{"--db"} << "L'option --db attend le fichier";
        QTest::newRow("--db without its file")
            << QStringList{"--db", "claims"} << "L'option --db attend le fichier";
        QTest::newRow("--db before read")
            << QStringList{"--db", "DB", "read", "employees", "x.csv"}
            << "doit être suivi d'une commande qui utilise un fichier de données (import, "
               "export, claims, portfolio, pdf, carry-over, send, status) ; « read » a été donné";
        QTest::newRow("--db twice") << QStringList{"--db", "DB", "claims", "--db", "DB"}
                                    << "Le fichier de données est indiqué deux fois";
    }
    void storeBeforeTheCommandNameUsageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, err);
        arguments.replaceInStrings(QRegularExpression("^DB$"), m_db);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(err), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    // Export then import into another store gives the same claim, to the cent.
    // Issue 13, through the files a clerk has: Paul, part-time (20 h) until he becomes
    // full-time (35 h) on Wednesday 14 April 2021; Léa, 35 h, raised from 15 € to 18 € on
    // Thursday the 15th. Both off work the whole week of the 12th (Paris: no holiday).
    //   Paul's cap: Mon–Tue 2 × 20 / 5 = 8 h, Wed–Fri 3 × 35 / 5 = 21 h: 29 h chômées
    //     (20 h with one contract for the month); 29 × 70 % × 15,00 = 29 × 10,50 = 304,50 €.
    //   Léa's 35 h shared by the contracts' parts of the cap: Mon–Wed 21 h at 10,50,
    //     Thu–Fri 14 h at 70 % × 18,00 = 12,60: 220,50 + 176,40 = 396,90 €.
    void aContractChangingMidMonthFromTheFilesToTheAmounts() {
        const QString employees = m_dir.filePath("employees-with-changes.csv");
        const QString hours = m_dir.filePath("hours-week-12.csv");
        QFile file(employees);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("NIR;Matricule;Nom;Pr\xC3\xA9nom;Heures hebdomadaires;Taux horaire brut;"
                   "Date d'entr\xC3\xA9"
                   "e;Date d'effet\n"
                   "184077512345657;001;Durand;Paul;20;15,00;01/09/2015;\n"
                   "269052A00412314;002;Martin;L\xC3\xA9"
                   "a;35;15,00;01/09/2015;\n"
                   "184077512345657;001;Durand;Paul;35;15,00;01/09/2015;14/04/2021\n"
                   "269052A00412314;;;;;18,00;;15/04/2021\n");
        file.close();
        QFile week(hours);
        QVERIFY(week.open(QIODevice::WriteOnly));
        week.write("Matricule;Semaine du;Heures travaill\xC3\xA9"
                   "es\n"
                   "001;12/04/2021;0\n"
                   "002;12/04/2021;0\n");
        week.close();
        CliRun run = runCli({"import", "--db", m_db, "employees", employees});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        run = runCli({"import", "--db", m_db, "hours", "--claim", "1", hours});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        const QJsonObject claim = claimSummary(m_db);
        QCOMPARE(claim["totals"].toObject()["hours"].toString(), "64.00");
        QCOMPARE(claim["totals"].toObject()["indemnityCents"].toInteger(), 30450 + 39690);
        const CliRun detail = runCli({"claims", "--db", m_db, "--claim", "1", "--detail"});
        QVERIFY2(detail.out.contains("\"contractPeriods\""), qPrintable(detail.out));

        // Exported, the changes come back as lines with a Date d'effet.
        const QString exported = m_dir.filePath("export-with-changes.csv");
        QCOMPARE(runCli({"export", "--db", m_db, "employees", "--output", exported}).exitCode, 0);
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray bytes = back.readAll();
        QVERIFY2(bytes.contains("001;Durand;Paul;35,00;;15,00;;;;;14/04/2021\r\n"),
                 bytes.constData());
        QVERIFY2(bytes.contains("002;Martin;L\xC3\xA9"
                                "a;;;18,00;;;;;15/04/2021\r\n"),
                 bytes.constData());
    }

    void exportThenImportGivesTheSameClaim() {
        QCOMPARE(importAll(m_db).exitCode, 0);
        const QString employees = m_dir.filePath("export-employees.csv");
        const QString hours = m_dir.filePath("export-hours.csv");
        QCOMPARE(runCli({"export", "--db", m_db, "employees", "--output", employees}).exitCode, 0);
        QCOMPARE(
            runCli({"export", "--db", m_db, "hours", "--claim", "1", "--output", hours}).exitCode,
            0);
        // They hold NIRs: their owner only may read them (issue 17).
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &exported : {employees, hours}) {
            QCOMPARE(QFile::permissions(exported) &
                         ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     ownerOnly);
        }

        const QString copy = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(createStore(copy));
        QCOMPARE(runCli({"import", "--db", copy, "employees", employees}).exitCode, 0);
        const CliRun imported = runCli({"import", "--db", copy, "hours", "--claim", "1", hours});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(parseJson(imported.out)["written"].toInt(), 7);

        const CliRun original = runCli({"claims", "--db", m_db, "--claim", "1", "--detail"});
        const CliRun again = runCli({"claims", "--db", copy, "--claim", "1", "--detail"});
        QCOMPARE(original.exitCode, 0);
        QVERIFY(original.out.contains("\"indemnityCents\""));
        QCOMPARE(again.out, original.out);
        // And the file exported from the copy to standard output is the same bytes.
        QProcess reexport;
        reexport.start(cliPath(), {"export", "--db", copy, "hours", "--claim", "1"});
        QVERIFY(reexport.waitForFinished(30'000));
        QCOMPARE(reexport.exitCode(), 0);
        QFile first(hours);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(reexport.readAllStandardOutput(), first.readAll());
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "test_exchangecommands.moc"
