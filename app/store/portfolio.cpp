#include "store/portfolio.h"

#include "domain/claim/claimchecks.h"
#include "store/claimassembler.h"
#include "store/claimhistory.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace apdesk::store {

namespace {

QLocale french() {
    return QLocale(QLocale::French, QLocale::France);
}

// The decision a portfolio line shows: the one whose period holds today, else the latest
// (the cache lists the latest period first).
std::optional<CachedDecision> currentOf(const QList<CachedDecision> &decisions,
                                        const QDate &today) {
    for (const CachedDecision &d : decisions)
        if (d.periodStart <= today && today <= d.periodEnd)
            return d;
    if (decisions.isEmpty())
        return std::nullopt;
    return decisions.first();
}

PortfolioMonth::State stateOf(ClaimStatus status) {
    return status == ClaimStatus::Preparation ? PortfolioMonth::State::InPreparation
                                              : PortfolioMonth::State::Filed;
}

} // namespace

std::optional<PortfolioMonth> PortfolioEntry::nextDeadline() const {
    std::optional<PortfolioMonth> next;
    for (const PortfolioMonth &m : months)
        if (m.state != PortfolioMonth::State::Filed && (!next || m.deadline < next->deadline))
            next = m;
    return next;
}

qsizetype PortfolioEntry::count(PortfolioMonth::State state) const {
    return std::count_if(months.begin(), months.end(),
                         [state](const PortfolioMonth &m) { return m.state == state; });
}

domain::Hours PortfolioEntry::hoursLeft() const {
    return decision ? decision->authorisedHours - hoursUsed : domain::Hours();
}

QString PortfolioEntry::problemText() const {
    const auto next = nextDeadline();
    const QString month =
        next ? french().toString(next->month, QStringLiteral("MMMM yyyy")) : QString();
    const QString deadline =
        next ? french().toString(next->deadline, QStringLiteral("d MMMM yyyy")) : QString();
    switch (problem) {
    case PortfolioProblem::DeadlinePassed:
        return Portfolio::tr("Délai de dépôt dépassé depuis le %1 pour %2 (non déposée).")
            .arg(deadline, month);
    case PortfolioProblem::ContingentUsedUp:
        return Portfolio::tr("Contingent épuisé : %1 utilisées sur %2 autorisées.")
            .arg(hoursUsed.frenchText(), decision->authorisedHours.frenchText());
    case PortfolioProblem::DeadlineNear:
        return Portfolio::tr("Plus que %n jour(s) pour déposer %1 (jusqu'au %2).", nullptr,
                             int(next->daysLeft))
            .arg(month, deadline);
    case PortfolioProblem::ContingentNearlyUsed:
        return Portfolio::tr("Contingent presque épuisé : %1 utilisées sur %2 autorisées.")
            .arg(hoursUsed.frenchText(), decision->authorisedHours.frenchText());
    case PortfolioProblem::NoDecision:
        return Portfolio::tr("Aucune décision enregistrée : synchronisez les décisions.");
    case PortfolioProblem::None:
        break;
    }
    return {};
}

Portfolio::Portfolio(const Store &store, const ClaimHistory &history)
    : m_store(store)
    , m_history(history) {}

Result<QList<PortfolioEntry>> Portfolio::read(const QDate &today) const {
    using R = Result<QList<PortfolioEntry>>;
    const auto establishments = m_store.establishments().list();
    if (!establishments)
        return R::failWith(establishments);
    QList<PortfolioEntry> entries;
    entries.reserve(establishments->size());
    for (const Establishment &e : *establishments) {
        auto entry = readOne(e, today);
        if (!entry)
            return R::failWith(entry);
        entries << std::move(entry).value();
    }
    std::stable_sort(entries.begin(), entries.end(), moreUrgent);
    return R::ok(std::move(entries));
}

Result<PortfolioEntry> Portfolio::readOne(const Establishment &establishment,
                                          const QDate &today) const {
    using R = Result<PortfolioEntry>;
    const auto decisions = m_store.decisionCache().listForSiret(establishment.siret);
    if (!decisions)
        return R::failWith(decisions);
    const auto claims = m_store.claims().listFor(establishment.id);
    if (!claims)
        return R::failWith(claims);

    PortfolioEntry entry;
    entry.establishment = establishment;
    entry.decision = currentOf(*decisions, today);
    if (!claims->isEmpty())
        entry.latestClaimId = claims->first().id; // latest month, latest version first

    // The latest version of each (decision, month) tells the month's state; a refused one
    // leaves the month to claim again. A month one version of which went to the ASP is filed,
    // even while its correction is in preparation.
    QSet<std::pair<QString, QDate>> filed;
    for (const Claim &c : *claims)
        if (c.status == ClaimStatus::Queued || c.status == ClaimStatus::Sent)
            filed.insert({c.decisionNumber, c.month});
    QHash<std::pair<QString, QDate>, Claim> latest;
    for (const Claim &c : ClaimHistory::counted(*claims)) {
        latest.insert({c.decisionNumber, c.month}, c);
        if (entry.decision && c.decisionNumber == entry.decision->number) {
            const auto use = m_history.computeUse(c);
            if (!use)
                return R::failWith(use);
            entry.hoursUsed += use->totalHours();
        }
    }

    for (auto d = decisions->crbegin(); d != decisions->crend(); ++d) {
        domain::Decision decision;
        decision.end = d->periodEnd;
        const QDate deadline = domain::ClaimChecks::filingDeadline(decision);
        for (QDate month(d->periodStart.year(), d->periodStart.month(), 1);
             month <= d->periodEnd && month <= today; month = month.addMonths(1)) {
            PortfolioMonth m{month, d->number, PortfolioMonth::State::NotClaimed,
                             0,     deadline,  today.daysTo(deadline)};
            if (const auto c = latest.constFind({d->number, month}); c != latest.cend()) {
                m.state = filed.contains({d->number, month}) ? PortfolioMonth::State::Filed
                                                             : stateOf(c->status);
                m.claimId = c->id;
            }
            entry.months << m;
        }
    }
    std::stable_sort(
        entry.months.begin(), entry.months.end(),
        [](const PortfolioMonth &a, const PortfolioMonth &b) { return a.month < b.month; });

    const auto next = entry.nextDeadline();
    const qint64 authorised = entry.decision ? entry.decision->authorisedHours.hundredths() : 0;
    const qint64 used = entry.hoursUsed.hundredths();
    if (next && next->daysLeft < 0)
        entry.problem = PortfolioProblem::DeadlinePassed;
    else if (entry.decision && authorised > 0 && used >= authorised)
        entry.problem = PortfolioProblem::ContingentUsedUp;
    else if (next && next->daysLeft <= deadlineWarningDays)
        entry.problem = PortfolioProblem::DeadlineNear;
    else if (entry.decision && authorised > 0 && used * 100 >= authorised * nearlyUsedPercent)
        entry.problem = PortfolioProblem::ContingentNearlyUsed;
    else if (!entry.decision)
        entry.problem = PortfolioProblem::NoDecision;
    return R::ok(std::move(entry));
}

bool Portfolio::moreUrgent(const PortfolioEntry &a, const PortfolioEntry &b) {
    if (a.problem != b.problem)
        return a.problem < b.problem;
    const auto da = a.nextDeadline();
    const auto db = b.nextDeadline();
    if (da.has_value() != db.has_value())
        return da.has_value();
    if (da && da->deadline != db->deadline)
        return da->deadline < db->deadline;
    return QString::localeAwareCompare(a.establishment.name, b.establishment.name) < 0;
}

QString Portfolio::problemCode(PortfolioProblem problem) {
    switch (problem) {
    case PortfolioProblem::DeadlinePassed:
        return QStringLiteral("deadline-passed");
    case PortfolioProblem::ContingentUsedUp:
        return QStringLiteral("contingent-used-up");
    case PortfolioProblem::DeadlineNear:
        return QStringLiteral("deadline-near");
    case PortfolioProblem::ContingentNearlyUsed:
        return QStringLiteral("contingent-nearly-used");
    case PortfolioProblem::NoDecision:
        return QStringLiteral("no-decision");
    case PortfolioProblem::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace apdesk::store
