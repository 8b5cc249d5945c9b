#include "dispatcher.h"

#include "command.h"

#include <QTextStream>

#include <algorithm>

namespace apdesk::cli {

namespace {

bool isHelpOption(QStringView argument) {
    return argument == u"--help" || argument == u"-h";
}

} // namespace

Dispatcher::Dispatcher(std::vector<std::unique_ptr<Command>> commands)
    : m_commands(std::move(commands)) {}

Dispatcher::~Dispatcher() = default;

QString Dispatcher::versionLine() {
    return QStringLiteral("apdesk-cli %1").arg(QStringLiteral(APDESK_VERSION));
}

QString Dispatcher::overview() const {
    QString text = tr("Usage : apdesk-cli COMMANDE [ARGUMENTS…]\n"
                      "\n"
                      "Outils d'AP Desk en ligne de commande, pour les demandes d'indemnisation "
                      "de l'activité partielle.\n"
                      "\n"
                      "Commandes :\n");
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name(), -int(width)).arg(command->summary());
    text += tr("\n"
               "Options :\n"
               "  -h, --help     affiche cette aide\n"
               "  --version      affiche la version\n"
               "  --db DONNÉES   avant ou après le nom d'une commande qui utilise un fichier "
               "de données (%1)\n"
               "\n"
               "« apdesk-cli help COMMANDE » ou « apdesk-cli COMMANDE --help » décrit une "
               "commande.\n"
               "Codes de sortie : 0 réussite, 1 échec (valeur refusée…), 2 ligne de commande "
               "incorrecte, 3 fichier de données ou fichier CSV impossible à ouvrir, lire ou "
               "écrire, 4 import partiel (--partial : lignes valables importées, les autres "
               "laissées de côté). Chaque commande détaille les siens.\n")
                .arg(storeCommandNames());
    return text;
}

QString Dispatcher::commandName(const QStringList &arguments) {
    const qsizetype first = !arguments.isEmpty() && arguments.first() == u"--db" ? 2 : 0;
    return arguments.value(first);
}

int Dispatcher::run(const QStringList &line, QTextStream &out, QTextStream &err) const {
    QStringList arguments = line;
    if (!arguments.isEmpty() && arguments.first() == u"--db") {
        auto moved = moveLeadingStore(arguments, err);
        if (!moved)
            return ExitCode::Usage;
        arguments = std::move(*moved);
    }
    if (arguments.isEmpty()) {
        err << tr("Aucune commande indiquée.") << "\n\n" << overview();
        return ExitCode::Usage;
    }

    const QString &first = arguments.first();
    if (isHelpOption(first)) {
        out << overview();
        return ExitCode::Success;
    }
    if (first == u"--version") {
        out << versionLine() << '\n';
        return ExitCode::Success;
    }
    if (first == u"help")
        return runHelp(arguments.mid(1), out, err);
    if (first.startsWith(u'-')) {
        err << tr("Option inconnue : « %1 ». Voir « apdesk-cli --help ».").arg(first) << '\n';
        return ExitCode::Usage;
    }

    Command *command = find(first);
    if (!command) {
        err << tr("Commande inconnue : « %1 ». Commandes disponibles : %2. Voir « apdesk-cli "
                  "--help ».")
                   .arg(first, commandNames())
            << '\n';
        return ExitCode::Usage;
    }

    const QStringList rest = arguments.mid(1);
    if (std::any_of(rest.begin(), rest.end(), [](const QString &a) { return isHelpOption(a); })) {
        out << command->help();
        return ExitCode::Success;
    }
    return command->run(rest, out, err);
}

int Dispatcher::runHelp(const QStringList &arguments, QTextStream &out, QTextStream &err) const {
    if (arguments.isEmpty()) {
        out << overview();
        return ExitCode::Success;
    }
    if (arguments.size() > 1) {
        err << tr("« apdesk-cli help » attend au plus un nom de commande, %1 reçus.")
                   .arg(arguments.size())
            << '\n';
        return ExitCode::Usage;
    }
    const Command *command = find(arguments.first());
    if (!command) {
        err << tr("Commande inconnue : « %1 ». Commandes disponibles : %2.")
                   .arg(arguments.first(), commandNames())
            << '\n';
        return ExitCode::Usage;
    }
    out << command->help();
    return ExitCode::Success;
}

// `--db FILE NAME REST…` becomes `NAME --db FILE REST…`, the form the commands read.
std::optional<QStringList> Dispatcher::moveLeadingStore(const QStringList &arguments,
                                                        QTextStream &err) const {
    // A command name or an option right after --db means the file was forgotten.
    if (arguments.size() < 2 || arguments[1].startsWith(u'-') || find(arguments[1])) {
        err << tr("L'option --db attend le fichier de données : apdesk-cli --db DONNÉES "
                  "COMMANDE [ARGUMENTS…].")
            << '\n';
        return std::nullopt;
    }
    const QString &file = arguments[1];
    const Command *command = arguments.size() > 2 ? find(arguments[2]) : nullptr;
    if (!command || !command->usesStore()) {
        const QString found = arguments.size() > 2 ? tr("« %1 » a été donné").arg(arguments[2])
                                                   : tr("rien n'a été donné");
        err << tr("« --db %1 » doit être suivi d'une commande qui utilise un fichier de "
                  "données (%2) ; %3. Voir « apdesk-cli --help ».")
                   .arg(file, storeCommandNames(), found)
            << '\n';
        return std::nullopt;
    }
    const QStringList rest = arguments.mid(3);
    if (rest.contains(QStringLiteral("--db"))) {
        err << tr("Le fichier de données est indiqué deux fois : --db s'emploie une seule fois, "
                  "avant ou après le nom de la commande.")
            << '\n';
        return std::nullopt;
    }
    return QStringList{arguments[2], QStringLiteral("--db"), file} + rest;
}

Command *Dispatcher::find(QStringView name) const {
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString Dispatcher::commandNames() const {
    QStringList names;
    for (const auto &command : m_commands)
        names << command->name();
    return names.join(QStringLiteral(", "));
}

QString Dispatcher::storeCommandNames() const {
    QStringList names;
    for (const auto &command : m_commands) {
        if (command->usesStore())
            names << command->name();
    }
    return names.join(QStringLiteral(", "));
}

} // namespace apdesk::cli
