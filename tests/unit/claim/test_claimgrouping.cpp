#include "builtinrates.h"
#include "domain/claim/claimchecks.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"
#include "domain/claim/ratestable.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace apdesk;

namespace {
// Its QCOMPAREs name only this line and return only from here: each caller checks
// QTest::currentTestFailed() and says which claim differed.
void compareResults(const domain::ClaimResult &grouped, const domain::ClaimResult &reference) {
    QCOMPARE(grouped.employees, reference.employees);
    QCOMPARE(grouped.claimProblems, reference.claimProblems);
    QCOMPARE(grouped.totalIndemnity(), reference.totalIndemnity());
}

// What compute() is defined as, the slow way: each employee computed from the whole claim
// (computeEmployee picking its lines out of all of them), then the claim's checks. compute()
// groups the lines once instead; it must give exactly this.
domain::ClaimResult reference(const domain::ClaimEngine &engine, const domain::Claim &claim) {
    domain::ClaimResult result;
    result.claimProblems = domain::ClaimChecks::header(claim);
    if (!claim.firstDay().isValid())
        return result;
    for (const domain::ClaimEmployee &employee : claim.employees)
        result.employees.append(engine.computeEmployee(claim, employee));
    result.claimProblems += domain::ClaimChecks::totals(claim, result);
    return result;
}
} // namespace

// ClaimEngine::compute, which groups each employee's lines once (a batch of 20,000 employees),
// gives exactly what computing each employee apart gives, on the documented example claims and
// on random ones with lines in any order, unknown matricules and employees given twice.
class TestClaimGrouping final : public QObject {
    Q_OBJECT

private:
    std::optional<domain::RatesTable> m_rates;

private slots:
    void initTestCase() {
        const auto rates = domain::RatesTable::parse(resources::builtInRatesJson());
        QVERIFY(rates);
        m_rates = *rates;
    }

    void sameResultAsTheEngine_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("reduction") << "march-2021-reduction.json";
        QTest::newRow("closure with problems") << "april-2020-closure-alsace.json";
    }
    void sameResultAsTheEngine() {
        QFETCH(QString, file);
        QFile json(QStringLiteral(APDESK_TEST_DATA_DIR "/claims/") + file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto input = domain::ClaimJson::read(json.readAll());
        QVERIFY2(input, qPrintable(input.error()));
        const domain::ClaimEngine engine(*m_rates);
        compareResults(engine.compute(input->claim), reference(engine, input->claim));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("differs on %1").arg(file)));
    }

    void sameResultOnRandomClaims() {
        const domain::ClaimEngine engine(*m_rates);
        QRandomGenerator random(20210301);
        for (int round = 0; round < 20; ++round) {
            domain::Claim claim;
            claim.year = 2021;
            claim.month = 3 + round % 6;
            claim.establishment.departement = round % 2 ? "67" : "75";
            claim.decision.start = QDate(2021, 1, 1);
            claim.decision.end = QDate(2021, 12, 31);
            claim.decision.form = round % 3 ? domain::ReductionForm::HoursReduction
                                            : domain::ReductionForm::TemporaryClosure;
            claim.decision.authorisedHours = domain::Hours::fromWholeHours(500);
            claim.decision.authorisedHeadcount = 5;
            const int employees = 2 + random.bounded(8);
            for (int e = 0; e < employees; ++e) {
                domain::ClaimEmployee employee;
                employee.nir = "184077512345657";
                employee.matricule = QString::number(random.bounded(employees + 2));
                employee.weeklyHours = domain::Hours::fromWholeHours(20 + random.bounded(20));
                employee.grossHourlyPay = domain::HourlyPay::fromCents(1000 + random.bounded(3000));
                claim.employees << employee;
            }
            for (int l = 0; l < 30; ++l) {
                domain::ClaimLine line;
                line.matricule = QString::number(random.bounded(employees + 3));
                line.week = claim.firstDay().addDays(random.bounded(31) - 3);
                line.worked = domain::Hours::fromHundredths(random.bounded(2000));
                line.chomees = domain::Hours::fromHundredths(random.bounded(2000));
                claim.lines << line;
            }
            compareResults(engine.compute(claim), reference(engine, claim));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("differs on random claim %1 of 20 (month %2, "
                                                "%3 employees, %4 lines)")
                                     .arg(round + 1)
                                     .arg(claim.month)
                                     .arg(claim.employees.size())
                                     .arg(claim.lines.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimGrouping)
#include "test_claimgrouping.moc"
