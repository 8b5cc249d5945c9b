#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace apdesk::i18n {

namespace {

QLocale localeFor(const QString &language) {
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::French, QLocale::France);
}

} // namespace

bool installTranslations(QCoreApplication &app, const QString &language) {
    QLocale::setDefault(localeFor(language));
    return installCatalogues(app, language);
}

bool installCatalogues(QCoreApplication &app, const QString &language) {
    const bool english = language == QLatin1String("en");

    // Qt's own strings: English is built in, French comes from qt6-translations-l10n.
    if (!english) {
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(localeFor(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }

    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(english ? QStringLiteral(":/i18n/apdesk_en.qm")
                                     : QStringLiteral(":/i18n/apdesk_fr.qm")))
        return false;
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace apdesk::i18n
