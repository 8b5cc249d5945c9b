// "Envoyer à l'UD" in the program (issue 14), against the real simulated service: a blocking
// problem keeps the claim and selects its cell; a confirmed claim is queued, read-only, and
// leaves by itself; offline it waits (the status bar says how many), and leaves once the
// service answers; the service holds each claim once, with the program's allocation.
#include "mainwindow.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "../unit/store/storetesthelpers.h"
#include "account/loginpage.h"
#include "claim/aspstatusdialog.h"
#include "claim/checksmodel.h"
#include "claim/claimdocument.h"
#include "claim/claimlistmodel.h"
#include "claim/claimlistpanel.h"
#include "claim/claimwindow.h"
#include "claim/hoursgridview.h"
#include "claim/sendingmonitor.h"
#include "establishment/authorisationdialog.h"
#include "establishment/workspacepage.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace apdesk;
using apdesk::ui::ClaimWindow;
using apdesk::ui::MainWindow;

namespace {

const QString password = QStringLiteral("Principal1!");

void logIn(MainWindow &window, const QString &identifier) {
    ui::LoginPage *login = window.loginPage();
    typeInto(child<QLineEdit>(login, "identifierEdit"), identifier);
    typeInto(child<QLineEdit>(login, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
}

} // namespace

class TestClaimSending final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_fx.isReady(), qPrintable(m_fx.error()));
        m_siret = validSiret(71);
        m_identifier =
            m_fx.createAccount(m_siret, QStringLiteral("e.f@exemple.fr"), password).identifier;
        QVERIFY(!m_identifier.isEmpty());
        const QJsonObject granted = m_fx.send("POST", QStringLiteral("/sim/decisions"),
                                              {{"siret", m_siret},
                                               {"periodStart", "2026-09-01"},
                                               {"periodEnd", "2027-02-28"},
                                               {"form", 1},
                                               {"scheme", "common"},
                                               {"motive", 1},
                                               {"authorisedHours", "2000"},
                                               {"authorisedHeadcount", 10},
                                               {"secretCode", "K7P2QX9M4R"}});
        m_decision = granted.value("number").toString();
        QVERIFY(!m_decision.isEmpty());
    }

    void aClaimLeavesOnceAfterItsChecksAndConfirmation() {
        MainWindow window(m_fx.services());
        QVERIFY(showLoggedIn(window));
        const qint64 claimId = prepareClaim(QDate(2026, 11, 1), 60); // 60 h worked: blocking
        ClaimWindow *claimWindow = window.openClaim(claimId);
        QVERIFY(claimWindow);
        auto *send = claimWindow->findChild<QAction *>(QStringLiteral("sendAction"));
        QVERIFY(send && send->isEnabled());

        // A blocking problem: nothing is asked, nothing leaves, its cell is selected.
        QVERIFY(claimWindow->document()->blockingCount() > 0);
        send->trigger();
        QVERIFY(!claimWindow->findChild<QMessageBox *>());
        QVERIFY2(labelText(claimWindow, "claimMessage").contains("bloquant"),
                 qPrintable(labelText(claimWindow, "claimMessage")));
        QCOMPARE(claimWindow->gridView()->currentIndex().row(), 0);
        QCOMPARE(status(claimId), store::ClaimStatus::Preparation);

        // Corrected: the clerk confirms, the claim is queued then sent, read-only.
        setWorked(claimId, 10);
        QString error;
        QVERIFY2(claimWindow->document()->reload(&error), qPrintable(error));
        QCOMPARE(claimWindow->document()->blockingCount(), 0);
        QMessageBox *box = claimWindow->sendToAdministration();
        QVERIFY(box);
        QVERIFY(box->text().contains("ne pourra plus être modifiée"));
        screenshot(box, QStringLiteral("send-confirmation"));
        QCOMPARE(apdesk::testing::unnamedControls(box), QStringList());
        QTest::mouseClick(child<QPushButton>(box, "confirmSendButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status(claimId), store::ClaimStatus::Sent, 10000);
        QTRY_VERIFY(!claimWindow->document()->isEditable());
        QVERIFY(!send->isEnabled());
        QTRY_VERIFY(labelText(claimWindow, "claimHeading").contains("Envoyée à l'ASP"));
        QTRY_VERIFY(labelText(&window, "sendingStatus").contains("En ligne"));
        QVERIFY(labelText(&window, "sendingStatus").contains("aucune demande en attente"));
        screenshot(claimWindow, QStringLiteral("claim-sent"));

        const QJsonArray atTheAsp = claimsAtTheAsp();
        QCOMPARE(atTheAsp.size(), 1);
        QCOMPARE(atTheAsp.at(0)["month"].toString(), QStringLiteral("2026-11"));
        QCOMPARE(atTheAsp.at(0)["allocation"].toString().remove('.').toLongLong(),
                 claimWindow->document()->totalAllocation().cents());
        const auto list = window.workspace()->claims()->model();
        bool listed = false;
        for (int row = 0; row < list->rowCount(); ++row) {
            listed = listed ||
                     list->index(row, ui::ClaimListModel::Status).data().toString() == "Envoyée";
        }
        QVERIFY(listed);

        // The ASP instructs and pays it: "Suivi à l'ASP" shows each dated step and the payment,
        // the program's allocation to the cent.
        const QString number = atTheAsp.at(0)["number"].toString();
        QVERIFY(payAtTheAsp(number));
        ui::AspStatusDialog *asp = claimWindow->showAspStatus();
        QVERIFY(asp);
        new QAbstractItemModelTester(asp->history(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, asp);
        QTRY_COMPARE_WITH_TIMEOUT(asp->history()->rowCount(), 5, 10000);
        QCOMPARE(asp->history()->index(0, ui::AspHistoryModel::Status).data().toString(),
                 QStringLiteral("En attente de validation"));
        QCOMPARE(asp->history()->index(4, ui::AspHistoryModel::Status).data().toString(),
                 QStringLiteral("Paiement effectué"));
        const QString summary = labelText(asp, "aspSummary");
        QVERIFY2(summary.contains("Paiement effectué") && summary.contains(number),
                 qPrintable(summary));
        const QString paid = QLocale().toCurrencyString(
            claimWindow->document()->totalAllocation().cents() / 100.0, QStringLiteral("€"));
        QVERIFY2(summary.contains(QStringLiteral("Montant payé : %1").arg(paid)),
                 qPrintable(summary));
        screenshot(asp, QStringLiteral("asp-status"));
        QCOMPARE(apdesk::testing::unnamedControls(asp), QStringList());
    }

    // Paid, then found wrong: "Corriger" in "Suivi à l'ASP" opens version 2 of the month with
    // the paid hours, in preparation; sent, it becomes version 2 at the ASP, which pays only
    // what it adds, to the cent.
    void aPaidClaimIsCorrectedInANewVersion() {
        MainWindow window(m_fx.services());
        QVERIFY(showLoggedIn(window));
        const qint64 firstId = prepareClaim(QDate(2026, 12, 1), 21);
        ClaimWindow *first = window.openClaim(firstId);
        QVERIFY(first);
        const QString number = sendAndPay(first);
        QVERIFY(!number.isEmpty());
        const qint64 firstAllocation = first->document()->totalAllocation().cents();

        ui::AspStatusDialog *asp = first->showAspStatus();
        QVERIFY(asp);
        QTRY_VERIFY_WITH_TIMEOUT(asp->correctButton()->isVisible(), 10000);
        QVERIFY(labelText(asp, "aspSummary").contains("nouvelle version"));
        screenshot(asp, QStringLiteral("asp-status-correct"));
        QSignalSpy opened(first, &ClaimWindow::correctionOpened);
        QTest::mouseClick(asp->correctButton(), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        const qint64 correctionId = opened.at(0).at(0).toLongLong();
        ClaimWindow *correction = window.openClaim(correctionId); // opened already: raised
        QVERIFY(correction && correction != first);
        QCOMPARE(correction->document()->assembled().record.version, 2);
        QVERIFY(correction->document()->isEditable());
        QVERIFY2(correction->windowTitle().contains("version 2"),
                 qPrintable(correction->windowTitle()));
        QCOMPARE(correction->document()->totalAllocation().cents(), firstAllocation);
        const auto list = window.workspace()->claims()->model();
        QStringList months;
        for (int row = 0; row < list->rowCount(); ++row)
            months << list->index(row, ui::ClaimListModel::Month).data().toString();
        QVERIFY2(months.contains("Décembre 2026 (version 2)") && months.contains("Décembre 2026"),
                 qPrintable(months.join(", ")));
        // Asked for again, from the paid version: the same correction, none duplicated.
        QVERIFY(first->startCorrection());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toLongLong(), correctionId);

        // 14 h worked instead of 21: more hours chômées, a larger allocation.
        m_weeks.insert(correctionId, m_weeks.value(firstId));
        setWorked(correctionId, 14);
        QString error;
        QVERIFY2(correction->document()->reload(&error), qPrintable(error));
        const qint64 correctedAllocation = correction->document()->totalAllocation().cents();
        QVERIFY(correctedAllocation > firstAllocation);
        QCOMPARE(sendAndPay(correction), number);
        ui::AspStatusDialog *second = correction->showAspStatus();
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(second, "aspSummary").contains("Paiement effectué"),
                                 10000);
        const QString summary = labelText(second, "aspSummary");
        QVERIFY2(summary.contains(QStringLiteral("n° %1, version 2").arg(number)),
                 qPrintable(summary));
        const QString difference = QLocale().toCurrencyString(
            (correctedAllocation - firstAllocation) / 100.0, QStringLiteral("€"));
        QVERIFY2(summary.contains(QStringLiteral("Montant payé : %1").arg(difference)),
                 qPrintable(summary));
        QVERIFY(second->correctButton()->isVisible()); // version 2 may be corrected in turn

        // The paid version 1 now says it was replaced, and offers no correction of its own.
        ui::AspStatusDialog *replaced = first->showAspStatus();
        QVERIFY(replaced);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(replaced, "aspSummary").contains("remplacée à l'ASP par la version 2"),
            10000);
        QVERIFY(!replaced->correctButton()->isVisible());
    }

    void offlineAClaimWaitsThenLeavesWhenTheServiceAnswers() {
        MainWindow window(m_fx.services());
        QVERIFY(showLoggedIn(window));
        const qint64 claimId = prepareClaim(QDate(2026, 10, 1), 12);
        ClaimWindow *claimWindow = window.openClaim(claimId);
        QVERIFY(claimWindow);
        m_fx.setOnline(false);
        QMessageBox *box = claimWindow->sendToAdministration();
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, "confirmSendButton"), Qt::LeftButton);
        QCOMPARE(status(claimId), store::ClaimStatus::Queued);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&window, "sendingStatus").contains("injoignable"),
                                 15000);
        QVERIFY(labelText(&window, "sendingStatus").contains("1 demande en attente d'envoi"));
        QVERIFY(labelText(claimWindow, "claimHeading").contains("En file d'envoi"));
        auto *retry = child<QPushButton>(&window, "retrySendingButton");
        QVERIFY(retry->isVisible());
        screenshot(&window, QStringLiteral("sending-offline"));

        m_fx.setOnline(true);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status(claimId), store::ClaimStatus::Sent, 10000);
        QTRY_VERIFY(labelText(&window, "sendingStatus").contains("En ligne"));
        QVERIFY(!retry->isVisible());
        QStringList months;
        for (const QJsonValue &claim : claimsAtTheAsp())
            months << claim["month"].toString();
        QCOMPARE(months.count(QStringLiteral("2026-10")), 1);
    }

    // Nobody clicks: the claim sent while the service was unreachable waits its turn (30 s after
    // the failed try), then leaves by itself once the service answers.
    void offlineThenBackOnlineTheOutboxEmptiesByItself() {
        MainWindow window(m_fx.services());
        QVERIFY(showLoggedIn(window));
        auto *monitor = window.findChild<ui::SendingMonitor *>();
        QVERIFY(monitor);
        monitor->setPollInterval(std::chrono::milliseconds(100));
        const qint64 claimId = prepareClaim(QDate(2026, 9, 1), 14);
        ClaimWindow *claimWindow = window.openClaim(claimId);
        QVERIFY(claimWindow);
        m_fx.setOnline(false);
        QMessageBox *box = claimWindow->sendToAdministration();
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, "confirmSendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&window, "sendingStatus").contains("injoignable"),
                                 15000);

        // Back online, but the next try is 30 s after the failed one: not yet.
        m_fx.setOnline(true);
        QTest::qWait(1000);
        QCOMPARE(status(claimId), store::ClaimStatus::Queued);
        QCOMPARE(monitor->waitingCount(), 1);

        // 31 s later on this computer's clock, the timer's next look sends it.
        m_fx.advanceStoreClock(31);
        QTRY_COMPARE_WITH_TIMEOUT(status(claimId), store::ClaimStatus::Sent, 10000);
        QTRY_VERIFY(labelText(&window, "sendingStatus").contains("En ligne"));
        QCOMPARE(monitor->waitingCount(), 0);
        QStringList months;
        for (const QJsonValue &claim : claimsAtTheAsp())
            months << claim["month"].toString();
        QCOMPARE(months.count(QStringLiteral("2026-09")), 1);
    }

    void anAuthorisationIsRequestedAndItsDecisionComesBack() {
        MainWindow window(m_fx.services());
        QVERIFY(showLoggedIn(window));
        QTest::mouseClick(child<QPushButton>(window.workspace(), "openAuthorisationsButton"),
                          Qt::LeftButton);
        ui::AuthorisationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::AuthorisationDialog *>()) != nullptr);
        new QAbstractItemModelTester(
            dialog->requests(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        child<QComboBox>(dialog, "motiveCombo")->setCurrentIndex(1);
        child<QDateEdit>(dialog, "periodStartEdit")->setDate(QDate(2027, 3, 1));
        child<QDateEdit>(dialog, "periodEndEdit")->setDate(QDate(2027, 5, 31));
        child<QComboBox>(dialog, "formCombo")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "employeesSpin")->setValue(8);
        // Hours are checked as typed elsewhere: "abc" is refused before anything is sent.
        typeInto(child<QLineEdit>(dialog, "hoursEdit"), QStringLiteral("abc"));
        QTest::mouseClick(child<QPushButton>(dialog, "sendAuthorisationButton"), Qt::LeftButton);
        QVERIFY(labelText(dialog, "authorisationMessage").contains("Heures demandées"));
        typeInto(child<QLineEdit>(dialog, "hoursEdit"), QStringLiteral("1 200"));
        QSignalSpy submitted(dialog, &ui::AuthorisationDialog::submitted);
        QTest::mouseClick(child<QPushButton>(dialog, "sendAuthorisationButton"), Qt::LeftButton);
        QVERIFY(submitted.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->requests()->rowCount(), 1, 10000);
        QVERIFY(labelText(dialog, "authorisationMessage").contains("48 heures"));
        const auto &request = dialog->requests()->request(0);
        QCOMPARE(request.periodStart, QDate(2027, 3, 1));
        QCOMPARE(request.form, 2);
        QCOMPARE(request.motive, 2);
        QCOMPARE(request.hours, 120000);
        QCOMPARE(request.employees, 8);
        QCOMPARE(ui::AuthorisationRequestsModel::stateText(request),
                 QStringLiteral("Envoyée, en attente de réponse"));
        screenshot(dialog, QStringLiteral("authorisation-request"));
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());

        // The administration accepts: the decision exists, with the terms asked for.
        int answer = 0;
        m_fx.send("POST", QStringLiteral("/sim/authorisation-requests/%1/decision").arg(request.id),
                  {{"accept", true}}, &answer);
        QCOMPARE(answer, 200);
        QSignalSpy refreshed(dialog, &ui::AuthorisationDialog::refreshed);
        dialog->refresh();
        QVERIFY(refreshed.wait(10000));
        const QString state =
            ui::AuthorisationRequestsModel::stateText(dialog->requests()->request(0));
        QVERIFY2(state.startsWith("Acceptée : décision n° "), qPrintable(state));
        const QString number = dialog->requests()->request(0).decisionNumber;
        bool granted = false;
        for (const QJsonValue &d :
             m_fx.send("GET", QStringLiteral("/api/v1/establishments/%1/decisions").arg(m_siret),
                       {}, nullptr, m_fx.client().sessionToken())
                 .value("decisions")
                 .toArray()) {
            granted = granted || (d["number"].toString() == number &&
                                  d["authorisedHours"].toString() == "1200.00");
        }
        QVERIFY(granted);
    }

private:
    // Sends the claim of `window` (confirmed), waits until it is sent, then has the ASP move it
    // to "Paiement effectué"; returns its number at the ASP.
    QString sendAndPay(ClaimWindow *window) {
        const store::Claim record = window->document()->assembled().record;
        QMessageBox *box = window->sendToAdministration();
        if (!box)
            return {};
        QTest::mouseClick(child<QPushButton>(box, "confirmSendButton"), Qt::LeftButton);
        const qint64 id = record.id;
        if (!QTest::qWaitFor([&] { return status(id) == store::ClaimStatus::Sent; }, 10000))
            return {};
        QString number;
        for (const QJsonValue &claim : claimsAtTheAsp()) {
            if (claim["month"].toString() == record.month.toString("yyyy-MM") &&
                claim["version"].toInt() == record.version)
                number = claim["number"].toString();
        }
        return !number.isEmpty() && payAtTheAsp(number) ? number : QString();
    }
    // The ASP moves the claim through its four steps to "Paiement effectué".
    bool payAtTheAsp(const QString &number) {
        for (int step = 0; step < 4; ++step) {
            int answer = 0;
            m_fx.send("POST", QStringLiteral("/sim/claims/%1/advance").arg(number), {}, &answer);
            if (answer != 200)
                return false;
        }
        return true;
    }
    // Shows the main window and logs in; true once the establishment is listed.
    bool showLoggedIn(MainWindow &window) {
        window.show();
        logIn(window, m_identifier);
        return QTest::qWaitFor([&] { return window.workspace()->establishmentCount() == 1; },
                               10000);
    }
    // A claim of `month` for one employee, `worked` hours in its second week.
    qint64 prepareClaim(const QDate &month, int worked) {
        const store::Store &s = *m_fx.services().store;
        const auto establishments = s.establishments().list();
        if (!establishments || establishments->isEmpty())
            return 0;
        const qint64 establishment = establishments->first().id;
        if (!m_employee) {
            store::CachedDecision d =
                testing::sampleDecision(m_decision, QDate(2026, 9, 1), QDate(2027, 2, 28));
            d.siret = m_siret;
            d.authorisedHours = domain::Hours::fromWholeHours(2000);
            if (!s.decisionCache().put(d))
                return 0;
            m_employee = s.employees().add(testing::sampleEmployee(establishment)).value();
        }
        const auto claim = s.claims().create(establishment, m_decision, month);
        if (!claim || !s.claimLines().addEmployees(claim->id, {m_employee}))
            return 0;
        m_weeks.insert(claim->id, month.addDays((8 - month.dayOfWeek()) % 7 + 7));
        setWorked(claim->id, worked);
        return claim->id;
    }
    void setWorked(qint64 claimId, int hours) {
        store::WeekHours week;
        week.weekStart = m_weeks.value(claimId);
        week.worked = domain::Hours::fromWholeHours(hours);
        QVERIFY(m_fx.services().store->claimLines().upsert(claimId, m_employee, week));
    }
    store::ClaimStatus status(qint64 claimId) {
        return m_fx.services().store->claims().find(claimId)->status;
    }
    QJsonArray claimsAtTheAsp() {
        return m_fx
            .send("GET", QStringLiteral("/api/v1/establishments/%1/claims").arg(m_siret), {},
                  nullptr, m_fx.client().sessionToken())
            .value("claims")
            .toArray();
    }

    ServiceFixture m_fx;
    QString m_siret;
    QString m_identifier;
    QString m_decision;
    qint64 m_employee = 0;
    QHash<qint64, QDate> m_weeks;
};

APDESK_GUI_TEST_MAIN(TestClaimSending)
#include "test_claimsending.moc"
