#pragma once

#include "establishment.h"
#include "sql.h"

#include <QList>
#include <optional>

namespace apdesk::aspsim {

// Establishments, who may act for them, the account requests that create them, the registration
// tokens of the space flow and the SIRETs already known to another ASP extranet (SYLAé, APEA).
class EstablishmentStore final {
public:
    explicit EstablishmentStore(Sql sql)
        : m_sql(std::move(sql)) {}

    std::optional<Establishment> bySiret(const QString &siret) const;
    QList<Establishment> ofUser(qint64 userId) const;
    int countOfUser(qint64 userId) const;
    bool isMember(const QString &siret, qint64 userId) const;
    QList<qint64> userIds(const QString &siret) const;
    bool create(const Establishment &establishment, qint64 now);
    bool update(const Establishment &establishment);
    bool addUser(const QString &siret, qint64 userId, qint64 now);

    // The e-mail of whoever holds the SIRET (the first user of an establishment, or the contact of
    // an accepted request still pending); nullopt when the SIRET is free.
    std::optional<QString> holderEmail(const QString &siret) const;

    struct Request {
        qint64 id = 0;
        QString siret;
        qint64 userId = 0; // the login that asked, when a logged-in user adds a SIRET
        QJsonObject payload;
        QByteArray secretAnswerHash;
    };
    bool addRequest(const Request &request, qint64 now, qint64 validateAt);
    QList<Request> dueRequests(qint64 now) const;
    bool markValidated(qint64 requestId);
    // Whether a pending request already names this contact e-mail.
    bool pendingRequestWithEmail(const QString &email) const;

    struct RegistrationToken {
        QString siret;
        qint64 userId = 0;
    };
    bool addRegistrationToken(const QByteArray &tokenHash, const RegistrationToken &token,
                              qint64 expiresAt);
    std::optional<RegistrationToken> registrationToken(const QByteArray &tokenHash,
                                                       qint64 now) const;
    bool removeRegistrationToken(const QByteArray &tokenHash);

    bool addOtherExtranet(const QString &siret, const QString &extranet, qint64 userId);
    // The login that already reaches this SIRET through SYLAé or APEA, if any.
    std::optional<qint64> otherExtranetUser(const QString &siret) const;

private:
    Sql m_sql;
};

} // namespace apdesk::aspsim
