#include "desktopapp.h"

#include "../mainwindow.h"
#include "aspsim/embeddedservice.h"
#include "client/aspclient.h"
#include "client/deferredcredentialstore.h"
#include "client/keychaincredentialstore.h"
#include "firstpaintprobe.h"
#include "i18n.h"
#include "mail/mailboxmodel.h"
#include "mail/mailboxwatcher.h"
#include "screenshot.h"
#include "sqlite/privatefile.h"
#include "startupoptions.h"
#include "startupstyle.h"
#include "store/store.h"
#include "storeopener.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QTimer>

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
    if (!i18n::installTranslations(app, requestedLanguage(arguments)))
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

// Starts opening the embedded service. Its admin routes (the simulated mailbox) answer this
// program only: `adminSecret` is drawn here.
void beginEmbeddedService(const StartupOptions &options, aspsim::EmbeddedService &embedded,
                          const QByteArray &adminSecret) {
    aspsim::ServiceConfig config;
    config.databasePath = QDir(options.dataDir).filePath(QStringLiteral("asp-simule.sqlite"));
    config.admin = true;
    config.adminSecret = adminSecret;
    config.demoDecisions = true; // a new establishment can try a claim at once
    embedded.begin(config);
}

// The embedded service's URL once it is open. One that cannot start leaves the program usable
// offline: the client's calls then find no service.
QUrl embeddedServiceUrl(aspsim::EmbeddedService &embedded) {
    if (embedded.waitUntilStarted())
        return embedded.url();
    QMessageBox::warning(nullptr, QCoreApplication::translate("DesktopApp", "Service de l'ASP"),
                         QCoreApplication::translate(
                             "DesktopApp",
                             "Le service de l'ASP simulé n'a pas pu démarrer : %1\nVous pouvez "
                             "travailler hors ligne.")
                             .arg(embedded.errorString()));
    return QUrl(QStringLiteral("http://127.0.0.1:9"));
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
    // The style chosen (the platform's, or -style), with the bars' « more » icon read late.
    QApplication::setStyle(new StartupStyle(QApplication::style()->name()));
    const StartupParse parsed = startUp(app);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const StartupOptions &options = parsed.options;

    // The folder holds the store and the settings: NIRs and identifiers, its user's only.
    const QString settingsPath = QDir(options.dataDir).filePath(QStringLiteral("apdesk.ini"));
    if (!sqlite::makePrivateFolder(options.dataDir) || !sqlite::ensurePrivateFile(settingsPath)) {
        QMessageBox::critical(nullptr, QStringLiteral("AP Desk"),
                              QCoreApplication::translate("DesktopApp",
                                                          "Impossible de créer le dossier des "
                                                          "données %1.")
                                  .arg(QDir::toNativeSeparators(options.dataDir)));
        return 1;
    }
    QString storeError;
    std::unique_ptr<store::Store> store =
        openStore(QDir(options.dataDir).filePath(store::Store::defaultFileName()), askWithDialog,
                  &storeError);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(storeError));
        return 1;
    }

    // Declared before everything that talks to it, so that it stops last.
    aspsim::EmbeddedService embedded;
    const QByteArray adminSecret = aspsim::EmbeddedService::newAdminSecret();
    QNetworkAccessManager network;
    // The embedded service opens once the window has been painted (its database, its HTTP server
    // and the TLS library Qt's server loads would delay the window by a fifth); calls made before
    // wait in the client until then.
    client::AspClient client(&network, QUrl(options.serviceUrl));
    client.setAdminSecret(adminSecret);
    QObject::connect(&embedded, &aspsim::EmbeddedService::opened, &client,
                     [&] { client.setBaseUrl(embeddedServiceUrl(embedded)); });
    client::KeychainCredentialStore keyring(client::KeychainCredentialStore::programService());
    // The login page's questions to the keyring wait for the first paint (see below).
    client::DeferredCredentialStore credentials(keyring);
    QSettings settings(settingsPath, QSettings::IniFormat);
    MailboxModel mailModel;
    MailboxWatcher mailWatcher(&client, &settings, &mailModel);

    MainWindow window({store.get(), &client, &credentials, &settings, &mailModel, &mailWatcher});
    window.show();
    // The SVG icon engine and the keyring's library (libsecret and GLib's object system, on
    // Linux) are loaded after the first paint, not before.
    new FirstPaint(
        &window, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/apdesk.svg"))); });
    new FirstPaint(&window, [&credentials] { credentials.release(); });
    // A window that is not painted (started minimised) still gets its keyring.
    QTimer::singleShot(1000, &credentials, [&credentials] { credentials.release(); });
    if (options.serviceUrl.isEmpty()) {
        // Whichever comes first: the service begins once (a failed opening is not retried).
        const auto open = [&] {
            beginEmbeddedService(options, embedded, adminSecret);
        };
        new FirstPaint(&window, open);
        // A window that is not painted (started minimised) still gets its service.
        QTimer::singleShot(1000, &embedded, open);
    }
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshotAndQuit(&window, options.screenshotPath);
    if (options.quitAfterFirstPaint)
        quitAfterFirstPaint(&window);
    return QApplication::exec();
}

} // namespace apdesk::ui
