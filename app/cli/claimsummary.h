#pragma once

#include "store/claimcomputer.h"

#include <QJsonObject>

namespace apdesk::cli {

// What `claims` lists for one claim, and `import hours` reports of the claim it changed: who,
// which month and decision, its status, how many employees and lines, its totals and how many
// problems.
QJsonObject claimSummary(const store::ClaimComputer::Computed &computed);

} // namespace apdesk::cli
