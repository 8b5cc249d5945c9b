#include "checkidcommand.h"

#include "domain/emailaddress.h"
#include "domain/frenchphone.h"
#include "domain/nir.h"
#include "domain/postalcode.h"
#include "domain/siret.h"

#include <QTextStream>

#include <array>

namespace apdesk::cli {

namespace {

using apdesk::domain::Checked;

// The lines printed for a valid value, or the parser's message.
using Lines = Checked<QStringList>;

template <typename T, typename Print> Lines check(const Checked<T> &parsed, Print print) {
    if (!parsed)
        return Lines::fail(parsed.error());
    return Lines::ok(print(*parsed));
}

QStringList phoneLines(const domain::FrenchPhone &phone) {
    return {phone.national(), phone.e164(), domain::FrenchPhone::kindName(phone.kind())};
}

struct Kind {
    QStringView name;
    Lines (*check)(QStringView value);
};

// One line per type of value; the help text lists them in the same order.
const std::array<Kind, 7> kinds = {{
    {u"siret",
     [](QStringView v) {
         return check(domain::Siret::parse(v),
                      [](const auto &x) { return QStringList{x.digits()}; });
     }},
    {u"siren",
     [](QStringView v) {
         return check(domain::Siren::parse(v),
                      [](const auto &x) { return QStringList{x.digits()}; });
     }},
    {u"nir",
     [](QStringView v) {
         return check(domain::Nir::parse(v), [](const auto &x) { return QStringList{x.digits()}; });
     }},
    {u"phone",
     [](QStringView v) {
         return check(domain::FrenchPhone::parse(v), phoneLines);
     }},
    {u"landline",
     [](QStringView v) {
         return check(domain::FrenchPhone::parseLandline(v), phoneLines);
     }},
    {u"postcode",
     [](QStringView v) {
         return check(domain::PostalCode::parse(v),
                      [](const auto &x) { return QStringList{x.text()}; });
     }},
    {u"email",
     [](QStringView v) {
         return check(domain::EmailAddress::parse(v),
                      [](const auto &x) { return QStringList{x.text()}; });
     }},
}};

QString kindNames() {
    QStringList names;
    for (const Kind &kind : kinds)
        names << kind.name.toString();
    return names.join(QStringLiteral(", "));
}

} // namespace

QString CheckIdCommand::name() const {
    return QStringLiteral("check-id");
}

QString CheckIdCommand::summary() const {
    return tr("vérifie un SIRET, un SIREN, un NIR, un téléphone, un code postal ou une adresse "
              "électronique");
}

QString CheckIdCommand::help() const {
    return tr("Usage : apdesk-cli check-id TYPE VALEUR\n"
              "\n"
              "Vérifie une valeur comme le fait la saisie d'AP Desk et affiche sa forme "
              "normalisée, ou la raison pour laquelle elle est refusée.\n"
              "\n"
              "Types :\n"
              "  siret     numéro d'établissement, 14 chiffres (affiche les 14 chiffres)\n"
              "  siren     numéro d'entreprise, 9 chiffres\n"
              "  nir       numéro de sécurité sociale, 15 caractères avec la clé\n"
              "  phone     numéro de téléphone français (affiche la forme nationale, la forme "
              "internationale E.164 et le genre : fixe, mobile ou autre)\n"
              "  landline  numéro de téléphone fixe (01 à 05 ou 09), même affichage\n"
              "  postcode  code postal, 5 chiffres\n"
              "  email     adresse électronique (domaine en minuscules)\n"
              "\n"
              "Les espaces et les points entre les chiffres sont acceptés ; une valeur en "
              "plusieurs mots peut être donnée sans guillemets.\n"
              "\n"
              "Exemples :\n"
              "  apdesk-cli check-id siret \"356 000 000 09075\"\n"
              "  apdesk-cli check-id phone +33 1 45 67 89 01\n"
              "\n"
              "Codes de sortie : 0 valeur valable, 1 valeur refusée (raison sur la sortie "
              "d'erreur), 2 ligne de commande incorrecte.\n");
}

int CheckIdCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    if (arguments.size() < 2) {
        err << tr("check-id attend un type et une valeur : apdesk-cli check-id TYPE VALEUR "
                  "(types : %1).")
                   .arg(kindNames())
            << '\n';
        return ExitCode::Usage;
    }
    const QString &typeName = arguments.first();
    const auto kind =
        std::find_if(kinds.begin(), kinds.end(), [&](const Kind &k) { return k.name == typeName; });
    if (kind == kinds.end()) {
        err << tr("Type inconnu : « %1 ». Types possibles : %2.").arg(typeName, kindNames())
            << '\n';
        return ExitCode::Usage;
    }

    // "check-id phone 01 45 67 89 01" without quotes arrives as five arguments.
    const QString value = arguments.mid(1).join(u' ');
    const Lines lines = kind->check(value);
    if (!lines) {
        err << lines.error() << '\n';
        return ExitCode::Failure;
    }
    for (const QString &line : *lines)
        out << line << '\n';
    return ExitCode::Success;
}

} // namespace apdesk::cli
