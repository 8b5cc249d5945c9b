#pragma once

#include "sqlite/openproblem.h"
#include "sqlite/openresult.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

class ClaimLineRepository;
class ClaimRepository;
class DecisionCacheRepository;
class EmployeeRepository;
class EstablishmentRepository;
class OutboxRepository;
class SettingsRepository;

using Clock = std::function<QDateTime()>;

struct StoreOptions final {
    int busyTimeoutMs = 5000;
    Clock clock; // when empty, QDateTime::currentDateTimeUtc
};

class Store;
using StoreOpenResult = sqlite::OpenResult<Store>;

// The client's local store: one SQLite file (see sqlite::Database for the checks at open), and
// the repositories through which all of the client's SQL goes. Every edit is one transaction.
// The repositories may be used from any thread: each thread gets its own connection.
//
// Opening, for the UI:
//
//     StoreOpenResult result = Store::open(path);
//     if (!result) {
//         const sqlite::OpenProblem &problem = result.error();
//         // show problem.message; if problem.canBeSetAside() and the user agrees:
//         if (const auto moved = Store::setAside(problem))   // moved.value(): the new path
//             result = Store::open(path);                    // a new, empty store
//     }
//     std::unique_ptr<Store> store = std::move(result).value();
class Store final {
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)

public:
    // The usual file name in the user's data folder.
    static QString defaultFileName() { return QStringLiteral("apdesk.sqlite"); }

    static StoreOpenResult open(const QString &path, const StoreOptions &options = {});
    // Renames an unusable store (with its -wal and -shm) next to itself, so that open() can
    // start a new one at `path`; returns where it went. See sqlite::setAside().
    static Result<QString> setAside(const sqlite::OpenProblem &problem);
    static Result<QString> setAside(const QString &path,
                                    sqlite::ProblemKind why = sqlite::ProblemKind::Damaged);
    // The schema version this program writes (the number of migrations).
    static int schemaVersion();

    ~Store();

    QString path() const;
    // The copy made before migrating at open(), empty when none was needed.
    QString migrationBackupPath() const;
    // A VACUUM INTO copy of the whole store in `targetPath` (which must not exist), 0600.
    Result<QString> backupTo(const QString &targetPath) const;
    const sqlite::Database &database() const { return *m_database; }

    const EstablishmentRepository &establishments() const { return *m_establishments; }
    const EmployeeRepository &employees() const { return *m_employees; }
    const ClaimRepository &claims() const { return *m_claims; }
    const ClaimLineRepository &claimLines() const { return *m_claimLines; }
    const SettingsRepository &settings() const { return *m_settings; }
    const DecisionCacheRepository &decisionCache() const { return *m_decisionCache; }
    const OutboxRepository &outbox() const { return *m_outbox; }
    // The store's clock (UTC): what its records are stamped with, and "today" for the checks.
    QDateTime now() const;

private:
    Store(std::unique_ptr<sqlite::Database> database, Clock clock);

    std::unique_ptr<sqlite::Database> m_database;
    std::unique_ptr<EstablishmentRepository> m_establishments;
    std::unique_ptr<EmployeeRepository> m_employees;
    std::unique_ptr<ClaimRepository> m_claims;
    std::unique_ptr<ClaimLineRepository> m_claimLines;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<DecisionCacheRepository> m_decisionCache;
    std::unique_ptr<OutboxRepository> m_outbox;
    Clock m_clock;
};

} // namespace apdesk::store
