#include "builtinrates.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/ratestable.h"
#include "store/claimhistory.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/portfolio.h"
#include "store/store.h"

#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using domain::Hours;
using State = store::PortfolioMonth::State;
using store::PortfolioProblem;

// The declarant's portfolio (issue 16): each establishment with its current decision, the hours
// its stored claims used, its months filed or not, their filing deadlines and its worst problem,
// most urgent first. Real store file, real engine, the built-in rates; "today" is fixed.
class TestPortfolio final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store =
            testing::openStore(m_dir.filePath(QStringLiteral("portfolio-%1.sqlite").arg(++m_n)));
        QVERIFY(m_store);
        m_history.emplace(*m_store, m_engine);
    }
    void cleanup() {
        m_history.reset();
        m_store.reset();
    }

    void eachEstablishmentSaysWhereItStandsMostUrgentFirst() {
        // Martin: June to November 2026, 20 h authorised. June sent (7 h), July in preparation
        // (14 h, two weeks without the 14th), August refused by the ASP (to claim again): 21 h
        // used of 20.
        const qint64 martin = establishment("73282932000074", "Boulangerie Martin");
        decision("73282932000074", "D-MARTIN", {2026, 6, 1}, {2026, 11, 30}, 20);
        const qint64 elodie = employee(martin);
        const qint64 june = claim(martin, elodie, "D-MARTIN", {2026, 6, 1}, {{2026, 6, 8}}, 7);
        QVERIFY(m_store->claims().setStatus(june, store::ClaimStatus::Queued));
        QVERIFY(m_store->claims().setStatus(june, store::ClaimStatus::Sent));
        const qint64 july =
            claim(martin, elodie, "D-MARTIN", {2026, 7, 1}, {{2026, 7, 6}, {2026, 7, 20}}, 7);
        const qint64 august = claim(martin, elodie, "D-MARTIN", {2026, 8, 1}, {{2026, 8, 3}}, 7);
        QVERIFY(m_store->claims().setStatus(august, store::ClaimStatus::Refused));
        // Dupont: January to May 2026, nothing claimed; the deadline was 30 November.
        establishment("44200000000012", "Garage Dupont");
        decision("44200000000012", "D-DUPONT", {2026, 1, 1}, {2026, 5, 31}, 500);
        // Menuiserie Roux: January to June; the deadline is 30 December (6 months after 30 June,
        // from date to date), 24 days away.
        establishment("55200000000018", "Menuiserie Roux");
        decision("55200000000018", "D-ROUX", {2026, 1, 1}, {2026, 6, 30}, 500);
        // Café Lenoir: no decision fetched yet.
        establishment("88300000000017", "Café Lenoir");

        const auto entries = portfolio().read(m_today);
        QVERIFY2(entries, qPrintable(entries.error().message));
        QStringList order;
        for (const store::PortfolioEntry &e : *entries)
            order << e.establishment.name;
        QCOMPARE(order, (QStringList{"Garage Dupont", "Boulangerie Martin", "Menuiserie Roux",
                                     "Café Lenoir"}));

        const store::PortfolioEntry &dupont = entries->at(0);
        QCOMPARE(dupont.problem, PortfolioProblem::DeadlinePassed);
        QCOMPARE(dupont.count(State::NotClaimed), 5);
        QCOMPARE(dupont.nextDeadline()->deadline, QDate(2026, 11, 30));
        QCOMPARE(dupont.nextDeadline()->daysLeft, -6);
        QVERIFY2(dupont.problemText().contains(QStringLiteral("30 novembre 2026")),
                 qPrintable(dupont.problemText()));
        QCOMPARE(dupont.latestClaimId, 0);

        const store::PortfolioEntry &martinEntry = entries->at(1);
        QCOMPARE(martinEntry.problem, PortfolioProblem::ContingentUsedUp);
        QCOMPARE(martinEntry.decision->number, QStringLiteral("D-MARTIN"));
        QCOMPARE(martinEntry.hoursUsed, Hours::fromWholeHours(21)); // the refused month: nothing
        QCOMPARE(martinEntry.hoursLeft(), Hours::fromWholeHours(-1));
        QCOMPARE(martinEntry.months.size(), 6); // June to November
        QCOMPARE(martinEntry.months[0].state, State::Filed);
        QCOMPARE(martinEntry.months[0].claimId, june);
        QCOMPARE(martinEntry.months[1].state, State::InPreparation);
        QCOMPARE(martinEntry.months[1].claimId, july);
        QCOMPARE(martinEntry.months[2].state, State::NotClaimed); // refused: to claim again
        QCOMPARE(martinEntry.count(State::NotClaimed), 4);
        // The first month not filed is July, in preparation: 30 May 2027 for all of them.
        QCOMPARE(martinEntry.nextDeadline()->month, QDate(2026, 7, 1));
        QCOMPARE(martinEntry.nextDeadline()->deadline, QDate(2027, 5, 30));
        QCOMPARE(martinEntry.latestClaimId, august);
        QVERIFY2(martinEntry.problemText().contains(QStringLiteral("21,00")),
                 qPrintable(martinEntry.problemText()));

        const store::PortfolioEntry &roux = entries->at(2);
        QCOMPARE(roux.problem, PortfolioProblem::DeadlineNear);
        QCOMPARE(roux.nextDeadline()->daysLeft, 24);
        QCOMPARE(roux.hoursUsed, Hours());
        QCOMPARE(roux.hoursLeft(), Hours::fromWholeHours(500));

        QCOMPARE(entries->at(3).problem, PortfolioProblem::NoDecision);
        QVERIFY(!entries->at(3).decision);
        QVERIFY(entries->at(3).months.isEmpty());
    }

    void theCurrentDecisionIsTheOneOfTodayAndMonthsToComeAreNotDue() {
        const qint64 martin = establishment("73282932000074", "Boulangerie Martin");
        decision("73282932000074", "D-OLD", {2026, 3, 1}, {2026, 8, 31}, 100);
        decision("73282932000074", "D-NOW", {2026, 11, 1}, {2027, 4, 30}, 300);
        decision("73282932000074", "D-NEXT", {2027, 5, 1}, {2027, 10, 31}, 300);
        const qint64 elodie = employee(martin);
        // 9 h of 100 used on the old decision; 90 % of the current one is what counts.
        claim(martin, elodie, "D-OLD", {2026, 3, 1}, {{2026, 3, 2}}, 9);

        const auto entry = portfolio().readOne(*m_store->establishments().find(martin), m_today);
        QVERIFY2(entry, qPrintable(entry.error().message));
        QCOMPARE(entry->decision->number, QStringLiteral("D-NOW"));
        QCOMPARE(entry->hoursUsed, Hours());
        // March–August of the old decision, November and December of the current one.
        QCOMPARE(entry->months.size(), 8);
        QCOMPARE(entry->months.first().month, QDate(2026, 3, 1));
        QCOMPARE(entry->months.last().month, QDate(2026, 12, 1));
        QCOMPARE(entry->months.last().deadline, QDate(2027, 10, 30));
        // The old decision's March (in preparation) to August: 28 February 2027.
        QCOMPARE(entry->nextDeadline()->month, QDate(2026, 3, 1));
        QCOMPARE(entry->nextDeadline()->deadline, QDate(2027, 2, 28));
        QCOMPARE(entry->problem, PortfolioProblem::None);
        QVERIFY(entry->problemText().isEmpty());
    }

    // A month sent then corrected (version 2 in preparation) was filed: its deadline passing
    // is no problem, and the correction is what opens.
    void aCorrectionInPreparationLeavesItsMonthFiled() {
        const qint64 martin = establishment("73282932000074", "Boulangerie Martin");
        decision("73282932000074", "D1", {2026, 1, 1}, {2026, 2, 28}, 500);
        const qint64 elodie = employee(martin);
        qint64 correction = 0;
        for (const Day monday : {Day{2026, 1, 5}, Day{2026, 2, 2}}) {
            const qint64 id =
                claim(martin, elodie, "D1", {monday.year, monday.month, 1}, {monday}, 7);
            QVERIFY(m_store->claims().setStatus(id, store::ClaimStatus::Queued));
            QVERIFY(m_store->claims().setStatus(id, store::ClaimStatus::Sent));
            if (monday.month == 2)
                correction = m_store->claims().createCorrection(id)->id;
        }
        const auto entry = portfolio().readOne(*m_store->establishments().find(martin), m_today);
        QVERIFY2(entry, qPrintable(entry.error().message));
        QCOMPARE(entry->count(State::Filed), 2);
        QCOMPARE(entry->months[1].claimId, correction);
        QVERIFY(!entry->nextDeadline()); // the deadline, 28 August, has passed: nothing to file
        QCOMPARE(entry->problem, PortfolioProblem::None);
    }

    void aContingentNearlyUsedIsFlaggedAtNinetyPercent() {
        const qint64 martin = establishment("73282932000074", "Boulangerie Martin");
        decision("73282932000074", "D1", {2026, 9, 1}, {2027, 2, 28}, 10);
        const qint64 elodie = employee(martin);
        claim(martin, elodie, "D1", {2026, 9, 1}, {{2026, 9, 7}}, 8); // 8 h of 10: not yet
        QCOMPARE(portfolio().read(m_today)->first().problem, PortfolioProblem::None);
        claim(martin, elodie, "D1", {2026, 10, 1}, {{2026, 10, 5}}, 1); // 9 h of 10: 90 %
        QCOMPARE(portfolio().read(m_today)->first().problem,
                 PortfolioProblem::ContingentNearlyUsed);
        QCOMPARE(Portfolio::problemCode(PortfolioProblem::ContingentNearlyUsed),
                 QStringLiteral("contingent-nearly-used"));
    }

private:
    using Portfolio = store::Portfolio;
    struct Day {
        int year, month, day;
        operator QDate() const { return QDate(year, month, day); }
    };

    qint64 establishment(const char *siret, const char *name) {
        const auto id = m_store->establishments().add(
            testing::sampleEstablishment(QString::fromLatin1(siret), QString::fromUtf8(name)));
        if (!id)
            qFatal("establishment: %s", qPrintable(id.error().message));
        return *id;
    }
    void decision(const char *siret, const char *number, Day start, Day end, int hours) {
        auto d = testing::sampleDecision(QString::fromLatin1(number), start, end);
        d.siret = QString::fromLatin1(siret);
        d.authorisedHours = Hours::fromWholeHours(hours);
        if (!m_store->decisionCache().put(d))
            qFatal("decision %s", number);
    }
    qint64 employee(qint64 establishment) {
        const auto id = m_store->employees().add(testing::sampleEmployee(establishment));
        if (!id)
            qFatal("employee: %s", qPrintable(id.error().message));
        return *id;
    }
    // A claim in preparation with `chomees` hours not worked in each of `weeks` (35 h a week
    // indemnifiable: the sample employee works 39 h).
    qint64 claim(qint64 establishment, qint64 employee, const char *decision, Day month,
                 const QList<Day> &weeks, int chomees) {
        const auto claim =
            m_store->claims().create(establishment, QString::fromLatin1(decision), month);
        if (!claim)
            qFatal("claim: %s", qPrintable(claim.error().message));
        for (const Day &week : weeks) {
            store::WeekHours hours;
            hours.weekStart = week;
            hours.worked = Hours::fromWholeHours(35 - chomees);
            if (!m_store->claimLines().upsert(claim->id, employee, hours))
                qFatal("line of %s", qPrintable(QDate(week).toString()));
        }
        return claim->id;
    }
    Portfolio portfolio() const { return Portfolio(*m_store, *m_history); }

    static const domain::RatesTable &rates() {
        static const domain::RatesTable table =
            domain::RatesTable::parse(resources::builtInRatesJson()).value();
        return table;
    }

    const QDate m_today{2026, 12, 6};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    const domain::ClaimEngine m_engine{rates()};
    std::optional<store::ClaimHistory> m_history; // on m_store
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "test_portfolio.moc"
