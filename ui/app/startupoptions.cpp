#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace apdesk::ui {

QString requestedLanguage(const QStringList &arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return QStringLiteral("fr");
}

StartupParse parseStartupOptions(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupOptions",
        "AP Desk prépare les demandes d'indemnisation d'activité partielle et gère les comptes "
        "de l'extranet de l'ASP (service simulé intégré par défaut)."));
    // Our own help and version options: Qt's French catalogue lacks the text of addHelpOption().
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("StartupOptions", "Affiche cette aide puis quitte."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("StartupOptions", "Affiche la version puis quitte."));
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("StartupOptions", "Langue de l'interface : fr (défaut) ou en."),
        QStringLiteral("fr|en"), QStringLiteral("fr"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("StartupOptions", "Dossier des données (défaut : %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("StartupOptions",
                                    "Écrit une image PNG de la première fenêtre puis quitte."),
        QStringLiteral("FILE"));
    const QCommandLineOption serviceUrl(
        QStringLiteral("service-url"),
        QCoreApplication::translate(
            "StartupOptions",
            "Adresse d'un service ASP simulé déjà lancé (défaut : le service intégré)."),
        QStringLiteral("URL"));
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("StartupOptions",
                                    "Pour les mesures du démarrage : quitte dès que la fenêtre est "
                                    "affichée, en écrivant l'heure et le temps processeur."));
    parser.addOptions({lang, dataDir, screenshot, serviceUrl, quitAfterFirstPaint});

    StartupParse result;
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        result.exitCode = 0;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("StartupOptions", "Argument inattendu : %1")
                           .arg(parser.positionalArguments().constFirst())));
        result.exitCode = 2;
        return result;
    }

    result.options.language = parser.value(lang);
    if (result.options.language != QLatin1String("fr") &&
        result.options.language != QLatin1String("en")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("StartupOptions",
                                                   "Langue inconnue « %1 » : fr ou en est attendu.")
                           .arg(result.options.language)));
        result.exitCode = 2;
        return result;
    }
    result.options.dataDir =
        parser.isSet(dataDir) ? parser.value(dataDir)
                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    result.options.screenshotPath = parser.value(screenshot);
    result.options.serviceUrl = parser.value(serviceUrl);
    result.options.quitAfterFirstPaint = parser.isSet(quitAfterFirstPaint);
    return result;
}

} // namespace apdesk::ui
