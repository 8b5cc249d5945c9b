#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// A claim's employees, each with the contract and pay copied for the claim (hours empty), and
// its lines.
struct ClaimContents final {
    QList<ClaimLine> copies; // by employee
    QList<ClaimLine> lines;  // by employee, then week
};

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
    // The lines with the copies they were made from, read on one snapshot. An employee's copy
    // goes when its last week does; a copy without weeks is only found in a file edited by hand,
    // but an import writing weeks for that employee then uses it (ImportRepository::linesAfter).
    Result<ClaimContents> contentsOf(qint64 claimId) const;

private:
    const sqlite::Database &m_database;
};

} // namespace apdesk::store
