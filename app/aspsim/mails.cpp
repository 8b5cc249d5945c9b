#include "mails.h"

#include "establishment.h"
#include "user.h"

namespace apdesk::aspsim {

QString Mails::greeting(const User &user) {
    return tr("Bonjour %1 %2,").arg(user.firstName, user.lastName) + QStringLiteral("\n\n");
}

QString Mails::signature() {
    return QStringLiteral("\n\n") +
           tr("Si vous ne trouvez pas l'un de nos messages, regardez dans votre dossier de "
              "courriers indésirables, puis contactez l'assistance : contact-ap@asp-public.fr.") +
           QStringLiteral("\n\n") + tr("L'équipe Activité partielle de l'ASP");
}

Mail Mails::identifier(const User &user) {
    return {user.email, tr("Activité partielle : votre identifiant"),
            greeting(user) +
                tr("Votre identifiant de connexion à l'extranet Activité partielle est : [%1]")
                    .arg(user.identifier) +
                QStringLiteral("\n\n") +
                tr("Ne recopiez pas les crochets [ ] : ils ne font pas partie de l'identifiant. "
                   "Votre mot de passe vous est envoyé dans un autre message.") +
                signature()};
}

Mail Mails::temporaryPassword(const User &user, const QString &password) {
    return {user.email, tr("Activité partielle : votre mot de passe"),
            greeting(user) + tr("Votre mot de passe provisoire est : [%1]").arg(password) +
                QStringLiteral("\n\n") +
                tr("Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. "
                   "Vous devrez le changer lors de votre première connexion.") +
                signature()};
}

Mail Mails::habilitation(const QString &to, const User &user, const Establishment &e) {
    return {to, tr("Activité partielle : confirmation de votre habilitation"),
            greeting(user) +
                tr("Votre habilitation à l'extranet Activité partielle pour l'établissement %1 "
                   "(SIRET %2) est confirmée.")
                    .arg(e.name, e.siret) +
                QStringLiteral("\n\n") +
                tr("Connectez-vous avec l'identifiant %1.").arg(user.identifier) + signature()};
}

Mail Mails::resetPassword(const User &user, const QString &password) {
    return {user.email, tr("Activité partielle : votre nouveau mot de passe"),
            greeting(user) + tr("Votre nouveau mot de passe est : [%1]").arg(password) +
                QStringLiteral("\n\n") +
                tr("Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. "
                   "Vous devrez le changer lors de votre prochaine connexion.") +
                signature()};
}

Mail Mails::recoveredIdentifier(const User &user) {
    return {user.email, tr("Activité partielle : rappel de votre identifiant"),
            greeting(user) +
                tr("Votre identifiant de connexion à l'extranet Activité partielle est : [%1]")
                    .arg(user.identifier) +
                QStringLiteral("\n\n") +
                tr("Ne recopiez pas les crochets [ ] : ils ne font pas partie de l'identifiant.") +
                signature()};
}

} // namespace apdesk::aspsim
