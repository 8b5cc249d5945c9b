#include "desktopapp.h"

#include "../mainwindow.h"
#include "screenshot.h"
#include "startupoptions.h"
#include "translations.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

namespace apdesk::ui {

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("apdesk"));
    // No organisation name: the data folder is then ~/.local/share/apdesk, not apdesk/apdesk.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(APDESK_VERSION));
}

// Installs the translations and parses the command line of an application object of any kind.
StartupParse startUp(QCoreApplication &app) {
    describeApplication();
    const QStringList arguments = QCoreApplication::arguments();
    if (!installTranslations(app, requestedLanguage(arguments)))
        std::fprintf(stderr, "translation for '%s' is missing\n",
                     qPrintable(requestedLanguage(arguments)));
    return parseStartupOptions(arguments);
}

bool onlyAsksForHelpOrVersion(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int runDesktopApp(int &argc, char **argv) {
    if (onlyAsksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        const StartupParse parsed = startUp(app);
        return parsed.exitCode.value_or(0);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("AP Desk"));
    const StartupParse parsed = startUp(app);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const StartupOptions &options = parsed.options;

    QDir().mkpath(options.dataDir);
    const QString storePath = QDir(options.dataDir).filePath(QStringLiteral("apdesk.sqlite"));

    MainWindow window(storePath);
    window.show();
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshotAndQuit(&window, options.screenshotPath);
    return QApplication::exec();
}

} // namespace apdesk::ui
