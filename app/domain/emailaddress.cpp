#include "emailaddress.h"

#include "identifiertext.h"

#include <algorithm>

namespace apdesk::domain {

namespace {

// Limits of RFC 5321: 64 characters before the @, 254 in all.
constexpr qsizetype maxLocalPart = 64;
constexpr qsizetype maxAddress = 254;

// Letters and digits of any script (internationalised addresses), and the specials that
// RFC 5322 allows unquoted.
bool isLocalPartChar(char32_t c) {
    return QChar::isLetterOrNumber(c) ||
           (c < 0x80 && QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(QChar(char16_t(c))));
}

bool isDomainChar(char32_t c) {
    return QChar::isLetterOrNumber(c) || c == U'-' || c == U'.';
}

} // namespace

Checked<EmailAddress> EmailAddress::parse(QStringView text) {
    using Result = Checked<EmailAddress>;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result::fail(tr("Aucune adresse électronique saisie : une adresse de la forme "
                               "nom@exemple.fr est attendue."));

    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            return Result::fail(tr("L'adresse électronique contient une espace (position %1) : "
                                   "une adresse s'écrit sans espace.")
                                    .arg(i + 1));
    }

    const qsizetype atCount = trimmed.count(u'@');
    if (atCount == 0)
        return Result::fail(tr("Il manque le caractère « @ » : une adresse de la forme "
                               "nom@exemple.fr est attendue."));
    if (atCount > 1)
        return Result::fail(tr("L'adresse contient %1 caractères « @ » : une adresse n'en "
                               "compte qu'un, entre le nom et le domaine.")
                                .arg(atCount));
    if (trimmed.size() > maxAddress)
        return Result::fail(tr("L'adresse est trop longue : %1 caractères au plus, %2 trouvés.")
                                .arg(maxAddress)
                                .arg(trimmed.size()));

    const qsizetype at = trimmed.indexOf(u'@');
    const QStringView local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1).toString().toLower();

    if (local.isEmpty())
        return Result::fail(tr("Rien avant le caractère « @ » : le nom de la boîte aux lettres "
                               "manque (nom@exemple.fr)."));
    if (local.size() > maxLocalPart)
        return Result::fail(
            tr("La partie avant « @ » est trop longue : %1 caractères au plus, %2 trouvés.")
                .arg(maxLocalPart)
                .arg(local.size()));
    for (const char32_t c : local.toUcs4()) {
        if (!isLocalPartChar(c))
            return Result::fail(tr("Le caractère %1 n'est pas permis dans une adresse "
                                   "électronique (avant « @ »).")
                                    .arg(identifiertext::quoted(c)));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return Result::fail(tr("La partie avant « @ » ne peut ni commencer ni finir par un point, "
                               "ni contenir deux points qui se suivent."));

    if (domain.isEmpty())
        return Result::fail(tr("Rien après le caractère « @ » : le domaine manque "
                               "(nom@exemple.fr)."));
    for (const char32_t c : domain.toUcs4()) {
        if (!isDomainChar(c))
            return Result::fail(tr("Le caractère %1 n'est pas permis dans le domaine d'une "
                                   "adresse électronique (après « @ »).")
                                    .arg(identifiertext::quoted(c)));
    }
    if (!domain.contains(u'.'))
        return Result::fail(tr("Le domaine « %1 » n'a pas de point : un domaine complet est "
                               "attendu, par exemple exemple.fr.")
                                .arg(domain));
    const QStringList labels = domain.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Result::fail(tr("Le domaine « %1 » ne peut ni commencer ni finir par un point, "
                                   "ni contenir deux points qui se suivent.")
                                    .arg(domain));
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Result::fail(tr("Dans le domaine « %1 », « %2 » ne peut ni commencer ni finir "
                                   "par un tiret.")
                                    .arg(domain, label));
        if (label.size() > 63)
            return Result::fail(
                tr("Dans le domaine « %1 », une partie dépasse 63 caractères.").arg(domain));
    }
    const QString &topLevel = labels.last();
    if (topLevel.size() < 2 ||
        std::any_of(topLevel.begin(), topLevel.end(), [](QChar c) { return c.isDigit(); }))
        return Result::fail(tr("Le domaine « %1 » ne finit pas par une extension valable (comme "
                               ".fr ou .com).")
                                .arg(domain));

    return Result::ok(EmailAddress(local.toString(), domain));
}

QString EmailAddress::masked() const {
    // Keep a whole first character, even one outside the BMP.
    const qsizetype first = m_localPart.front().isHighSurrogate() ? 2 : 1;
    return m_localPart.left(first) + QStringLiteral("***@") + m_domain;
}

} // namespace apdesk::domain
