#include "decisiongrant.h"

#include "establishment.h"
#include "mails.h"
#include "secrets.h"
#include "servicecontext.h"

namespace apdesk::aspsim::decisiongrant {

std::optional<Decision> grant(ServiceContext &ctx, const Decision &decision,
                              const Establishment &establishment) {
    const qint64 now = ctx.now();
    Decision granted = decision;
    if (granted.secretCode.isEmpty()) {
        granted.secretCode = secrets::decisionCode();
    }
    auto stored = ctx.decisions.create(granted, now);
    if (!stored || !ctx.mailbox.send(Mails::decision(establishment, *stored), now)) {
        return std::nullopt;
    }
    return stored;
}

} // namespace apdesk::aspsim::decisiongrant
