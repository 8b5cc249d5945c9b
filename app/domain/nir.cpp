#include "nir.h"

#include "identifiertext.h"

namespace apdesk::domain {

namespace {

// Positions (0-based) of the département, where Corsica writes 2A or 2B.
constexpr qsizetype departementStart = 5;

// Index of the first character that has no place in a NIR at its position, or -1.
qsizetype firstForbidden(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9')
            continue;
        const bool corsica =
            i == departementStart + 1 && text[departementStart] == u'2' && (c == u'A' || c == u'B');
        if (!corsica)
            return i;
    }
    return -1;
}

// 97 − (number mod 97), where 2A counts as 19 and 2B as 18. The official wording reads "2A" and
// "2B" as "20" and takes off 1 000 000 and 2 000 000: the same thing, since the units digit of
// the département is worth 10^6 in the 13-digit number.
int keyOfThirteen(QStringView thirteen) {
    qint64 number = 0;
    for (QChar c : thirteen)
        number = number * 10 + (c.isDigit() ? c.unicode() - u'0' : 0);
    if (thirteen[departementStart + 1] == u'A')
        number -= 1'000'000;
    else if (thirteen[departementStart + 1] == u'B')
        number -= 2'000'000;
    return int(97 - number % 97);
}

} // namespace

Checked<Nir> Nir::parse(QStringView text) {
    const QString digits = identifiertext::compact(text).toUpper();
    if (digits.isEmpty())
        return Checked<Nir>::fail(tr("Aucun numéro de sécurité sociale saisi : 15 caractères sont "
                                     "attendus, 13 chiffres et une clé de 2 chiffres."));

    if (const qsizetype bad = firstForbidden(digits); bad >= 0)
        return Checked<Nir>::fail(
            tr("Le caractère %1 (position %2) n'est pas permis : un numéro de sécurité sociale "
               "ne compte que des chiffres, avec 2A ou 2B en positions 6 et 7 pour un "
               "département de Corse.")
                .arg(identifiertext::quoted(identifiertext::compact(text)[bad]))
                .arg(bad + 1));

    if (digits.size() == 13)
        return Checked<Nir>::fail(tr("13 caractères trouvés : il manque la clé de 2 chiffres. Un "
                                     "numéro de sécurité sociale compte 15 caractères."));
    if (digits.size() != 15)
        return Checked<Nir>::fail(tr("Un numéro de sécurité sociale compte 15 caractères (13 "
                                     "chiffres et une clé de 2 chiffres) : %n trouvé(s).",
                                     nullptr, int(digits.size())));

    if (!QStringView(u"123478").contains(digits[0]))
        return Checked<Nir>::fail(
            tr("Le premier chiffre (%1) n'est pas permis : il vaut 1 ou 2 (sexe), ou 3, 4, 7 ou 8 "
               "pour un numéro particulier ou provisoire.")
                .arg(digits[0]));

    const int expected = keyOfThirteen(QStringView(digits).left(13));
    const QString typedKey = digits.right(2);
    if (typedKey.toInt() != expected)
        return Checked<Nir>::fail(
            tr("La clé %1 ne correspond pas au numéro : la clé attendue est %2. Vérifiez les 13 "
               "premiers caractères et la clé.")
                .arg(typedKey)
                .arg(expected, 2, 10, QLatin1Char('0')));

    return Checked<Nir>::ok(Nir(digits));
}

int Nir::keyFor(QStringView thirteenChars) {
    const QString digits = identifiertext::compact(thirteenChars).toUpper();
    if (digits.size() != 13 || firstForbidden(digits) >= 0)
        return -1;
    return keyOfThirteen(digits);
}

QString Nir::formatted() const {
    const QStringView d(m_digits);
    return QStringList{d.left(1).toString(),   d.mid(1, 2).toString(), d.mid(3, 2).toString(),
                       d.mid(5, 2).toString(), d.mid(7, 3).toString(), d.mid(10, 3).toString(),
                       d.mid(13, 2).toString()}
        .join(u' ');
}

} // namespace apdesk::domain
