// apdesk-cli: a thin entry point; the commands live in the apdesk_cli_commands library.
#include "cli/commandtable.h"
#include "cli/dispatcher.h"
#include "i18n.h"

#include <QGuiApplication>
#include <QTextStream>

namespace {

QtMessageHandler previousHandler = nullptr;

// Without a desktop session (ssh, cron, CI), Qt's platform set-up warns that XDG_RUNTIME_DIR is
// not set and uses a folder of its own, which is fine for a command-line tool; the warning would
// only pollute the stderr that scripts read. Every other message passes.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context,
                           const QString &message) {
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[]) {
    // A QGuiApplication, not a QCoreApplication: commands that write PDF need fonts, which need a
    // platform plugin. Without a display (a server, CI, ssh), the offscreen plugin stands in, so
    // the tool never fails for want of an X or Wayland server; an explicit QT_QPA_PLATFORM wins.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
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
