// apdesk-cli: a thin entry point; the commands live in the apdesk_cli_commands library.
#include "cli/commandtable.h"
#include "cli/dispatcher.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[]) {
    // A QCoreApplication: the commands but `pdf` draw no text, so they need no fonts, platform
    // plugin nor display, and start without loading them (a scripted import pays for its
    // start-up once per file). `pdf` needs a QGuiApplication (fonts abort under a
    // QCoreApplication), on the offscreen platform: it shows no window.
    QStringList line;
    for (int i = 1; i < argc; ++i)
        line << QString::fromLocal8Bit(argv[i]);
    const bool drawsText = apdesk::cli::Dispatcher::commandName(line) == u"pdf";
    if (drawsText && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawsText ? std::make_unique<QGuiApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
