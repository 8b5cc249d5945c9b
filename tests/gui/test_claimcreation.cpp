#include "mainwindow.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "account/loginpage.h"
#include "claim/claimdocument.h"
#include "claim/claimlistmodel.h"
#include "claim/claimlistpanel.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "claim/decisionsdialog.h"
#include "claim/hoursgrideditor.h"
#include "claim/hoursgridmodel.h"
#include "establishment/workspacepage.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

using namespace apdesk;
using apdesk::ui::ClaimListModel;
using apdesk::ui::ClaimWindow;
using apdesk::ui::CreateClaimDialog;
using apdesk::ui::MainWindow;

namespace {

const QString password = QStringLiteral("Principal1!");
const QString rightCode = QStringLiteral("K7P2QX9M4R");

void logIn(MainWindow &window, const QString &identifier) {
    ui::LoginPage *login = window.loginPage();
    typeInto(child<QLineEdit>(login, "identifierEdit"), identifier);
    typeInto(child<QLineEdit>(login, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
}

// Types a code as a clerk does, replacing what the field held.
void typeCode(CreateClaimDialog *dialog, const QString &code) {
    auto *edit = child<QLineEdit>(dialog, "secretCodeEdit");
    edit->clear();
    QTest::keyClicks(edit, code);
    QTest::keyClick(edit, Qt::Key_Return);
}

CreateClaimDialog *openCreateDialog(MainWindow &window) {
    QTest::mouseClick(child<QPushButton>(window.workspace(), "createClaimButton"),
                      Qt::LeftButton);
    return window.findChild<CreateClaimDialog *>();
}

store::CachedDecision decision(const QString &siret, const QString &number, const QDate &start,
                               const QDate &end, const QString &code) {
    store::CachedDecision d;
    d.number = number;
    d.siret = siret;
    d.periodStart = start;
    d.periodEnd = end;
    d.form = 1;
    d.scheme = QStringLiteral("common");
    d.authorisedHours = domain::Hours::fromWholeHours(1200);
    d.authorisedHeadcount = 12;
    d.secretCode = code;
    return d;
}

} // namespace

// "Créer une nouvelle demande" from the list of claims, online against the simulated service
// and offline from the decisions kept on this computer: the right code, a wrong one, the code
// of a decision whose filing deadline is over, a month that already has its claim; then the
// list of claims with its figures, opened with Enter.
class TestClaimCreation final : public QObject {
    Q_OBJECT

private slots:
    void createsAClaimOnlineWithTheCodeOfTheNotification() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const QString siret = validSiret(61);
        const auto account = fx.createAccount(siret, QStringLiteral("c.d@exemple.fr"), password);
        int status = 0;
        const QJsonObject granted = fx.send(
            "POST", QStringLiteral("/sim/decisions"),
            {{"siret", siret},
             {"periodStart", "2026-03-01"},
             {"periodEnd", "2026-08-31"},
             {"form", 1},
             {"scheme", "common"},
             {"motive", 5},
             {"authorisedHours", "1200"},
             {"authorisedHeadcount", 12},
             {"secretCode", rightCode}},
            &status);
        QCOMPARE(status, 200); // the fixture says 200 for any success
        const QString number = granted.value("number").toString();
        QVERIFY(!number.isEmpty());

        MainWindow window(fx.services());
        window.show();
        logIn(window, account.identifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->establishmentCount(), 1, 10000);
        ui::ClaimListPanel *claims = window.workspace()->claims();
        new QAbstractItemModelTester(claims->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     claims);
        QTRY_VERIFY(claims->establishmentId() > 0);
        QCOMPARE(claims->model()->rowCount(), 0);
        screenshot(&window, QStringLiteral("claims-empty"));
        QCOMPARE(apdesk::testing::unnamedControls(&window), QStringList());

        CreateClaimDialog *dialog = openCreateDialog(window);
        QVERIFY(dialog);
        // The decisions are fetched from the service and kept for offline work.
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, "decisionsState").contains("à jour"), 10000);
        const auto cached = fx.services().store->decisionCache().find(number);
        QVERIFY(cached && cached.value());
        QCOMPARE(cached.value()->secretCode, rightCode);

        // A wrong code says what is wrong without telling which codes exist.
        typeCode(dialog, QStringLiteral("ABCDEFGHJK"));
        QVERIFY(labelText(dialog, "codeMessage").contains("ne correspond à aucune décision"));
        QVERIFY(!labelText(dialog, "codeMessage").contains(rightCode));
        QVERIFY(!labelText(dialog, "codeMessage").contains(number));
        QVERIFY(!child<QPushButton>(dialog, "createClaimButton")->isEnabled());
        typeCode(dialog, QStringLiteral("K7P2"));
        QVERIFY(labelText(dialog, "codeMessage").contains("10 caractères"));
        QVERIFY(labelText(dialog, "codeMessage").contains("4"));

        // The right code (typed in lower case with a space) shows the decision.
        typeCode(dialog, QStringLiteral("k7p2q x9m4r"));
        QVERIFY(labelText(dialog, "codeMessage").contains(number));
        const QString summary = labelText(dialog, "decisionSummary");
        QVERIFY(summary.contains("01/03/2026"));
        QVERIFY(summary.contains("31/08/2026"));
        QVERIFY(summary.contains("réduction de l'horaire"));
        QVERIFY(summary.contains("droit commun"));
        QVERIFY2(QString(summary).remove(QRegularExpression("\\s")).contains("1200hpour12salariés"),
                 qPrintable(QString(summary).replace('\n', " / ")));
        auto *calendar = child<QCalendarWidget>(dialog, "monthCalendar");
        QVERIFY(calendar->isEnabled());
        QCOMPARE(calendar->minimumDate(), QDate(2026, 3, 1));
        QCOMPARE(calendar->maximumDate(), QDate(2026, 8, 31));
        calendar->setSelectedDate(QDate(2027, 1, 15)); // outside the period: not taken
        QVERIFY(calendar->selectedDate() <= QDate(2026, 8, 31));
        calendar->setSelectedDate(QDate(2026, 4, 15));
        QVERIFY(labelText(dialog, "chosenMonth").contains("avril 2026"));
        screenshot(dialog, QStringLiteral("create-claim"));
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());
        QTest::mouseClick(child<QPushButton>(dialog, "createClaimButton"), Qt::LeftButton);

        // The claim is created and opens; the list shows it.
        ClaimWindow *claimWindow = nullptr;
        QTRY_VERIFY((claimWindow = window.findChild<ClaimWindow *>()) != nullptr);
        QTRY_VERIFY(claimWindow->isVisible());
        QCOMPARE(claims->model()->rowCount(), 1);
        QCOMPARE(claims->model()->index(0, ClaimListModel::Month).data().toString(),
                 "Avril 2026");
        QCOMPARE(claims->model()->index(0, ClaimListModel::Status).data().toString(),
                 "En préparation");
        const qint64 claimId = claimWindow->claimId();
        const auto stored = fx.services().store->claims().find(claimId);
        QVERIFY(stored);
        QCOMPARE(stored->month, QDate(2026, 4, 1));
        QCOMPARE(stored->decisionNumber, number);

        // The same month again opens that claim rather than making a second.
        dialog = openCreateDialog(window);
        QVERIFY(dialog);
        typeCode(dialog, rightCode);
        child<QCalendarWidget>(dialog, "monthCalendar")->setSelectedDate(QDate(2026, 4, 2));
        QVERIFY(labelText(dialog, "chosenMonth").contains("existe déjà"));
        QTest::mouseClick(child<QPushButton>(dialog, "createClaimButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<CreateClaimDialog *>() ||
                    !window.findChild<CreateClaimDialog *>()->isVisible());
        QCOMPARE(claims->model()->rowCount(), 1);
        QCOMPARE(window.findChildren<ClaimWindow *>().size(), 1);
        QCOMPARE(fx.services().store->claims().listFor(claims->establishmentId())->size(), 1);

        // "Décisions": fetched from the service at once, with the filing deadline and the
        // months claimed on this computer; never the secret code.
        QTest::mouseClick(child<QPushButton>(window.workspace(), "openDecisionsButton"),
                          Qt::LeftButton);
        auto *decisions = window.findChild<ui::DecisionsDialog *>();
        QVERIFY(decisions);
        new QAbstractItemModelTester(
            decisions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, decisions);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(decisions, "decisionsMessage").contains("à jour"),
                                 10000);
        QCOMPARE(decisions->model()->rowCount(), 1);
        const auto text = [&](int column) {
            return decisions->model()->index(0, column).data().toString();
        };
        QCOMPARE(text(ui::DecisionListModel::Number), number);
        QCOMPARE(text(ui::DecisionListModel::Period), "du 01/03/2026 au 31/08/2026");
        QCOMPARE(text(ui::DecisionListModel::AuthorisedHours), "1200 h");
        QCOMPARE(text(ui::DecisionListModel::Headcount), "12");
        QVERIFY2(text(ui::DecisionListModel::Deadline).startsWith("28/02/2027 (dans "),
                 qPrintable(text(ui::DecisionListModel::Deadline)));
        QCOMPARE(text(ui::DecisionListModel::Claims), "avril 2026");
        for (int column = 0; column < decisions->model()->columnCount(); ++column)
            QVERIFY(!text(column).contains(rightCode));
        QVERIFY(child<QPushButton>(decisions, "fetchDecisionsButton")->isVisible());
        screenshot(decisions, QStringLiteral("decisions-online"));
        QCOMPARE(apdesk::testing::unnamedControls(decisions), QStringList());
    }

    void createsOfflineFromADecisionKeptOnThisComputer() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const store::Store &store = *fx.services().store;
        const QString siret = validSiret(62);
        store::Establishment e;
        e.siret = siret;
        e.name = QStringLiteral("Boulangerie Martin");
        e.departement = QStringLiteral("57");
        const qint64 establishment = store.establishments().add(e).value();
        QVERIFY(store.decisionCache().put(decision(siret, "DEC-OFF-1", QDate(2026, 3, 1),
                                                   QDate(2026, 8, 31), rightCode)));
        // A decision of 2025 whose filing deadline (six months after its end) has passed.
        QVERIFY(store.decisionCache().put(decision(siret, "DEC-OLD-1", QDate(2025, 1, 1),
                                                   QDate(2025, 3, 31), "B4NQ7T2W8Z")));
        store::Employee employee;
        employee.establishmentId = establishment;
        employee.nir = QStringLiteral("185057800608491");
        employee.matricule = QStringLiteral("M-1");
        employee.lastName = QStringLiteral("Dupont");
        employee.firstName = QStringLiteral("Paul");
        employee.entryDate = QDate(2020, 1, 6);
        employee.weeklyHours = domain::Hours::fromWholeHours(35);
        employee.grossHourlyPay = domain::HourlyPay::fromCents(1600);
        const qint64 employeeId = store.employees().add(employee).value();

        MainWindow window(fx.services());
        window.show();
        QTest::mouseClick(child<QPushButton>(window.loginPage(), "workOfflineButton"),
                          Qt::LeftButton);
        QCOMPARE(window.workspace()->currentEstablishment().id, establishment);
        ui::ClaimListPanel *claims = window.workspace()->claims();
        QCOMPARE(claims->establishmentId(), establishment);

        CreateClaimDialog *dialog = openCreateDialog(window);
        QVERIFY(dialog);
        QVERIFY(labelText(dialog, "decisionsState").contains("Hors ligne"));
        typeCode(dialog, QStringLiteral("B4NQ7T2W8Z"));
        QVERIFY(labelText(dialog, "codeMessage").contains("délai de dépôt"));
        QVERIFY(!child<QPushButton>(dialog, "createClaimButton")->isEnabled());
        typeCode(dialog, rightCode);
        QVERIFY(labelText(dialog, "codeMessage").contains("DEC-OFF-1"));
        // From the keyboard: up a week at a time to May, then Enter creates, as "créer" does.
        auto *calendar = child<QCalendarWidget>(dialog, "monthCalendar");
        calendar->setSelectedDate(QDate(2026, 6, 3));
        auto *days = child<QWidget>(calendar, "qt_calendar_calendarview");
        days->setFocus();
        QTest::keyClick(days, Qt::Key_Up);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 5, 27));
        QTest::keyClick(days, Qt::Key_Return);
        ClaimWindow *claimWindow = nullptr;
        QTRY_VERIFY((claimWindow = window.findChild<ClaimWindow *>()) != nullptr);
        QCOMPARE(claimWindow->document()->assembled().record.month, QDate(2026, 5, 1));

        // The claim's employees and hours show in the list as they change in the window.
        QVERIFY(store.claimLines().addEmployees(claimWindow->claimId(), {employeeId}));
        QString error;
        QVERIFY2(claimWindow->document()->reload(&error), qPrintable(error));
        QVERIFY(claimWindow->editor()->paste(claimWindow->gridModel()->index(0, 3), "20\n"));
        QCOMPARE(claims->model()->index(0, ClaimListModel::Employees).data().toString(), "1");
        const QString hours = claims->model()->index(0, ClaimListModel::Hours).data().toString();
        QVERIFY2(hours != "0", qPrintable(hours));
        QVERIFY(!claims->model()->index(0, ClaimListModel::Indemnity).data().toString().isEmpty());
        screenshot(&window, QStringLiteral("claims-list"));
        QCOMPARE(apdesk::testing::unnamedControls(&window), QStringList());

        // Closed, then opened again from the list with Enter.
        claimWindow->close();
        QTRY_VERIFY(!window.findChild<ClaimWindow *>());
        QTableView *list = claims->view();
        list->setFocus();
        list->setCurrentIndex(claims->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(window.findChild<ClaimWindow *>());
        QCOMPARE(window.findChild<ClaimWindow *>()->document()->rowCount(), 1);

        // Offline, "Décisions" lists those kept on this computer, the latest period first; the
        // one past its filing deadline says so in words.
        QTest::mouseClick(child<QPushButton>(window.workspace(), "openDecisionsButton"),
                          Qt::LeftButton);
        auto *decisions = window.findChild<ui::DecisionsDialog *>();
        QVERIFY(decisions);
        QVERIFY(!decisions->findChild<QPushButton *>("fetchDecisionsButton"));
        QVERIFY(labelText(decisions, "decisionsMessage").contains("Hors ligne : 2 décisions"));
        const auto text = [&](int row, int column) {
            return decisions->model()->index(row, column).data().toString();
        };
        QCOMPARE(text(0, ui::DecisionListModel::Number), "DEC-OFF-1");
        QCOMPARE(text(0, ui::DecisionListModel::Claims), "mai 2026");
        QCOMPARE(text(1, ui::DecisionListModel::Number), "DEC-OLD-1");
        QCOMPARE(text(1, ui::DecisionListModel::Deadline), "30/09/2025 — dépassée");
        QCOMPARE(text(1, ui::DecisionListModel::Claims), "aucune");
        QCOMPARE(decisions->model()
                     ->index(1, ui::DecisionListModel::Deadline)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 "Décision DEC-OLD-1, Date limite de dépôt : 30/09/2025 — dépassée");
        screenshot(decisions, QStringLiteral("decisions-offline"));
        QCOMPARE(apdesk::testing::unnamedControls(decisions), QStringList());
    }
};

APDESK_GUI_TEST_MAIN(TestClaimCreation)
#include "test_claimcreation.moc"
