#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace apdesk::store {

// A claim whose hours may be written: one still in preparation. The one check of what writes
// hours (ClaimLineRepository, ImportRepository), and of the command line before it reads a file.
struct EditableClaim final {
    Q_DECLARE_TR_FUNCTIONS(EditableClaim)

public:
    qint64 establishmentId = 0;
    QDate month; // the first day of the claim's month

    // Why hours cannot be written into a claim of that status and month (Refused: it left
    // preparation); nullopt while they can.
    static std::optional<Error> refusal(ClaimStatus status, const QDate &month);
    // Claim `claimId`, read in the caller's transaction on `db`: NotFound when there is none,
    // refused (refusal()) when it left preparation.
    static Result<EditableClaim> read(const QSqlDatabase &db, qint64 claimId);
};

} // namespace apdesk::store
