#pragma once

#include "sqlite/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace apdesk::sqlite {

// Prepares `sql` on `query`, binds `values` to its `?` placeholders in order (a null QVariant
// binds NULL) and runs it. On failure the error is sorted (Error::fromSql) and its message says
// "Échec de l'opération « <whatWasDone> » : …".
Result<> execute(QSqlQuery &query, const QString &sql, const QVariantList &values,
                 const QString &whatWasDone);

} // namespace apdesk::sqlite
