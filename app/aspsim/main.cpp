// apdesk-asp-sim: the simulated ASP service, standalone (see docs/aspsim.md).
#include "aspservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AspSimMain)
};

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int) {
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void onSignal(int) {
    // On Windows the console control handler runs on its own thread: a queued call is safe.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
}

void quitOnSignals(QCoreApplication &) {
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

bool hasDisplay() {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int fail(const QString &message) {
    std::fprintf(stderr, "apdesk-asp-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    // Drawing the captcha needs fonts, hence a QGuiApplication; without a display, the offscreen
    // platform provides them.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apdesk-asp-sim"));
    QCoreApplication::setOrganizationName(QStringLiteral("apdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Service ASP simulé (extranet Activité partielle)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  Text::tr("Port d'écoute (0 : un port libre)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Fichier SQLite du service."),
                                QStringLiteral("FILE"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   Text::tr("Active les routes /sim (messagerie, horloge, "
                                            "réseau, réponses des images de sécurité)."));
    const QCommandLineOption delay(QStringLiteral("validation-delay"),
                                   Text::tr("Temps de validation d'une demande de compte, en "
                                            "secondes de temps du service."),
                                   QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Comptes et établissements préexistants (JSON)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Text::tr("Adresse d'écoute (127.0.0.1 par défaut)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption demoDecisions(
        QStringLiteral("demo-decisions"),
        Text::tr("Donne à chaque établissement créé une décision d'autorisation de démonstration "
                 "(année civile en cours, 10 000 heures, 50 salariés) et son courriel de "
                 "notification."));
    const QCommandLineOption claimStep(
        QStringLiteral("claim-step"),
        Text::tr("Temps entre deux étapes de l'instruction d'une demande d'indemnisation, en "
                 "secondes de temps du service (0 : seules les routes /sim/claims les font "
                 "avancer)."),
        QStringLiteral("SECONDS"), QString::number(apdesk::aspsim::ServiceConfig().claimStepSecs));
    parser.addOptions({port, db, admin, delay, seed, listen, demoDecisions, claimStep});
    parser.process(app);

    apdesk::aspsim::ServiceConfig config;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return fail(Text::tr("--port attend un nombre entre 0 et 65535 (reçu : %1).")
                        .arg(parser.value(port)));
    }
    config.port = static_cast<quint16>(portNumber);
    config.validationDelaySecs = parser.value(delay).toLongLong(&ok);
    if (!ok || config.validationDelaySecs < 0) {
        return fail(Text::tr("--validation-delay attend un nombre de secondes (reçu : %1).")
                        .arg(parser.value(delay)));
    }
    config.claimStepSecs = parser.value(claimStep).toLongLong(&ok);
    if (!ok || config.claimStepSecs < 0) {
        return fail(Text::tr("--claim-step attend un nombre de secondes (reçu : %1).")
                        .arg(parser.value(claimStep)));
    }
    if (!config.address.setAddress(parser.value(listen))) {
        return fail(
            Text::tr("--listen attend une adresse IP (reçu : %1).").arg(parser.value(listen)));
    }
    config.admin = parser.isSet(admin);
    config.demoDecisions = parser.isSet(demoDecisions);
    config.databasePath = parser.value(db);
    if (config.databasePath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        config.databasePath = folder + QStringLiteral("/aspsim.sqlite");
    }
    if (parser.isSet(seed)) {
        QFile file(parser.value(seed));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Text::tr("Impossible de lire %1 : %2.")
                            .arg(parser.value(seed), file.errorString()));
        }
        config.seedJson = file.readAll();
    }

    QString error;
    auto service = apdesk::aspsim::AspService::start(config, &error);
    if (!service) {
        return fail(error);
    }
    std::printf("listening on %s\n", qPrintable(service->url().toString()));
    std::fflush(stdout);
    quitOnSignals(app);
    const int status = app.exec();
    service.reset(); // server and database closed before the application object goes
    return status;
}
