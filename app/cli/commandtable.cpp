#include "commandtable.h"

#include "carryovercommand.h"
#include "checkidcommand.h"
#include "claimscommand.h"
#include "computecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "pdfcommand.h"
#include "portfoliocommand.h"
#include "readcommand.h"
#include "sendcommand.h"
#include "statuscommand.h"

namespace apdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    // One line per command.
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<ComputeCommand>());
    commands.push_back(std::make_unique<ReadCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ClaimsCommand>());
    commands.push_back(std::make_unique<PortfolioCommand>());
    commands.push_back(std::make_unique<PdfCommand>());
    commands.push_back(std::make_unique<CarryOverCommand>());
    commands.push_back(std::make_unique<SendCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    return commands;
}

} // namespace apdesk::cli
