#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/claimresult.h"

namespace apdesk::exchange {

// Computes a claim of thousands of employees — a firm's batch, an imported file. It was a
// linear-time copy of ClaimEngine::compute() while compute() looked for each employee's lines
// among all the claim's lines (14 s for 20,000 employees × 5 weeks); compute() now groups the
// lines once itself, so this is compute(), kept as the batch entry point of the commands.
class ClaimBatch final {
public:
    static domain::ClaimResult compute(const domain::ClaimEngine &engine,
                                       const domain::Claim &claim);
};

} // namespace apdesk::exchange
