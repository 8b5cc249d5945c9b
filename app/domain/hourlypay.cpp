#include "hourlypay.h"

#include "decimaltext.h"

namespace apdesk::domain {

namespace {
constexpr int decimals = 4;
} // namespace

Checked<HourlyPay> HourlyPay::parse(QStringView text) {
    const QString compact = decimaltext::withoutSpacesAndEuro(text);

    const auto parsed = decimaltext::parseFixed(compact, decimals);
    switch (parsed.error()) {
    case decimaltext::Error::None:
        return Checked<HourlyPay>::ok(HourlyPay(*parsed));
    case decimaltext::Error::Empty:
        return Checked<HourlyPay>::fail(
            tr("Aucun montant saisi : une rémunération horaire en euros est attendue (par "
               "exemple 12,34 ou 5,4325)."));
    case decimaltext::Error::Negative:
        return Checked<HourlyPay>::fail(
            tr("« %1 » est négatif : un montant positif est attendu.").arg(compact));
    case decimaltext::Error::TooManyDecimals:
        return Checked<HourlyPay>::fail(
            tr("« %1 » a plus de quatre décimales : une rémunération horaire se saisit au "
               "dix-millième d'euro près au plus (par exemple 5,4325).")
                .arg(compact));
    case decimaltext::Error::TooLarge:
        return Checked<HourlyPay>::fail(
            tr("« %1 » est trop grand pour une rémunération horaire.").arg(compact));
    case decimaltext::Error::NotANumber:
        break;
    }
    return Checked<HourlyPay>::fail(
        tr("« %1 » n'est pas un montant : un nombre d'euros est attendu, par exemple 12,34 ou "
           "5,4325.")
            .arg(text.toString().trimmed()));
}

QString HourlyPay::toPlainString(const QLocale &locale) const {
    return decimaltext::formatFixed(m_tenThousandths, decimals, 2, locale, false);
}

QString HourlyPay::toString(const QLocale &locale) const {
    return decimaltext::inEuros(
        decimaltext::formatFixed(m_tenThousandths, decimals, 2, locale, true), locale);
}

} // namespace apdesk::domain
