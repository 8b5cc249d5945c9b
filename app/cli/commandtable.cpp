#include "commandtable.h"

#include "checkidcommand.h"
#include "computecommand.h"

namespace apdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    // One line per command.
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<ComputeCommand>());
    return commands;
}

} // namespace apdesk::cli
