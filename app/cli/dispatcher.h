#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

class QTextStream;

namespace apdesk::cli {

class Command;

// Reads apdesk-cli's command line and hands it to the right command. Answers by itself
// `--help`, `--version`, `help [COMMAND]` and `COMMAND --help`; an unknown command or option is a
// usage error (exit code 2) explained in French on `err`. A leading `--db FILE` is moved after
// the command's name, so `apdesk-cli --db FILE import …` and `apdesk-cli import --db FILE …` are
// the same.
class Dispatcher final {
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    explicit Dispatcher(std::vector<std::unique_ptr<Command>> commands);
    ~Dispatcher();
    Q_DISABLE_COPY_MOVE(Dispatcher)

    // `arguments` without the program's name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

    // The general help: usage, options, the list of commands with their summaries.
    QString overview() const;
    // "apdesk-cli 0.1.0".
    static QString versionLine();
    // The command a command line names (after a leading `--db FILE`), empty when none.
    static QString commandName(const QStringList &arguments);

private:
    Command *find(QStringView name) const;
    QString commandNames() const;
    QString storeCommandNames() const;
    std::optional<QStringList> moveLeadingStore(const QStringList &arguments,
                                                QTextStream &err) const;
    int runHelp(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace apdesk::cli
