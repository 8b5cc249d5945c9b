#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

class QTextStream;

namespace apdesk::cli {

// Exit codes shared by every command, so scripts can tell a refused value from a mistyped
// command line.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1; // the command ran and the answer is "no" (invalid value, failed import)
constexpr int Usage = 2;   // the command line itself is wrong
} // namespace ExitCode

// One command of apdesk-cli ("check-id", later "compute", "read", "import", "export",
// "claims"). A new command is one class implementing this interface plus one line in
// commandtable.cpp; the dispatcher gives it --help and `apdesk-cli help NAME` for free.
class Command {
public:
    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    // The word typed after apdesk-cli: "check-id".
    virtual QString name() const = 0;
    // One line, in French, for the list of commands.
    virtual QString summary() const = 0;
    // The full help in French: usage line, arguments, examples, exit codes.
    virtual QString help() const = 0;
    // True for the commands that work on a store file given with --db: the dispatcher then
    // also accepts `apdesk-cli --db FILE NAME …` (the order issue 6 documents).
    virtual bool usesStore() const { return false; }

    // Runs with the arguments that follow the command's name (never containing --help, which
    // the dispatcher answers). Writes results to `out` and messages to `err`; returns an
    // ExitCode.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace apdesk::cli
