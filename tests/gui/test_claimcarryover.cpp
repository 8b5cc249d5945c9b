#include "mainwindow.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "account/loginpage.h"
#include "claim/carryoverdialog.h"
#include "claim/carryovermodel.h"
#include "claim/claimdocument.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "claim/gridtext.h"
#include "claim/hoursgrideditor.h"
#include "establishment/workspacepage.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace apdesk;
using apdesk::ui::CarryOverDialog;
using apdesk::ui::CarryOverModel;
using apdesk::ui::ClaimWindow;
using apdesk::ui::CreateClaimDialog;
using apdesk::ui::MainWindow;

namespace {

const QString code = QStringLiteral("K7P2QX9M4R");

// A valid NIR for each `n`: 13 digits and their key, 97 minus their remainder by 97.
QString nirOf(int n) {
    const QString digits = QStringLiteral("1850578006%1").arg(n, 3, 10, QLatin1Char('0'));
    const int key = 97 - int(digits.toLongLong() % 97);
    return digits + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

int rowNamed(const CarryOverModel *model, const QString &lastName) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).employee.lastName == lastName)
            return row;
    }
    return -1;
}

} // namespace

// « Reprendre le mois précédent » (issue 16) as a clerk walks it, offline: December's claim is
// created with « Reprendre les salariés de la demande de novembre 2026 » ticked; the claim opens
// on what changed since November — an arrival, a departure, a raise; the clerk leaves the
// arrival out from the keyboard, takes the hours too, and gets November's employees with their
// hours on December's weeks; one Ctrl+Z takes it all back, Ctrl+Y puts it back.
class TestClaimCarryOver final : public QObject {
    Q_OBJECT

private slots:
    void carriesNovemberOverWithItsDifferences() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const store::Store &store = *fx.services().store;
        store::Establishment e;
        e.siret = validSiret(71);
        e.name = QStringLiteral("Imprimerie Vautrin");
        e.departement = QStringLiteral("75");
        const qint64 establishment = store.establishments().add(e).value();
        store::CachedDecision decision;
        decision.number = QStringLiteral("DEC-CO-1");
        decision.siret = e.siret;
        decision.periodStart = QDate(2026, 9, 1);
        decision.periodEnd = QDate(2027, 2, 28);
        decision.form = 1;
        decision.scheme = QStringLiteral("common");
        decision.authorisedHours = domain::Hours::fromWholeHours(2000);
        decision.authorisedHeadcount = 10;
        decision.secretCode = code;
        QVERIFY(store.decisionCache().put(decision));

        const auto hire = [&](int n, const QString &name, const QDate &entry) {
            store::Employee p;
            p.establishmentId = establishment;
            p.nir = nirOf(n);
            p.matricule = QStringLiteral("M-%1").arg(n);
            p.lastName = name;
            p.firstName = QStringLiteral("Alex");
            p.entryDate = entry;
            p.weeklyHours = domain::Hours::fromWholeHours(35);
            p.grossHourlyPay = domain::HourlyPay::fromCents(1600);
            return store.employees().add(p).value();
        };
        const qint64 arnaud = hire(1, QStringLiteral("Arnaud"), QDate(2019, 1, 7));
        const qint64 colin = hire(2, QStringLiteral("Colin"), QDate(2020, 3, 2));
        const qint64 dupont = hire(3, QStringLiteral("Dupont"), QDate(2018, 9, 3));
        const qint64 durand = hire(4, QStringLiteral("Durand"), QDate(2021, 6, 1));
        const qint64 november =
            store.claims().create(establishment, decision.number, QDate(2026, 11, 1))->id;
        for (const qint64 id : {arnaud, colin, dupont, durand}) {
            store::WeekHours week;
            week.weekStart = QDate(2026, 11, 23); // the latest whole week of November
            week.worked = domain::Hours::fromWholeHours(21);
            QVERIFY(store.claimLines().upsert(november, id, week));
        }
        QVERIFY(store.claims().setStatus(november, store::ClaimStatus::Queued));
        QVERIFY(store.claims().setStatus(november, store::ClaimStatus::Sent));
        // Since November: Arnaud's raise, Colin left on the 20th, Durand leaves on 15
        // December, Est arrived on 7 December.
        auto raised = store.employees().find(arnaud).value();
        raised.grossHourlyPay = domain::HourlyPay::fromCents(1700);
        QVERIFY(store.employees().update(raised));
        auto left = store.employees().find(colin).value();
        left.exitDate = QDate(2026, 11, 20);
        QVERIFY(store.employees().update(left));
        auto leaving = store.employees().find(durand).value();
        leaving.exitDate = QDate(2026, 12, 15);
        QVERIFY(store.employees().update(leaving));
        const qint64 est = hire(5, QStringLiteral("Est"), QDate(2026, 12, 7));

        MainWindow window(fx.services());
        window.show();
        QTest::mouseClick(child<QPushButton>(window.loginPage(), "workOfflineButton"),
                          Qt::LeftButton);
        QCOMPARE(window.workspace()->currentEstablishment().id, establishment);

        // « Créer une nouvelle demande » for December offers November's employees, ticked.
        QTest::mouseClick(child<QPushButton>(window.workspace(), "createClaimButton"),
                          Qt::LeftButton);
        auto *create = window.findChild<CreateClaimDialog *>();
        QVERIFY(create);
        auto *codeEdit = child<QLineEdit>(create, "secretCodeEdit");
        QTest::keyClicks(codeEdit, code);
        auto *calendar = child<QCalendarWidget>(create, "monthCalendar");
        calendar->setSelectedDate(QDate(2026, 12, 3));
        QCheckBox *carry = create->carryOverBox();
        QVERIFY(carry->isEnabled());
        QVERIFY(carry->isChecked());
        const QString novemberText = ui::gridtext::monthYear(QDate(2026, 11, 1));
        QVERIFY2(carry->text().contains(novemberText), qPrintable(carry->text()));
        // November itself has no October to take from.
        calendar->setSelectedDate(QDate(2026, 11, 3));
        QVERIFY(!carry->isEnabled());
        calendar->setSelectedDate(QDate(2026, 12, 3));
        QVERIFY(carry->isEnabled() && carry->isChecked());
        QCOMPARE(apdesk::testing::unnamedControls(create), QStringList());
        screenshot(create, QStringLiteral("create-claim-carry-over"));
        QTest::mouseClick(child<QPushButton>(create, "createClaimButton"), Qt::LeftButton);

        // The claim opens on what changed since November, before anything is written.
        ClaimWindow *claimWindow = nullptr;
        QTRY_VERIFY((claimWindow = window.findChild<ClaimWindow *>()) != nullptr);
        CarryOverDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = claimWindow->findChild<CarryOverDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        const qint64 december = claimWindow->claimId();
        QCOMPARE(claimWindow->document()->rowCount(), 0);
        CarryOverModel *model = dialog->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        const QString summary = labelText(dialog, "carryOverSummary");
        QVERIFY2(summary.contains("4 salariés le mois précédent") &&
                     summary.contains("1 arrivée") && summary.contains("2 départs") &&
                     summary.contains("1 changement de contrat ou de salaire"),
                 qPrintable(summary));
        const auto cell = [&](const QString &name, int column) {
            return model->index(rowNamed(model, name), column).data().toString();
        };
        QVERIFY(cell("Arnaud", CarryOverModel::Changes).contains("Salaire horaire brut"));
        QVERIFY(cell("Arnaud", CarryOverModel::Changes).contains("17,00"));
        QVERIFY2(cell("Colin", CarryOverModel::Situation).contains("20/11/2026"),
                 qPrintable(cell("Colin", CarryOverModel::Situation)));
        QVERIFY(cell("Durand", CarryOverModel::Situation).contains("15/12/2026"));
        QVERIFY(cell("Est", CarryOverModel::Situation).contains("Arrivée"));
        // November's 21 h in December's 5 weeks: 3 of 4 days (16,80 h) and 2 whole.
        QCOMPARE(cell("Dupont", CarryOverModel::Hours),
                 QStringLiteral("5 semaines, 92,40\u00a0h travaillées"));
        // Colin left before December: no box to tick.
        const int colinRow = rowNamed(model, "Colin");
        QVERIFY(!(model->flags(model->index(colinRow, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model->isChecked(colinRow));

        // From the keyboard: Space on Est's row, whatever its column, leaves the arrival out;
        // Space on Colin's does nothing.
        QTableView *view = dialog->view();
        QTRY_COMPARE(dialog->focusWidget(), static_cast<QWidget *>(view));
        view->setCurrentIndex(model->index(rowNamed(model, "Est"), CarryOverModel::Situation));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!model->isChecked(rowNamed(model, "Est")));
        view->setCurrentIndex(model->index(colinRow, CarryOverModel::Name));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!model->isChecked(colinRow));
        QCOMPARE(dialog->takeButton()->text(), QStringLiteral("&Reprendre 3 salariés"));
        QVERIFY(!dialog->hoursBox()->isChecked()); // the hours only when asked
        dialog->hoursBox()->setFocus();
        QTest::keyClick(dialog->hoursBox(), Qt::Key_Space);
        QVERIFY(dialog->hoursBox()->isChecked());
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());
        screenshot(dialog, QStringLiteral("carry-over"));
        QTest::mouseClick(dialog->takeButton(), Qt::LeftButton);

        // Three employees with their contract as it is now and November's rhythm on
        // December's weeks; Durand's stop at his exit.
        QCOMPARE(claimWindow->document()->rowCount(), 3);
        auto contents = store.claimLines().contentsOf(december);
        QVERIFY(contents);
        QCOMPARE(contents->copies.size(), 3);
        QCOMPARE(contents->lines.size(), 5 + 5 + 3);
        for (const store::ClaimLine &copy : contents->copies) {
            QVERIFY(copy.employeeId != est && copy.employeeId != colin);
            if (copy.employeeId == arnaud)
                QCOMPARE(copy.grossHourlyPay, domain::HourlyPay::fromCents(1700));
        }
        QVERIFY(claimWindow->statusBar()->currentMessage().contains("3 salariés repris"));

        // One Ctrl+Z takes it all back; Ctrl+Y puts it back.
        auto *undo = claimWindow->findChild<QAction *>("undoAction");
        QVERIFY2(undo->toolTip().contains("Reprise de 3 salariés de " + novemberText),
                 qPrintable(undo->toolTip()));
        undo->trigger();
        QCOMPARE(claimWindow->document()->rowCount(), 0);
        QCOMPARE(store.claimLines().contentsOf(december)->copies.size(), 0);
        claimWindow->findChild<QAction *>("redoAction")->trigger();
        QCOMPARE(claimWindow->document()->rowCount(), 3);
        QCOMPARE(store.claimLines().contentsOf(december)->lines.size(), 13);

        // Asked again: those already on the claim stay as they are; the arrival can still come.
        CarryOverDialog *again = claimWindow->carryOverPreviousMonth();
        QVERIFY(again);
        QCOMPARE(again->model()
                     ->index(rowNamed(again->model(), "Dupont"), CarryOverModel::Situation)
                     .data()
                     .toString(),
                 QStringLiteral("Déjà dans la demande"));
        QCOMPARE(again->model()->chosenIds(), QList<qint64>{est});
        again->reject();

        // Sent meanwhile (here by the store, as another window would): the carry-over can no
        // longer be undone; the clerk is told, nothing is removed, and the step leaves the stack.
        QUndoStack *stack = claimWindow->editor()->undoStack();
        const int steps = stack->count();
        QVERIFY(store.claims().setStatus(december, store::ClaimStatus::Queued));
        stack->undo();
        QVERIFY2(labelText(claimWindow, "claimMessage").contains("plus en préparation"),
                 qPrintable(labelText(claimWindow, "claimMessage")));
        QCOMPARE(store.claimLines().contentsOf(december)->copies.size(), 3);
        QCOMPARE(stack->count(), steps - 1);
    }
};

APDESK_GUI_TEST_MAIN(TestClaimCarryOver)
#include "test_claimcarryover.moc"
