#pragma once

// A store in a temporary folder, and sample records, for the tests of app/store.

#include "store/records.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace apdesk::testing {

// A fixed clock, so that timestamps can be compared.
inline QDateTime fixedNow() {
    return QDateTime(QDate(2026, 11, 29), QTime(7, 5, 0), Qt::UTC);
}

inline std::unique_ptr<store::Store> openStore(const QString &path) {
    store::StoreOptions options;
    options.clock = [] {
        return fixedNow();
    };
    auto result = store::Store::open(path, options);
    if (!result) {
        qWarning("cannot open the store: %s", qPrintable(result.error().message));
        return nullptr;
    }
    return std::move(result).value();
}

inline store::Establishment sampleEstablishment(const QString &siret = "73282932000074",
                                                const QString &name = "Boulangerie Martin") {
    store::Establishment establishment;
    establishment.siret = siret;
    establishment.name = name;
    establishment.departement = "57";
    establishment.sector = store::SectorCategory::S1;
    return establishment;
}

inline store::Employee sampleEmployee(qint64 establishmentId,
                                      const QString &nir = "185057800608491",
                                      const QString &lastName = "Dupont") {
    store::Employee employee;
    employee.establishmentId = establishmentId;
    employee.nir = nir;
    employee.matricule = "M-042";
    employee.lastName = lastName;
    employee.firstName = "Élodie";
    employee.entryDate = QDate(2018, 9, 3);
    employee.weeklyHours = domain::Hours::fromHundredths(3900);
    employee.grossHourlyPay = domain::HourlyPay::fromCents(1523);
    employee.usualNetHourlyPay = domain::HourlyPay::fromCents(1190);
    return employee;
}

// A decision for the establishment 73282932000074: reduction of hours under common law, 500 h
// for 10 employees over [start, end].
inline store::CachedDecision sampleDecision(const QString &number, const QDate &start,
                                            const QDate &end) {
    store::CachedDecision decision;
    decision.number = number;
    decision.siret = "73282932000074";
    decision.periodStart = start;
    decision.periodEnd = end;
    decision.form = 1;
    decision.scheme = "common";
    decision.authorisedHours = domain::Hours::fromWholeHours(500);
    decision.authorisedHeadcount = 10;
    return decision;
}

} // namespace apdesk::testing
