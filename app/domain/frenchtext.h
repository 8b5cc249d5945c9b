#pragma once

#include <QString>

namespace apdesk::domain::frenchtext {

// French elides « de » before a month that starts with a vowel: « la demande d'avril 2026 »,
// « d'août », « d'octobre », where a sentence built as « de %1 » would read « de avril ».
// Applied to a whole sentence once its month is in; text in another language is left as it is.
QString elideBeforeMonths(QString text);

} // namespace apdesk::domain::frenchtext
