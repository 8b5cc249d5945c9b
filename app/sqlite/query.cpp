#include "sqlite/query.h"

#include <QSqlError>

namespace apdesk::sqlite {

Result<> execute(QSqlQuery &query, const QString &sql, const QVariantList &values,
                 const QString &whatWasDone) {
    if (!query.prepare(sql))
        return Result<>::fail(Error::fromSql(query.lastError(), whatWasDone));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<>::fail(Error::fromSql(query.lastError(), whatWasDone));
    return Result<>::ok();
}

} // namespace apdesk::sqlite
