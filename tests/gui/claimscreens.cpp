// apdesk-claim-screens SCREEN — shows one of the claim screens over the claim fixture (a store in
// a temporary folder: three employees, April 2026, a few weeks typed, one of them breaking a
// rule) and stays open until closed, so that ../shared/tools/a11y-tree can list what a screen
// reader is given of it:
//
//   ../shared/tools/a11y-tree build/dev/bin/tests/apdesk-claim-screens grid
//
// SCREEN is one of: list (the establishment's claims), create ("Créer une nouvelle demande",
// offline), grid (the claim window with its Contrôles panel), employees (the pop-up), contract
// (an employee's contract changes), why ("Pourquoi ce montant ?"), portfolio ("Portefeuille"),
// carryover ("Reprendre le mois précédent", May 2026 from April). The
// program reaches these only after a login or "Travailler hors ligne" and a choice in a list, which
// a11y-tree cannot drive; the screens shown here are the program's own classes, built as the
// program builds them.
#include "claimtestdata.h"

#include "claim/carryoverdialog.h"
#include "claim/claimemployeesdialog.h"
#include "claim/claimlistpanel.h"
#include "claim/contractchangesdialog.h"
#include "claim/createclaimdialog.h"
#include "claim/whyamountdialog.h"
#include "i18n.h"
#include "portfolio/portfoliowindow.h"
#include "store/carryover.h"
#include "store/claimcomputer.h"

#include <QApplication>
#include <QTextStream>

using namespace apdesk;

namespace {

// Two weeks typed for Bernard and Dupont; Martin's second week has more worked hours than the
// week's cap, so the grid and the checks panel show a problem.
bool typeSomeWeeks(const testing::ClaimFixture &f) {
    QList<store::WeekWrite> writes;
    const auto week = [&](int employee, QDate start, int worked) {
        store::WeekHours hours;
        hours.weekStart = start;
        hours.worked = domain::Hours::fromWholeHours(worked);
        writes.append({f.employees.at(employee), start, hours});
    };
    week(0, QDate(2026, 4, 6), 21);
    week(0, QDate(2026, 4, 13), 28);
    week(1, QDate(2026, 4, 6), 14);
    week(2, QDate(2026, 4, 6), 60);
    return bool(f.store->claimLines().writeWeeks(f.claim, writes));
}

int usage() {
    QTextStream(stderr) << "usage: apdesk-claim-screens "
                           "list|create|grid|employees|contract|why|portfolio|carryover\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return usage();
    const QString screen = args.at(1);
    apdesk::i18n::installTranslations(app, QStringLiteral("fr"));

    QTemporaryDir dir;
    const testing::ClaimFixture fixture = testing::claimFixture(dir.filePath("apdesk.sqlite"));
    if (!fixture.claim || !typeSomeWeeks(fixture)) {
        QTextStream(stderr) << "the claim fixture could not be written\n";
        return 1;
    }
    const store::ClaimComputer computer(*fixture.store);

    std::unique_ptr<QWidget> shown;
    std::unique_ptr<ui::ClaimWindow> window; // the claim behind the dialogs that need one
    QString error;
    if (screen == "list") {
        auto panel = std::make_unique<ui::ClaimListPanel>(*fixture.store, computer);
        panel->setEstablishment(fixture.establishment);
        panel->resize(1000, 500);
        shown = std::move(panel);
    } else if (screen == "create") {
        const auto establishment = fixture.store->establishments().find(fixture.establishment);
        if (!establishment)
            return 1;
        shown = std::make_unique<ui::CreateClaimDialog>(*fixture.store, *establishment, nullptr);
    } else if (screen == "carryover") {
        const auto may =
            fixture.store->claims().create(fixture.establishment, "DEC-1", QDate(2026, 5, 1));
        auto plan = may ? store::CarryOver(*fixture.store).plan(may->id)
                        : store::Result<store::CarryOverPlan>::failWith(may);
        if (!plan) {
            QTextStream(stderr) << plan.error().message << '\n';
            return 1;
        }
        shown = std::make_unique<ui::CarryOverDialog>(std::move(plan).value());
    } else if (screen == "portfolio") {
        auto portfolio = std::make_unique<ui::PortfolioWindow>(*fixture.store, computer);
        portfolio->refresh();
        shown = std::move(portfolio);
    } else {
        window.reset(testing::openClaimWindow(fixture, computer, &error));
        if (!window) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        window->resize(1280, 800);
        if (screen == "grid") {
            shown = std::move(window);
        } else if (screen == "employees") {
            shown = std::make_unique<ui::ClaimEmployeesDialog>(*fixture.store, *window->document());
        } else if (screen == "contract") {
            const auto employee = fixture.store->employees().find(fixture.employees.first());
            if (!employee)
                return 1;
            shown = std::make_unique<ui::ContractChangesDialog>(*fixture.store, *employee);
        } else if (screen == "why") {
            shown = std::make_unique<ui::WhyAmountDialog>(*window->document(), 0);
        } else {
            return usage();
        }
    }
    shown->show();
    return QApplication::exec();
}
