#include "desktopapp.h"

#include "../mainwindow.h"
#include "screenshot.h"
#include "startupoptions.h"
#include "translations.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

namespace apdesk::ui {

int runDesktopApp(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("apdesk"));
    QApplication::setOrganizationName(QStringLiteral("apdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("AP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(APDESK_VERSION));

    const QStringList arguments = QApplication::arguments();
    if (!installTranslations(app, requestedLanguage(arguments)))
        std::fprintf(stderr, "translation for '%s' is missing\n",
                     qPrintable(requestedLanguage(arguments)));

    const StartupParse parsed = parseStartupOptions(arguments);
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
