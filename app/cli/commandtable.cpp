#include "commandtable.h"

#include "checkidcommand.h"

namespace apdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    // One line per command.
    commands.push_back(std::make_unique<CheckIdCommand>());
    return commands;
}

} // namespace apdesk::cli
