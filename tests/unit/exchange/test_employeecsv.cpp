#include "exchange/employeecsv.h"

#include <QBuffer>
#include <QTest>

using apdesk::domain::ClaimEmployee;
using apdesk::domain::HourlyPay;
using apdesk::domain::Hours;
using apdesk::domain::Money;
using apdesk::exchange::CsvProblem;
using apdesk::exchange::EmployeeCsv;
using apdesk::exchange::EmployeeFile;

namespace {
EmployeeFile readText(const QString &text) {
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return EmployeeCsv::read(buffer);
}

const QString header = QStringLiteral("NIR;Matricule;Nom;Prénom;Heures hebdomadaires;"
                                      "Taux horaire brut;Taux horaire net;Date d'entrée;"
                                      "Date de sortie;Apprenti\n");
} // namespace

// The employees file: free column order, forgiving header names, every cell checked at its
// line and column.
class TestEmployeeCsv final : public QObject {
    Q_OBJECT

private slots:
    void matchesHeadersWhateverTheirSpelling_data() {
        QTest::addColumn<QString>("headerLine");
        QTest::addColumn<QString>("row");
        QTest::newRow("documented") << "NIR;Matricule;Nom;Prénom;Heures hebdomadaires;Taux "
                                       "horaire brut"
                                    << "184077512345657;001;Durand;Paul;39;15,00";
        QTest::newRow("other order")
            << "Taux horaire brut;Prénom;Heures hebdomadaires;Nom;Matricule;NIR"
            << "15,00;Paul;39;Durand;001;184077512345657";
        QTest::newRow("case, accents, spacing, punctuation")
            << "nir;MATRICULE;nom :;PRENOM;heures-hebdomadaires;Taux horaire brut (€)"
            << "184077512345657;001;Durand;Paul;39;15,00";
        QTest::newRow("aliases") << "N° SS;N° salarié;Nom de famille;Prénom;Durée hebdomadaire;"
                                    "Salaire horaire brut"
                                 << "184077512345657;001;Durand;Paul;39;15,00";
    }
    void matchesHeadersWhateverTheirSpelling() {
        QFETCH(QString, headerLine);
        QFETCH(QString, row);
        const EmployeeFile file = readText(headerLine + "\n" + row + "\n");
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        QCOMPARE(file.rows.size(), 1);
        const ClaimEmployee &e = file.rows[0].employee;
        QCOMPARE(e.nir, QStringLiteral("184077512345657"));
        QCOMPARE(e.matricule, QStringLiteral("001"));
        QCOMPARE(e.lastName, QStringLiteral("Durand"));
        QCOMPARE(e.firstName, QStringLiteral("Paul"));
        QCOMPARE(e.weeklyHours, Hours::fromWholeHours(39));
        QCOMPARE(e.grossHourlyPay, HourlyPay::fromCents(1500));
    }

    // An apprentice at 53 % of a SMIC of 10,25 €: 5,4325 € an hour, kept to the ten-thousandth,
    // and written back the same way.
    void keepsHourlyPayToFourDecimals() {
        const EmployeeFile file =
            readText(header + "184077512345657;001;Durand;Paul;35;5,4325;5,432;;;oui\n");
        QVERIFY(!file.blocking());
        const ClaimEmployee &e = file.rows.at(0).employee;
        QCOMPARE(e.grossHourlyPay, HourlyPay::fromTenThousandths(54325));
        QCOMPARE(e.usualNetHourlyPay, HourlyPay::fromTenThousandths(54320));
        QCOMPARE(e.grossHourlyPay->toString(QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("5,4325\u00a0€"));
        QCOMPARE(e.usualNetHourlyPay->toPlainString(QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("5,432"));
    }

    void readsEveryColumn() {
        const EmployeeFile file =
            readText(header + "1 84 07 75 123 456 57;A1;Durand;Paul;35h30;15.5;12,10;1/3/2019;"
                              "31/12/2021;oui\n");
        QVERIFY(!file.blocking());
        const ClaimEmployee &e = file.rows.at(0).employee;
        QCOMPARE(e.weeklyHours, Hours::fromHundredths(3550));
        QCOMPARE(e.grossHourlyPay, HourlyPay::fromCents(1550));
        QCOMPARE(e.usualNetHourlyPay, HourlyPay::fromCents(1210));
        QCOMPARE(e.entry, QDate(2019, 3, 1));
        QCOMPARE(e.exit, QDate(2021, 12, 31));
        QVERIFY(e.apprentice);
        QCOMPARE(file.rows.at(0).line, 2);
    }

    void readsForfaitJours() {
        const EmployeeFile file =
            readText("NIR;Matricule;Nom;Prénom;Forfait jours;Heures hebdomadaires;Taux horaire "
                     "brut\n184077512345657;F1;Durand;Paul;oui;;40\n");
        QVERIFY(!file.blocking());
        QVERIFY(file.rows.at(0).employee.forfaitJours);
    }

    // Each malformed file, and where its problem is reported.
    void reportsEachProblemAtItsLineAndColumn_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("NIR key")
            << header + "184077512345657;1;A;B;35;12;;;;\n184077512345658;2;C;D;35;12;;;;\n"
            << 3 << 1 << "La clé 58 ne correspond pas au numéro : la clé attendue est 57.";
        QTest::newRow("NIR twice")
            << header + "184077512345657;1;A;B;35;12;;;;\n184077512345657;2;C;D;35;12;;;;\n"
            << 3 << 1 << "Le NIR 1 84 07 75 123 456 57 figure déjà ligne 2";
        QTest::newRow("matricule twice")
            << header + "184077512345657;1;A;B;35;12;;;;\n269052A00412314;1;C;D;35;12;;;;\n"
            << 3 << 2 << "Le matricule « 1 » figure déjà ligne 2";
        QTest::newRow("empty name") << header + "184077512345657;1; ;B;35;12;;;;\n"
                                    << 2 << 3 << "Nom vide";
        QTest::newRow("hours not a number") << header + "184077512345657;1;A;B;trente;12;;;;\n"
                                            << 2 << 5 << "« trente » n'est pas une durée";
        QTest::newRow("hours zero")
            << header + "184077512345657;1;A;B;0;12;;;;\n"
            << 2 << 5 << "une durée hebdomadaire supérieure à 0 est attendue";
        QTest::newRow("minutes 75") << header + "184077512345657;1;A;B;7h75;12;;;;\n"
                                    << 2 << 5 << "les minutes doivent être comprises entre 0 et 59";
        QTest::newRow("pay missing") << header + "184077512345657;1;A;B;35;;;;;\n"
                                     << 2 << 6 << "Aucun montant";
        QTest::newRow("pay five decimals") << header + "184077512345657;1;A;B;35;12,34567;;;;\n"
                                           << 2 << 6 << "« 12,34567 » a plus de quatre décimales";
        QTest::newRow("net pay not an amount") << header + "184077512345657;1;A;B;35;12;douze;;;\n"
                                               << 2 << 7 << "« douze »";
        QTest::newRow("date not a date") << header + "184077512345657;1;A;B;35;12;;2019-13-01;;\n"
                                         << 2 << 8 << "n'est pas une date du calendrier";
        QTest::newRow("date in words")
            << header + "184077512345657;1;A;B;35;12;;1er mars;;\n"
            << 2 << 8 << "« 1er mars » n'est pas une date : une date jj/mm/aaaa est attendue";
        QTest::newRow("exit before entry")
            << header + "184077512345657;1;A;B;35;12;;01/03/2021;28/02/2021;\n"
            << 2 << 9 << "La date de sortie 28/02/2021 précède la date d'entrée 01/03/2021";
        QTest::newRow("apprentice neither yes nor no")
            << header + "184077512345657;1;A;B;35;12;;;;peut-être\n"
            << 2 << 10 << "« peut-être » n'est ni oui ni non";
        QTest::newRow("problem on the 4th line after a quoted line break")
            << header + "184077512345657;1;\"A\nB\";B;35;12;;;;\n269052A00412314;2;C;D;35;x;;;;\n"
            << 4 << 6 << "« x »";
        QTest::newRow("missing column")
            << "NIR;Matricule;Nom;Prénom;Heures hebdomadaires\n184077512345657;1;A;B;35\n"
            << 1 << 0 << "Colonne « Taux horaire brut » introuvable";
        QTest::newRow("column twice")
            << "NIR;Matricule;Nom;Nom;Prénom;Heures hebdomadaires;Taux horaire brut\n"
            << 1 << 4 << "La colonne « Nom » apparaît deux fois (colonnes 3 et 4)";
        QTest::newRow("neither weekly hours nor forfait")
            << "NIR;Matricule;Nom;Prénom;Taux horaire brut\n"
            << 1 << 0 << "Ni « Heures hebdomadaires » ni « Forfait jours »";
        QTest::newRow("unterminated quote") << header + "184077512345657;1;\"A;B;35;12;;;;\n"
                                            << 2 << 3 << "Guillemet non refermé";
        QTest::newRow("empty file") << "\n\n" << 0 << 0 << "Le fichier est vide";
    }
    void reportsEachProblemAtItsLineAndColumn() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const EmployeeFile file = readText(text);
        QVERIFY(file.blocking());
        const auto it = std::find_if(file.problems.begin(), file.problems.end(),
                                     [](const CsvProblem &p) { return p.isBlocking(); });
        QVERIFY(it != file.problems.end());
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
    }

    void keepsTheValidLinesAndCountsTheOthers() {
        const EmployeeFile file = readText(header + "184077512345657;1;A;B;35;12;;;;\n"
                                                    "184077512345658;2;C;D;35;12;;;;\n"
                                                    "269052A00412314;3;E;F;35;13;;;;\n");
        QCOMPARE(file.dataLines, 3);
        QCOMPARE(file.invalidLines, 1);
        QCOMPARE(file.rows.size(), 2);
        QCOMPARE(file.rows[1].line, 4);
    }

    void unknownColumnsAreWarnings() {
        const EmployeeFile file =
            readText("NIR;Matricule;Service;Nom;Prénom;Heures hebdomadaires;Taux horaire brut\n"
                     "184077512345657;1;Fournil;A;B;35;12\n");
        QVERIFY(!file.blocking());
        QCOMPARE(file.problems.size(), 1);
        QCOMPARE(file.problems[0].column, 3);
        QCOMPARE(file.problems[0].level, CsvProblem::Level::Warning);
        QCOMPARE(file.rows.size(), 1);
    }

    // Issue 17: a 1 MiB header cell of accented letters is an unknown column, reported with its
    // first 80 characters, and is not normalised (that took 29 s).
    void aHugeHeaderCellIsAnUnknownColumnQuotedShort() {
        const QString huge(1024 * 1024, QChar(u'é'));
        const EmployeeFile file = readText("NIR;Matricule;Nom;Prénom;Heures hebdomadaires;" + huge +
                                           ";Taux horaire brut\n"
                                           "184077512345657;1;A;B;35;x;12\n");
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message.left(200)));
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.problems.size(), 1);
        const CsvProblem &unknown = file.problems[0];
        QCOMPARE(unknown.level, CsvProblem::Level::Warning);
        QCOMPARE(unknown.column, 6);
        QCOMPARE(unknown.columnName, QString(80, QChar(u'é')) + QChar(0x2026));
        QVERIFY(unknown.message.size() < 200);
    }

    // Issue 17: the same line 300 times gives 299 NIR and 299 matricule duplicates; the first
    // 100 of each are listed, then one line each says how many more there are.
    void listsTheFirstProblemsOfEachKindAndCountsTheRest() {
        QString text = header;
        for (int i = 0; i < 300; ++i)
            text += "184077512345657;1;A;B;35;12;;;;\n";
        const EmployeeFile file = readText(text);
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.invalidLines, 299);
        QCOMPARE(file.problems.size(), 202);
        const CsvProblem &nirs = file.problems[200];
        QCOMPARE(nirs.column, 1);
        QCOMPARE(nirs.line, 103); // lines 3–102 are listed
        QVERIFY(nirs.isBlocking());
        // (Plural forms come from the catalogue, which this test does not load.)
        QVERIFY2(nirs.message.startsWith("… et 199 autre") &&
                     nirs.message.contains("à partir de la ligne 103"),
                 qPrintable(nirs.message));
        QCOMPARE(file.problems[201].column, 2);

        // A header of 5,000 unknown columns: 20 named, then their count.
        QString wide = "NIR;Matricule;Nom;Prénom;Heures hebdomadaires";
        for (int i = 0; i < 5000; ++i)
            wide += QStringLiteral(";c%1").arg(i);
        const EmployeeFile widely = readText(wide + "\n");
        QCOMPARE(widely.problems.size(), 22);
        QVERIFY2(widely.problems[20].message.contains("4980 autre"),
                 qPrintable(widely.problems[20].message));
        // The missing column's message names the first columns found, not all 5,005.
        QVERIFY(widely.problems[21].message.contains("Taux horaire brut"));
        QVERIFY(widely.problems[21].message.size() < 400);
    }

    void writesWhatItReads() {
        ClaimEmployee a;
        a.nir = "184077512345657";
        a.matricule = "001";
        a.lastName = "Durand; fils";
        a.firstName = "Paul \"Paulo\"";
        a.weeklyHours = Hours::fromHundredths(3550);
        a.grossHourlyPay = HourlyPay::fromCents(123456);
        a.usualNetHourlyPay = HourlyPay::fromCents(1190);
        a.entry = QDate(2021, 3, 10);
        a.exit = QDate(2021, 12, 31);
        ClaimEmployee b;
        b.nir = "269052A00412314";
        b.matricule = "";
        b.lastName = "Léa";
        b.forfaitJours = true;
        b.grossHourlyPay = HourlyPay::fromTenThousandths(54325); // 53 % of 10,25 €
        b.apprentice = true;
        b.changes = {
            {QDate(2021, 7, 1), std::nullopt, HourlyPay::fromTenThousandths(55120), std::nullopt}};
        a.changes = {{QDate(2021, 3, 15), Hours::fromWholeHours(35), std::nullopt, std::nullopt},
                     {QDate(2021, 4, 1), std::nullopt, HourlyPay::fromCents(1300),
                      HourlyPay::fromCents(1020)}};
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QVERIFY(EmployeeCsv::write(out, {a, b}));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFNIR;Matricule;Nom;"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("1234,56"));
        QVERIFY(bytes.contains(";5,4325;"));

        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        const EmployeeFile file = EmployeeCsv::read(in);
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        QCOMPARE(file.rows.size(), 2);
        QCOMPARE(file.rows[0].employee.displayName(), a.displayName());
        QCOMPARE(file.rows[0].employee.nir, a.nir);
        QCOMPARE(file.rows[0].employee.weeklyHours, a.weeklyHours);
        QCOMPARE(file.rows[0].employee.grossHourlyPay, a.grossHourlyPay);
        QCOMPARE(file.rows[0].employee.usualNetHourlyPay, a.usualNetHourlyPay);
        QCOMPARE(file.rows[0].employee.entry, a.entry);
        QCOMPARE(file.rows[0].employee.exit, a.exit);
        QCOMPARE(file.rows[1].employee.forfaitJours, true);
        QCOMPARE(file.rows[1].employee.apprentice, true);
        QCOMPARE(file.rows[1].employee.grossHourlyPay, b.grossHourlyPay);
        QCOMPARE(file.rows[1].employee.usualNetHourlyPay, std::nullopt);
        QCOMPARE(file.rows[1].employee.entry, QDate());
        QCOMPARE(file.rows[0].employee.changes, a.changes);
        QCOMPARE(file.rows[1].employee.changes, b.changes);
        QCOMPARE(file.dataLines, 5);
    }

    // Issue 13: a second line for the same NIR with a Date d'effet changes the contract from
    // that day on, as a payroll export gives it (every column repeated) or as a clerk types it
    // (only what changes).
    void readsContractChangesFromLinesWithADateDEffet() {
        const QString withEffect = header.trimmed() + QStringLiteral(";Date d'effet\n");
        const EmployeeFile file = readText(
            withEffect + "184077512345657;1;Durand;Paul;24;12;;01/09/2018;;non;\n"
                         "269052A00412314;2;Martin;Léa;35;11;;;;;\n"
                         "184077512345657;1;Durand;Paul;35;12;;01/09/2018;;non;15/03/2021\n"
                         "184077512345657;;;;;12,50;;;;;01/04/2021\n");
        QVERIFY2(!file.blocking(), qPrintable(file.problems.value(0).message));
        QCOMPARE(file.dataLines, 4);
        QCOMPARE(file.rows.size(), 2);
        const ClaimEmployee &paul = file.rows[0].employee;
        QCOMPARE(paul.weeklyHours, Hours::fromWholeHours(24));
        // The repeated pay of 12 € on the first change line is a change all the same.
        QCOMPARE(paul.changes,
                 (QList<apdesk::domain::ContractChange>{
                     {QDate(2021, 3, 15), Hours::fromWholeHours(35), HourlyPay::fromCents(1200),
                      std::nullopt},
                     {QDate(2021, 4, 1), std::nullopt, HourlyPay::fromCents(1250), std::nullopt}}));
        QVERIFY(file.rows[1].employee.changes.isEmpty());
    }

    void reportsChangeLinesThatCannotBe_data() {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString paul = "184077512345657;1;Durand;Paul;24;12;;01/09/2018;;;\n";
        QTest::newRow("no line of the employee before")
            << "184077512345657;1;Durand;Paul;35;;;;;;15/03/2021\n" + paul << 2 << 11
            << "Aucune ligne sans date d'effet pour le NIR 1 84 07 75 123 456 57 avant celle-ci";
        QTest::newRow("the employee's line refused")
            << "184077512345657;1;Durand;Paul;24;douze;;;;;\n"
               "184077512345657;1;Durand;Paul;35;;;;;;15/03/2021\n"
            << 3 << 11 << "La ligne 2 du contrat de départ de ce salarié est refusée";
        QTest::newRow("not a date") << paul + "184077512345657;;;;35;;;;;;15 mars\n"
                                    << 3 << 11 << "« 15 mars » n'est pas une date";
        QTest::newRow("nothing changes") << paul + "184077512345657;;;;;;;;;;15/03/2021\n"
                                         << 3 << 11 << "ne change rien";
        QTest::newRow("before the entry") << paul + "184077512345657;;;;35;;;;;;01/01/2018\n"
                                          << 3 << 11 << "ne suit pas l'entrée du salarié";
        QTest::newRow("two changes on one day")
            << paul + "184077512345657;;;;35;;;;;;15/03/2021\n"
                      "184077512345657;;;;;13;;;;;15/03/2021\n"
            << 4 << 11 << "Deux changements prennent effet le 15/03/2021";
        QTest::newRow("another entry date")
            << paul + "184077512345657;;;;35;;;02/09/2018;;;15/03/2021\n"
            << 3 << 8 << "« 02/09/2018 » diffère de la ligne 2 du salarié";
        QTest::newRow("another matricule") << paul + "184077512345657;7;;;35;;;;;;15/03/2021\n"
                                           << 3 << 2 << "« 7 » diffère de la ligne 2 du salarié";
        QTest::newRow("hours of 49") << paul + "184077512345657;;;;49;;;;;;15/03/2021\n"
                                     << 3 << 5 << "48 heures au plus";
        QTest::newRow("a second line without a date d'effet")
            << paul + "184077512345657;1;Durand;Paul;35;12;;;;;\n"
            << 3 << 1 << "un changement de contrat se donne avec une « Date d'effet »";
    }
    void reportsChangeLinesThatCannotBe() {
        QFETCH(QString, lines);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const EmployeeFile file =
            readText(header.trimmed() + QStringLiteral(";Date d'effet\n") + lines);
        QVERIFY(file.blocking());
        const auto it =
            std::find_if(file.problems.begin(), file.problems.end(),
                         [line](const CsvProblem &p) { return p.isBlocking() && p.line == line; });
        QVERIFY(it != file.problems.end());
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
    }
};

QTEST_GUILESS_MAIN(TestEmployeeCsv)
#include "test_employeecsv.moc"
