#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace apdesk::ui {

// What the command line of `apdesk` asks for. Parsed once in main(), before any window exists.
struct StartupOptions {
    QString language = QStringLiteral("fr"); // "fr" or "en"
    QString dataDir;                         // the platform's application data folder by default
    QString screenshotPath;                  // non-empty: write a PNG of the first window, exit
    QString serviceUrl;                      // non-empty: talk to a service started elsewhere
    bool quitAfterFirstPaint = false;        // start-up benchmarks: print the time, exit
};

// Parses the arguments; prints --help / --version or an error and returns an exit code when the
// program must stop there.
struct StartupParse {
    StartupOptions options;
    std::optional<int> exitCode;
};

StartupParse parseStartupOptions(const QStringList &arguments);

// The language is read before QApplication's translators are installed, so that --help itself
// is translated: a quick scan of the raw arguments for "--lang".
QString requestedLanguage(const QStringList &arguments);

} // namespace apdesk::ui
