#include "claimfixtures.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace claimfixtures;

namespace {

QByteArray example(const QString &name) {
    QFile file(QStringLiteral(APDESK_TEST_DATA_DIR "/claims/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A small valid claim whose one field each bad case replaces.
const char *const smallClaim = R"({
  "month": "2021-03",
  "establishment": { "departement": "75", "sector": "common" },
  "decision": { "number": "D1", "start": "2021-01-01", "end": "2021-12-31", "form": "reduction",
                "scheme": "common", "authorisedHours": "1000", "authorisedHeadcount": 5 },
  "employees": [ { "matricule": "1", "nir": "184077512345643", "weeklyHours": "35",
                   "grossHourlyPay": "15.00" } ],
  "lines": [ { "matricule": "1", "week": "2021-03-08", "worked": "7,5" } ]
})";

// The small claim with `changes` (a JSON array) on its employee.
QByteArray withChanges(const char *changes) {
    QString json = QString::fromUtf8(smallClaim);
    json.replace(QStringLiteral("\"grossHourlyPay\": \"15.00\" }"),
                 QStringLiteral("\"grossHourlyPay\": \"15.00\", \"changes\": %1 }")
                     .arg(QString::fromUtf8(changes)));
    return json.toUtf8();
}

} // namespace

class TestClaimJson final : public QObject {
    Q_OBJECT

private slots:
    void readsTheSmallClaim() {
        const auto input = ClaimJson::read(smallClaim);
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->claim.year, 2021);
        QCOMPARE(input->claim.month, 3);
        QCOMPARE(input->claim.decision.form, ReductionForm::HoursReduction);
        QCOMPARE(input->claim.employees.first().grossHourlyPay, pay(1500));
        QCOMPARE(input->claim.lines.first().worked, h(750));
        QVERIFY(input->problems.isEmpty());
    }

    // Hourly pay to the ten-thousandth is read and written back as it was given.
    void hourlyPayKeepsFourDecimals() {
        QString json = QString::fromUtf8(smallClaim);
        json.replace(QStringLiteral("\"15.00\""), QStringLiteral("\"5.4325\""));
        const auto input = ClaimJson::read(json.toUtf8());
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->claim.employees.first().grossHourlyPay,
                 HourlyPay::fromTenThousandths(54325));
    }

    void structuralErrorsRefuseTheFile_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << "\"month\""
                                  << "month"
                                  << "JSON";
        QTest::newRow("bad month") << "\"2021-03\""
                                   << "\"mars\""
                                   << "demande.month";
        QTest::newRow("unknown sector") << "\"common\" }"
                                        << "\"S1\" }"
                                        << "establishment.sector";
        QTest::newRow("bad decision date") << "\"2021-12-31\""
                                           << "\"31/12/2021\""
                                           << "decision.end";
        QTest::newRow("bad pay") << "\"15.00\""
                                 << "\"quinze\""
                                 << "employees[0].grossHourlyPay";
        QTest::newRow("pay with five decimals") << "\"15.00\""
                                                << "\"5.43251\""
                                                << "employees[0].grossHourlyPay";
        QTest::newRow("bad week") << "\"2021-03-08\""
                                  << "\"semaine 10\""
                                  << "lines[0].week";
        QTest::newRow("headcount not an integer") << "5 }"
                                                  << "5.5 }"
                                                  << "decision.authorisedHeadcount";
    }
    void structuralErrorsRefuseTheFile() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, messagePart);
        QString json = QString::fromUtf8(smallClaim);
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        const auto input = ClaimJson::read(json.toUtf8());
        QVERIFY(!input);
        QVERIFY2(input.error().contains(messagePart), qPrintable(input.error()));
    }

    void malformedHourCellsAreBlockingProblems_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("two separators") << "\"7,5,5\""
                                        << "n'est pas une durée";
        QTest::newRow("negative") << "\"-3\""
                                  << "négatif";
        QTest::newRow("minutes over 59") << "\"7h75\""
                                         << "59";
    }
    void malformedHourCellsAreBlockingProblems() {
        QFETCH(QString, cell);
        QFETCH(QString, messagePart);
        QString json = QString::fromUtf8(smallClaim);
        json.replace(QStringLiteral("\"7,5\""), cell);
        const auto input = ClaimJson::read(json.toUtf8());
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->problems.size(), 1);
        const Problem &problem = input->problems.first();
        QCOMPARE(problem.level, Problem::Level::Blocking);
        QCOMPARE(problem.field, QStringLiteral("worked"));
        QCOMPARE(problem.week, QDate(2021, 3, 8));
        QVERIFY(problem.message.contains(QStringLiteral("semaine du 08/03/2021")));
        QVERIFY(problem.message.contains(QStringLiteral("heures travaillées")));
        QVERIFY2(problem.message.contains(messagePart), qPrintable(problem.message));
        QCOMPARE(input->claim.lines.first().worked, Hours()); // counted as 0
    }

    // A raise on the 17th, in the claim's file: read, computed per period, and each period
    // written in the result with its hours and hourly amounts.
    void aContractChangeIsReadAndItsPeriodsWritten() {
        const auto input = ClaimJson::read(
            withChanges(R"([ { "from": "2021-03-17", "grossHourlyPay": "16.5437" } ])"));
        QVERIFY2(input, qPrintable(input.error()));
        const ClaimEmployee &e = input->claim.employees.first();
        QCOMPARE(e.changes.size(), 1);
        QCOMPARE(e.changes.first().from, QDate(2021, 3, 17));
        QCOMPARE(e.changes.first().grossHourlyPay, HourlyPay::fromTenThousandths(165437));
        QVERIFY(!e.changes.first().weeklyHours);

        const auto result = ClaimEngine(rates()).compute(input->claim);
        const QJsonObject out = ClaimJson::write(input->claim, result, input->problems);
        const QJsonArray periods = out.value(QStringLiteral("employees"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("contractPeriods"))
                                       .toArray();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2021-03-17"));
        // 0,70 × 16,5437 = 11,58059 €/h.
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("indemnityHourly")).toString(),
                 QStringLiteral("11.58059"));
    }

    // What the program sends to the ASP: the claim written in the apdesk-claim format reads back
    // as the same claim, computed to the same amounts, its contract changes, entries, apprentices
    // and hours included.
    void aClaimWrittenForSendingReadsBackTheSame() {
        for (const char *name : {"march-2021-reduction.json", "april-2020-closure-alsace.json"}) {
            const auto input = ClaimJson::read(example(QString::fromLatin1(name)));
            QVERIFY2(input, qPrintable(input.error()));
            const QJsonObject written = ClaimJson::writeClaim(input->claim);
            const auto again = ClaimJson::read(QJsonDocument(written).toJson());
            QVERIFY2(again, qPrintable(again.error()));
            QCOMPARE(ClaimJson::writeClaim(again->claim), written);
            QCOMPARE(again->claim.employees.size(), input->claim.employees.size());
            QCOMPARE(again->claim.lines.size(), input->claim.lines.size());
            const auto before = ClaimEngine(rates()).compute(input->claim);
            const auto after = ClaimEngine(rates()).compute(again->claim);
            QCOMPARE(after.totalHours(), before.totalHours());
            QCOMPARE(after.totalIndemnity(), before.totalIndemnity());
            QCOMPARE(after.totalAllocation(), before.totalAllocation());
            QCOMPARE(after.problems(), before.problems());
        }
        const auto changed = ClaimJson::read(withChanges(
            R"([ { "from": "2021-03-17", "weeklyHours": "20", "grossHourlyPay": "16.5437" } ])"));
        QVERIFY2(changed, qPrintable(changed.error()));
        const auto again =
            ClaimJson::read(QJsonDocument(ClaimJson::writeClaim(changed->claim)).toJson());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->claim.employees.first().changes, changed->claim.employees.first().changes);
    }

    void anEmptyContractChangeIsRefused() {
        const auto input = ClaimJson::read(withChanges(R"([ { "from": "2021-03-17" } ])"));
        QVERIFY(!input);
        QVERIFY2(input.error().contains(QStringLiteral("employees[0].changes[0]")),
                 qPrintable(input.error()));
    }

    void writesTheDocumentedResult() {
        const auto input = ClaimJson::read(example(QStringLiteral("march-2021-reduction.json")));
        QVERIFY2(input, qPrintable(input.error()));
        const auto result = ClaimEngine(rates()).compute(input->claim);
        const QJsonObject json = ClaimJson::write(input->claim, result, input->problems);
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("apdesk-claim-result"));
        QCOMPARE(json.value(QStringLiteral("blocking")).toBool(), false);
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        // 001: 105 h × 10,50 = 1 102,50; 002: 23,02 h × 8,40 = 193,368 → 193,37;
        // 003 (apprentice at 5,43): 14 h × 5,43 = 76,02. Total 1 371,89 €.
        QCOMPARE(totals.value(QStringLiteral("indemnity")).toString(), QStringLiteral("1371.89"));
        QCOMPARE(totals.value(QStringLiteral("indemnityCents")).toInteger(), 137189);
        // 945,00 + 23,02 × 8,11 (floor) = 186,6922 → 186,69 + the apprentice below the SMIC,
        // whose allocation equals the indemnity in 2021 (ordonnance 2020-1639): 14 × 5,43 =
        // 76,02. Total 1 207,71 €.
        QCOMPARE(totals.value(QStringLiteral("allocationCents")).toInteger(), 120771);
        QCOMPARE(totals.value(QStringLiteral("hours")).toString(), QStringLiteral("142.02"));
        const QJsonObject first =
            json.value(QStringLiteral("employees")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("indemnifiableHours")).toString(),
                 QStringLiteral("105.00"));
        const QJsonArray weeks = first.value(QStringLiteral("weeks")).toArray();
        QCOMPARE(weeks.size(), 5);
        QCOMPARE(weeks.at(4).toObject().value(QStringLiteral("cap")).toString(),
                 QStringLiteral("21.00"));
        const QJsonArray why = first.value(QStringLiteral("indemnity"))
                                   .toObject()
                                   .value(QStringLiteral("why"))
                                   .toArray();
        QVERIFY(!why.isEmpty());
        QVERIFY(why.at(0)
                    .toObject()
                    .value(QStringLiteral("source"))
                    .toString()
                    .contains(QStringLiteral("2020-810")));
    }

    void theAlsaceExampleShowsItsBlockingProblems() {
        const auto input =
            ClaimJson::read(example(QStringLiteral("april-2020-closure-alsace.json")));
        QVERIFY2(input, qPrintable(input.error()));
        const auto result = ClaimEngine(rates()).compute(input->claim);
        const QJsonObject json = ClaimJson::write(input->claim, result, input->problems);
        QCOMPARE(json.value(QStringLiteral("blocking")).toBool(), true);
        QStringList fields;
        for (const auto &problem : json.value(QStringLiteral("problems")).toArray())
            fields.append(problem.toObject().value(QStringLiteral("field")).toString());
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("chomees"), QStringLiteral("chomees"),
                                      QStringLiteral("halfDaysNotWorked"), QStringLiteral("nir")}));
    }
};

QTEST_GUILESS_MAIN(TestClaimJson)
#include "test_claimjson.moc"
