#include "sql.h"

#include "sqlite/query.h"

#include <QtDebug>

namespace apdesk::aspsim {

std::optional<QSqlQuery> Sql::run(const QString &statement, const QVariantList &values) const {
    QVariantList bound;
    bound.reserve(values.size());
    for (const QVariant &value : values) {
        // A null QString or QByteArray would be bound as SQL NULL; an absent text is an empty one
        // here (NULL is asked for with an invalid QVariant).
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            bound.append(QVariant(QLatin1String("")));
        } else if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull()) {
            bound.append(QVariant(QByteArray("")));
        } else {
            bound.append(value);
        }
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto done = sqlite::execute(query, statement, bound, QStringLiteral("service"));
    if (!done) {
        qWarning().noquote() << "aspsim:" << statement << ":" << done.error().detail;
        return std::nullopt;
    }
    return query;
}

bool Sql::exec(const QString &statement, const QVariantList &values) const {
    return run(statement, values).has_value();
}

QVariant Sql::scalar(const QString &statement, const QVariantList &values) const {
    auto query = run(statement, values);
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

} // namespace apdesk::aspsim
