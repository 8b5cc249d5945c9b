#include "store/carryover.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using domain::Hours;
using store::CarryOverMovement;

namespace {

// A valid NIR for each `n`: 13 digits and their key, 97 minus their remainder by 97.
QString nirOf(int n) {
    const QString digits = QStringLiteral("1850578006%1").arg(n, 3, 10, QLatin1Char('0'));
    const int key = 97 - int(digits.toLongLong() % 97);
    return digits + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

const store::CarryOverItem *itemNamed(const store::CarryOverPlan &plan, const QString &name) {
    for (const store::CarryOverItem &item : plan.items) {
        if (item.employee.lastName == name)
            return &item;
    }
    return nullptr;
}

} // namespace

// « Reprendre le mois précédent » (issue 16): December 2026 takes November's employees, with an
// arrival, departures and a pay change shown, and November's hours pattern on December's
// weeks. Real store file.
class TestCarryOver final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = testing::openStore(m_dir.filePath(QStringLiteral("carry-%1.sqlite").arg(++m_n)));
        QVERIFY(m_store);
        auto establishment = testing::sampleEstablishment();
        establishment.departement = QStringLiteral("75");
        const auto id = m_store->establishments().add(establishment);
        QVERIFY(id);
        m_establishment = *id;
        QVERIFY(m_store->decisionCache().put(
            testing::sampleDecision("D1", QDate(2026, 9, 1), QDate(2027, 2, 28))));

        m_elodie = employee(1, "Dupont", QDate(2018, 9, 3));
        m_bernard = employee(2, "Arnaud", QDate(2019, 1, 7));
        m_claire = employee(3, "Colin", QDate(2020, 3, 2));
        m_denis = employee(4, "Durand", QDate(2021, 6, 1));
        employee(5, "Fabre", QDate(2017, 1, 2)); // never in activité partielle
        const auto november = m_store->claims().create(m_establishment, "D1", QDate(2026, 11, 1));
        QVERIFY(november);
        m_november = november->id;
        // 14 h worked in the week of the 16th, 21 h in the week of the 23rd, the latest whole
        // week of November.
        for (const qint64 id : {m_elodie, m_bernard, m_claire, m_denis}) {
            QVERIFY(week(m_november, id, QDate(2026, 11, 16), 1400));
            QVERIFY(week(m_november, id, QDate(2026, 11, 23), 2100));
        }
        QVERIFY(m_store->claims().setStatus(m_november, store::ClaimStatus::Queued));
        QVERIFY(m_store->claims().setStatus(m_november, store::ClaimStatus::Sent));

        // Since November: Bernard's raise, Claire left on the 20th, Denis leaves on 15
        // December, Eva arrived on 7 December.
        update(m_bernard,
               [](store::Employee &e) { e.grossHourlyPay = domain::HourlyPay::fromCents(1600); });
        update(m_claire, [](store::Employee &e) { e.exitDate = QDate(2026, 11, 20); });
        update(m_denis, [](store::Employee &e) { e.exitDate = QDate(2026, 12, 15); });
        m_eva = employee(6, "Est", QDate(2026, 12, 7));
        employee(7, "Futur", QDate(2027, 1, 4)); // hired for January

        const auto december = m_store->claims().create(m_establishment, "D1", QDate(2026, 12, 1));
        QVERIFY(december);
        m_december = december->id;
    }
    void cleanup() { m_store.reset(); }

    void showsWhatChangedSinceThePreviousMonth() {
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY2(plan, qPrintable(plan.error().message));
        QCOMPARE(plan->previous.id, m_november);
        QCOMPARE(plan->target.id, m_december);
        // November's four by name, then the arrival; neither Fabre nor Futur.
        QStringList names;
        for (const auto &item : plan->items)
            names << item.employee.lastName;
        QCOMPARE(names, (QStringList{"Arnaud", "Colin", "Dupont", "Durand", "Est"}));

        const auto *elodie = itemNamed(*plan, "Dupont");
        QCOMPARE(elodie->movement, CarryOverMovement::Stays);
        QVERIFY(elodie->changes.isEmpty());
        QVERIFY(elodie->canBeTaken() && elodie->proposed());

        const auto *bernard = itemNamed(*plan, "Arnaud");
        QCOMPARE(bernard->movement, CarryOverMovement::Stays);
        QCOMPARE(bernard->changes.size(), 1);
        QVERIFY2(bernard->changes.first().startsWith("Salaire horaire brut : 15,23") &&
                     bernard->changes.first().contains("→ 16,00"),
                 qPrintable(bernard->changes.first()));

        const auto *claire = itemNamed(*plan, "Colin");
        QCOMPARE(claire->movement, CarryOverMovement::Left);
        QVERIFY(!claire->canBeTaken() && !claire->proposed());
        QVERIFY(claire->hours.isEmpty());

        const auto *denis = itemNamed(*plan, "Durand");
        QCOMPARE(denis->movement, CarryOverMovement::Leaves);
        QVERIFY(denis->proposed());

        const auto *eva = itemNamed(*plan, "Est");
        QCOMPARE(eva->movement, CarryOverMovement::Arrives);
        QVERIFY(eva->proposed());
        QVERIFY(eva->hours.isEmpty());
    }

    void carriesTheHoursPatternOntoThisMonthsWeeks() {
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        // The latest whole week of November (21 h) is the pattern: 4 days of it in the weeks
        // of 1, 21 (Christmas) and 28 December.
        QStringList elodie;
        for (const auto &week : itemNamed(*plan, "Dupont")->hours)
            elodie
                << QStringLiteral("%1 %2").arg(week.weekStart.day()).arg(week.worked.hundredths());
        QCOMPARE(elodie, (QStringList{"1 1680", "7 2100", "14 2100", "21 1680", "28 1680"}));
        // Denis leaves on Tuesday the 15th: two days of the week of the 14th, nothing after.
        QStringList denis;
        for (const auto &week : itemNamed(*plan, "Durand")->hours)
            denis
                << QStringLiteral("%1 %2").arg(week.weekStart.day()).arg(week.worked.hundredths());
        QCOMPARE(denis, (QStringList{"1 1680", "7 2100", "14 840"}));
    }

    void takesWhatTheClerkChoseInOneWrite() {
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        // The clerk leaves Eva out; Claire, who left, cannot be taken even if asked.
        const store::ClaimChange change =
            plan->change({m_elodie, m_bernard, m_claire, m_denis}, true);
        QCOMPARE(change.addEmployees, (QList<qint64>{m_bernard, m_elodie, m_denis}));
        QCOMPARE(change.weeks.size(), 5 + 5 + 3);
        QVERIFY(m_store->claimLines().apply(m_december, change));

        const auto contents = m_store->claimLines().contentsOf(m_december);
        QVERIFY(contents);
        QCOMPARE(contents->copies.size(), 3);
        QCOMPARE(contents->lines.size(), 13);
        // Bernard's copy has his new pay: the one the claim is computed with.
        for (const auto &copy : contents->copies) {
            if (copy.employeeId == m_bernard)
                QCOMPARE(copy.grossHourlyPay, domain::HourlyPay::fromCents(1600));
        }

        // Asked again, those already on the claim are left as they are.
        const auto again = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(again);
        QVERIFY(itemNamed(*again, "Dupont")->alreadyOnClaim);
        QVERIFY(!itemNamed(*again, "Dupont")->canBeTaken());
        QVERIFY(itemNamed(*again, "Est")->canBeTaken());
        QCOMPARE(again->change({m_elodie, m_bernard, m_denis}, true).addEmployees.size(), 0);
    }

    void withoutHoursOnlyTheEmployeesAreTaken() {
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        const store::ClaimChange change = plan->change({m_elodie, m_eva}, false);
        QCOMPARE(change.addEmployees, (QList<qint64>{m_elodie, m_eva}));
        QVERIFY(change.weeks.isEmpty());
    }

    void aMonthWithoutPreviousClaimHasNothingToTake() {
        const auto october = store::CarryOver(*m_store).plan(m_november);
        QVERIFY(!october);
        // November is sent: refused before anything else is looked at.
        QCOMPARE(october.error().kind, store::ErrorKind::Refused);

        const auto january = m_store->claims().create(m_establishment, "D1", QDate(2027, 2, 1));
        QVERIFY(january);
        const auto none = store::CarryOver(*m_store).plan(january->id);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, store::ErrorKind::NotFound);
        QVERIFY2(none.error().message.contains("janvier 2027"), qPrintable(none.error().message));
    }

    void aChangedWorkingTimeWithholdsTheHours() {
        // Élodie goes from 39 h to 24 h a week: November's hours would not mean the same.
        update(m_elodie, [](store::Employee &e) { e.weeklyHours = Hours::fromWholeHours(24); });
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        const auto *elodie = itemNamed(*plan, "Dupont");
        QVERIFY(elodie->hours.isEmpty());
        QVERIFY2(elodie->hoursWithheld.contains("durée du travail"),
                 qPrintable(elodie->hoursWithheld));
        QVERIFY(elodie->changes.first().startsWith("Durée du travail : 39,00"));
        QVERIFY(elodie->canBeTaken()); // she is taken, her hours are typed
        const store::ClaimChange change = plan->change({m_elodie}, true);
        QCOMPARE(change.addEmployees, QList<qint64>{m_elodie});
        QVERIFY(change.weeks.isEmpty());
        // A raise alone keeps them.
        QVERIFY(itemNamed(*plan, "Arnaud")->hoursWithheld.isEmpty());
        QCOMPARE(itemNamed(*plan, "Arnaud")->hours.size(), 5);
    }

    void weeksOfZerosAreCarriedOnlyInAReduction() {
        // December (a reduction): Élodie worked 0 h in the week of the 14th, December's latest
        // whole week — a week wholly chômée, carried as such onto January's four weeks.
        QVERIFY(m_store->claimLines().addEmployees(m_december, {m_elodie}));
        store::WeekHours none;
        none.weekStart = QDate(2026, 12, 14);
        QVERIFY(m_store->claimLines().upsert(m_december, m_elodie, none));
        const auto january = m_store->claims().create(m_establishment, "D1", QDate(2027, 1, 1));
        QVERIFY(january);
        auto plan = store::CarryOver(*m_store).plan(january->id);
        QVERIFY(plan);
        QCOMPARE(itemNamed(*plan, "Dupont")->hours.size(), 4);
        QVERIFY(m_store->claimLines().apply(january->id, plan->change({m_elodie}, true)));

        // February under a closure (form 3): January's lines were hours worked, a closure's
        // are hours chômées — not carried, and said so.
        auto closure = testing::sampleDecision("F3", QDate(2027, 2, 1), QDate(2027, 4, 30));
        closure.form = 3;
        QVERIFY(m_store->decisionCache().put(closure));
        const auto february = m_store->claims().create(m_establishment, "F3", QDate(2027, 2, 1));
        QVERIFY(february);
        plan = store::CarryOver(*m_store).plan(february->id);
        QVERIFY(plan);
        QVERIFY(itemNamed(*plan, "Dupont")->hours.isEmpty());
        QVERIFY2(itemNamed(*plan, "Dupont")->hoursWithheld.contains("forme"),
                 qPrintable(itemNamed(*plan, "Dupont")->hoursWithheld));

        // March, the same closure: February's week of 0 h chômées claims nothing; none is
        // carried, and nothing is withheld either.
        QVERIFY(m_store->claimLines().apply(february->id, plan->change({m_elodie}, false)));
        store::WeekHours zero;
        zero.weekStart = QDate(2027, 2, 22);
        QVERIFY(m_store->claimLines().upsert(february->id, m_elodie, zero));
        const auto march = m_store->claims().create(m_establishment, "F3", QDate(2027, 3, 1));
        QVERIFY(march);
        plan = store::CarryOver(*m_store).plan(march->id);
        QVERIFY(plan);
        QVERIFY(itemNamed(*plan, "Dupont")->hours.isEmpty());
        QVERIFY(itemNamed(*plan, "Dupont")->hoursWithheld.isEmpty());
    }

    void anEmployeePutOnTheClaimMeanwhileKeepsItsWeeks() {
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        // Another window puts Élodie on December with 3 h in the week of the 7th.
        store::WeekHours own;
        own.weekStart = QDate(2026, 12, 7);
        own.worked = Hours::fromWholeHours(3);
        QVERIFY(m_store->claimLines().upsert(m_december, m_elodie, own));
        const auto added =
            m_store->claimLines().apply(m_december, plan->change({m_elodie, m_bernard}, true));
        QVERIFY(added);
        QCOMPARE(added.value(), QList<qint64>{m_bernard});
        const auto lines = m_store->claimLines().linesOf(m_december);
        QVERIFY(lines);
        int elodieWeeks = 0;
        for (const auto &line : lines.value()) {
            if (line.employeeId == m_elodie) {
                ++elodieWeeks;
                QCOMPARE(line.hours.worked, Hours::fromWholeHours(3));
            }
        }
        QCOMPARE(elodieWeeks, 1);
    }

    void theSameDecisionsClaimIsPreferred() {
        // November also has a claim under a second decision, whose number sorts first.
        QVERIFY(m_store->decisionCache().put(
            testing::sampleDecision("A0", QDate(2026, 11, 1), QDate(2026, 11, 30))));
        const auto other = m_store->claims().create(m_establishment, "A0", QDate(2026, 11, 1));
        QVERIFY(other);
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        QCOMPARE(plan->previous.id, m_november);
        // Under a new decision, November's claim is still the one taken.
        QVERIFY(m_store->decisionCache().put(
            testing::sampleDecision("D9", QDate(2026, 12, 1), QDate(2027, 5, 31))));
        const auto renewed = m_store->claims().create(m_establishment, "D9", QDate(2027, 1, 1));
        QVERIFY(renewed);
        const auto january = store::CarryOver(*m_store).plan(renewed->id);
        QVERIFY(january);
        QCOMPARE(january->previous.id, m_december);
    }

    void aRefusedClaimIsTakenOnlyWhenThereIsNoOther() {
        QVERIFY(m_store->decisionCache().put(
            testing::sampleDecision("D0", QDate(2026, 6, 1), QDate(2026, 12, 31))));
        const auto refused = m_store->claims().create(m_establishment, "D0", QDate(2026, 11, 1));
        QVERIFY(refused);
        QVERIFY(m_store->claims().setStatus(refused->id, store::ClaimStatus::Refused));
        const auto plan = store::CarryOver(*m_store).plan(m_december);
        QVERIFY(plan);
        QCOMPARE(plan->previous.id, m_november);
    }

private:
    qint64 employee(int n, const char *lastName, const QDate &entry) {
        auto e = testing::sampleEmployee(m_establishment, nirOf(n), QString::fromUtf8(lastName));
        e.matricule = QStringLiteral("M-%1").arg(n);
        e.entryDate = entry;
        const auto id = m_store->employees().add(e);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    void update(qint64 id, const std::function<void(store::Employee &)> &change) {
        auto e = m_store->employees().find(id);
        QVERIFY(e);
        change(e.value());
        QVERIFY2(m_store->employees().update(e.value()), "update");
    }

    bool week(qint64 claim, qint64 employee, const QDate &start, qint64 worked) {
        store::WeekHours hours;
        hours.weekStart = start;
        hours.worked = Hours::fromHundredths(worked);
        return bool(m_store->claimLines().upsert(claim, employee, hours));
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<store::Store> m_store;
    qint64 m_establishment = 0;
    qint64 m_elodie = 0, m_bernard = 0, m_claire = 0, m_denis = 0, m_eva = 0;
    qint64 m_november = 0;
    qint64 m_december = 0;
};

QTEST_GUILESS_MAIN(TestCarryOver)
#include "test_carryover.moc"
