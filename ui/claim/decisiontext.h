#pragma once

#include <QString>

// How the screens name what a decision authorises, in the words of the notification.
namespace apdesk::ui::decisiontext {

// "réduction de l'horaire de tout l'établissement"… for the forms 1–4 of DOMAIN.md.
QString form(int form);
// "activité partielle de droit commun" or "… de longue durée (APLD)".
QString scheme(const QString &scheme);

} // namespace apdesk::ui::decisiontext
