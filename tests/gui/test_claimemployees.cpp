#include "claimtestdata.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"

#include "claim/claimdocument.h"
#include "claim/claimemployeesdialog.h"
#include "claim/claimwindow.h"
#include "claim/contractchangesdialog.h"
#include "claim/contractchangesmodel.h"
#include "claim/csvimportdialog.h"
#include "claim/csvproblemsmodel.h"
#include "claim/employeechoicemodel.h"
#include "claim/employeelineform.h"
#include "claim/hoursgridmodel.h"
#include "claim/hoursgridview.h"
#include "claim/whyamountdialog.h"
#include "store/claimcomputer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

using namespace apdesk;
using namespace apdesk::testing;
using apdesk::ui::ClaimEmployeesDialog;
using apdesk::ui::ClaimWindow;
using apdesk::ui::CsvImportDialog;
using apdesk::ui::EmployeeChoiceModel;

namespace {

// As French Excel saves "CSV (séparateur : point-virgule)": sep= line, semicolons, decimal
// commas, CR LF.
QByteArray excelFile(const QStringList &lines) {
    QByteArray bytes = "sep=;\r\nNIR;Matricule;Nom;Prénom;Heures hebdomadaires;Taux horaire brut;"
                       "Taux horaire net;Date d'entrée;Date de sortie;Apprenti\r\n";
    for (const QString &line : lines)
        bytes += line.toUtf8() + "\r\n";
    return bytes;
}

} // namespace

// The claim's employees pop-up, walked as a clerk would: ticking, "Tout cocher", a line added
// by hand (and one refused), an employees file imported with a bad line, a large file whose
// reading is cancelled, and the claim's rows after "Valider".
class TestClaimEmployees final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_fixture = claimFixture(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.claim > 0);
        m_computer.emplace(*m_fixture.store);
        QString error;
        m_window = openClaimWindow(m_fixture, *m_computer, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup() {
        delete m_window;
        m_computer.reset();
        m_fixture = {};
    }

    void ticksWithSpaceAndTicksAll() {
        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        EmployeeChoiceModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), "BERNARD Élodie");
        QCOMPARE(model->index(0, EmployeeChoiceModel::Nir).data().toString(),
                 "2 69 05 49 588 157 80");
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(labelText(dialog, "checkedCount"), "3 salariés cochés sur 3");
        screenshot(dialog, "claim-employees");
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());

        // Space toggles the current row, whatever its column.
        QTableView *view = dialog->view();
        view->setFocus();
        view->setCurrentIndex(model->index(1, EmployeeChoiceModel::Matricule));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!model->isChecked(1));
        QCOMPARE(labelText(dialog, "checkedCount"), "2 salariés cochés sur 3");
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(model->isChecked(1));

        child<QPushButton>(dialog, "uncheckAllButton")->click();
        QCOMPARE(model->checkedIds().size(), 0);
        QCOMPARE(labelText(dialog, "checkedCount"), "0 salarié coché sur 3");
        child<QPushButton>(dialog, "checkAllButton")->click();
        QCOMPARE(model->checkedIds().size(), 3);

        // A box ticked with the mouse goes through setData.
        QVERIFY(model->setData(model->index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model->isChecked(2));

        // Valider takes Martin off the claim (no hours: no question).
        child<QPushButton>(dialog, "validateButton")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 2);
        QCOMPARE(m_fixture.store->claimLines().contentsOf(m_fixture.claim)->copies.size(), 2);
    }

    void cancelLeavesTheClaimAsItWas() {
        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "uncheckAllButton")->click();
        child<QPushButton>(dialog, "cancelButton")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 3);
        QCOMPARE(m_fixture.store->claimLines().contentsOf(m_fixture.claim)->copies.size(), 3);
    }

    void aLineIsCheckedAsTypedAndSavedTicked() {
        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "addLineButton")->click();
        ui::EmployeeLineForm *form = dialog->lineForm();
        QVERIFY(form->isVisible());

        // Checked as typed, with the employees file's messages.
        typeInto(child<QLineEdit>(form, "nirEdit"), "1840775123456");
        QVERIFY(!form->error("nir").isEmpty());
        typeInto(child<QLineEdit>(form, "weeklyHoursEdit"), "60");
        QCOMPARE(form->error("weeklyHours"),
                 "« 60 » : une durée hebdomadaire de 48 heures au plus est attendue.");
        typeInto(child<QLineEdit>(form, "entryEdit"), "01/09/2015");
        typeInto(child<QLineEdit>(form, "exitEdit"), "01/09/2014");
        QVERIFY(form->error("exit").contains("précède la date d'entrée 01/09/2015"));
        QCOMPARE(child<QLineEdit>(form, "nirEdit")->accessibleName(), "NIR");
        QCOMPARE(child<QLineEdit>(form, "nirEdit")->accessibleDescription(), form->error("nir"));
        screenshot(dialog, "claim-employees-line-refused");
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());

        // Refused: its messages stay, nothing is written.
        QVERIFY(!dialog->saveLine());
        QCOMPARE(form->error("lastName"), "Nom vide : le nom du salarié est attendu.");
        QVERIFY(labelText(dialog, "employeesMessage").contains("corrigez"));
        QCOMPARE(m_fixture.store->employees().listFor(m_fixture.establishment)->size(), 3);

        // Corrected, it is saved and comes ticked.
        typeInto(child<QLineEdit>(form, "lastNameEdit"), "Durand");
        typeInto(child<QLineEdit>(form, "firstNameEdit"), "Paul");
        typeInto(child<QLineEdit>(form, "nirEdit"), "1 84 07 75 123 456 57");
        QCOMPARE(form->error("nir"), QString());
        typeInto(child<QLineEdit>(form, "matriculeEdit"), "M-004");
        typeInto(child<QLineEdit>(form, "weeklyHoursEdit"), "35");
        // Pay to the ten-thousandth (an apprentice at a percentage of the SMIC), not beyond.
        typeInto(child<QLineEdit>(form, "grossPayEdit"), "5,43251");
        QVERIFY(form->error("grossPay").contains("quatre décimales"));
        typeInto(child<QLineEdit>(form, "grossPayEdit"), "5,4325");
        QCOMPARE(form->error("grossPay"), QString());
        typeInto(child<QLineEdit>(form, "exitEdit"), "");
        QCOMPARE(form->error("exit"), QString());
        child<QPushButton>(dialog, "saveLineButton")->click();
        QCOMPARE(m_fixture.store->employees().listFor(m_fixture.establishment)->size(), 4);
        QVERIFY(!form->isVisible());
        EmployeeChoiceModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 4);
        const int row = 2; // by name: Bernard, Dupont, Durand, Martin
        QCOMPARE(model->employee(row).lastName, "Durand");
        QVERIFY(model->isChecked(row));
        const store::Employee saved = model->employee(row);
        QCOMPARE(saved.nir, "184077512345657");
        QCOMPARE(saved.grossHourlyPay, domain::HourlyPay::fromTenThousandths(54325));
        QCOMPARE(saved.entryDate, QDate(2015, 9, 1));

        // The same NIR again is refused under the NIR field.
        child<QPushButton>(dialog, "addLineButton")->click();
        typeInto(child<QLineEdit>(form, "lastNameEdit"), "Durand");
        typeInto(child<QLineEdit>(form, "nirEdit"), "184077512345657");
        typeInto(child<QLineEdit>(form, "weeklyHoursEdit"), "35");
        typeInto(child<QLineEdit>(form, "grossPayEdit"), "12,50");
        QVERIFY(!dialog->saveLine());
        QVERIFY(form->error("nir").contains("existe déjà"));
        QCOMPARE(m_fixture.store->employees().listFor(m_fixture.establishment)->size(), 4);

        child<QPushButton>(dialog, "validateButton")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 4);
    }

    void importsAFileWithProblems() {
        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString path = writeFile(
            "employees.csv",
            excelFile({"1 84 07 75 123 456 57;M-004;Durand;Paul;35;12,50;9,80;01/09/2015;;non",
                       "295057512345618;M-005;Petit;Anne;douze;11,00;;;;non",
                       "269054958815780;M-001;Bernard;Élodie;28;16,20;12,60;03/09/2018;;non"}));
        QPointer<CsvImportDialog> import = dialog->importFile(path);
        QVERIFY(import);
        QTRY_VERIFY(!import->isReading());
        QCOMPARE(import->outcome().dataLines, 3);
        QCOMPARE(import->outcome().validLines(), 2);
        // sep= is line 1, the header line 2: the bad line is line 4, column 5.
        ui::CsvProblemsModel *problems = import->problemsModel();
        new QAbstractItemModelTester(problems,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, import);
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->index(0, ui::CsvProblemsModel::Line).data().toInt(), 4);
        QCOMPARE(problems->index(0, ui::CsvProblemsModel::FileColumn).data().toString(),
                 "5 (Heures hebdomadaires)");
        QVERIFY(problems->index(0, ui::CsvProblemsModel::Message).data().toString().contains(
            "« douze »"));
        const QString summary = labelText(import, "importSummary");
        QVERIFY2(summary.contains("3 lignes lues : 2 lignes valides, 1 ligne refusée"),
                 qPrintable(summary));
        screenshot(import, "claim-employees-import-preview");
        QCOMPARE(apdesk::testing::unnamedControls(import), QStringList());

        child<QPushButton>(import, "importValidLines")->click();
        QTRY_VERIFY(!import);
        const auto stored = m_fixture.store->employees().listFor(m_fixture.establishment).value();
        QCOMPARE(stored.size(), 4); // Durand added, Bernard updated, Petit refused
        EmployeeChoiceModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->checkedIds().size(), 4);
        QCOMPARE(model->employee(0).weeklyHours, domain::Hours::fromWholeHours(28));
        QVERIFY(labelText(dialog, "employeesMessage").contains("1 salarié ajouté, 1 mis à jour"));
        screenshot(dialog, "claim-employees-after-import");
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());

        child<QPushButton>(dialog, "validateButton")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 4);
    }

    void theReadingOfALargeFileCanBeCancelled() {
        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        QStringList lines;
        lines.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            const qint64 number = 1840775000000LL + i;
            const QString nir = QStringLiteral("%1%2").arg(number).arg(97 - number % 97, 2, 10,
                                                                        QLatin1Char('0'));
            lines << QStringLiteral("%1;N%2;Nom%2;Prénom;35;12,50;;;;non").arg(nir).arg(i);
        }
        const QString path = writeFile("large.csv", excelFile(lines));
        QPointer<CsvImportDialog> import = dialog->importFile(path);
        QVERIFY(import);
        QVERIFY(import->isReading());
        QVERIFY(child<QProgressBar>(import, "importProgress")->isVisible());
        screenshot(import, "claim-employees-import-reading");
        QCOMPARE(apdesk::testing::unnamedControls(import), QStringList());
        child<QPushButton>(import, "importCancel")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!import, 10000);
        QCOMPARE(m_fixture.store->employees().listFor(m_fixture.establishment)->size(), 3);
        QCOMPARE(dialog->model()->rowCount(), 3);
    }

    void removingEmployeesWithHoursAsksFirst() {
        // Bernard has hours in the week of 6 April.
        store::WeekHours hours;
        hours.worked = domain::Hours::fromWholeHours(14);
        QString error;
        QVERIFY2(m_window->document()->write({{0, 1, hours}}, &error), qPrintable(error));

        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        EmployeeChoiceModel *model = dialog->model();
        model->setChecked(0, false); // Bernard, with hours
        model->setChecked(1, false); // Dupont, without
        child<QPushButton>(dialog, "validateButton")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>("removeConfirmation")) &&
                    box->isVisible());
        QVERIFY2(box->text().contains("Des heures sont saisies pour 1 salarié décoché"),
                 qPrintable(box->text()));
        screenshot(box, "claim-employees-remove-confirmation");
        QCOMPARE(apdesk::testing::unnamedControls(box), QStringList());

        // "Ne pas retirer": nothing changes, the pop-up stays.
        child<QPushButton>(box, "keepEmployees")->click();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>("removeConfirmation"));
        QVERIFY(m_dialog && m_dialog->isVisible());
        QCOMPARE(m_window->gridModel()->rowCount(), 3);

        child<QPushButton>(dialog, "validateButton")->click();
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>("removeConfirmation")) &&
                    box->isVisible());
        child<QPushButton>(box, "confirmRemove")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 1);
        QVERIFY(m_fixture.store->claimLines().linesOf(m_fixture.claim)->isEmpty());
    }

    // Issue 13: Dupont (39 h, 15,23 €) goes down to 24 h and up to 16,00 € on Wednesday
    // 15 April 2026, entered in "Changements de contrat…"; the claim in preparation follows and
    // "Pourquoi ce montant ?" shows the two periods.
    void aContractChangeIsEnteredAndTheClaimFollows() {
        const qint64 dupont = m_fixture.employees.at(1);
        store::WeekHours week;
        week.weekStart = QDate(2026, 4, 13);
        week.chomees = domain::Hours::fromWholeHours(20);
        QVERIFY(m_fixture.store->claimLines().writeWeeks(
            m_fixture.claim, {{.employeeId = dupont, .weekStart = week.weekStart, .hours = week}}));
        QString error;
        QVERIFY2(m_window->document()->reload(&error), qPrintable(error));

        ClaimEmployeesDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->view()->setCurrentIndex(dialog->model()->index(1, 0));
        QCOMPARE(dialog->model()->employee(1).id, dupont);
        child<QPushButton>(dialog, "contractChangesButton")->click();
        QPointer<ui::ContractChangesDialog> changes =
            dialog->findChild<ui::ContractChangesDialog *>();
        QVERIFY(changes);
        QVERIFY(QTest::qWaitForWindowExposed(changes));
        new QAbstractItemModelTester(
            changes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, changes);
        QVERIFY2(labelText(changes, "startingContract")
                     .contains("39 h par semaine, taux horaire brut 15,23"),
                 qPrintable(labelText(changes, "startingContract")));
        QCOMPARE(changes->model()->rowCount(), 0);

        // Checked as typed, then as a whole when added.
        auto *from = child<QLineEdit>(changes, "fromEdit");
        auto *weekly = child<QLineEdit>(changes, "weeklyHoursEdit");
        auto *gross = child<QLineEdit>(changes, "grossPayEdit");
        typeInto(from, "31/02/2026");
        QVERIFY(changes->error("from").contains("n'est pas une date du calendrier"));
        typeInto(from, "15/04/2026");
        QCOMPARE(changes->error("from"), QString());
        QVERIFY(!changes->addChange());
        QVERIFY(changes->error("from").contains("ne change rien"));
        typeInto(weekly, "24");
        typeInto(gross, "16,00001");
        QVERIFY(changes->error("grossPay").contains("quatre décimales"));
        typeInto(gross, "16,00");
        screenshot(changes, "contract-changes-typed");
        QCOMPARE(apdesk::testing::unnamedControls(changes), QStringList());
        QTest::keyClick(gross, Qt::Key_Return); // Enter adds the change
        QCOMPARE(changes->model()->rowCount(), 1);
        QCOMPARE(changes->model()->index(0, ui::ContractChangesModel::EffectiveDate).data(),
                 "15/04/2026");
        QCOMPARE(changes->model()->index(0, ui::ContractChangesModel::NetPay).data(), "inchangé");
        QVERIFY(changes->isVisible());
        QVERIFY(from->text().isEmpty());

        // The same day twice is refused; a change added by mistake is taken off.
        typeInto(from, "15/04/2026");
        typeInto(gross, "17");
        QVERIFY(!changes->addChange());
        QVERIFY(changes->error("from").contains("Deux changements prennent effet le 15/04/2026"));
        typeInto(from, "20/04/2026");
        QVERIFY(changes->addChange());
        QCOMPARE(changes->model()->rowCount(), 2);
        changes->removeCurrentChange();
        QCOMPARE(changes->model()->rowCount(), 1);
        screenshot(changes, "contract-changes");

        child<QPushButton>(changes, "saveChangesButton")->click();
        QTRY_VERIFY(!changes);
        const domain::ContractChange expected{QDate(2026, 4, 15), domain::Hours::fromWholeHours(24),
                                              domain::HourlyPay::fromCents(1600), std::nullopt};
        QCOMPARE(m_fixture.store->employees().find(dupont)->changes,
                 QList<domain::ContractChange>{expected});
        QVERIFY(labelText(dialog, "employeesMessage").contains("1 changement"));
        QVERIFY(dialog->model()
                    ->index(1, EmployeeChoiceModel::Contract)
                    .data()
                    .toString()
                    .contains("puis 1 changement"));
        // The claim in preparation follows, and is computed again with the two periods.
        QCOMPARE(m_fixture.store->claimLines().contentsOf(m_fixture.claim)->copies.at(1).changes,
                 QList<domain::ContractChange>{expected});
        const int row = m_window->document()->rowOfEmployee(dupont);
        QCOMPARE(m_window->document()->employee(row).changes,
                 QList<domain::ContractChange>{expected});
        QCOMPARE(m_window->document()->explained(row).contractPeriods.size(), 2);
        const QString why = ui::WhyAmountDialog::explanation(*m_window->document(), row);
        QVERIFY2(why.contains("Contrat et rémunération par période"), qPrintable(why));
        QVERIFY2(why.contains("16,00"), qPrintable(why));
        {
            ui::WhyAmountDialog shown(*m_window->document(), row, m_window);
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            screenshot(&shown, "why-this-amount-periods");
        }
        child<QPushButton>(dialog, "cancelButton")->click();
        QTRY_VERIFY(!m_dialog);
    }

    void aSentClaimIsOnlyShown() {
        delete m_window;
        QVERIFY(m_fixture.store->claims().setStatus(m_fixture.claim, store::ClaimStatus::Sent));
        QString error;
        m_window = openClaimWindow(m_fixture, *m_computer, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        // Ctrl+E is disabled in the window; the pop-up itself, if opened, only shows.
        QVERIFY(!openDialog());
        auto *dialog = new ClaimEmployeesDialog(*m_fixture.store, *m_window->document(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        m_dialog = dialog;
        new QAbstractItemModelTester(dialog->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     dialog);
        QCOMPARE(dialog->model()->checkedIds().size(), 3);
        QVERIFY(labelText(dialog, "employeesHeading").contains("n'est plus en préparation"));
        screenshot(dialog, "claim-employees-read-only");
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());
        EmployeeChoiceModel *model = dialog->model();
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!child<QPushButton>(dialog, "addLineButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>("validateButton"));
        QVERIFY(!dialog->importFile(m_dir.filePath("none.csv")));
        child<QPushButton>(dialog, "closeButton")->click();
        QTRY_VERIFY(!m_dialog);
        QCOMPARE(m_window->gridModel()->rowCount(), 3);
    }

private:
    // Ctrl+E in the claim window.
    ClaimEmployeesDialog *openDialog() {
        m_window->activateWindow();
        m_window->gridView()->setFocus();
        QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = m_window->findChild<ClaimEmployeesDialog *>();
        if (!dialog || !dialog->isVisible())
            return nullptr;
        m_dialog = dialog;
        new QAbstractItemModelTester(dialog->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     dialog);
        return dialog;
    }

    QString writeFile(const char *name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(QString::number(m_count) + QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    ClaimFixture m_fixture;
    std::optional<store::ClaimComputer> m_computer;
    ClaimWindow *m_window = nullptr;
    QPointer<ClaimEmployeesDialog> m_dialog;
};

APDESK_GUI_TEST_MAIN(TestClaimEmployees)
#include "test_claimemployees.moc"
