#include "siret.h"

#include "identifiertext.h"

namespace apdesk::domain {

namespace {

int digitSum(QStringView digits) {
    int sum = 0;
    for (QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

} // namespace

Checked<Siret> Siret::parse(QStringView text) {
    using namespace identifiertext;
    const QString digits = compact(text);
    if (digits.isEmpty())
        return Checked<Siret>::fail(
            tr("Aucun SIRET saisi : 14 chiffres sont attendus (par exemple 732 829 320 00074)."));

    if (const qsizetype bad = firstNonDigit(digits); bad >= 0)
        return Checked<Siret>::fail(tr("Le caractère %1 (position %2) n'est pas un chiffre : un "
                                       "SIRET ne compte que des chiffres, 14 en tout.")
                                        .arg(quoted(digits[bad]))
                                        .arg(bad + 1));

    if (digits.size() == 9)
        return Checked<Siret>::fail(
            tr("9 chiffres trouvés : c'est sans doute un SIREN. Un SIRET compte 14 chiffres, le "
               "SIREN suivi des 5 chiffres du NIC de l'établissement."));
    if (digits.size() != 14)
        return Checked<Siret>::fail(tr("Un SIRET compte 14 chiffres : %n trouvé(s) dans « %1 ».",
                                       nullptr, int(digits.size()))
                                        .arg(digits));

    const QStringView siren = QStringView(digits).left(9);
    if (luhnSum(siren) % 10 != 0)
        return Checked<Siret>::fail(
            tr("La clé de contrôle du SIREN (les 9 premiers chiffres, %1) ne correspond pas : "
               "vérifiez-les, un chiffre a sans doute été mal saisi ou deux chiffres ont été "
               "inversés.")
                .arg(siren));

    const bool luhnOk = luhnSum(digits) % 10 == 0;
    if (siren == Siren::laPoste()) {
        // La Poste numbers its establishments so that the digit sum is a multiple of 5; its head
        // office keeps a Luhn-valid SIRET.
        if (!luhnOk && digitSum(digits) % 5 != 0)
            return Checked<Siret>::fail(
                tr("La clé de contrôle ne correspond pas : vérifiez le NIC %1. Pour un "
                   "établissement de La Poste, la somme des 14 chiffres doit être un multiple "
                   "de 5.")
                    .arg(QStringView(digits).mid(9)));
    } else if (!luhnOk) {
        return Checked<Siret>::fail(
            tr("La clé de contrôle ne correspond pas : vérifiez le SIRET %1, un chiffre a "
               "sans doute été mal saisi ou deux chiffres ont été inversés.")
                .arg(digits));
    }

    return Checked<Siret>::ok(Siret(digits));
}

QString Siret::formatted() const {
    return siren().formatted() + u' ' + nic();
}

QString Siret::formatted(const QString &digits) {
    const auto siret = parse(digits);
    return siret ? siret->formatted() : digits;
}

} // namespace apdesk::domain
