#include "siren.h"

#include "identifiertext.h"

namespace apdesk::domain {

Checked<Siren> Siren::parse(QStringView text) {
    using namespace identifiertext;
    const QString digits = compact(text);
    if (digits.isEmpty())
        return Checked<Siren>::fail(
            tr("Aucun SIREN saisi : 9 chiffres sont attendus (par exemple 732 829 320)."));

    if (const qsizetype bad = firstNonDigit(digits); bad >= 0)
        return Checked<Siren>::fail(tr("Le caractère %1 (position %2) n'est pas un chiffre : un "
                                       "SIREN ne compte que des chiffres, 9 en tout.")
                                        .arg(quoted(digits[bad]))
                                        .arg(bad + 1));

    if (digits.size() == 14)
        return Checked<Siren>::fail(
            tr("14 chiffres trouvés : c'est un SIRET. Un SIREN compte 9 chiffres, les 9 premiers "
               "du SIRET (%1).")
                .arg(digits.left(9)));
    if (digits.size() != 9)
        return Checked<Siren>::fail(tr("Un SIREN compte 9 chiffres : %n trouvé(s) dans « %1 ».",
                                       nullptr, int(digits.size()))
                                        .arg(digits));

    if (luhnSum(digits) % 10 != 0)
        return Checked<Siren>::fail(
            tr("La clé de contrôle ne correspond pas : vérifiez le SIREN %1, un chiffre a "
               "sans doute été mal saisi ou deux chiffres ont été inversés.")
                .arg(digits));

    return Checked<Siren>::ok(Siren(digits));
}

QString Siren::formatted() const {
    return m_digits.left(3) + u' ' + m_digits.mid(3, 3) + u' ' + m_digits.mid(6);
}

} // namespace apdesk::domain
