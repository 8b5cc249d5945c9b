#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace apdesk::cli {

// Every command of apdesk-cli, in the order `apdesk-cli --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace apdesk::cli
