#include "exchange/claimbatch.h"

namespace apdesk::exchange {

domain::ClaimResult ClaimBatch::compute(const domain::ClaimEngine &engine,
                                        const domain::Claim &claim) {
    // ClaimEngine::compute() now groups each employee's lines once itself.
    return engine.compute(claim);
}

} // namespace apdesk::exchange
