#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The lines of a claim: one employee × one week, with the hours the clerk entered.
class ClaimLineRepository final {
    Q_DECLARE_TR_FUNCTIONS(ClaimLineRepository)
    Q_DISABLE_COPY_MOVE(ClaimLineRepository)

public:
    explicit ClaimLineRepository(const sqlite::Database &database);

    // Writes the hours of one employee for one week of a claim in preparation (Refused
    // otherwise), and returns the stored line. The first time a line is written, it copies the
    // employee's current contract and pay; later writes change the hours only, so the claim
    // keeps what it was computed with. The week must start inside the claim's month, and the
    // employee must belong to the claim's establishment.
    Result<ClaimLine> upsert(qint64 claimId, qint64 employeeId, const WeekHours &hours) const;
    // Removes one line of a claim in preparation; removing a line that does not exist is fine.
    Result<> remove(qint64 claimId, qint64 employeeId, const QDate &weekStart) const;
    // The lines of a claim, by employee then week.
    Result<QList<ClaimLine>> linesOf(qint64 claimId) const;

private:
    const sqlite::Database &m_database;
};

} // namespace apdesk::store
