#include "store/editableclaim.h"

#include "sqlite/query.h"
#include "store/storedvalues.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

std::optional<Error> EditableClaim::refusal(ClaimStatus status, const QDate &month) {
    if (status == ClaimStatus::Preparation)
        return std::nullopt;
    return Error::make(ErrorKind::Refused,
                       tr("La demande pour %1 n'est plus en préparation : ses heures ne peuvent "
                          "plus être modifiées.")
                           .arg(QLocale(QLocale::French, QLocale::France)
                                    .toString(month, QStringLiteral("MMMM yyyy"))));
}

Result<EditableClaim> EditableClaim::read(const QSqlDatabase &db, qint64 claimId) {
    using R = Result<EditableClaim>;
    QSqlQuery query(db);
    const auto done = sqlite::execute(
        query, QStringLiteral("SELECT establishment_id, month, status FROM claims WHERE id = ?"),
        {claimId}, tr("lire la demande n°%1").arg(claimId));
    if (!done)
        return R::failWith(done);
    if (!query.next())
        return R::fail(
            Error::make(ErrorKind::NotFound, tr("La demande n°%1 n'existe pas.").arg(claimId)));
    EditableClaim claim;
    claim.establishmentId = query.value(0).toLongLong();
    claim.month = stored::toMonth(query.value(1));
    const auto status = stored::toStatus(query.value(2).toString()).value_or(ClaimStatus::Sent);
    if (auto refused = refusal(status, claim.month))
        return R::fail(*refused);
    return R::ok(claim);
}

} // namespace apdesk::store
