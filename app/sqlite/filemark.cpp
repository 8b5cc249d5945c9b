#include "sqlite/filemark.h"

namespace apdesk::sqlite {

namespace {
// "APDS" and "APSM" in ASCII: readable in a hex dump of the header, at byte 68.
constexpr qint32 clientStoreId = 0x41504453;
constexpr qint32 serviceDatabaseId = 0x4150534D;
} // namespace

FileMark FileMark::clientStore() {
    return {clientStoreId, tr("un magasin de données d'AP Desk"), QStringLiteral("cached_decisions")};
}

FileMark FileMark::serviceDatabase() {
    return {serviceDatabaseId, tr("la base de données du service ASP simulé"),
            QStringLiteral("establishment_users")};
}

QString FileMark::describe(qint32 applicationId, const QStringList &tables) {
    for (const FileMark &mark : {clientStore(), serviceDatabase()}) {
        if (applicationId == mark.applicationId ||
            (applicationId == 0 && tables.contains(mark.legacyTable)))
            return mark.description;
    }
    return tr("la base de données d'un autre programme");
}

} // namespace apdesk::sqlite
