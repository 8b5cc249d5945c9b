#pragma once

// Shared fixtures of the claim tests: the built-in rates table and small claim builders.

#include "builtinrates.h"
#include "domain/claim/claim.h"
#include "domain/claim/ratestable.h"
#include "domain/nir.h"

#include <QString>

namespace claimfixtures {

using namespace apdesk::domain;

inline const RatesTable &rates() {
    static const RatesTable table = [] {
        const auto parsed = RatesTable::parse(apdesk::resources::builtInRatesJson());
        if (!parsed)
            qFatal("built-in rates table rejected: %s", qPrintable(parsed.error()));
        return parsed.value();
    }();
    return table;
}

inline Hours h(qint64 hundredths) {
    return Hours::fromHundredths(hundredths);
}
inline Money eur(qint64 cents) {
    return Money::fromCents(cents);
}
inline HourlyPay pay(qint64 cents) {
    return HourlyPay::fromCents(cents);
}

// A valid NIR built from 13 characters and their computed key.
inline QString nir(const QString &thirteen) {
    return thirteen + QStringLiteral("%1").arg(Nir::keyFor(thirteen), 2, 10, QLatin1Char('0'));
}

inline ClaimEmployee employee(const QString &matricule, qint64 weeklyHundredths = 3500,
                              qint64 grossCents = 1500) {
    ClaimEmployee e;
    e.matricule = matricule;
    e.nir = nir(QStringLiteral("18407751234") + matricule.right(2).rightJustified(2, '0'));
    e.lastName = QStringLiteral("Martin");
    e.firstName = QStringLiteral("Salarié ") + matricule;
    e.weeklyHours = h(weeklyHundredths);
    e.grossHourlyPay = pay(grossCents);
    return e;
}

// A claim of one month under a decision covering the whole year, in Paris (75), common sector.
inline Claim claim(int year, int month, ReductionForm form = ReductionForm::HoursReduction) {
    Claim c;
    c.establishment = {QStringLiteral("73282932000074"), QStringLiteral("75"), Sector::Common};
    c.decision.number = QStringLiteral("D-075-0001");
    c.decision.start = QDate(year, 1, 1);
    c.decision.end = QDate(year, 12, 31);
    c.decision.form = form;
    c.decision.authorisedHours = Hours::fromWholeHours(100000);
    c.decision.authorisedHeadcount = 1000;
    c.year = year;
    c.month = month;
    c.today = QDate(year, month, 1).addMonths(1);
    return c;
}

inline ClaimLine line(const QString &matricule, const QDate &week, qint64 worked = 0,
                      qint64 treated = 0, qint64 chomees = 0) {
    ClaimLine l;
    l.matricule = matricule;
    l.week = week;
    l.worked = h(worked);
    l.treatedAsWorked = h(treated);
    l.chomees = h(chomees);
    return l;
}

} // namespace claimfixtures
