#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include "../sqlite/sqlitetesthelpers.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "storetesthelpers.h"

#include <QSqlQuery>

using namespace apdesk;
using namespace apdesk::store;
using namespace apdesk::testing;
using domain::HourlyPay;
using domain::Hours;
using domain::Money;

namespace {
WeekHours week(const QDate &start, qint64 workedHundredths, qint64 chomeesHundredths) {
    WeekHours hours;
    hours.weekStart = start;
    hours.worked = Hours::fromHundredths(workedHundredths);
    hours.chomees = Hours::fromHundredths(chomeesHundredths);
    return hours;
}
} // namespace

class TestClaimLineRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
        m_establishment = m_store->establishments().add(sampleEstablishment()).value();
        m_employee = m_store->employees().add(sampleEmployee(m_establishment)).value();
        m_claim = m_store->claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1))->id;
    }
    void cleanup() { m_store.reset(); }

    void aNewLineCopiesTheEmployeesContractAndPay() {
        WeekHours hours = week(QDate(2026, 4, 6), 1400, 2100);
        hours.treatedAsWorked = Hours::fromHundredths(350);
        const auto line = lines().upsert(m_claim, m_employee, hours);
        QVERIFY2(line, qPrintable(line ? QString() : line.error().message));
        QCOMPARE(line->claimId, m_claim);
        QCOMPARE(line->employeeId, m_employee);
        QCOMPARE(line->hours, hours);
        QCOMPARE(line->forfaitJours, false);
        QCOMPARE(line->contractualWeeklyHours, Hours::fromHundredths(3900));
        QCOMPARE(line->grossHourlyPay, HourlyPay::fromCents(1523));
        QCOMPARE(line->usualNetHourlyPay, std::optional<HourlyPay>(HourlyPay::fromCents(1190)));
        QCOMPARE(line->contract, ContractKind::Ordinary);
        QCOMPARE(lines().linesOf(m_claim).value(), QList<ClaimLine>{line.value()});
    }

    void aClaimInPreparationFollowsTheEmployeesNewPay() {
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 1400, 2100)));

        // A pay rise and a new contract entered while the claim is still being prepared…
        Employee raised = m_store->employees().find(m_employee).value();
        raised.grossHourlyPay = HourlyPay::fromCents(1800);
        raised.usualNetHourlyPay = HourlyPay::fromCents(1400);
        raised.weeklyHours = Hours::fromHundredths(3500);
        QVERIFY(m_store->employees().update(raised));

        // …are what the claim will be computed with; the hours typed stay as they were.
        const auto all = lines().linesOf(m_claim);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).hours.worked, Hours::fromHundredths(1400));
        QCOMPARE(all->at(0).grossHourlyPay, HourlyPay::fromCents(1800));
        QCOMPARE(all->at(0).usualNetHourlyPay,
                 std::optional<HourlyPay>(HourlyPay::fromCents(1400)));
        QCOMPARE(all->at(0).contractualWeeklyHours, Hours::fromHundredths(3500));
    }

    void aClaimThatLeftPreparationKeepsThePayItWasComputedWith() {
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 1400, 2100)));
        QVERIFY(m_store->claims().setStatus(m_claim, ClaimStatus::Queued));

        // A pay rise entered in June never changes April's claim once it is on its way.
        Employee raised = m_store->employees().find(m_employee).value();
        raised.grossHourlyPay = HourlyPay::fromCents(1800);
        raised.weeklyHours = Hours::fromHundredths(3500);
        QVERIFY(m_store->employees().update(raised));

        const auto all = lines().linesOf(m_claim);
        QVERIFY(all);
        QCOMPARE(all->at(0).grossHourlyPay, HourlyPay::fromCents(1523));
        QCOMPARE(all->at(0).usualNetHourlyPay,
                 std::optional<HourlyPay>(HourlyPay::fromCents(1190)));
        QCOMPARE(all->at(0).contractualWeeklyHours, Hours::fromHundredths(3900));

        // A new claim in preparation copies the new pay.
        const qint64 may =
            m_store->claims().create(m_establishment, "DEC-1", QDate(2026, 5, 1))->id;
        const auto line = lines().upsert(may, m_employee, week(QDate(2026, 5, 4), 0, 3500));
        QVERIFY(line);
        QCOMPARE(line->grossHourlyPay, HourlyPay::fromCents(1800));
    }

    // Issue 13: the employee's dated changes go on the claim with the contract, follow the
    // employee while the claim is in preparation, and stay as they were once it left it.
    void aClaimCopiesTheContractChangesAndFollowsThemInPreparation() {
        Employee employee = m_store->employees().find(m_employee).value();
        const domain::ContractChange raise{QDate(2026, 4, 15), std::nullopt,
                                           HourlyPay::fromCents(1700), std::nullopt};
        employee.changes = {raise};
        QVERIFY(m_store->employees().update(employee));

        // Every way onto a claim copies them: a typed week, the employees pop-up.
        const auto line = lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 1400, 2100));
        QVERIFY(line);
        QCOMPARE(line->changes, QList<domain::ContractChange>{raise});
        const qint64 may =
            m_store->claims().create(m_establishment, "DEC-1", QDate(2026, 5, 1))->id;
        QVERIFY(lines().addEmployees(may, {m_employee}));
        QCOMPARE(lines().contentsOf(may)->copies.at(0).changes,
                 QList<domain::ContractChange>{raise});

        // April leaves preparation; then the employee's changes are corrected.
        QVERIFY(m_store->claims().setStatus(m_claim, ClaimStatus::Queued));
        const domain::ContractChange fullTime{QDate(2026, 5, 11), Hours::fromWholeHours(35),
                                              std::nullopt, std::nullopt};
        employee.changes = {raise, fullTime};
        QVERIFY(m_store->employees().update(employee));
        QCOMPARE(lines().linesOf(m_claim)->at(0).changes, QList<domain::ContractChange>{raise});
        QCOMPARE(lines().contentsOf(may)->copies.at(0).changes,
                 (QList<domain::ContractChange>{raise, fullTime}));

        // Taken off the claim, the copy goes with the employee's copy of the contract.
        QVERIFY(lines().removeEmployees(may, {m_employee}));
        QSqlQuery count(m_store->database().connection());
        QVERIFY(count.exec("SELECT count(*) FROM claim_employee_changes WHERE claim_id = " +
                           QString::number(may)));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void aForfaitJoursLineCountsHalfDays() {
        Employee cadre = sampleEmployee(m_establishment, "285127511203456", "Cadre");
        cadre.forfaitJours = true;
        cadre.contract = ContractKind::Professionalisation;
        const qint64 id = m_store->employees().add(cadre).value();
        WeekHours hours;
        hours.weekStart = QDate(2026, 4, 6);
        hours.halfDaysNotWorked = 3;
        const auto line = lines().upsert(m_claim, id, hours);
        QVERIFY(line);
        QCOMPARE(line->hours.halfDaysNotWorked, 3);
        QVERIFY(line->forfaitJours);
        QCOMPARE(line->contractualWeeklyHours, Hours());
        QCOMPARE(line->contract, ContractKind::Professionalisation);
    }

    void listsLinesByEmployeeThenWeek() {
        const qint64 second = m_store->employees()
                                  .add(sampleEmployee(m_establishment, "185057800608492", "B"))
                                  .value();
        QVERIFY(lines().upsert(m_claim, second, week(QDate(2026, 4, 13), 0, 100)));
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 13), 0, 200)));
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 1), 0, 300)));
        QVERIFY(lines().upsert(m_claim, second, week(QDate(2026, 4, 1), 0, 400)));
        QList<qint64> order;
        for (const auto &line : lines().linesOf(m_claim).value())
            order << line.hours.chomees.hundredths();
        QCOMPARE(order, QList<qint64>({300, 200, 400, 100}));
        const qint64 other =
            m_store->claims().create(m_establishment, "DEC-1", QDate(2026, 5, 1))->id;
        QCOMPARE(lines().linesOf(other)->size(), 0);
    }

    void removesALine() {
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 0, 100)));
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 13), 0, 100)));
        QVERIFY(lines().remove(m_claim, m_employee, QDate(2026, 4, 6)));
        QCOMPARE(lines().linesOf(m_claim)->size(), 1);
        QCOMPARE(lines().linesOf(m_claim)->first().hours.weekStart, QDate(2026, 4, 13));
        // Without weeks the employee is off the claim; a week written later puts it back.
        QVERIFY(lines().remove(m_claim, m_employee, QDate(2026, 4, 13)));
        QVERIFY(lines().linesOf(m_claim)->isEmpty());
        QCOMPARE(scalar(m_store->database().connection(), "SELECT count(*) FROM claim_employees")
                     .toInt(),
                 0);
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 20), 0, 100)));
        QCOMPARE(lines().linesOf(m_claim)->size(), 1);
    }

    // The lines are read on one snapshot, inside a caller's transaction too; a week without its
    // employee's copy (a file edited with foreign keys off) is an error, not a line at zero pay.
    void readsInsideATransactionAndRefusesAnOrphanWeek() {
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 0, 100)));
        const auto inside =
            sqlite::inTransaction(m_store->database().connection(),
                                  [&](QSqlDatabase &) { return lines().linesOf(m_claim); });
        QVERIFY(inside);
        QCOMPARE(inside->size(), 1);

        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec("PRAGMA foreign_keys = OFF"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO claim_weeks (claim_id, employee_id, "
                                          "week_start) VALUES (%1, %2, '2026-04-13')")
                               .arg(m_claim)
                               .arg(m_employee + 1)));
        QVERIFY(query.exec("PRAGMA foreign_keys = ON"));
        const auto read = lines().linesOf(m_claim);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains("une semaine n'a pas de salarié"));
    }

    void onlyAClaimInPreparationCanChange_data() {
        QTest::addColumn<ClaimStatus>("status");
        QTest::newRow("queued") << ClaimStatus::Queued;
        QTest::newRow("sent") << ClaimStatus::Sent;
        QTest::newRow("refused") << ClaimStatus::Refused;
    }
    void onlyAClaimInPreparationCanChange() {
        QFETCH(ClaimStatus, status);
        QVERIFY(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 0, 100)));
        QVERIFY(m_store->claims().setStatus(m_claim, ClaimStatus::Queued));
        QVERIFY(m_store->claims().setStatus(m_claim, status));
        const auto changed = lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), 0, 999));
        QVERIFY(!changed);
        QCOMPARE(changed.error().kind, ErrorKind::Refused);
        QVERIFY2(changed.error().message.contains("n'est plus en préparation"),
                 qPrintable(changed.error().message));
        QCOMPARE(lines().remove(m_claim, m_employee, QDate(2026, 4, 6)).error().kind,
                 ErrorKind::Refused);
        QCOMPARE(lines().linesOf(m_claim)->first().hours.chomees, Hours::fromHundredths(100));
    }

    void refusesLinesThatDoNotBelong() {
        // A week outside the claim's month.
        const auto outside = lines().upsert(m_claim, m_employee, week(QDate(2026, 3, 30), 0, 100));
        QCOMPARE(outside.error().kind, ErrorKind::Invalid);
        QVERIFY(outside.error().message.contains("30 mars 2026"));
        // An employee of another establishment.
        const qint64 otherEstablishment =
            m_store->establishments().add(sampleEstablishment("55210055400013", "Autre")).value();
        const qint64 stranger =
            m_store->employees().add(sampleEmployee(otherEstablishment)).value();
        const auto foreign = lines().upsert(m_claim, stranger, week(QDate(2026, 4, 6), 0, 100));
        QCOMPARE(foreign.error().kind, ErrorKind::NotFound);
        // An employee or a claim that does not exist.
        QCOMPARE(lines().upsert(m_claim, 999, week(QDate(2026, 4, 6), 0, 100)).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(lines().upsert(999, m_employee, week(QDate(2026, 4, 6), 0, 100)).error().kind,
                 ErrorKind::NotFound);
        // Negative hours, or no week.
        QCOMPARE(lines().upsert(m_claim, m_employee, week(QDate(2026, 4, 6), -1, 0)).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(lines().upsert(m_claim, m_employee, week(QDate(), 0, 0)).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(lines().linesOf(m_claim)->size(), 0);
    }

    // The claim screens (issue 12): employees put on a claim before any hours, weeks written
    // and cleared several at a time, each write the claim's last change.
    void employeesGoOnTheClaimBeforeTheirHours() {
        const qint64 other =
            m_store->employees().add(sampleEmployee(m_establishment, "269054958815780", "Bernard"))
                .value();
        const auto added = lines().addEmployees(m_claim, {m_employee, other});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added.value(), (QList<qint64>{m_employee, other}));
        // Already there: kept, not counted again.
        QCOMPARE(lines().addEmployees(m_claim, {other}).value(), QList<qint64>());
        const auto contents = lines().contentsOf(m_claim).value();
        QCOMPARE(contents.copies.size(), 2);
        QVERIFY(contents.lines.isEmpty());
        QCOMPARE(contents.copies.at(0).grossHourlyPay, HourlyPay::fromCents(1523));
        QCOMPARE(m_store->claims().find(m_claim)->changedAt, fixedNow());

        // An employee of another establishment is refused, and nothing of the call is kept.
        const qint64 elsewhere =
            m_store->establishments().add(sampleEstablishment("35600000049837", "La Poste")).value();
        const qint64 stranger = m_store->employees().add(sampleEmployee(elsewhere)).value();
        const qint64 third =
            m_store->employees().add(sampleEmployee(m_establishment, "180126955222380", "Petit"))
                .value();
        const auto refused = lines().addEmployees(m_claim, {third, stranger});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::NotFound);
        QCOMPARE(lines().contentsOf(m_claim)->copies.size(), 2);

        QVERIFY(lines().removeEmployees(m_claim, {other}));
        QCOMPARE(lines().contentsOf(m_claim)->copies.size(), 1);
    }

    void writesAndClearsWeeksInOneTransaction() {
        QVERIFY(lines().addEmployees(m_claim, {m_employee}));
        WeekHours first = week({}, 1400, 0);
        WeekHours second = week({}, 0, 0);
        second.treatedAsWorked = Hours::fromHundredths(700);
        QVERIFY(lines().writeWeeks(m_claim, {{m_employee, QDate(2026, 4, 6), first},
                                             {m_employee, QDate(2026, 4, 13), second}}));
        auto all = lines().linesOf(m_claim).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).hours.weekStart, QDate(2026, 4, 6));
        QCOMPARE(all.at(0).hours.worked, Hours::fromHundredths(1400));
        QCOMPARE(all.at(1).hours.treatedAsWorked, Hours::fromHundredths(700));

        // Clearing every week keeps the employee on the claim.
        QVERIFY(lines().writeWeeks(m_claim, {{m_employee, QDate(2026, 4, 6), std::nullopt},
                                             {m_employee, QDate(2026, 4, 13), std::nullopt}}));
        QVERIFY(lines().linesOf(m_claim)->isEmpty());
        QCOMPARE(lines().contentsOf(m_claim)->copies.size(), 1);

        // A week outside the month, or an employee not on the claim, refuses the whole write.
        const qint64 other =
            m_store->employees().add(sampleEmployee(m_establishment, "269054958815780", "Bernard"))
                .value();
        auto refused = lines().writeWeeks(m_claim, {{m_employee, QDate(2026, 4, 20), first},
                                                    {m_employee, QDate(2026, 5, 4), first}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        refused = lines().writeWeeks(m_claim, {{m_employee, QDate(2026, 4, 20), first},
                                               {other, QDate(2026, 4, 20), first}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::NotFound);
        QVERIFY(lines().linesOf(m_claim)->isEmpty());

        // A sent claim takes no hours.
        QVERIFY(m_store->claims().setStatus(m_claim, ClaimStatus::Sent));
        refused = lines().writeWeeks(m_claim, {{m_employee, QDate(2026, 4, 20), first}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
    }

    // One action of the clerk, one transaction: the pop-up's Valider (add and remove) and the
    // undo of an import (remove and put weeks back) are written whole or not at all.
    void appliesAdditionsRemovalsAndWeeksTogether() {
        const qint64 other =
            m_store->employees().add(sampleEmployee(m_establishment, "269054958815780", "Bernard"))
                .value();
        QVERIFY(lines().addEmployees(m_claim, {m_employee}));
        const WeekHours hours = week({}, 1400, 0);

        // The week is outside the month: neither the addition nor the removal is kept.
        auto refused = lines().apply(m_claim, {.addEmployees = {other},
                                               .removeEmployees = {m_employee},
                                               .weeks = {{other, QDate(2026, 5, 4), hours}}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        auto copies = lines().contentsOf(m_claim)->copies;
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.at(0).employeeId, m_employee);

        // The same with a week inside the month: all three parts are written.
        const auto applied = lines().apply(m_claim, {.addEmployees = {other},
                                                     .removeEmployees = {m_employee},
                                                     .weeks = {{other, QDate(2026, 4, 6), hours}}});
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(applied.value(), QList<qint64>{other});
        const auto contents = lines().contentsOf(m_claim).value();
        QCOMPARE(contents.copies.size(), 1);
        QCOMPARE(contents.copies.at(0).employeeId, other);
        QCOMPARE(contents.lines.size(), 1);
        QCOMPARE(contents.lines.at(0).hours.worked, Hours::fromHundredths(1400));
    }

private:
    const ClaimLineRepository &lines() const { return m_store->claimLines(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_establishment = 0;
    qint64 m_employee = 0;
    qint64 m_claim = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestClaimLineRepository)
#include "test_claimlinerepository.moc"
