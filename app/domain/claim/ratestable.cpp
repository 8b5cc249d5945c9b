#include "ratestable.h"

namespace apdesk::domain {

namespace {

// The row in force on a date: the last one starting on or before it (rows are sorted, the
// parser checks it).
template <typename Row>
Checked<Row> rowAt(const QList<Row> &rows, const QDate &date, const QString &section) {
    const Row *found = nullptr;
    for (const Row &row : rows) {
        if (row.origin.from > date)
            break;
        found = &row;
    }
    if (found == nullptr || !date.isValid()) {
        return Checked<Row>::fail(
            QCoreApplication::translate(
                "RatesTable", "Aucune ligne de la table des taux (section « %1 ») ne couvre le "
                              "%2 : le montant ne peut pas être calculé sans un taux en vigueur.")
                .arg(section, date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return Checked<Row>::ok(*found);
}

} // namespace

Checked<RateRow> RatesTable::ratesAt(const QDate &date) const {
    return rowAt(m_rates, date, QStringLiteral("rates"));
}

Checked<FloorRow> RatesTable::floorsAt(const QDate &date) const {
    return rowAt(m_floors, date, QStringLiteral("floors"));
}

Checked<SmicRow> RatesTable::smicAt(const QDate &date) const {
    return rowAt(m_smic, date, QStringLiteral("smic"));
}

Checked<PayCapRow> RatesTable::payCapsAt(const QDate &date) const {
    return rowAt(m_payCaps, date, QStringLiteral("payCaps"));
}

Checked<AnnualHourCapRow> RatesTable::annualHourCapAt(const QDate &date) const {
    return rowAt(m_annualHourCaps, date, QStringLiteral("annualHourCaps"));
}

Checked<ApldRuleRow> RatesTable::apldRulesAt(const QDate &date) const {
    return rowAt(m_apldRules, date, QStringLiteral("apld"));
}

Checked<ApprenticeRuleRow> RatesTable::apprenticeRulesAt(const QDate &date) const {
    return rowAt(m_apprenticeRules, date, QStringLiteral("apprentices"));
}

} // namespace apdesk::domain
