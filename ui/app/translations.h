#pragma once

#include <QString>

class QCoreApplication;

namespace apdesk::ui {

// Installs the program's own translation and Qt's ("qtbase_fr.qm" for QWizard buttons, context
// menus and standard dialogs) for the language, and makes it the default QLocale.
// Returns false when the program's translation for a non-French language is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace apdesk::ui
