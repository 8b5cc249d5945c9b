#include "store/decisioncacherepository.h"

#include "storetesthelpers.h"

using namespace apdesk;
using namespace apdesk::store;
using namespace apdesk::testing;

namespace {
CachedDecision decision(const QString &number, const QDate &start) {
    CachedDecision cached;
    cached.number = number;
    cached.siret = "73282932000074";
    cached.periodStart = start;
    cached.periodEnd = start.addMonths(6).addDays(-1);
    cached.form = 3;
    cached.scheme = "common";
    cached.authorisedHours = domain::Hours::fromWholeHours(1200);
    cached.authorisedHeadcount = 8;
    cached.fetchedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    return cached;
}
} // namespace

class TestDecisionCacheRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void keepsAndFindsADecision() {
        const CachedDecision cached = decision("0571234567", QDate(2026, 3, 1));
        QVERIFY(cache().put(cached));
        QCOMPARE(cache().find("0571234567").value(), std::optional<CachedDecision>(cached));
        QVERIFY(!cache().find("unknown").value().has_value());
    }

    void replacesWhatWasCachedUnderTheSameNumber() {
        QVERIFY(cache().put(decision("0571234567", QDate(2026, 3, 1))));
        CachedDecision refreshed = decision("0571234567", QDate(2026, 3, 1));
        refreshed.authorisedHours = domain::Hours::fromWholeHours(1500);
        refreshed.fetchedAt = {}; // stamped with the store's clock
        QVERIFY(cache().put(refreshed));
        const auto found = cache().find("0571234567").value();
        QVERIFY(found);
        QCOMPARE(found->authorisedHours, domain::Hours::fromWholeHours(1500));
        QCOMPARE(found->fetchedAt, fixedNow());
    }

    void listsADecisionsOfASiretLatestFirst() {
        QVERIFY(cache().put(decision("A", QDate(2026, 1, 1))));
        QVERIFY(cache().put(decision("B", QDate(2026, 7, 1))));
        CachedDecision other = decision("C", QDate(2026, 4, 1));
        other.siret = "55210055400013";
        QVERIFY(cache().put(other));
        QStringList numbers;
        for (const auto &cached : cache().listForSiret("73282932000074").value())
            numbers << cached.number;
        QCOMPARE(numbers, QStringList({"B", "A"}));
    }

    void refusesAnIncompleteDecision() {
        CachedDecision bad = decision("X", QDate(2026, 1, 1));
        bad.periodEnd = {};
        QCOMPARE(cache().put(bad).error().kind, ErrorKind::Invalid);
        bad = decision("X", QDate(2026, 1, 1));
        bad.form = 5;
        QCOMPARE(cache().put(bad).error().kind, ErrorKind::Invalid);
        QVERIFY(!cache().find("X").value().has_value());
    }

private:
    const DecisionCacheRepository &cache() const { return m_store->decisionCache(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDecisionCacheRepository)
#include "test_decisioncacherepository.moc"
