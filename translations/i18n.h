#pragma once

#include <QString>

class QCoreApplication;

namespace apdesk::i18n {

// Installs the program's translation and Qt's own ("qtbase_fr.qm": QWizard buttons, context
// menus, standard dialogs) for the language ("fr" or "en"), and makes it the default QLocale.
// The source strings are French; the French catalogue only carries the plural forms of counted
// messages ("%n tentative(s)" → "1 tentative" / "2 tentatives"). Returns false when the
// program's catalogue for the language is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

// The catalogues alone, without touching the default QLocale: for the command-line tool, whose
// numbers and dates stay in the fixed formats scripts read.
bool installCatalogues(QCoreApplication &app, const QString &language);

} // namespace apdesk::i18n
