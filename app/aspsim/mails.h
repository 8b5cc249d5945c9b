#pragma once

#include "mailbox.h"

#include <QCoreApplication>

namespace apdesk::aspsim {

struct User;
struct Establishment;
struct Decision;
struct ReceivedClaim;
struct AuthorisationRequest;

// The texts of the mails the ASP sends. As in the real ones, the identifiant and the password are
// written between square brackets, which the user must not copy.
class Mails final {
    Q_DECLARE_TR_FUNCTIONS(Mails)

public:
    static Mail identifier(const User &user);
    static Mail temporaryPassword(const User &user, const QString &password);
    static Mail habilitation(const QString &to, const User &user, const Establishment &e);
    static Mail resetPassword(const User &user, const QString &password);
    static Mail recoveredIdentifier(const User &user);
    // "Notification de décision", to the establishment's e-mail: the decision's number, period,
    // form, scheme, motive, hours, headcount and its secret code between square brackets.
    static Mail decision(const Establishment &e, const Decision &d);
    // To the establishment's e-mail: a claim received (its number, version, month, decision and
    // amounts), then each change of its status (with the reason of a rejection, the amount of a
    // payment).
    // To the establishment's e-mail: a request for prior authorisation received (its terms), and
    // its refusal with the reason (an acceptance is the decision's own notification).
    static Mail authorisationReceived(const Establishment &e, const AuthorisationRequest &r);
    static Mail authorisationRefused(const Establishment &e, const AuthorisationRequest &r,
                                     const QString &reason);
    static Mail claimReceived(const Establishment &e, const ReceivedClaim &c);
    static Mail claimStatus(const Establishment &e, const ReceivedClaim &c);

private:
    static QString termsDetails(const Decision &terms);
    static QString claimDetails(const ReceivedClaim &c);
    static QString greeting(const User &user);
    static QString signature();
};

} // namespace apdesk::aspsim
