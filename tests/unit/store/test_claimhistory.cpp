#include "builtinrates.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/ratestable.h"
#include "store/claimhistory.h"
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

// A claim looks back at its establishment's earlier claims: the hours they used count against
// the decision's contingent and each employee's annual cap. Real store file, real engine and
// the built-in rates.
class TestClaimHistory final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store =
            testing::openStore(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_n)));
        QVERIFY(m_store);
        const auto establishment = m_store->establishments().add(testing::sampleEstablishment());
        QVERIFY(establishment);
        m_establishment = *establishment;
        // 39 h a week, indemnified up to the legal 35 h: a week worked 28 h leaves 7 h chômées.
        const auto elodie = m_store->employees().add(testing::sampleEmployee(m_establishment));
        QVERIFY(elodie);
        m_elodie = *elodie;
    }
    void cleanup() { m_store.reset(); }

    void countsEarlierClaimsOfTheYearAndOfTheDecision() {
        // December 2020, same decision: counts for the contingent, not for 2021's annual cap.
        const qint64 december = claimWith("D1", QDate(2020, 12, 1), {{QDate(2020, 12, 7), 0}});
        const qint64 january = claimWith("D1", QDate(2021, 1, 1), {{QDate(2021, 1, 4), 28}});
        const qint64 february =
            claimWith("D1", QDate(2021, 2, 1), {{QDate(2021, 2, 1), 28}, {QDate(2021, 2, 8), 28}});
        // Another decision, refused: used nothing.
        const qint64 refused = claimWith("D2", QDate(2021, 2, 1), {{QDate(2021, 2, 15), 0}});
        QVERIFY(m_store->claims().setStatus(refused, store::ClaimStatus::Refused));
        const qint64 march = claimWith("D1", QDate(2021, 3, 1), {{QDate(2021, 3, 8), 28}});
        // Later: not counted.
        claimWith("D1", QDate(2021, 4, 1), {{QDate(2021, 4, 5), 0}});
        QVERIFY(december && january && february && march);

        const store::ClaimHistory history(*m_store, m_engine);
        const auto assembled = history.assemble(march);
        QVERIFY2(assembled, qPrintable(assembled.error().message));
        QCOMPARE(assembled->claim.employees.size(), 1);
        QCOMPARE(assembled->employeeIds, QList<qint64>{m_elodie});
        // January 7 h + February 2 × 7 h.
        QCOMPARE(assembled->claim.employees[0].hoursEarlierThisYear, Hours::fromHundredths(2100));
        // December 35 h + January 7 h + February 14 h.
        QCOMPARE(assembled->claim.decisionHoursUsedEarlier, Hours::fromHundredths(5600));

        // The first claim of the decision looks back at nothing.
        const auto first = history.assemble(december);
        QVERIFY(first);
        QCOMPARE(first->claim.decisionHoursUsedEarlier, Hours());
        QCOMPARE(first->claim.employees[0].hoursEarlierThisYear, Hours());
    }

    void theContingentLeftIsCheckedAgainstEarlierClaims() {
        auto decision = testing::sampleDecision("D1", QDate(2021, 1, 1), QDate(2021, 6, 30));
        decision.authorisedHours = Hours::fromWholeHours(25);
        QVERIFY(m_store->decisionCache().put(decision));
        claimWith("D1", QDate(2021, 1, 1), {{QDate(2021, 1, 4), 28}, {QDate(2021, 1, 11), 28}});
        const qint64 february =
            claimWith("D1", QDate(2021, 2, 1), {{QDate(2021, 2, 1), 28}, {QDate(2021, 2, 8), 28}});

        // Alone, February's 14 h fit in 25 h; after January's 14 h, 11 h are left.
        const domain::ClaimResult alone =
            m_engine.compute(store::ClaimAssembler(*m_store).assemble(february)->claim);
        QVERIFY(!hasProblem(alone, "authorisedHours"));
        const domain::ClaimResult looked =
            m_engine.compute(store::ClaimHistory(*m_store, m_engine).assemble(february)->claim);
        QVERIFY(hasProblem(looked, "authorisedHours"));
        QCOMPARE(looked.totalHours(), Hours::fromHundredths(1400));
    }

    // A month corrected after payment counts once, by its latest version (not refused); the
    // correction of a month never counts that month's own earlier versions.
    void aCorrectedMonthCountsByItsLatestVersion() {
        const qint64 january = claimWith("D1", QDate(2021, 1, 1), {{QDate(2021, 1, 4), 28}});
        QVERIFY(m_store->claims().setStatus(january, store::ClaimStatus::Queued));
        QVERIFY(m_store->claims().setStatus(january, store::ClaimStatus::Sent));
        const auto corrected = m_store->claims().createCorrection(january);
        QVERIFY(corrected);
        // Version 2: 14 h chômées instead of 7.
        store::WeekHours hours;
        hours.weekStart = QDate(2021, 1, 4);
        hours.worked = Hours::fromWholeHours(21);
        QVERIFY(m_store->claimLines().upsert(corrected->id, m_elodie, hours));
        const qint64 february = claimWith("D1", QDate(2021, 2, 1), {{QDate(2021, 2, 1), 28}});

        const store::ClaimHistory history(*m_store, m_engine);
        auto assembled = history.assemble(february);
        QVERIFY(assembled);
        QCOMPARE(assembled->claim.decisionHoursUsedEarlier, Hours::fromWholeHours(14));
        QCOMPARE(assembled->claim.employees[0].hoursEarlierThisYear, Hours::fromWholeHours(14));
        // Version 1 is not an earlier use of version 2.
        QCOMPARE(history.assemble(corrected->id)->claim.decisionHoursUsedEarlier, Hours());

        // The ASP refused version 2 at reception: version 1 is what January used.
        QVERIFY(m_store->claims().setStatus(corrected->id, store::ClaimStatus::Refused));
        assembled = history.assemble(february);
        QCOMPARE(assembled->claim.decisionHoursUsedEarlier, Hours::fromWholeHours(7));
    }

private:
    struct Week {
        QDate start;
        int workedHours;
    };

    // A claim of Élodie's weeks, in preparation.
    qint64 claimWith(const QString &decision, const QDate &month, const QList<Week> &weeks) {
        const auto claim = m_store->claims().create(m_establishment, decision, month);
        if (!claim)
            qFatal("claim: %s", qPrintable(claim.error().message));
        for (const Week &week : weeks) {
            store::WeekHours hours;
            hours.weekStart = week.start;
            hours.worked = Hours::fromHundredths(week.workedHours * 100);
            if (!m_store->claimLines().upsert(claim->id, m_elodie, hours))
                qFatal("line of %s", qPrintable(week.start.toString()));
        }
        return claim->id;
    }

    static bool hasProblem(const domain::ClaimResult &result, const char *field) {
        for (const domain::Problem &p : result.problems())
            if (p.field == QLatin1String(field))
                return true;
        return false;
    }

    static const domain::RatesTable &rates() {
        static const domain::RatesTable table =
            domain::RatesTable::parse(resources::builtInRatesJson()).value();
        return table;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    const domain::ClaimEngine m_engine{rates()};
    qint64 m_establishment = 0;
    qint64 m_elodie = 0;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestClaimHistory)
#include "test_claimhistory.moc"
