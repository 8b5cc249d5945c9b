#include "store/store.h"

#include "sqlite/database.h"
#include "sqlite/setaside.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/outboxrepository.h"
#include "store/schema.h"
#include "store/settingsrepository.h"

namespace apdesk::store {

StoreOpenResult Store::open(const QString &path, const StoreOptions &options) {
    sqlite::OpenOptions databaseOptions;
    databaseOptions.busyTimeoutMs = options.busyTimeoutMs;
    databaseOptions.mark = sqlite::FileMark::clientStore();
    auto opened = sqlite::Database::open(path, Schema::migrations(), databaseOptions);
    if (!opened)
        return StoreOpenResult::fail(opened.error());
    Clock clock = options.clock ? options.clock : [] {
        return QDateTime::currentDateTimeUtc();
    };
    return StoreOpenResult::ok(
        std::unique_ptr<Store>(new Store(std::move(opened).value(), std::move(clock))));
}

Result<QString> Store::setAside(const sqlite::OpenProblem &problem) {
    return sqlite::setAside(problem);
}

Result<QString> Store::setAside(const QString &path, sqlite::ProblemKind why) {
    return sqlite::setAside(path, why);
}

int Store::schemaVersion() {
    return Schema::latestVersion();
}

Store::Store(std::unique_ptr<sqlite::Database> database, Clock clock)
    : m_database(std::move(database))
    , m_establishments(std::make_unique<EstablishmentRepository>(*m_database))
    , m_employees(std::make_unique<EmployeeRepository>(*m_database))
    , m_claims(std::make_unique<ClaimRepository>(*m_database, clock))
    , m_claimLines(std::make_unique<ClaimLineRepository>(*m_database, clock))
    , m_settings(std::make_unique<SettingsRepository>(*m_database))
    , m_decisionCache(std::make_unique<DecisionCacheRepository>(*m_database, clock))
    , m_outbox(std::make_unique<OutboxRepository>(*m_database, clock))
    , m_clock(std::move(clock)) {}

QDateTime Store::now() const {
    return m_clock();
}

// The repositories go before the database they point to (reverse order of the members).
Store::~Store() = default;

QString Store::path() const {
    return m_database->path();
}
QString Store::migrationBackupPath() const {
    return m_database->migrationBackupPath();
}

Result<QString> Store::backupTo(const QString &targetPath) const {
    return m_database->backupTo(targetPath);
}

} // namespace apdesk::store
