#pragma once

// A store with one establishment, its employees, a cached decision and a claim, for the tests of
// the claim screens, and the claim's window over it.

#include "../unit/store/storetesthelpers.h"

#include "app/appservices.h"
#include "claim/claimwindow.h"
#include "store/claimcomputer.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

namespace apdesk::testing {

struct ClaimFixture {
    std::unique_ptr<store::Store> store;
    qint64 establishment = 0;
    QList<qint64> employees; // Bernard, Dupont, Martin (by name)
    qint64 claim = 0;
};

// April 2026 (five week parts: 1–5, 6–12, 13–19, 20–26, 27–30) under decision DEC-1 (a
// reduction of hours, March to August 2026, 500 h for 10 employees). `form` 3 makes it a
// closure. Three employees on the claim, no hours yet.
inline ClaimFixture claimFixture(const QString &path, int form = 1) {
    ClaimFixture f;
    f.store = openStore(path);
    if (!f.store)
        return f;
    f.establishment = f.store->establishments().add(sampleEstablishment()).value();
    const struct {
        const char *nir;
        const char *name;
        const char *matricule;
    } people[] = {{"269054958815780", "Bernard", "M-001"},
                  {"185057800608491", "Dupont", "M-002"},
                  {"180126955222380", "Martin", "M-003"}};
    for (const auto &p : people) {
        store::Employee e = sampleEmployee(f.establishment, p.nir, p.name);
        e.matricule = p.matricule;
        f.employees << f.store->employees().add(e).value();
    }
    store::CachedDecision decision = sampleDecision("DEC-1", QDate(2026, 3, 1), QDate(2026, 8, 31));
    decision.form = form;
    decision.secretCode = "K7P2QX9M4R";
    if (!f.store->decisionCache().put(decision))
        return f;
    f.claim = f.store->claims().create(f.establishment, "DEC-1", QDate(2026, 4, 1))->id;
    if (!f.store->claimLines().addEmployees(f.claim, f.employees))
        f.claim = 0;
    return f;
}

// The window of the fixture's claim over its store, not shown yet; null with `error` set when
// the claim cannot be read.
inline ui::ClaimWindow *openClaimWindow(const ClaimFixture &f,
                                        const store::ClaimComputer &computer, QString *error) {
    ui::AppServices services;
    services.store = f.store.get();
    return ui::ClaimWindow::open(services, computer, f.claim, error);
}

} // namespace apdesk::testing
