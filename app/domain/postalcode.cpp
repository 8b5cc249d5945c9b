#include "postalcode.h"

#include "identifiertext.h"

namespace apdesk::domain {

Checked<PostalCode> PostalCode::parse(QStringView text) {
    using Result = Checked<PostalCode>;
    QString digits;
    for (QChar c : text) {
        // Spaces only: a dot in a postal code is not a way people write it.
        if (!(identifiertext::isGroupSeparator(c) && c != u'.'))
            digits += c;
    }
    if (digits.isEmpty())
        return Result::fail(
            tr("Aucun code postal saisi : 5 chiffres sont attendus (par exemple 75001)."));
    if (const qsizetype bad = identifiertext::firstNonDigit(digits); bad >= 0)
        return Result::fail(tr("Le caractère %1 (position %2) n'est pas un chiffre : un code "
                               "postal compte 5 chiffres.")
                                .arg(identifiertext::quoted(digits[bad]))
                                .arg(bad + 1));
    if (digits.size() != 5)
        return Result::fail(tr("Un code postal compte 5 chiffres : %n trouvé(s) dans « %1 ».",
                               nullptr, int(digits.size()))
                                .arg(digits));

    const int value = digits.toInt();
    const bool metropolitan = value >= 1000 && value <= 95999;
    const bool overseas = value >= 97100 && value <= 97699;
    if (!metropolitan && !overseas)
        return Result::fail(
            tr("Le code postal %1 ne correspond à aucun département : 01000 à 95999 en "
               "métropole, 97100 à 97699 outre-mer.")
                .arg(digits));
    return Result::ok(PostalCode(digits));
}

QString PostalCode::departement() const {
    if (isOverseas())
        return m_text.left(3);
    if (m_text.startsWith(u"20"))
        return m_text.mid(2, 1).toInt() <= 1 ? QStringLiteral("2A") : QStringLiteral("2B");
    return m_text.left(2);
}

} // namespace apdesk::domain
