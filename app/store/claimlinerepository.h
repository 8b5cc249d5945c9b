#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

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

// One week of an employee already on a claim, to write (hours) or to clear (nullopt: the week's
// line goes, the employee stays on the claim with its copy). hours->weekStart is not read.
struct WeekWrite final {
    qint64 employeeId = 0;
    QDate weekStart;
    std::optional<WeekHours> hours;

    friend bool operator==(const WeekWrite &, const WeekWrite &) = default;
};

// What one action of the clerk changes in a claim's employees and weeks, written in one
// transaction (ClaimLineRepository::apply): the employees pop-up's "Valider" adds and removes;
// undoing an import removes the employees it brought and puts weeks back.
struct ClaimChange final {
    QList<qint64> addEmployees;    // each with a copy of its contract and pay as they are now
    QList<qint64> removeEmployees; // with their weeks
    QList<WeekWrite> weeks;        // written or cleared after the additions and removals
    // Only the weeks of the employees this change actually adds are written: one already on
    // the claim (put there meanwhile by another window or a script) keeps its own.
    bool weeksOfAddedOnly = false;
};

// The lines of a claim: one employee × one week, with the hours the clerk entered.
class ClaimLineRepository final {
    Q_DECLARE_TR_FUNCTIONS(ClaimLineRepository)
    Q_DISABLE_COPY_MOVE(ClaimLineRepository)

public:
    ClaimLineRepository(const sqlite::Database &database, std::function<QDateTime()> clock);

    // Writes the hours of one employee for one week of a claim in preparation (Refused
    // otherwise), and returns the stored line. The first time a line is written, it copies the
    // employee's current contract and pay; later writes change the hours only, so the claim
    // keeps what it was computed with. The week must start inside the claim's month, and the
    // employee must belong to the claim's establishment.
    Result<ClaimLine> upsert(qint64 claimId, qint64 employeeId, const WeekHours &hours) const;
    // Removes one line of a claim in preparation; removing a line that does not exist is fine.
    // The employee leaves the claim with its last line (see writeWeeks for what keeps it).
    Result<> remove(qint64 claimId, qint64 employeeId, const QDate &weekStart) const;

    // The claim screens' writes, each one transaction on a claim in preparation (Refused
    // otherwise), all or nothing, and each the claim's last change (Claim::changedAt).
    //
    // Puts employees of the claim's establishment on the claim without hours, each with a copy
    // of its contract and pay as they are now; an employee already on it keeps its copy. Returns
    // the ids actually added (NotFound when one is not of the establishment).
    Result<QList<qint64>> addEmployees(qint64 claimId, const QList<qint64> &employeeIds) const;
    // Takes employees off the claim, with their weeks; removing one not on it is fine.
    Result<> removeEmployees(qint64 claimId, const QList<qint64> &employeeIds) const;
    // Writes or clears weeks of employees on the claim (NotFound for an employee that is not);
    // each week must start inside the claim's month. A cleared week keeps its employee on the
    // claim: an emptied cell of the hours grid is not a departure.
    Result<> writeWeeks(qint64 claimId, const QList<WeekWrite> &writes) const;
    // The three above at once, in this order, all or nothing; returns the ids actually added.
    Result<QList<qint64>> apply(qint64 claimId, const ClaimChange &change) const;
    // The lines of a claim, by employee then week.
    Result<QList<ClaimLine>> linesOf(qint64 claimId) const;
    // The lines with the copies they were made from, read on one snapshot. An employee's copy
    // goes when its last week does; a copy without weeks is only found in a file edited by hand,
    // but an import writing weeks for that employee then uses it (ImportRepository::linesAfter).
    Result<ClaimContents> contentsOf(qint64 claimId) const;

private:
    Result<QList<qint64>> apply(qint64 claimId, const ClaimChange &change,
                                const QString &what) const;

    const sqlite::Database &m_database;
    std::function<QDateTime()> m_clock;
};

} // namespace apdesk::store
