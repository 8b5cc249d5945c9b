#include "decisiontext.h"

#include <QCoreApplication>

namespace apdesk::ui::decisiontext {

namespace {
// lupdate files the tr() calls of this namespace's functions under the namespace's name: the
// catalogues are looked up under the same one.
QString tr(const char *text) {
    return QCoreApplication::translate("apdesk::ui::decisiontext", text);
}
} // namespace

QString form(int form) {
    switch (form) {
    case 1:
        return tr("réduction de l'horaire de tout l'établissement");
    case 2:
        return tr("réduction de l'horaire d'une partie de l'établissement");
    case 3:
        return tr("fermeture temporaire de tout l'établissement");
    case 4:
        return tr("fermeture temporaire d'une partie de l'établissement");
    default:
        return tr("forme %1").arg(form);
    }
}

QString scheme(const QString &scheme) {
    return scheme.compare(u"apld", Qt::CaseInsensitive) == 0
               ? tr("activité partielle de longue durée (APLD)")
               : tr("activité partielle de droit commun");
}

} // namespace apdesk::ui::decisiontext
