// apdesk-cli: a thin entry point; the commands live in the apdesk_cli_commands library.
#include "cli/commandtable.h"
#include "cli/dispatcher.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    // A QCoreApplication: no command draws text, so none needs fonts, a platform plugin or a
    // display, and every command starts without loading them (a scripted import pays for its
    // start-up once per file). A command that writes PDF will need a QGuiApplication (fonts
    // abort under a QCoreApplication), with the offscreen platform when no display is set, as
    // apdesk-asp-sim does.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APDESK_VERSION));
    // French by default, with its plural forms ("3 problèmes bloquants"); APDESK_LANG=en for
    // English messages.
    apdesk::i18n::installCatalogues(app, qEnvironmentVariable("APDESK_LANG", QStringLiteral("fr")));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const apdesk::cli::Dispatcher dispatcher(apdesk::cli::allCommands());
    return dispatcher.run(QCoreApplication::arguments().mid(1), out, err);
}
