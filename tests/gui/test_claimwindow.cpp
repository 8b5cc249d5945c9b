#include "claimtestdata.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"

#include "claim/checksmodel.h"
#include "claim/claimdocument.h"
#include "claim/claimwindow.h"
#include "claim/controlpackjob.h"
#include "claim/csvimportdialog.h"
#include "claim/csvproblemsmodel.h"
#include "claim/hoursgrideditor.h"
#include "claim/hoursgridmodel.h"
#include "claim/hoursgridview.h"
#include "claim/whyamountdialog.h"
#include "store/claimcomputer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

#include <source_location>

using namespace apdesk;
using namespace apdesk::testing;
using apdesk::ui::ClaimDocument;
using apdesk::ui::ClaimWindow;
using apdesk::ui::HoursGridModel;
using domain::Hours;
using apdesk::testing::cellName;
using apdesk::testing::unnamedControls;

// The hours grid of a claim, driven from the keyboard as a clerk would: typing, Enter, Tab, F2,
// Delete, copy and paste with a spreadsheet, undo and redo, the checks panel, "why this amount",
// and the claim as the store keeps it after the window is closed.
class TestClaimWindow final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_fixture = claimFixture(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.claim > 0);
        m_computer.emplace(*m_fixture.store);
        QString error;
        m_window = openClaimWindow(m_fixture, *m_computer, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        new QAbstractItemModelTester(m_window->gridModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window);
        new QAbstractItemModelTester(m_window->footerView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window);
        new QAbstractItemModelTester(m_window->checksModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window);
    }
    void cleanup() {
        delete m_window;
        m_computer.reset();
        m_fixture = {};
    }

    void showsOneColumnGroupPerWeekPart() {
        HoursGridModel *grid = m_window->gridModel();
        QCOMPARE(grid->rowCount(), 3);
        // April 2026, a reduction: worked, treated-as-worked and indemnifiable for each of five
        // week parts, then the employee's hours, indemnity and allocation.
        QCOMPARE(grid->columnCount(), 5 * 3 + 3);
        QCOMPARE(grid->headerData(3, Qt::Horizontal).toString(), "Sem. 06/04–12/04\nTravaillées");
        QCOMPARE(grid->headerData(5, Qt::Horizontal).toString(),
                 "Sem. 06/04–12/04\n= Indemnisables");
        QCOMPARE(grid->headerData(0, Qt::Vertical).toString(), "BERNARD Élodie");
        QVERIFY(grid->flags(grid->index(0, 3)) & Qt::ItemIsEditable);
        QVERIFY(!(grid->flags(grid->index(0, 5)) & Qt::ItemIsEditable));
        screenshot(m_window, "claim-window-empty");
    }

    void typingWritesAtOnceAndEnterMovesDown() {
        ui::HoursGridView *view = m_window->gridView();
        view->setFocus();
        view->setCurrentIndex(cell(0, 3));
        typeInto(view, "14");
        QTest::keyClick(view->focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex(), cell(1, 3));

        // Written in the store at once, recomputed, and the footer follows.
        const auto lines = m_fixture.store->claimLines().linesOf(m_fixture.claim).value();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).hours.weekStart, QDate(2026, 4, 6));
        QCOMPARE(lines.at(0).hours.worked, Hours::fromWholeHours(14));
        // 6–12 April in Moselle: Easter Monday off, 4 days of 7 h; 14 worked leave 14 chômées.
        QCOMPARE(cell(0, 5).data().toString(), "14");
        QCOMPARE(m_window->footerView()->model()->index(0, 5).data().toString(), "14");
        expectSameAsComputedAfresh();

        // Tab moves right once a figure is typed; F2 edits the figure in place.
        view->setCurrentIndex(cell(1, 6));
        typeInto(view, "7,5");
        QTest::keyClick(view->focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(view->currentIndex().column(), 7);
        view->setCurrentIndex(cell(0, 3));
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(view->focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), "14");
        editor->selectAll();
        QTest::keyClicks(editor, "7h30");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(worked(0, 1), Hours::fromHundredths(750));
        QCOMPARE(worked(1, 2), Hours::fromHundredths(750));
        expectSameAsComputedAfresh();
    }

    void aFigureThatIsNoneIsRefusedWithItsReason() {
        ui::HoursGridView *view = m_window->gridView();
        view->setFocus();
        view->setCurrentIndex(cell(0, 3));
        typeInto(view, "douze");
        QTest::keyClick(view->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(labelText(m_window, "claimMessage").contains("« douze »"));
        QVERIFY(m_fixture.store->claimLines().linesOf(m_fixture.claim)->isEmpty());
    }

    void deleteClearsTheSelectionInOneStep() {
        ui::HoursGridView *view = m_window->gridView();
        QVERIFY(m_window->editor()->paste(cell(0, 3), "10\t2\n20\t0\n"));
        QCOMPARE(m_fixture.store->claimLines().linesOf(m_fixture.claim)->size(), 2);
        view->setFocus();
        view->selectionModel()->select(QItemSelection(cell(0, 3), cell(1, 4)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(m_fixture.store->claimLines().linesOf(m_fixture.claim)->isEmpty());
        QCOMPARE(cell(0, 3).data().toString(), QString());
        // The employees stay on the claim.
        QCOMPARE(m_window->gridModel()->rowCount(), 3);
        m_window->editor()->undoStack()->undo();
        QCOMPARE(m_fixture.store->claimLines().linesOf(m_fixture.claim)->size(), 2);
    }

    void pastesASpreadsheetBlockAndCopiesItBack() {
        ui::HoursGridView *view = m_window->gridView();
        view->setFocus();
        view->setCurrentIndex(cell(0, 6));
        // As LibreOffice copies two rows of two cells, with decimal commas and CRLF.
        QApplication::clipboard()->setText("7,5\t3,5\r\n28\t0\r\n");
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(worked(0, 2), Hours::fromHundredths(750));
        QCOMPARE(treated(0, 2), Hours::fromHundredths(350));
        QCOMPARE(worked(1, 2), Hours::fromWholeHours(28));
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        expectSameAsComputedAfresh();

        view->selectionModel()->select(QItemSelection(cell(0, 6), cell(1, 7)),
                                       QItemSelectionModel::ClearAndSelect);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), "7,5\t3,5\n28\t0\n");

        // A block copied from the grid with its computed column pastes onto another employee:
        // the figures typed are taken, the computed one is worked out again.
        view->selectionModel()->select(QItemSelection(cell(0, 6), cell(0, 8)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString indemnifiable = cell(0, 8).data().toString();
        QCOMPARE(QApplication::clipboard()->text(), "7,5\t3,5\t" + indemnifiable + "\n");
        view->setCurrentIndex(cell(2, 6));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(worked(2, 2), Hours::fromHundredths(750));
        QCOMPARE(treated(2, 2), Hours::fromHundredths(350));
        QCOMPARE(cell(2, 8).data().toString(), indemnifiable);
        QCOMPARE(m_window->editor()->undoStack()->count(), 2);
        expectSameAsComputedAfresh();
        m_window->editor()->undoStack()->undo();
        QVERIFY(!week(2, 2));

        // A block that does not fit changes nothing and says why.
        QApplication::clipboard()->setText("5\n");
        view->setCurrentIndex(cell(2, 8));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(labelText(m_window, "claimMessage").contains("aucune case du bloc"));
        view->setCurrentIndex(cell(2, 6));
        QApplication::clipboard()->setText("1\t2\n3\n");
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(labelText(m_window, "claimMessage").contains("rectangulaire"));
        QApplication::clipboard()->setText("1\tdeux\n");
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(labelText(m_window, "claimMessage").contains("« deux »"));
        QCOMPARE(m_fixture.store->claimLines().linesOf(m_fixture.claim)->size(), 2);
        QCOMPARE(m_window->editor()->undoStack()->index(), 1);
    }

    // With a forfait-jours employee, each week also has a half-days column, which hourly
    // employees leave empty, and forfait-jours ones leave the hours columns empty. An empty cell
    // of the other kind is left aside; a figure there is refused, whole.
    void aPasteAcrossHourlyAndForfaitJoursEmployees() {
        store::Employee petit = sampleEmployee(m_fixture.establishment, "290017500102348", "Petit");
        petit.matricule = "M-004";
        petit.forfaitJours = true;
        petit.weeklyHours = {};
        const auto added = m_fixture.store->employees().add(petit);
        QVERIFY(added);
        QVERIFY(m_fixture.store->claimLines().addEmployees(m_fixture.claim, {added.value()}));
        QString error;
        QVERIFY2(m_window->document()->reload(&error), qPrintable(error));
        ui::HoursGridModel *grid = m_window->gridModel();
        QCOMPARE(grid->column(6).field, ui::HoursGridModel::Field::HalfDays); // week 1
        QVERIFY(grid->headerData(3, Qt::Vertical).toString().contains("PETIT"));

        // An hourly employee's week (worked, treated, no half-days, computed) onto Petit:
        // refused, nothing written.
        QVERIFY(!m_window->editor()->paste(cell(3, 4), "21\t0\t\t7\n"));
        QVERIFY(labelText(m_window, "claimMessage").contains("ne se saisit pas"));
        QVERIFY(!week(3, 1));
        // The same onto Dupont: the empty half-days and the computed hours are left aside.
        QVERIFY(m_window->editor()->paste(cell(1, 4), "21\t0\t\t7\n"));
        QCOMPARE(worked(1, 1), Hours::fromWholeHours(21));
        // Petit's own kind of week: the empty hours cells left aside, the half-days written.
        QVERIFY(m_window->editor()->paste(cell(3, 4), "\t\t3\t\n"));
        QVERIFY(week(3, 1));
        QCOMPARE(week(3, 1)->halfDaysNotWorked, 3);
        expectSameAsComputedAfresh();
    }

    void undoAndRedoAnEditAndAPaste() {
        ui::HoursGridView *view = m_window->gridView();
        auto *undo = m_window->findChild<QAction *>("undoAction");
        auto *redo = m_window->findChild<QAction *>("redoAction");
        QVERIFY(undo && redo);
        view->setFocus();
        view->setCurrentIndex(cell(2, 9));
        typeInto(view, "21");
        QTest::keyClick(view->focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(worked(2, 3), Hours::fromWholeHours(21));
        QVERIFY(m_window->editor()->paste(cell(0, 9), "1\n2\n3\n"));
        QCOMPARE(worked(2, 3), Hours::fromWholeHours(3));

        undo->trigger(); // the paste
        QCOMPARE(worked(2, 3), Hours::fromWholeHours(21));
        QVERIFY(!week(0, 3));
        undo->trigger(); // the typed figure
        QVERIFY(m_fixture.store->claimLines().linesOf(m_fixture.claim)->isEmpty());
        expectSameAsComputedAfresh();
        redo->trigger();
        redo->trigger();
        QCOMPARE(worked(0, 3), Hours::fromWholeHours(1));
        QCOMPARE(worked(2, 3), Hours::fromWholeHours(3));
        // Ctrl+Y is redo as well as Ctrl+Shift+Z.
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        expectSameAsComputedAfresh();
    }

    void theChecksPanelListsProblemsAndGoesToTheirCell() {
        ui::ChecksModel *checks = m_window->checksModel();
        QCOMPARE(checks->blockingCount(), 0);
        // 50 worked hours in a week whose cap is 28.
        QVERIFY(m_window->editor()->paste(cell(1, 3), "50\n"));
        checks->refresh();
        QCOMPARE(checks->blockingCount(), 1);
        QVERIFY(labelText(m_window, "checksSummary").contains("1 problème bloquant"));
        const QModelIndex marked = cell(1, 3);
        QVERIFY(marked.data().toString().startsWith(QStringLiteral("\u26a0")));
        QVERIFY(marked.data(Qt::ToolTipRole).toString().contains("plafond"));
        QVERIFY(marked.data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith("Dupont Élodie, semaine du 06/04, heures travaillées, 50"));

        // Enter on the problem in the panel puts the cursor on its cell.
        m_window->gridView()->setCurrentIndex(cell(0, 0));
        QTableView *panel = m_window->checksView();
        panel->setFocus();
        panel->setCurrentIndex(checks->index(0, 0));
        QTest::keyClick(panel, Qt::Key_Return);
        QCOMPARE(m_window->gridView()->currentIndex(), marked);
        QVERIFY(m_window->gridView()->hasFocus());
        screenshot(m_window, "claim-window-problem");
    }

    // What a screen reader is given: every control named, each cell with its employee, its
    // week and its column, the employees and the columns as headers, the checks reachable.
    void aScreenReaderNamesEveryControlAndCell() {
        QCOMPARE(unnamedControls(m_window), QStringList());
        QVERIFY(m_window->editor()->paste(cell(1, 3), "50\n"));
        m_window->checksModel()->refresh();
        ui::HoursGridView *view = m_window->gridView();
        const QString spoken = cellName(view, 1, 3);
        QVERIFY2(spoken.startsWith("Dupont Élodie, semaine du 06/04, heures travaillées, 50, "
                                   "problème : "),
                 qPrintable(spoken));
        QCOMPARE(cellName(view, 0, 5), "Bernard Élodie, semaine du 06/04, heures indemnisables, vide");

        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table && table->tableInterface());
        QAccessibleTableCellInterface *c = table->tableInterface()->cellAt(1, 3)->tableCellInterface();
        QVERIFY(c);
        const QStringList rowHeaders = headerNames(c->rowHeaderCells());
        QCOMPARE(rowHeaders.size(), 1);
        QVERIFY(rowHeaders.first().contains("DUPONT Élodie"));
        const QStringList columnHeaders = headerNames(c->columnHeaderCells());
        QCOMPARE(columnHeaders.size(), 1);
        QVERIFY(columnHeaders.first().contains("06/04"));

        // The checks list is in the keyboard's path and names its problem.
        QTableView *panel = m_window->checksView();
        QVERIFY(panel->focusPolicy() & Qt::TabFocus);
        QVERIFY(!QAccessible::queryAccessibleInterface(panel)->text(QAccessible::Name).isEmpty());
        QCOMPARE(cellName(panel, 0, ui::ChecksModel::Employee), "DUPONT Élodie");
        QVERIFY(cellName(panel, 0, ui::ChecksModel::Message).contains("plafond"));
        QCOMPARE(unnamedControls(m_window), QStringList());

        // The check sees a control that a screen reader could not name.
        auto *bare = new QPushButton(m_window);
        bare->setObjectName("bare");
        bare->show();
        const QStringList unnamed = unnamedControls(m_window);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY(unnamed.first().endsWith(":bare"));
        delete bare;
    }

    void explainsAnAmountWithItsSources() {
        QVERIFY(m_window->editor()->paste(cell(1, 3), "14\n"));
        const QString why = ui::WhyAmountDialog::explanation(*m_window->document(), 1);
        QVERIFY(why.contains("DUPONT Élodie"));
        QVERIFY(why.contains("Taux de l'indemnité"));
        QVERIFY(why.contains("Plancher de l'allocation"));
        QVERIFY(why.contains("décret")); // each row's legal source
        // Ctrl+I on the grid opens it for the current employee.
        m_window->gridView()->setFocus();
        m_window->gridView()->setCurrentIndex(cell(1, 3));
        QTest::keyClick(m_window->gridView(), Qt::Key_I, Qt::ControlModifier);
        auto *dialog = m_window->findChild<ui::WhyAmountDialog *>("whyAmountDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains("DUPONT"));
        screenshot(dialog, "why-this-amount");
        QCOMPARE(unnamedControls(dialog), QStringList());
        dialog->close();
    }

    // « Dossier de contrôle… » (issue 16): written in the background behind a progress
    // dialog, then read back with pdftotext; the window stays usable meanwhile.
    void writesTheControlPackInTheBackground() {
        QVERIFY(m_window->editor()->paste(cell(1, 3), "14\n"));
        const QString path = m_dir.filePath(QStringLiteral("pack-%1.pdf").arg(m_count));
        QSignalSpy written(m_window, &ui::ClaimWindow::controlPackWritten);
        ui::ControlPackJob *job = m_window->writeControlPack(path);
        QVERIFY(job);
        QCOMPARE(job->progress()->objectName(), "controlPackProgress");
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 30000);
        QCOMPARE(written.at(0).at(0).toString(), path);
        QCOMPARE(written.at(0).at(1).toString(), QString()); // no error
        QVERIFY(m_window->statusBar()->currentMessage().contains("Dossier de contrôle écrit"));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains("DUPONT Élodie"), qPrintable(text.left(2000)));
        QVERIFY(text.contains("BERNARD"));
        QVERIFY(text.contains("Taux de l'indemnité"));
        // Élodie's indemnity as the grid shows it.
        const QString indemnity = m_window->gridModel()
                                      ->index(1, m_window->gridModel()->columnCount() - 2)
                                      .data()
                                      .toString();
        QVERIFY2(!indemnity.isEmpty() && text.contains(indemnity.simplified()
                                                           .remove(QChar(0x202F))
                                                           .remove(QChar(0x00A0))
                                                           .remove(u'€')
                                                           .trimmed()),
                 qPrintable(indemnity));
    }

    // The dialog a long pack shows after 300 ms of writing: its bar and « Annuler » named for a
    // screen reader.
    void theControlPacksProgressIsNamed() {
        std::unique_ptr<QProgressDialog> progress(ui::ControlPackJob::makeProgressDialog(m_window));
        progress->setMaximum(20000);
        progress->setValue(7340);
        progress->show();
        QCOMPARE(unnamedControls(progress.get()), QStringList());
        screenshot(progress.get(), "control-pack-progress");
    }

    void aCancelledControlPackLeavesNoFile() {
        const QString path = m_dir.filePath(QStringLiteral("cancelled-%1.pdf").arg(m_count));
        QSignalSpy written(m_window, &ui::ClaimWindow::controlPackWritten);
        ui::ControlPackJob *job = m_window->writeControlPack(path);
        // « Annuler » as the clerk presses it.
        auto *cancel = job->progress()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), "Annuler");
        cancel->click();
        QVERIFY(job->wasCancelled());
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 30000);
        // The three employees may all be written before the worker sees it; if not, no file.
        if (!written.at(0).at(1).toString().isEmpty()) {
            QVERIFY(written.at(0).at(1).toString().contains("annulée"));
            QVERIFY(!QFile::exists(path));
            QVERIFY(m_window->statusBar()->currentMessage().contains("annulée"));
        }
    }

    void importsAnHoursFileAsOneUndoStep() {
        // Martin is not on the claim yet; Bernard has 10 h typed for the week of 6 April.
        QVERIFY(m_fixture.store->claimLines().removeEmployees(m_fixture.claim,
                                                              {m_fixture.employees.at(2)}));
        QString error;
        QVERIFY2(m_window->document()->reload(&error), qPrintable(error));
        QCOMPARE(m_window->gridModel()->rowCount(), 2);
        QVERIFY(m_window->editor()->paste(cell(0, 3), "10\n"));
        const int stepsBefore = m_window->editor()->undoStack()->count();

        // As French Excel writes it: semicolons, one line with a figure that is none.
        const QString path = m_dir.filePath("heures.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Matricule;Semaine du;Heures travaill\xc3\xa9""es\r\n"
                   "M-001;06/04/2026;14\r\n"
                   "M-003;06/04/2026;21\r\n"
                   "M-002;13/04/2026;sept\r\n");
        file.close();
        QPointer<ui::CsvImportDialog> import = m_window->importHoursFile(path);
        QVERIFY(import);
        QTRY_VERIFY(!import->isReading());
        QCOMPARE(import->outcome().invalidLines, 1);
        const auto *problems = import->problemsModel();
        QVERIFY(problems->rowCount() >= 1);
        bool lineFour = false;
        for (int r = 0; r < problems->rowCount(); ++r) {
            for (int c = 0; c < problems->columnCount(); ++c)
                lineFour |= problems->index(r, c).data().toString().contains("sept");
        }
        QVERIFY(lineFour);
        screenshot(import, "import-hours-preview");
        QCOMPARE(apdesk::testing::unnamedControls(import), QStringList());
        child<QPushButton>(import, "importValidLines")->click();
        QTRY_VERIFY(!import);

        QCOMPARE(m_window->gridModel()->rowCount(), 3);
        QCOMPARE(worked(0, 1), Hours::fromWholeHours(14));
        QCOMPARE(worked(2, 1), Hours::fromWholeHours(21)); // MARTIN joined the claim
        QCOMPARE(m_window->editor()->undoStack()->count(), stepsBefore + 1);
        expectSameAsComputedAfresh();

        auto *undo = m_window->findChild<QAction *>("undoAction");
        undo->trigger();
        QCOMPARE(m_window->gridModel()->rowCount(), 2);
        QCOMPARE(worked(0, 1), Hours::fromWholeHours(10));
        expectSameAsComputedAfresh();
        m_window->findChild<QAction *>("redoAction")->trigger();
        QCOMPARE(m_window->gridModel()->rowCount(), 3);
        QCOMPARE(worked(2, 1), Hours::fromWholeHours(21));
        expectSameAsComputedAfresh();
    }

    void theClaimIsAsItWasWhenOpenedAgain() {
        QVERIFY(m_window->editor()->paste(cell(0, 3), "14\t7\n10\t0\n"));
        const QString indemnity = cell(0, 16).data().toString();
        const QString total = m_window->footerView()->model()->index(0, 16).data().toString();
        QVERIFY(!indemnity.isEmpty());
        delete m_window;
        m_window = nullptr;
        // The program restarted: the same store file opened again.
        const QString path = m_fixture.store->path();
        m_computer.reset();
        m_fixture.store.reset();
        m_fixture.store = openStore(path);
        m_computer.emplace(*m_fixture.store);
        QString error;
        m_window = openClaimWindow(m_fixture, *m_computer, &error);
        QVERIFY2(m_window, qPrintable(error));
        QCOMPARE(cell(0, 3).data().toString(), "14");
        QCOMPARE(cell(0, 4).data().toString(), "7");
        QCOMPARE(cell(0, 16).data().toString(), indemnity);
        QCOMPARE(m_window->footerView()->model()->index(0, 16).data().toString(), total);
    }

private:
    // Typing on a cell opens its editor with the first key; the next keys go to the editor, as
    // they do when a clerk types.
    static void typeInto(QWidget *view, const QString &text) {
        QTest::keyClick(view, text.at(0).toLatin1());
        QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
    }
    QModelIndex cell(int row, int column) const {
        return m_window->gridModel()->index(row, column);
    }
    std::optional<store::WeekHours> week(int row, int week) const {
        return m_window->document()->row(row).weeks[week];
    }
    Hours worked(int row, int w) const {
        const auto h = week(row, w);
        return h ? h->worked : Hours::fromHundredths(-1);
    }
    Hours treated(int row, int w) const {
        const auto h = week(row, w);
        return h ? h->treatedAsWorked : Hours::fromHundredths(-1);
    }
    // What the window shows after its edits is what the claim computed afresh from the store
    // gives: each employee and the totals kept as sums. Called after many steps, so a difference
    // fails at the caller's line, which names the step (a QCOMPARE in here would name only
    // itself, and after a first failure the later calls could no longer be told apart).
    void expectSameAsComputedAfresh(
        const std::source_location &where = std::source_location::current()) {
        const QString difference = differenceFromComputedAfresh();
        if (!difference.isEmpty())
            QTest::qFail(qPrintable(QStringLiteral("after this step, the window differs from the "
                                                   "claim computed afresh: ") +
                                    difference),
                         where.file_name(), int(where.line()));
    }
    // The first difference, in words; empty when there is none.
    QString differenceFromComputedAfresh() const {
        QString error;
        const auto fresh =
            ClaimDocument::open(*m_fixture.store, *m_computer, m_fixture.claim, &error);
        if (!fresh)
            return QStringLiteral("the claim does not open again: ") + error;
        const ClaimDocument *shown = m_window->document();
        if (shown->rowCount() != fresh->rowCount())
            return QStringLiteral("%1 rows shown, %2 afresh")
                .arg(shown->rowCount())
                .arg(fresh->rowCount());
        for (int r = 0; r < fresh->rowCount(); ++r) {
            if (!(shown->row(r).weeks == fresh->row(r).weeks))
                return QStringLiteral("row %1: the hours of the weeks").arg(r);
            if (!(shown->row(r).result == fresh->row(r).result))
                return QStringLiteral("row %1: the result (%2 h indemnifiable shown, %3 afresh)")
                    .arg(r)
                    .arg(shown->row(r).result.indemnifiableHours.toString(),
                         fresh->row(r).result.indemnifiableHours.toString());
        }
        if (shown->totalHours() != fresh->totalHours())
            return QStringLiteral("total hours %1 shown, %2 afresh")
                .arg(shown->totalHours().toString(), fresh->totalHours().toString());
        if (shown->totalIndemnity() != fresh->totalIndemnity())
            return QStringLiteral("total indemnity %1 shown, %2 afresh")
                .arg(shown->totalIndemnity().toString(), fresh->totalIndemnity().toString());
        if (shown->totalAllocation() != fresh->totalAllocation())
            return QStringLiteral("total allocation %1 shown, %2 afresh")
                .arg(shown->totalAllocation().toString(), fresh->totalAllocation().toString());
        for (int w = 0; w < shown->weeks().size(); ++w) {
            if (shown->weekTotal(w) != fresh->weekTotal(w))
                return QStringLiteral("week %1 total %2 shown, %3 afresh")
                    .arg(w + 1)
                    .arg(shown->weekTotal(w).toString(), fresh->weekTotal(w).toString());
        }
        if (shown->problems() != fresh->problems())
            return QStringLiteral("%1 problems shown, %2 afresh")
                .arg(shown->problems().size())
                .arg(fresh->problems().size());
        return {};
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    ClaimFixture m_fixture;
    std::optional<store::ClaimComputer> m_computer;
    ClaimWindow *m_window = nullptr;
};

APDESK_GUI_TEST_MAIN(TestClaimWindow)
#include "test_claimwindow.moc"
