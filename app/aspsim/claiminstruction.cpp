#include "claiminstruction.h"

#include "apierror.h"
#include "mails.h"
#include "servicecontext.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"

namespace apdesk::aspsim::claiminstruction {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClaimInstruction)
};

// Moves the claim to `status` at `at` and mails it, in one transaction; the claim as it now is.
std::optional<ReceivedClaim> move(ServiceContext &ctx, const ReceivedClaim &claim, int status,
                                  qint64 at, const QString &reason = {}) {
    const auto establishment = ctx.establishments.bySiret(claim.siret);
    if (!establishment)
        return std::nullopt;
    qint64 paid = -1;
    if (status == ReceivedClaim::Paid) {
        // A corrected version is paid what it adds; one that asks for less is paid nothing here
        // (the ASP would issue a recovery order, which the simulator leaves out).
        paid = qMax<qint64>(0, claim.allocationCents -
                                   ctx.claims.paidBefore(claim.number, claim.version));
    }
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive() || !ctx.claims.setStatus(claim.id, status, at, reason, paid))
        return std::nullopt;
    const auto moved = ctx.claims.latest(claim.number);
    if (!moved || !ctx.mailbox.send(Mails::claimStatus(*establishment, *moved), at) ||
        !transaction.commit().isOk()) {
        return std::nullopt;
    }
    return moved;
}

HttpReply conflict(const ReceivedClaim &claim, const QString &message) {
    return apierror::reply(409, QStringLiteral("claim_status"), message, {},
                           {{QStringLiteral("claim"), claim.toJson()}});
}

HttpReply answer(const std::optional<ReceivedClaim> &moved) {
    return moved ? HttpReply::json(200, moved->toJson()) : ServiceContext::internalError();
}

} // namespace

void processDue(ServiceContext &ctx) {
    const qint64 step = ctx.config.claimStepSecs;
    const qint64 now = ctx.now();
    if (step <= 0)
        return;
    // Each pass moves every claim whose step fell due by one step; a clock moved by days moves
    // them through several, each stamped when it fell due.
    for (int pass = 0; pass < 4; ++pass) {
        const QList<ReceivedClaim> due = ctx.claims.inInstructionSince(now - step + 1);
        if (due.isEmpty())
            return;
        for (const ReceivedClaim &claim : due) {
            if (!move(ctx, claim, ReceivedClaim::nextStatus(claim.status),
                      claim.statusChangedAt + step))
                return; // logged; tried again at the next request
        }
    }
}

HttpReply advance(ServiceContext &ctx, const ReceivedClaim &claim) {
    if (claim.isFinished()) {
        return conflict(claim, Text::tr("La demande n° %1 est déjà « %2 » : son instruction est "
                                        "terminée.")
                                   .arg(claim.number, ReceivedClaim::statusLabel(claim.status)));
    }
    return answer(move(ctx, claim, ReceivedClaim::nextStatus(claim.status), ctx.now()));
}

HttpReply reject(ServiceContext &ctx, const ReceivedClaim &claim, const QString &reason) {
    if (claim.status != ReceivedClaim::Waiting && claim.status != ReceivedClaim::InInstruction) {
        return conflict(claim, Text::tr("La demande n° %1 est « %2 » : elle ne peut plus être "
                                        "rejetée.")
                                   .arg(claim.number, ReceivedClaim::statusLabel(claim.status)));
    }
    return answer(move(ctx, claim, ReceivedClaim::Rejected, ctx.now(), reason));
}

HttpReply withdraw(ServiceContext &ctx, const ReceivedClaim &claim) {
    if (claim.status != ReceivedClaim::Waiting) {
        return conflict(claim,
                        Text::tr("La demande n° %1 est « %2 » : elle ne peut être retirée que tant "
                                 "qu'elle est en attente de validation.")
                            .arg(claim.number, ReceivedClaim::statusLabel(claim.status)));
    }
    return answer(move(ctx, claim, ReceivedClaim::Withdrawn, ctx.now()));
}

} // namespace apdesk::aspsim::claiminstruction
