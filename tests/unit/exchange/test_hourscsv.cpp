#include "domain/claim/monthweeks.h"
#include "exchange/hourscheck.h"
#include "exchange/hourscsv.h"

#include <QBuffer>
#include <QTest>

using apdesk::domain::ClaimEmployee;
using apdesk::domain::Hours;
using apdesk::domain::MonthWeeks;
using apdesk::domain::ReductionForm;
using apdesk::exchange::CsvProblem;
using apdesk::exchange::HoursCheck;
using apdesk::exchange::HoursCsv;
using apdesk::exchange::HoursFile;
using apdesk::exchange::HoursMatch;
using apdesk::exchange::HoursRow;

namespace {
HoursFile readText(const QString &text) {
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return HoursCsv::read(buffer);
}

QList<ClaimEmployee> employees() {
    ClaimEmployee paul;
    paul.nir = "184077512345657";
    paul.matricule = "001";
    paul.weeklyHours = Hours::fromWholeHours(35);
    ClaimEmployee lea;
    lea.nir = "269052A00412314";
    lea.matricule = "002";
    lea.forfaitJours = true;
    return {paul, lea};
}

// April 2021: Thursday 1st to Friday 30th; Easter Monday on the 5th.
const MonthWeeks april2021(2021, 4, QStringLiteral("75"));
} // namespace

// The hours file, and its check against a claim apart from the store.
class TestHoursCsv final : public QObject {
    Q_OBJECT

private slots:
    void readsTheWaysHoursAreWritten_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("hundredths");
        QTest::newRow("whole") << "7" << qint64(700);
        QTest::newRow("decimal comma") << "7,5" << qint64(750);
        QTest::newRow("decimal point") << "7.5" << qint64(750);
        QTest::newRow("7h30") << "7h30" << qint64(750);
        QTest::newRow("7:30") << "7:30" << qint64(750);
        QTest::newRow("empty is 0") << "" << qint64(0);
    }
    void readsTheWaysHoursAreWritten() {
        QFETCH(QString, cell);
        QFETCH(qint64, hundredths);
        const HoursFile file = readText("Matricule;Semaine du;Heures travaillées\n001;05/04/2021;" +
                                        (cell.contains(u',') ? '"' + cell + '"' : cell) + "\n");
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        QCOMPARE(file.rows.at(0).worked.hundredths(), hundredths);
    }

    void readsEveryColumn() {
        const HoursFile file =
            readText("nir,semaine du,heures travaillees,heures assimilees,heures chomees,jours "
                     "chomes\n\"1 84 07 75 123 456 57\",29/03/2021,\"1,5\",7,0,\"1,5\"\n");
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        const HoursRow &row = file.rows.at(0);
        QCOMPARE(row.nir, QStringLiteral("184077512345657"));
        QCOMPARE(row.week, QDate(2021, 3, 29));
        QCOMPARE(row.worked, Hours::fromHundredths(150));
        QCOMPARE(row.treatedAsWorked, Hours::fromWholeHours(7));
        QCOMPARE(row.halfDaysNotWorked, 3);
        QVERIFY(file.hasWorked && file.hasTreatedAsWorked && file.hasChomees &&
                file.hasDaysNotWorked);
    }

    void reportsEachProblemAtItsLineAndColumn_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString header = "Matricule;Semaine du;Heures travaillées;Jours chômés\n";
        QTest::newRow("no employee column") << "Semaine du;Heures travaillées\n"
                                            << 1 << 0 << "Ni « NIR » ni « Matricule »";
        QTest::newRow("no hours column") << "NIR;Semaine du\n"
                                         << 1 << 0 << "Aucune colonne d'heures";
        QTest::newRow("no week column") << "NIR;Heures travaillées\n"
                                        << 1 << 0 << "Colonne « Semaine du » introuvable";
        QTest::newRow("no employee") << header + ";05/04/2021;7;\n"
                                     << 2 << 1 << "Ni NIR ni matricule";
        QTest::newRow("week not a date") << header + "001;semaine 14;7;\n"
                                         << 2 << 2 << "« semaine 14 » n'est pas une date";
        QTest::newRow("negative hours") << header + "001;05/04/2021;-7;\n"
                                        << 2 << 3 << "« -7 » est négatif";
        QTest::newRow("quarter days") << header + "001;05/04/2021;;1,25\n"
                                      << 2 << 4 << "par demi-journées";
        QTest::newRow("third line") << header + "001;05/04/2021;7;\r\n002;12/04/2021;7h60;\r\n"
                                    << 3 << 3 << "les minutes doivent être comprises entre 0 et 59";
    }
    void reportsEachProblemAtItsLineAndColumn() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const HoursFile file = readText(text);
        QVERIFY(file.blocking());
        const auto it = std::find_if(file.problems.begin(), file.problems.end(),
                                     [](const CsvProblem &p) { return p.isBlocking(); });
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
    }

    // "Semaine du" may be any day of the Monday–Sunday week, even in the neighbouring month:
    // it designates this month's part of that week, whose first day the matched line carries.
    void matchesWeeksAndEmployees_data() {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QDate>("weekStart");
        QTest::addColumn<qsizetype>("employee");
        QTest::newRow("Monday of March for April's first part")
            << "184077512345657;;29/03/2021;7" << QDate(2021, 4, 1) << qsizetype(0);
        QTest::newRow("Sunday") << ";001;11/04/2021;7" << QDate(2021, 4, 5) << qsizetype(0);
        QTest::newRow("a Wednesday") << ";002;14/04/2021;" << QDate(2021, 4, 12) << qsizetype(1);
        QTest::newRow("May's days of the last week")
            << ";002;02/05/2021;" << QDate(2021, 4, 26) << qsizetype(1);
        QTest::newRow("NIR and matricule agree")
            << "269052A00412314;002;19/04/2021;" << QDate(2021, 4, 19) << qsizetype(1);
    }
    void matchesWeeksAndEmployees() {
        QFETCH(QString, row);
        QFETCH(QDate, weekStart);
        QFETCH(qsizetype, employee);
        const HoursFile file =
            readText("NIR;Matricule;Semaine du;Heures travaillées;Jours chômés\n" + row + ";1\n");
        QVERIFY(!file.blocking());
        const HoursMatch match =
            HoursCheck::match(file, employees(), april2021, ReductionForm::HoursReduction);
        QVERIFY2(!match.blocking(), qPrintable(match.problems.value(0).message));
        QCOMPARE(match.lines.size(), 1);
        QCOMPARE(match.lines[0].claimLine.week, weekStart);
        QCOMPARE(match.lines[0].employee, employee);
        QCOMPARE(match.lines[0].claimLine.matricule, employees()[employee].matricule);
    }

    void refusesWhatTheClaimCannotTake_data() {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown NIR") << "184077512345558;;06/04/2021;7\n"
                                     << 2 << 1 << "Aucun salarié de NIR 184077512345558";
        QTest::newRow("unknown matricule") << ";009;06/04/2021;7\n"
                                           << 2 << 2 << "Aucun salarié de matricule « 009 »";
        QTest::newRow("NIR and matricule disagree")
            << "184077512345657;002;06/04/2021;7\n"
            << 2 << 2 << "Le matricule « 002 » ne correspond pas au NIR 184077512345657";
        QTest::newRow("week outside the month")
            << ";001;03/05/2021;7\n"
            << 2 << 3
            << "La semaine du 03/05/2021 ne touche pas le mois de la demande (avril 2021)";
        QTest::newRow("week twice")
            << ";001;06/04/2021;7\n;001;05/04/2021;7\n;001;09/04/2021;7\n"
            << 3 << 3
            << "Les heures de ce salarié pour la semaine du 05/04/2021 figurent déjà ligne 2";
    }
    void refusesWhatTheClaimCannotTake() {
        QFETCH(QString, rows);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const HoursFile file = readText("NIR;Matricule;Semaine du;Heures travaillées\n" + rows);
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        const HoursMatch match =
            HoursCheck::match(file, employees(), april2021, ReductionForm::HoursReduction);
        QVERIFY(match.blocking());
        QVERIFY2(match.problems[0].message.contains(message),
                 qPrintable(match.problems[0].message));
        QCOMPARE(match.problems[0].line, line);
        QCOMPARE(match.problems[0].column, column);
        QCOMPARE(match.lines.size() + match.invalidLines, file.rows.size());
    }

    // Issue 17: 250 lines of an unknown matricule and one good line: 100 problems listed and
    // one saying 150 more, every bad line counted invalid, the good one kept.
    void listsTheFirstProblemsOfEachKindAndCountsTheRest() {
        QString text = "NIR;Matricule;Semaine du;Heures travaillées\n";
        for (int i = 0; i < 250; ++i)
            text += ";009;06/04/2021;7\n";
        text += ";001;06/04/2021;7\n";
        const HoursMatch match = HoursCheck::matchFile(readText(text), employees(), april2021,
                                                       ReductionForm::HoursReduction);
        QCOMPARE(match.invalidLines, 250);
        QCOMPARE(match.lines.size(), 1);
        QCOMPARE(match.problems.size(), 101);
        QCOMPARE(match.problems.last().line, 102);
        QVERIFY2(match.problems.last().message.startsWith("… et 150 autre"),
                 qPrintable(match.problems.last().message));
    }

    void asksForTheColumnsOfTheClaimsForm() {
        const HoursFile file =
            readText("Matricule;Semaine du;Heures travaillées\n001;06/04/2021;7\n");
        QVERIFY(!HoursCheck::match(file, employees(), april2021, ReductionForm::HoursReduction)
                     .blocking());
        const HoursMatch closure =
            HoursCheck::match(file, employees(), april2021, ReductionForm::TemporaryClosure);
        QVERIFY(closure.blocking());
        QVERIFY(closure.problems[0].message.contains(QStringLiteral("« Heures chômées »")));
        QCOMPARE(closure.problems[0].line, 1);
    }

    // The progress callback sees the bytes read and can stop a long reading (the UI's cancel).
    void reportsProgressAndStopsWhenAsked() {
        QString text = "Matricule;Semaine du;Heures travaillées\n";
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("%1;05/04/2021;7\n").arg(i);
        QByteArray bytes = text.toUtf8();
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<qint64> seen;
        HoursFile file = HoursCsv::read(buffer, [&](qint64 read) {
            seen << read;
            return true;
        });
        QVERIFY(!file.cancelled);
        QCOMPARE(file.rows.size(), 5000);
        QCOMPARE(seen.size(), 5);
        QVERIFY(seen.last() > 0 && seen.last() <= bytes.size());

        buffer.seek(0);
        file = HoursCsv::read(buffer, [](qint64) { return false; });
        QVERIFY(file.cancelled);
        QCOMPARE(file.rows.size(), 999);
    }

    void writesWhatItReads() {
        HoursRow a;
        a.nir = "184077512345657";
        a.matricule = "001";
        a.week = QDate(2021, 4, 1);
        a.worked = Hours::fromHundredths(733);
        a.treatedAsWorked = Hours::fromWholeHours(7);
        HoursRow b;
        b.nir = "269052A00412314";
        b.matricule = "0;2";
        b.week = QDate(2021, 4, 26);
        b.halfDaysNotWorked = 5;
        b.chomees = Hours::fromHundredths(1);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QVERIFY(HoursCsv::write(out, {a, b}));
        QVERIFY(bytes.contains("01/04/2021;7,33;7,00;0,00;0\r\n"));
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        HoursFile file = HoursCsv::read(in);
        QVERIFY(!file.blocking());
        a.line = 2;
        b.line = 3;
        QCOMPARE(file.rows, (QList<HoursRow>{a, b}));
    }
};

QTEST_GUILESS_MAIN(TestHoursCsv)
#include "test_hourscsv.moc"
