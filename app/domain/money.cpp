#include "money.h"

#include "decimaltext.h"

namespace apdesk::domain {

Checked<Money> Money::parse(QStringView text) {
    const QString compact = decimaltext::withoutSpacesAndEuro(text);

    const auto parsed = decimaltext::parseHundredths(compact);
    switch (parsed.error()) {
    case decimaltext::Error::None:
        return Checked<Money>::ok(Money(*parsed));
    case decimaltext::Error::Empty:
        return Checked<Money>::fail(
            tr("Aucun montant saisi : un montant en euros est attendu (par exemple 12,34)."));
    case decimaltext::Error::Negative:
        return Checked<Money>::fail(
            tr("« %1 » est négatif : un montant positif est attendu.").arg(compact));
    case decimaltext::Error::TooManyDecimals:
        return Checked<Money>::fail(
            tr("« %1 » a plus de deux décimales : les montants se saisissent au centime près "
               "(par exemple 12,34).")
                .arg(compact));
    case decimaltext::Error::TooLarge:
        return Checked<Money>::fail(tr("« %1 » est trop grand pour un montant.").arg(compact));
    case decimaltext::Error::NotANumber:
        break;
    }
    return Checked<Money>::fail(
        tr("« %1 » n'est pas un montant : un nombre d'euros est attendu, par exemple 12,34 ou "
           "12.34.")
            .arg(text.toString().trimmed()));
}

QString Money::toPlainString(const QLocale &locale) const {
    return decimaltext::formatHundredths(m_cents, locale, false);
}

QString Money::toString(const QLocale &locale) const {
    return decimaltext::inEuros(decimaltext::formatHundredths(m_cents, locale, true), locale);
}

} // namespace apdesk::domain
