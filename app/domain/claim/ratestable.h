#pragma once

#include "domain/checked.h"
#include "domain/claim/ratesrows.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace apdesk::domain {

// The dated, sourced table of rates, floors, caps and SMIC values (resources/rates/rates.json).
// The domain parses it from bytes it is given — reading the resource is not its business — and
// answers, for a date, the row in force. A date that no row covers is an error, never a guessed
// value.
class RatesTable final {
    Q_DECLARE_TR_FUNCTIONS(RatesTable)

public:
    // Parses and validates the whole table; the message of a rejected table names the section,
    // the row and the field.
    static Checked<RatesTable> parse(const QByteArray &json);

    Checked<RateRow> ratesAt(const QDate &date) const;
    Checked<FloorRow> floorsAt(const QDate &date) const;
    Checked<SmicRow> smicAt(const QDate &date) const;
    Checked<PayCapRow> payCapsAt(const QDate &date) const;
    Checked<AnnualHourCapRow> annualHourCapAt(const QDate &date) const;
    Checked<ApldRuleRow> apldRulesAt(const QDate &date) const;
    Checked<ApprenticeRuleRow> apprenticeRulesAt(const QDate &date) const;

    const QList<RateRow> &rates() const { return m_rates; }
    const QList<FloorRow> &floors() const { return m_floors; }
    const QList<SmicRow> &smic() const { return m_smic; }
    const QList<PayCapRow> &payCaps() const { return m_payCaps; }
    const QList<AnnualHourCapRow> &annualHourCaps() const { return m_annualHourCaps; }
    const QList<ApldRuleRow> &apldRules() const { return m_apldRules; }
    const QList<ApprenticeRuleRow> &apprenticeRules() const { return m_apprenticeRules; }

private:
    friend class RatesTableParser;

    QList<RateRow> m_rates;
    QList<FloorRow> m_floors;
    QList<SmicRow> m_smic;
    QList<PayCapRow> m_payCaps;
    QList<AnnualHourCapRow> m_annualHourCaps;
    QList<ApldRuleRow> m_apldRules;
    QList<ApprenticeRuleRow> m_apprenticeRules;
};

} // namespace apdesk::domain
