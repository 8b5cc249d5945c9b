#include "mainwindow.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "account/loginpage.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "domain/siret.h"
#include "establishment/workspacepage.h"
#include "portfolio/portfoliomodel.h"
#include "portfolio/portfoliowindow.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace apdesk;
using apdesk::ui::MainWindow;
using apdesk::ui::PortfolioModel;
using apdesk::ui::PortfolioWindow;

namespace {

// The rows of the portfolio as shown, one column's text each.
QStringList column(const QTableView *view, int column) {
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

} // namespace

// "Portefeuille" (issue 16) from the work area, offline: four establishments of this computer,
// most urgent first; sorted by another column and back; searched by name and by SIRET; filtered
// by kind of problem; Enter opens the claim of the month to file first, and an establishment
// without a claim offers to create one.
class TestPortfolioWindow final : public QObject {
    Q_OBJECT

private slots:
    void theDeclarantSeesWhatToFileFirstAndOpensIt() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const store::Store &store = *fx.services().store;
        // This computer's today, as the window reads it: 6 December 2026.
        fx.advanceStoreClock(QDateTime::currentDateTimeUtc().secsTo(
            QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC)));
        QCOMPARE(store.now().toLocalTime().date(), QDate(2026, 12, 6));

        // Martin: October to March, 20 h; November's claim in preparation uses 21 h (three
        // weeks of 7 h without a public holiday).
        const qint64 martin = establishment(store, 71, "Boulangerie Martin");
        decision(store, 71, "D-MARTIN", {2026, 10, 1}, {2027, 3, 31}, 20);
        const qint64 paul = employee(store, martin);
        const qint64 november = claim(store, martin, paul, "D-MARTIN", {2026, 11, 1},
                                      {{2026, 11, 2}, {2026, 11, 16}, {2026, 11, 23}});
        // Dupont: December to March, nothing claimed: the deadline was 30 September.
        establishment(store, 72, "Garage Dupont");
        decision(store, 72, "D-DUPONT", {2025, 12, 1}, {2026, 3, 31}, 500);
        // Roux: 1 to 16 June, nothing claimed: the deadline, 16 December, is 10 days away.
        const qint64 roux = establishment(store, 73, "Menuiserie Roux");
        decision(store, 73, "D-ROUX", {2026, 6, 1}, {2026, 6, 16}, 500);
        // Lenoir: no decision fetched.
        establishment(store, 74, "Café Lenoir");

        MainWindow window(fx.services());
        window.show();
        QTest::mouseClick(child<QPushButton>(window.loginPage(), "workOfflineButton"),
                          Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(window.workspace(), "openPortfolioButton"),
                          Qt::LeftButton);
        auto *portfolio = window.findChild<PortfolioWindow *>();
        QVERIFY(portfolio);
        QTRY_VERIFY(!portfolio->isReading());
        new QAbstractItemModelTester(portfolio->view()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     portfolio);
        QTableView *view = portfolio->view();
        QCOMPARE(
            column(view, PortfolioModel::Name),
            (QStringList{"Garage Dupont", "Boulangerie Martin", "Menuiserie Roux", "Café Lenoir"}));
        // Each problem in words, not by colour alone.
        const QStringList problems = column(view, PortfolioModel::Problem);
        QVERIFY2(problems[0].startsWith("Délai de dépôt dépassé"), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(
                     QStringLiteral("Contingent épuisé : 21,00\u00a0h utilisées sur 20,00")),
                 qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith("Plus que 10 jours pour déposer"), qPrintable(problems[2]));
        QVERIFY2(problems[3].startsWith("Aucune décision"), qPrintable(problems[3]));
        QCOMPARE(column(view, PortfolioModel::DaysLeft)[2], "10 j");
        QCOMPARE(column(view, PortfolioModel::Left)[1], "-1 h");
        QVERIFY(labelText(portfolio, "portfolioSummary")
                    .contains("4 établissements affichés sur 4. 3 à traiter en priorité"));
        screenshot(portfolio, QStringLiteral("portfolio"));
        QCOMPARE(apdesk::testing::unnamedControls(portfolio), QStringList());

        // Sorted by name, then back to the urgency order by the last column.
        view->horizontalHeader()->setSortIndicator(PortfolioModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(view, PortfolioModel::Name).first(), "Boulangerie Martin");
        view->horizontalHeader()->setSortIndicator(PortfolioModel::Problem, Qt::AscendingOrder);
        QCOMPARE(column(view, PortfolioModel::Name).first(), "Garage Dupont");

        // Searched by a name without its accent, then by a SIRET typed with spaces.
        auto *search = child<QLineEdit>(portfolio, "portfolioSearch");
        typeInto(search, QStringLiteral("cafe"));
        QCOMPARE(column(view, PortfolioModel::Name), QStringList{"Café Lenoir"});
        typeInto(search, domain::Siret::formatted(validSiret(73)));
        QCOMPARE(column(view, PortfolioModel::Name), QStringList{"Menuiserie Roux"});
        search->clear();

        // Only the deadlines: passed and near.
        auto *show = child<QComboBox>(portfolio, "portfolioShow");
        show->setCurrentIndex(show->findText(QStringLiteral("Délai de dépôt proche ou dépassé")));
        QCOMPARE(column(view, PortfolioModel::Name),
                 (QStringList{"Garage Dupont", "Menuiserie Roux"}));
        show->setCurrentIndex(show->findText(QStringLiteral("Contingent presque ou tout utilisé")));
        QCOMPARE(column(view, PortfolioModel::Name), QStringList{"Boulangerie Martin"});
        screenshot(portfolio, QStringLiteral("portfolio-filtered"));

        // Enter on Martin opens November's claim, the first not filed.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(window.findChild<ui::ClaimWindow *>());
        QCOMPARE(window.findChild<ui::ClaimWindow *>()->claimId(), november);

        // Enter on Roux, who has no claim: "Créer une nouvelle demande" for it.
        show->setCurrentIndex(0);
        typeInto(search, QStringLiteral("roux"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(window.findChild<ui::CreateClaimDialog *>());
        QCOMPARE(window.findChild<ui::CreateClaimDialog *>()->establishmentId(), roux);
    }

    // Logged in, the portfolio first fetches the login's decisions from the service and keeps
    // them on this computer: a decision granted at the ASP and never opened here shows at once.
    void onlineTheLoginsDecisionsAreFetchedFirst() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const QString siret = validSiret(81);
        const auto account = fx.createAccount(siret, QStringLiteral("p.f@exemple.fr"),
                                              QStringLiteral("Principal1!"));
        const QDate today = fx.services().store->now().toLocalTime().date();
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-3);
        const QDate end = start.addMonths(6).addDays(-1);
        int status = 0;
        const QJsonObject granted = fx.send("POST", QStringLiteral("/sim/decisions"),
                                            {{"siret", siret},
                                             {"periodStart", start.toString(Qt::ISODate)},
                                             {"periodEnd", end.toString(Qt::ISODate)},
                                             {"form", 1},
                                             {"scheme", "common"},
                                             {"motive", 5},
                                             {"authorisedHours", "1200"},
                                             {"authorisedHeadcount", 12},
                                             {"secretCode", "K7P2QX9M4R"}},
                                            &status);
        QCOMPARE(status, 200);
        const QString number = granted.value("number").toString();

        MainWindow window(fx.services());
        window.show();
        ui::LoginPage *login = window.loginPage();
        typeInto(child<QLineEdit>(login, "identifierEdit"), account.identifier);
        typeInto(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("Principal1!"));
        QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->establishmentCount(), 1, 10000);
        QVERIFY(!fx.services().store->decisionCache().find(number).value());

        PortfolioWindow *portfolio = window.openPortfolio();
        QVERIFY(portfolio->isReading());
        QTRY_VERIFY_WITH_TIMEOUT(!portfolio->isReading(), 10000);
        QTableView *view = portfolio->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(column(view, PortfolioModel::Decision), QStringList{number});
        QCOMPARE(column(view, PortfolioModel::NextDeadline),
                 QStringList{end.addMonths(6).toString(QStringLiteral("dd/MM/yyyy"))});
        QCOMPARE(column(view, PortfolioModel::ToFile), QStringList{"4"}); // three past, this one
        QVERIFY(fx.services().store->decisionCache().find(number).value());
        QVERIFY2(!labelText(portfolio, "portfolioSummary").contains("non actualisées"),
                 qPrintable(labelText(portfolio, "portfolioSummary")));
    }

private:
    static qint64 establishment(const store::Store &store, int n, const char *name) {
        store::Establishment e;
        e.siret = validSiret(n);
        e.name = QString::fromUtf8(name);
        e.departement = QStringLiteral("75");
        return store.establishments().add(e).value();
    }
    struct Day {
        int year, month, day;
        operator QDate() const { return QDate(year, month, day); }
    };
    static void decision(const store::Store &store, int n, const char *number, Day start, Day end,
                         int hours) {
        store::CachedDecision d;
        d.number = QString::fromLatin1(number);
        d.siret = validSiret(n);
        d.periodStart = start;
        d.periodEnd = end;
        d.scheme = QStringLiteral("common");
        d.authorisedHours = domain::Hours::fromWholeHours(hours);
        d.authorisedHeadcount = 5;
        d.secretCode = QStringLiteral("K7P2QX9M4R");
        QVERIFY(store.decisionCache().put(d));
    }
    static qint64 employee(const store::Store &store, qint64 establishment) {
        store::Employee e;
        e.establishmentId = establishment;
        e.nir = QStringLiteral("185057800608491");
        e.matricule = QStringLiteral("M-1");
        e.lastName = QStringLiteral("Dupont");
        e.firstName = QStringLiteral("Paul");
        e.entryDate = QDate(2020, 1, 6);
        e.weeklyHours = domain::Hours::fromWholeHours(35);
        e.grossHourlyPay = domain::HourlyPay::fromCents(1600);
        return store.employees().add(e).value();
    }
    // A claim with 7 h not worked (28 of 35) in each of `weeks`.
    static qint64 claim(const store::Store &store, qint64 establishment, qint64 employee,
                        const char *decision, const QDate &month, const QList<QDate> &weeks) {
        const qint64 id =
            store.claims().create(establishment, QString::fromLatin1(decision), month)->id;
        for (const QDate &monday : weeks) {
            store::WeekHours hours;
            hours.weekStart = monday;
            hours.worked = domain::Hours::fromWholeHours(28);
            if (!store.claimLines().upsert(id, employee, hours))
                qFatal("line of %s", qPrintable(monday.toString()));
        }
        return id;
    }
};

APDESK_GUI_TEST_MAIN(TestPortfolioWindow)
#include "test_portfoliowindow.moc"
