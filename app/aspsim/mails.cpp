#include "mails.h"

#include "authorisationstore.h"
#include "decision.h"
#include "establishment.h"
#include "receivedclaim.h"
#include "user.h"

#include "domain/decimaltext.h"

#include <QLocale>

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

QString Mails::termsDetails(const Decision &d) {
    const QLocale french(QLocale::French, QLocale::France);
    const QString date = QStringLiteral("dd/MM/yyyy");
    return tr("Période : du %1 au %2")
               .arg(d.periodStart.toString(date), d.periodEnd.toString(date)) +
           QLatin1Char('\n') + tr("Forme : %1").arg(Decision::formLabel(d.form)) +
           QLatin1Char('\n') + tr("Régime : %1").arg(Decision::schemeLabel(d.scheme)) +
           QLatin1Char('\n') + tr("Motif : %1").arg(Decision::motiveLabel(d.motive)) +
           QLatin1Char('\n') +
           tr("Heures : %1 h")
               .arg(domain::decimaltext::formatHundredths(d.authorisedHundredths, french, true)) +
           QLatin1Char('\n') + tr("Effectif : %1 salariés").arg(d.authorisedHeadcount);
}

Mail Mails::authorisationReceived(const Establishment &e, const AuthorisationRequest &r) {
    return {e.email,
            tr("Activité partielle : demande d'autorisation préalable n° %1 reçue").arg(r.id),
            tr("Madame, Monsieur,") + QStringLiteral("\n\n") +
                tr("L'unité départementale a reçu la demande d'autorisation préalable "
                   "d'activité partielle de l'établissement %1 (SIRET %2). Sans réponse de sa "
                   "part dans les 48 heures, elle est acceptée.")
                    .arg(e.name, e.siret) +
                QStringLiteral("\n\n") + termsDetails(r.terms) + signature()};
}

Mail Mails::authorisationRefused(const Establishment &e, const AuthorisationRequest &r,
                                 const QString &reason) {
    return {e.email,
            tr("Activité partielle : demande d'autorisation préalable n° %1 refusée").arg(r.id),
            tr("Madame, Monsieur,") + QStringLiteral("\n\n") +
                tr("La demande d'autorisation préalable d'activité partielle de "
                   "l'établissement %1 (SIRET %2) est refusée.")
                    .arg(e.name, e.siret) +
                QStringLiteral("\n\n") + tr("Motif du refus : %1").arg(reason) +
                QStringLiteral("\n\n") + termsDetails(r.terms) + signature()};
}

Mail Mails::decision(const Establishment &e, const Decision &d) {
    const QLocale french(QLocale::French, QLocale::France);
    const QString date = QStringLiteral("dd/MM/yyyy");
    const QString details =
        tr("Numéro de décision : %1").arg(d.number) + QLatin1Char('\n') +
        tr("Période autorisée : du %1 au %2")
            .arg(d.periodStart.toString(date), d.periodEnd.toString(date)) +
        QLatin1Char('\n') + tr("Forme : %1").arg(Decision::formLabel(d.form)) + QLatin1Char('\n') +
        tr("Régime : %1").arg(Decision::schemeLabel(d.scheme)) + QLatin1Char('\n') +
        tr("Motif : %1").arg(Decision::motiveLabel(d.motive)) + QLatin1Char('\n') +
        tr("Heures autorisées : %1 h")
            .arg(domain::decimaltext::formatHundredths(d.authorisedHundredths, french, true)) +
        QLatin1Char('\n') + tr("Effectif autorisé : %1 salariés").arg(d.authorisedHeadcount);
    return {e.email, tr("Activité partielle : notification de décision n° %1").arg(d.number),
            tr("Madame, Monsieur,") + QStringLiteral("\n\n") +
                tr("Votre demande d'autorisation préalable d'activité partielle pour "
                   "l'établissement %1 (SIRET %2) est acceptée.")
                    .arg(e.name, e.siret) +
                QStringLiteral("\n\n") + details + QStringLiteral("\n\n") +
                tr("Code secret de la décision : [%1]").arg(d.secretCode) + QStringLiteral("\n\n") +
                tr("Ce code vous sera demandé pour chaque demande d'indemnisation au titre de "
                   "cette décision : conservez-le. Ne recopiez pas les crochets [ ] : ils ne font "
                   "pas partie du code.") +
                signature()};
}

QString Mails::claimDetails(const ReceivedClaim &c) {
    const QLocale french(QLocale::French, QLocale::France);
    const auto euros = [&french](qint64 cents) {
        return domain::decimaltext::formatHundredths(cents, french, true) + QStringLiteral(" €");
    };
    const QDate month = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
    QString text =
        tr("Demande n° %1, version %2").arg(c.number).arg(c.version) + QLatin1Char('\n') +
        tr("Mois : %1").arg(french.toString(month, QStringLiteral("MMMM yyyy"))) +
        QLatin1Char('\n') + tr("Décision n° %1").arg(c.decisionNumber) + QLatin1Char('\n') +
        tr("Salariés : %1").arg(c.employees) + QLatin1Char('\n') +
        tr("Heures indemnisables : %1 h")
            .arg(domain::decimaltext::formatHundredths(c.hoursHundredths, french, true)) +
        QLatin1Char('\n') +
        tr("Indemnités versées aux salariés : %1").arg(euros(c.indemnityCents)) +
        QLatin1Char('\n') + tr("Allocation demandée : %1").arg(euros(c.allocationCents));
    if (c.paidCents >= 0)
        text += QLatin1Char('\n') + tr("Montant payé : %1").arg(euros(c.paidCents));
    if (!c.reason.isEmpty())
        text += QLatin1Char('\n') + tr("Motif : %1").arg(c.reason);
    return text;
}

Mail Mails::claimReceived(const Establishment &e, const ReceivedClaim &c) {
    return {e.email, tr("Activité partielle : demande d'indemnisation n° %1 reçue").arg(c.number),
            tr("Madame, Monsieur,") + QStringLiteral("\n\n") +
                tr("L'ASP a reçu la demande d'indemnisation de l'établissement %1 (SIRET %2). "
                   "Elle est en attente de validation.")
                    .arg(e.name, e.siret) +
                QStringLiteral("\n\n") + claimDetails(c) + signature()};
}

Mail Mails::claimStatus(const Establishment &e, const ReceivedClaim &c) {
    const QString status = ReceivedClaim::statusLabel(c.status);
    return {e.email,
            tr("Activité partielle : demande d'indemnisation n° %1 — %2").arg(c.number, status),
            tr("Madame, Monsieur,") + QStringLiteral("\n\n") +
                tr("La demande d'indemnisation de l'établissement %1 (SIRET %2) est désormais : "
                   "%3.")
                    .arg(e.name, e.siret, status) +
                QStringLiteral("\n\n") + claimDetails(c) + signature()};
}

} // namespace apdesk::aspsim
