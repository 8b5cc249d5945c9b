#include "builtinrates.h"
#include "domain/claim/ratestable.h"

#include <QTest>

using apdesk::domain::RateCategory;
using apdesk::domain::RatesTable;

namespace {

// A small valid table; each bad case below breaks one thing in it.
const char *const minimalTable = R"({
  "rates": [
    { "from": "2020-03-01",
      "indemnity": { "common": "70", "protected": "70", "closed": "70", "apld": null },
      "allocation": { "common": "70", "protected": "70", "closed": "70", "apld": null },
      "source": "Décret 2020-325" },
    { "from": "2020-06-01",
      "indemnity": { "common": "70", "protected": "70", "closed": "70", "apld": null },
      "allocation": { "common": "60", "protected": "70", "closed": "70", "apld": null },
      "source": "Décret 2020-810", "note": "a note" }
  ],
  "floors": [ { "from": "2020-03-01", "indemnity": "8.03", "allocationCommon": "8.03",
                "allocation70": "8.03", "allocationApld": null, "source": "Décret 2020-325" } ],
  "smic": [ { "from": "2020-01-01", "hourlyGross": "10.15", "source": "SMIC 2020" } ],
  "payCaps": [ { "from": "2020-03-01", "indemnitySmicMultiple": null,
                 "allocationSmicMultiple": "4.5", "netPayCap": false, "source": "Décret" },
               { "from": "2020-07-31",
                 "indemnitySmicMultiple": { "common": null, "protected": null, "closed": null,
                                            "apld": "4.5" },
                 "allocationSmicMultiple": "4.5", "netPayCap": false, "source": "Décret 2020-926" } ],
  "annualHourCaps": [ { "from": "2020-01-01", "hours": "1607", "source": "Arrêté" } ],
  "apld": [ { "from": "2020-07-31", "commonLawAllocationWhenHigher": false, "source": "Art. 7" } ],
  "apprentices": [ { "from": "2020-03-01", "allocationEqualsIndemnityBelowSmic": false,
                     "allocationAtMostIndemnity": true, "source": "R5122-18" } ]
})";

int rate(const RatesTable &table, QDate date, bool indemnity, RateCategory category) {
    const auto row = table.ratesAt(date);
    const auto &column = indemnity ? row->indemnity : row->allocation;
    return int(column[int(category)].value_or(-1));
}

} // namespace

class TestRatesTable final : public QObject {
    Q_OBJECT

private slots:
    void minimalTableParses() {
        const auto table = RatesTable::parse(minimalTable);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->rates().size(), 2);
        QCOMPARE(table->rates().at(1).origin.note, QStringLiteral("a note"));
        QCOMPARE(table->payCapsAt(QDate(2020, 4, 1))->allocationSmicMultiple, qint64(450));
        // One value for every category, or one per category.
        const auto firstCaps = table->payCapsAt(QDate(2020, 4, 1))->indemnitySmicMultiple;
        for (const auto &cap : firstCaps)
            QVERIFY(!cap.has_value());
        const auto caps = table->payCapsAt(QDate(2020, 8, 1))->indemnitySmicMultiple;
        QVERIFY(!caps[int(RateCategory::Common)].has_value());
        QCOMPARE(caps[int(RateCategory::Apld)], qint64(450));
        QCOMPARE(table->apldRulesAt(QDate(2020, 8, 1))->commonLawAllocationWhenHigher, false);
        QVERIFY(!table->apldRulesAt(QDate(2020, 7, 30)));
        QCOMPARE(table->apprenticeRulesAt(QDate(2020, 4, 1))->allocationAtMostIndemnity, true);
    }

    void builtInTableParsesAndEveryRowHasASource() {
        const auto table = RatesTable::parse(apdesk::resources::builtInRatesJson());
        QVERIFY2(table, qPrintable(table.error()));
        for (const auto &row : table->rates())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->floors())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->smic())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->payCaps())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->annualHourCaps())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->apldRules())
            QVERIFY(!row.origin.source.isEmpty());
        for (const auto &row : table->apprenticeRules())
            QVERIFY(!row.origin.source.isEmpty());
        QCOMPARE(table->smic().size(), 10);
        QCOMPARE(table->floors().size(), 13);
    }

    void builtInTableKeepsItsUnverifiedAndInferredNotes() {
        const auto table = RatesTable::parse(apdesk::resources::builtInRatesJson());
        QVERIFY(table->ratesAt(QDate(2022, 4, 1))->origin.note.contains(QStringLiteral("INFÉRÉ")));
        QVERIFY(table->floorsAt(QDate(2021, 6, 15))
                    ->origin.note.contains(QStringLiteral("NON VÉRIFIÉ")));
        // Issue 13: the reading of the APLD comparison, and the apprentice rule of unknown date.
        QVERIFY(table->apldRulesAt(QDate(2020, 11, 1))
                    ->origin.note.contains(QStringLiteral("montants horaires")));
        QVERIFY(table->apprenticeRulesAt(QDate(2020, 3, 1))
                    ->origin.note.contains(QStringLiteral("NON VÉRIFIÉ")));
    }

    void builtInTableAnswersByDate_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("indemnity");
        QTest::addColumn<int>("basis"); // hundredths of a percent, -1 = no column
        QTest::newRow("May 2020 allocation") << QDate(2020, 5, 31) << 0 << false << 7000;
        QTest::newRow("June 2020 allocation") << QDate(2020, 6, 1) << 0 << false << 6000;
        QTest::newRow("June 2020 protected") << QDate(2020, 6, 1) << 1 << false << 7000;
        QTest::newRow("APLD before 31/07/2020") << QDate(2020, 7, 30) << 3 << true << -1;
        QTest::newRow("APLD from 31/07/2020") << QDate(2020, 7, 31) << 3 << true << 7000;
        QTest::newRow("June 2021 allocation") << QDate(2021, 6, 1) << 0 << false << 5200;
        QTest::newRow("July 2021 indemnity") << QDate(2021, 7, 1) << 0 << true << 6000;
        QTest::newRow("July 2021 allocation") << QDate(2021, 7, 1) << 0 << false << 3600;
        QTest::newRow("Aug 2021 protected alloc") << QDate(2021, 8, 1) << 1 << false << 5200;
        QTest::newRow("Sept 2021 protected ind") << QDate(2021, 9, 1) << 1 << true << 6000;
        QTest::newRow("Mar 2022 closed alloc") << QDate(2022, 3, 31) << 2 << false << 7000;
        QTest::newRow("Apr 2022 closed alloc") << QDate(2022, 4, 1) << 2 << false << 3600;
    }
    void builtInTableAnswersByDate() {
        QFETCH(QDate, date);
        QFETCH(int, category);
        QFETCH(bool, indemnity);
        QFETCH(int, basis);
        const auto table = RatesTable::parse(apdesk::resources::builtInRatesJson());
        QCOMPARE(rate(*table, date, indemnity, RateCategory(category)), basis);
    }

    void aDateNoRowCoversIsAnError() {
        const auto table = RatesTable::parse(apdesk::resources::builtInRatesJson());
        const auto rates = table->ratesAt(QDate(2020, 2, 29));
        QVERIFY(!rates);
        QVERIFY(rates.error().contains(QStringLiteral("Aucune ligne")));
        QVERIFY(rates.error().contains(QStringLiteral("29/02/2020")));
        QVERIFY(!table->floorsAt(QDate(2019, 12, 31)));
        QVERIFY(!table->smicAt(QDate(2019, 12, 31)));
        QVERIFY(table->smicAt(QDate(2025, 6, 1)));
    }

    void badRowsAreRejectedWithSectionRowAndField_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("messageParts");
        const auto row2 = QStringLiteral("\"allocation\": { \"common\": \"60\"");
        QTest::newRow("not JSON") << "\"rates\": ["
                                  << "\"rates\": [[" << QStringList{"JSON"};
        QTest::newRow("percentage as a number")
            << row2 << "\"allocation\": { \"common\": 60"
            << QStringList{"« rates »", "ligne 2", "allocation.common", "sans guillemets"};
        QTest::newRow("percentage above 100")
            << row2 << "\"allocation\": { \"common\": \"160\""
            << QStringList{"ligne 2", "allocation.common", "« 160 »"};
        QTest::newRow("missing category")
            << "\"closed\": \"70\", \"apld\": null },\n      \"source\": \"Décret 2020-810\""
            << "\"apld\": null },\n      \"source\": \"Décret 2020-810\""
            << QStringList{"ligne 2", "allocation.closed", "rien"};
        QTest::newRow("dates out of order")
            << "\"from\": \"2020-06-01\""
            << "\"from\": \"2020-02-01\"" << QStringList{"ligne 2", "« from »", "2020-03-01"};
        QTest::newRow("bad date") << "\"from\": \"2020-06-01\""
                                  << "\"from\": \"01/06/2020\""
                                  << QStringList{"ligne 2", "AAAA-MM-JJ"};
        QTest::newRow("no source") << "\"source\": \"Décret 2020-810\""
                                   << "\"source\": \"  \"" << QStringList{"ligne 2", "« source »"};
        QTest::newRow("bad floor")
            << "\"indemnity\": \"8.03\""
            << "\"indemnity\": \"8,03 €\"" << QStringList{"« floors »", "ligne 1", "« indemnity »"};
        QTest::newRow("floor with 3 decimals")
            << "\"indemnity\": \"8.03\""
            << "\"indemnity\": \"8.035\"" << QStringList{"« floors »", "« indemnity »"};
        QTest::newRow("misspelt field")
            << "\"allocation70\""
            << "\"allocation_70\"" << QStringList{"« floors »", "allocation_70", "inconnu"};
        QTest::newRow("null where required")
            << "\"hourlyGross\": \"10.15\""
            << "\"hourlyGross\": null" << QStringList{"« smic »", "ligne 1", "hourlyGross", "null"};
        QTest::newRow("netPayCap not a boolean")
            << "\"netPayCap\": false"
            << "\"netPayCap\": \"non\"" << QStringList{"« payCaps »", "netPayCap", "true ou false"};
        QTest::newRow("zero hours")
            << "\"hours\": \"1607\""
            << "\"hours\": \"0\"" << QStringList{"« annualHourCaps »", "« hours »"};
        QTest::newRow("cap of one category missing")
            << "\"closed\": null,\n                                            \"apld\": \"4.5\""
            << "\"apld\": \"4.5\""
            << QStringList{"« payCaps »", "ligne 2", "indemnitySmicMultiple.closed", "rien"};
        QTest::newRow("APLD rule not a boolean")
            << "\"commonLawAllocationWhenHigher\": false"
            << "\"commonLawAllocationWhenHigher\": \"oui\""
            << QStringList{"« apld »", "ligne 1", "commonLawAllocationWhenHigher", "true ou false"};
        QTest::newRow("apprentice rule missing")
            << "\"allocationAtMostIndemnity\": true, "
            << "" << QStringList{"« apprentices »", "allocationAtMostIndemnity", "rien"};
        QTest::newRow("unknown category in a rate")
            << row2 << "\"allocation\": { \"comon\": \"1\", \"common\": \"60\""
            << QStringList{"« rates »", "ligne 2", "allocation.comon", "inconnu"};
        QTest::newRow("unknown category in a cap")
            << "\"apld\": \"4.5\" }"
            << "\"apld\": \"4.5\", \"apprenti\": \"4.5\" }"
            << QStringList{"« payCaps »", "indemnitySmicMultiple.apprenti", "inconnu"};
        // A table written before the APLD and apprentices' rules were in it: refused, saying
        // what to add, rather than computing those claims by the wrong rules.
        QTest::newRow("table older than the APLD rules")
            << "\"apld\": [ {"
            << "\"unused\": [ {" << QStringList{"« apld »", "manque", "rates.json"};
        QTest::newRow("missing section")
            << "\"annualHourCaps\""
            << "\"annualCaps\"" << QStringList{"annualHourCaps", "manque"};
    }
    void badRowsAreRejectedWithSectionRowAndField() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, messageParts);
        QString json = QString::fromUtf8(minimalTable);
        QVERIFY2(json.contains(from), qPrintable(from));
        json.replace(json.indexOf(from), from.size(), to);
        const auto table = RatesTable::parse(json.toUtf8());
        QVERIFY(!table);
        for (const auto &part : messageParts)
            QVERIFY2(table.error().contains(part), qPrintable(table.error()));
    }
};

QTEST_GUILESS_MAIN(TestRatesTable)
#include "test_ratestable.moc"
