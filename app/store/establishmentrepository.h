#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The establishments (SIRETs) the user prepares claims for.
class EstablishmentRepository final {
    Q_DECLARE_TR_FUNCTIONS(EstablishmentRepository)
    Q_DISABLE_COPY_MOVE(EstablishmentRepository)

public:
    explicit EstablishmentRepository(const sqlite::Database &database);

    // Stores a new establishment (its id is ignored); returns its id. A SIRET already stored
    // is refused (Duplicate).
    Result<qint64> add(const Establishment &establishment) const;
    // Rewrites the establishment of that id (NotFound when there is none).
    Result<> update(const Establishment &establishment) const;
    // All establishments, by name.
    Result<QList<Establishment>> list() const;
    Result<Establishment> find(qint64 id) const;

private:
    static std::optional<Error> check(const Establishment &establishment);
    static Error explain(Error error, const Establishment &establishment);

    const sqlite::Database &m_database;
};

} // namespace apdesk::store
