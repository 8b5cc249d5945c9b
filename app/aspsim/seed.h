#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace apdesk::aspsim {

class ServiceContext;

// Pre-existing accounts and establishments (apdesk-asp-sim --seed FILE), e.g. logins that
// already reach their establishments through SYLAé or APEA. Format (docs/aspsim.md):
//   {"users": [{identifier, password, firstName, lastName, email, phone, secretQuestion,
//               secretAnswer, firstLoginDone, mustChangePassword}],
//    "establishments": [{siret, name, street, streetComplement, postalCode, city, email, phone,
//                        contact: {lastName, firstName, email, phone}, users: [identifier...]}],
//    "otherExtranets": [{siret, extranet, identifier}],
//    "decisions": [{siret, periodStart, periodEnd, form, scheme, motive, authorisedHours,
//                   authorisedHeadcount, secretCode?, number?}]}
// Applying it twice changes nothing: entries that exist already are left alone (a decision
// without a number exists when its establishment has one for the same period). Seeded decisions
// are not mailed: they were notified before.
class Seed final {
    Q_DECLARE_TR_FUNCTIONS(Seed)

public:
    // Runs on the service thread at start-up, before the service listens (the Argon2 hashing of
    // seeded passwords is the only slow work done there). Returns an error message, empty on
    // success.
    static QString apply(ServiceContext &ctx, const QByteArray &json);

private:
    static QString addDecision(ServiceContext &ctx, const QJsonValue &value, qsizetype index,
                               qint64 now);
};

} // namespace apdesk::aspsim
