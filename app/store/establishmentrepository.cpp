#include "store/establishmentrepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"
#include "store/storedvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace apdesk::store {

namespace {
const QString columns = QStringLiteral("id, siret, name, departement, sector_category");

Establishment fromRow(const QSqlQuery &query) {
    Establishment establishment;
    establishment.id = query.value(0).toLongLong();
    establishment.siret = query.value(1).toString();
    establishment.name = query.value(2).toString();
    establishment.departement = query.value(3).toString();
    establishment.sector =
        stored::toSector(query.value(4).toString()).value_or(SectorCategory::Common);
    return establishment;
}

bool isDigits(const QString &text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

EstablishmentRepository::EstablishmentRepository(const sqlite::Database &database)
    : m_database(database) {}

std::optional<Error> EstablishmentRepository::check(const Establishment &establishment) {
    if (establishment.siret.size() != 14 || !isDigits(establishment.siret)) {
        return Error::make(ErrorKind::Invalid,
                           tr("Le SIRET doit compter 14 chiffres sans espace ; « %1 » a été "
                              "donné.")
                               .arg(establishment.siret));
    }
    if (establishment.name.trimmed().isEmpty())
        return Error::make(ErrorKind::Invalid, tr("La dénomination de l'établissement manque."));
    const int length = int(establishment.departement.size());
    if (length < 2 || length > 3) {
        return Error::make(ErrorKind::Invalid,
                           tr("Le département doit s'écrire en 2 ou 3 caractères (« 75 », "
                              "« 2A », « 971 ») ; « %1 » a été donné.")
                               .arg(establishment.departement));
    }
    return std::nullopt;
}

Error EstablishmentRepository::explain(Error error, const Establishment &establishment) {
    if (error.kind == ErrorKind::Duplicate) {
        error.message = tr("Un établissement de SIRET %1 existe déjà.").arg(establishment.siret);
    }
    return error;
}

Result<qint64> EstablishmentRepository::add(const Establishment &establishment) const {
    if (const auto invalid = check(establishment))
        return Result<qint64>::fail(*invalid);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto done =
            sqlite::execute(query,
                            QStringLiteral("INSERT INTO establishments (siret, name, departement, "
                                           "sector_category) VALUES (?, ?, ?, ?)"),
                            {establishment.siret, establishment.name.trimmed(),
                             establishment.departement, stored::sectorCode(establishment.sector)},
                            tr("ajouter l'établissement %1").arg(establishment.siret));
        if (!done)
            return Result<qint64>::fail(explain(done.error(), establishment));
        return Result<qint64>::ok(query.lastInsertId().toLongLong());
    });
}

Result<> EstablishmentRepository::update(const Establishment &establishment) const {
    if (const auto invalid = check(establishment))
        return Result<>::fail(*invalid);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("UPDATE establishments SET siret = ?, name = ?, departement = ?, "
                           "sector_category = ? WHERE id = ?"),
            {establishment.siret, establishment.name.trimmed(), establishment.departement,
             stored::sectorCode(establishment.sector), establishment.id},
            tr("modifier l'établissement %1").arg(establishment.siret));
        if (!done)
            return Result<>::fail(explain(done.error(), establishment));
        if (query.numRowsAffected() == 0) {
            return Result<>::fail(Error::make(
                ErrorKind::NotFound,
                tr("L'établissement n°%1 n'existe pas (ou plus).").arg(establishment.id)));
        }
        return Result<>::ok();
    });
}

Result<QList<Establishment>> EstablishmentRepository::list() const {
    QSqlQuery query(m_database.connection());
    const auto done = sqlite::execute(
        query, QStringLiteral("SELECT %1 FROM establishments ORDER BY name, siret").arg(columns),
        {}, tr("lire la liste des établissements"));
    if (!done)
        return Result<QList<Establishment>>::failWith(done);
    QList<Establishment> establishments;
    while (query.next())
        establishments << fromRow(query);
    return Result<QList<Establishment>>::ok(establishments);
}

Result<Establishment> EstablishmentRepository::find(qint64 id) const {
    QSqlQuery query(m_database.connection());
    const auto done = sqlite::execute(
        query, QStringLiteral("SELECT %1 FROM establishments WHERE id = ?").arg(columns), {id},
        tr("lire l'établissement n°%1").arg(id));
    if (!done)
        return Result<Establishment>::failWith(done);
    if (!query.next()) {
        return Result<Establishment>::fail(
            Error::make(ErrorKind::NotFound, tr("L'établissement n°%1 n'existe pas.").arg(id)));
    }
    return Result<Establishment>::ok(fromRow(query));
}

} // namespace apdesk::store
