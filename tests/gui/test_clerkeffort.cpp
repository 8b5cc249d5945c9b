#include "mainwindow.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "account/loginpage.h"
#include "claim/checksmodel.h"
#include "claim/claimdocument.h"
#include "claim/claimemployeesdialog.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "claim/csvimportdialog.h"
#include "claim/hoursgridmodel.h"
#include "store/claimlinerepository.h"
#include "store/decisioncacherepository.h"
#include "store/establishmentrepository.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace apdesk;
using apdesk::ui::ClaimWindow;
using apdesk::ui::MainWindow;

namespace {

// A NIR with its key (97 − the number modulo 97): men born in January 1980 in Paris.
QString nir(int n) {
    const qint64 number = 1800175056000LL + n;
    return QString::number(number) + QStringLiteral("%1").arg(97 - number % 97, 2, 10, QChar('0'));
}

bool writeFile(const QString &path, const QString &text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF"); // as Excel's "CSV UTF-8" writes it
    file.write(text.toUtf8());
    return true;
}

} // namespace

// The promise: from the login screen, with the employees file and the hours file of 50
// employees, a clerk reaches a checked claim with its amounts in at most 12 actions (a click, a
// shortcut, a file chosen or a code typed count as one each). This walks that path, offline, and
// counts. The establishment and its decision are on this computer from an earlier session.
class TestClerkEffort final : public QObject {
    Q_OBJECT

private slots:
    void aCheckedClaimOf50EmployeesInAtMost12Actions() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const store::Store &store = *fx.services().store;
        const QString siret = validSiret(71);
        store::Establishment e;
        e.siret = siret;
        e.name = QStringLiteral("Imprimerie Lefèvre");
        e.departement = QStringLiteral("75");
        QVERIFY(store.establishments().add(e));
        store::CachedDecision d;
        d.number = QStringLiteral("DEC-71-001");
        d.siret = siret;
        d.periodStart = QDate(2026, 10, 1);
        d.periodEnd = QDate(2026, 10, 31);
        d.form = 1;
        d.scheme = QStringLiteral("common");
        d.authorisedHours = domain::Hours::fromWholeHours(6000);
        d.authorisedHeadcount = 50;
        d.secretCode = QStringLiteral("K7P2QX9M4R");
        QVERIFY(store.decisionCache().put(d)); // filing deadline: April 2027

        // The clerk's two files, as French Excel writes them.
        QString employees = QStringLiteral(
            "sep=;\r\nNIR;Matricule;Nom;Prénom;Heures hebdomadaires;Taux horaire brut;"
            "Taux horaire net;Date d'entrée;Date de sortie;Apprenti\r\n");
        QString hours = QStringLiteral("Matricule;Semaine du;Heures travaillées\r\n");
        for (int i = 1; i <= 50; ++i) {
            const QString matricule = QStringLiteral("E%1").arg(i, 3, 10, QChar('0'));
            employees += QStringLiteral("%1;%2;Salarié%3;Prénom%3;35;%4,50;%5,10;01/09/2015;;non\r\n")
                             .arg(nir(i), matricule, QString(QChar('A' + (i % 26))))
                             .arg(14 + i % 10)
                             .arg(11 + i % 10);
            for (const char *week : {"01/10/2026", "05/10/2026", "12/10/2026", "19/10/2026",
                                     "26/10/2026"})
                hours += QStringLiteral("%1;%2;%3\r\n").arg(matricule, week).arg(5 + i % 7);
        }
        const QString employeesPath = fx.dataDir() + "/salaries.csv";
        const QString hoursPath = fx.dataDir() + "/heures-octobre.csv";
        QVERIFY(writeFile(employeesPath, employees));
        QVERIFY(writeFile(hoursPath, hours));

        MainWindow window(fx.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int actions = 0;

        // 1. "Travailler hors ligne".
        QTest::mouseClick(child<QPushButton>(window.loginPage(), "workOfflineButton"),
                          Qt::LeftButton);
        ++actions;
        // 2. "Créer une nouvelle demande".
        QTest::mouseClick(child<QPushButton>(&window, "createClaimButton"), Qt::LeftButton);
        ++actions;
        auto *create = window.findChild<ui::CreateClaimDialog *>();
        QVERIFY(create);
        // 3. The code typed (checked as soon as it is whole).
        QTest::keyClicks(child<QLineEdit>(create, "secretCodeEdit"), "K7P2QX9M4R");
        ++actions;
        // 4. "créer": the decision's only month is already chosen.
        QVERIFY(labelText(create, "chosenMonth").contains("octobre 2026"));
        QTest::mouseClick(child<QPushButton>(create, "createClaimButton"), Qt::LeftButton);
        ++actions;
        ClaimWindow *claim = nullptr;
        QTRY_VERIFY((claim = window.findChild<ClaimWindow *>()) != nullptr);
        QTRY_VERIFY(claim->isActiveWindow() || claim->isVisible());

        // 5. Ctrl+E: the employees pop-up.
        claim->findChild<QAction *>("employeesAction")->trigger();
        ++actions;
        auto *employeesDialog = claim->findChild<ui::ClaimEmployeesDialog *>();
        QVERIFY(employeesDialog);
        // 6 and 7. "IMPORTER", and the file chosen (the file dialog's part is importFile()).
        QVERIFY(child<QPushButton>(employeesDialog, "importButton"));
        actions += 2;
        QPointer<ui::CsvImportDialog> import = employeesDialog->importFile(employeesPath);
        QTRY_VERIFY(!import->isReading());
        QCOMPARE(import->outcome().validLines(), 50);
        // 8. "Importer les lignes valides": the 50 employees are saved and ticked.
        child<QPushButton>(import, "importValidLines")->click();
        ++actions;
        QTRY_VERIFY(!import);
        // 9. "Valider": they go into the claim.
        child<QPushButton>(employeesDialog, "validateButton")->click();
        ++actions;
        QTRY_COMPARE(claim->gridModel()->rowCount(), 50);

        // 10 and 11. Ctrl+Shift+I and the hours file chosen.
        QVERIFY(claim->findChild<QAction *>("importHoursAction"));
        actions += 2;
        import = claim->importHoursFile(hoursPath);
        QTRY_VERIFY(!import->isReading());
        QCOMPARE(import->outcome().validLines(), 250);
        QCOMPARE(import->outcome().invalidLines, 0);
        // 12. "Importer les lignes valides".
        child<QPushButton>(import, "importValidLines")->click();
        ++actions;
        QTRY_VERIFY(!import);

        QVERIFY2(actions <= 12, qPrintable(QString::number(actions)));
        // A checked claim with its amounts: every week entered, totals in the footer, the
        // checks panel has read it.
        const ui::ClaimDocument *document = claim->document();
        QCOMPARE(document->rowCount(), 50);
        QVERIFY(document->totalHours() > domain::Hours());
        QVERIFY(document->totalIndemnity() > domain::Money());
        QVERIFY(document->totalAllocation() > domain::Money());
        QCOMPARE(document->blockingCount(), 0);
        claim->checksModel()->refresh();
        QVERIFY(!labelText(claim, "checksSummary").isEmpty());
        const int last = claim->gridModel()->columnCount() - 2;
        QVERIFY(!claim->footerView()->model()->index(0, last).data().toString().isEmpty());
        screenshot(claim, QStringLiteral("claim-window-50-employees"));
    }
};

APDESK_GUI_TEST_MAIN(TestClerkEffort)
#include "test_clerkeffort.moc"
