#pragma once

#include "domain/hours.h"
#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace apdesk::store {

class ClaimHistory;
class Store;

// One month of an authorised period that has begun, as the clerk's portfolio shows it.
struct PortfolioMonth final {
    enum class State { NotClaimed, InPreparation, Filed };
    QDate month; // its first day
    QString decisionNumber;
    // Filed: a version went to the ASP (Queued counts: the outbox sends it exactly once), even
    // while its correction is in preparation.
    State state = State::NotClaimed;
    qint64 claimId = 0;  // the latest version's, when there is a claim
    QDate deadline;      // the last day to file it (ClaimChecks::filingDeadline)
    qint64 daysLeft = 0; // from today to the deadline; negative once it has passed
};

// What needs the clerk first, worst first (the order sorts the portfolio).
enum class PortfolioProblem {
    DeadlinePassed,       // a month not filed whose deadline has passed
    ContingentUsedUp,     // the current decision's hours are all used, or more
    DeadlineNear,         // a month not filed, its deadline within deadlineWarningDays
    ContingentNearlyUsed, // nearlyUsedPercent of the current decision's hours or more
    NoDecision,           // no decision of the establishment is in the cache
    None,
};

// One establishment of the store with its current decision and where its claims stand.
struct PortfolioEntry final {
    Establishment establishment;
    // The cached decision whose period holds today, else the latest one.
    std::optional<CachedDecision> decision;
    domain::Hours hoursUsed; // on that decision, by every stored claim the ASP did not refuse
    // Every begun month of every cached decision of the establishment, oldest first.
    QList<PortfolioMonth> months;
    PortfolioProblem problem = PortfolioProblem::None;
    qint64 latestClaimId = 0; // the claim a double-click opens; 0 when there is none

    // The month not filed whose deadline comes first (passed ones included); none when every
    // begun month is filed.
    std::optional<PortfolioMonth> nextDeadline() const;
    qsizetype count(PortfolioMonth::State state) const;
    domain::Hours hoursLeft() const; // negative when more than authorised was used
    // The problem in a French sentence, with its figures; empty for None.
    QString problemText() const;
};

// The portfolio of a declarant who files for many establishments (issue 16): every stored
// establishment with its decision, the hours used, the months filed and not, the filing
// deadlines and the worst problem, most urgent first. Read from the store and computed with the
// claim engine; touches nothing.
class Portfolio final {
    Q_DECLARE_TR_FUNCTIONS(Portfolio)

public:
    static constexpr int deadlineWarningDays = 30;
    static constexpr int nearlyUsedPercent = 90;

    Portfolio(const Store &store, const ClaimHistory &history);

    Result<QList<PortfolioEntry>> read(const QDate &today) const;
    Result<PortfolioEntry> readOne(const Establishment &establishment, const QDate &today) const;

    // Most urgent first: the worst problem, then the nearest deadline of a month not filed,
    // then the name.
    static bool moreUrgent(const PortfolioEntry &a, const PortfolioEntry &b);
    static QString problemCode(PortfolioProblem problem); // "deadline-passed"…, for scripts

private:
    const Store &m_store;
    const ClaimHistory &m_history;
};

} // namespace apdesk::store
