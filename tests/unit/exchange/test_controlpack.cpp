// The control pack's PDF (issue 16) written from a claim and its result, read back with
// pdftotext (Debian's poppler-utils): pages, repeated table headers, the foot of each page, and
// a cancelled writing that leaves no file.
#include "exchange/controlpack.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using domain::Hours;
using domain::Money;

namespace {

// Two employees, and as many warnings as it takes for the checks' table to run over pages.
void sampleClaim(domain::Claim &claim, domain::ClaimResult &result, int warnings) {
    claim.establishment.siret = QStringLiteral("73282932000074");
    claim.decision.number = QStringLiteral("075-2026-0042");
    claim.decision.start = QDate(2026, 3, 1);
    claim.decision.end = QDate(2026, 8, 31);
    claim.decision.authorisedHours = Hours::fromWholeHours(1200);
    claim.decision.authorisedHeadcount = 12;
    claim.year = 2026;
    claim.month = 4;
    for (const char *name : {"Bernard", "Dupont"}) {
        domain::ClaimEmployee e;
        e.lastName = QString::fromLatin1(name);
        e.firstName = QStringLiteral("Élodie");
        e.matricule = QStringLiteral("M-%1").arg(claim.employees.size() + 1);
        e.nir = QStringLiteral("269054958815780");
        e.weeklyHours = Hours::fromWholeHours(35);
        claim.employees << e;
        domain::EmployeeResult r;
        r.matricule = e.matricule;
        r.weeks << domain::WeekResult{QDate(2026, 4, 6),         QDate(2026, 4, 6),
                                      QDate(2026, 4, 12),        Hours::fromWholeHours(35),
                                      Hours::fromWholeHours(21), {},
                                      Hours::fromWholeHours(14)};
        r.indemnifiableHours = Hours::fromWholeHours(14);
        r.amountsComputed = true;
        r.indemnity = Money::fromCents(15554);
        r.allocation = Money::fromCents(12348);
        domain::RateUse rate;
        rate.what = QStringLiteral("Taux de l'indemnité");
        rate.value = QStringLiteral("60 %");
        rate.row.section = QStringLiteral("rates");
        rate.row.number = 4;
        rate.row.from = QDate(2022, 4, 1);
        rate.row.source = QStringLiteral("Décret 2022-241 du 24 février 2022");
        r.indemnityWhy << rate;
        result.employees << r;
    }
    for (int i = 0; i < warnings; ++i)
        result.claimProblems << domain::Problem{domain::Problem::Level::Warning,
                                                {},
                                                {},
                                                {},
                                                QStringLiteral("Avertissement numéro %1").arg(i)};
}

QStringList pagesOf(const QString &pdf) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    // pdftotext ends each page with a form feed.
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestControlPack final : public QObject {
    Q_OBJECT

private slots:
    void aLongTableRepeatsItsHeaderOnEveryPage() {
        domain::Claim claim;
        domain::ClaimResult result;
        sampleClaim(claim, result, 150);
        exchange::ControlPackInfo info;
        info.establishmentName = QStringLiteral("Boulangerie Martin");
        info.status = QStringLiteral("En préparation");
        info.programVersion = QStringLiteral("9.9.9");
        info.printedAt = QDateTime(QDate(2026, 12, 6), QTime(10, 30));
        const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
        const auto written = exchange::ControlPack::write(path, info, claim, result);
        QVERIFY2(written, qPrintable(written.error()));

        const QStringList pages = pagesOf(path);
        QCOMPARE(pages.size(), written.value());
        QVERIFY(pages.size() >= 3);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            // The foot of every page: version, month, establishment, date, number.
            QVERIFY2(pages[i].contains(QStringLiteral("AP Desk 9.9.9 — dossier de contrôle d'avril "
                                                      "2026, Boulangerie Martin — édité le "
                                                      "06/12/2026 10:30")),
                     qPrintable(pages[i].right(300)));
            QVERIFY(pages[i].contains(QStringLiteral("page %1").arg(i + 1)));
        }
        // The checks' table runs over the first pages: its header is on each of them, once.
        int pagesOfTheTable = 0;
        for (const QString &page : pages) {
            if (!page.contains(QStringLiteral("Avertissement numéro")))
                continue;
            ++pagesOfTheTable;
            QCOMPARE(page.count(QStringLiteral("Niveau")), 1);
        }
        QVERIFY(pagesOfTheTable >= 2);
        // The last page is not a page of its own for a gap.
        QVERIFY2(pages.last().contains(QStringLiteral("DUPONT Élodie")) ||
                     pages.last().contains(QStringLiteral("Indemnité due au salarié")),
                 qPrintable(pages.last()));
        const QString all = pages.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Avertissement numéro 149")));
        QVERIFY(all.contains(QStringLiteral("BERNARD Élodie")));
        QVERIFY(all.contains(QStringLiteral("DUPONT Élodie")));
        // The rate row once with its source, then referred to by number.
        QCOMPARE(all.count(QStringLiteral("Décret 2022-241")), 1);
        QVERIFY(all.contains(QStringLiteral("[1]")));
        // Each employee's hourly indemnity names the rate rows it used by number, with the value
        // each gave.
        QCOMPARE(all.count(QStringLiteral("Indemnité horaire : 0,00 € — barème [1] 60 %.")), 2);
        QVERIFY(all.contains(QStringLiteral("311,08"))); // 2 × 155,54 €
    }

    void aCancelledWritingLeavesNoFile() {
        domain::Claim claim;
        domain::ClaimResult result;
        sampleClaim(claim, result, 0);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const auto written = exchange::ControlPack::write(
            path, {}, claim, result, [&calls](qsizetype done, qsizetype total) {
                ++calls;
                return !(done == 1 && total == 2); // « Annuler » after the first employee
            });
        QVERIFY(!written);
        QVERIFY(written.error().contains(QStringLiteral("annulée")));
        QCOMPARE(calls, 1);
        QVERIFY(!QFile::exists(path));
    }

    void aFileThatCannotBeWrittenIsSaid() {
        domain::Claim claim;
        domain::ClaimResult result;
        sampleClaim(claim, result, 0);
        const auto written = exchange::ControlPack::write(
            QStringLiteral("/nonexistent/dir/pack.pdf"), {}, claim, result);
        QVERIFY(!written);
        QVERIFY2(
            written.error().contains(QStringLiteral("Le dossier /nonexistent/dir n'existe pas")),
            qPrintable(written.error()));
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[]) {
    // Fonts need a QGuiApplication; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestControlPack test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_controlpack.moc"
