#pragma once

#include "exchange/csvdialect.h"
#include "exchange/csvproblem.h"
#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace apdesk::store {
class Store;
}

namespace apdesk::store {
class ClaimComputer;
}

namespace apdesk::cli {

// Exit codes of the file and store commands, beyond the shared ones of command.h.
namespace ExitCode {
constexpr int StoreOrFile = 3; // the store or the file could not be opened, read or written
constexpr int Partial = 4;     // --partial: the valid lines were imported, others left out
} // namespace ExitCode

// The command line of import, export or claims: the options they all take, taken out of the
// arguments at once, what is left, and the first usage error found (empty while none).
struct StoreArguments {
    QStringList rest;
    QString usage;
    std::optional<QString> db;
    std::optional<QString> establishment;
    std::optional<QString> claim;
};

// `--today AAAA-MM-JJ` of claims, portfolio and pdf: the date the deadline checks read.
struct TodayOption {
    std::optional<QString> given;
    QDate date; // the date given, else the command's default
};

// What read, import, export and claims share: their options, the store, the JSON of problems.
class ExchangeSupport final {
    Q_DECLARE_TR_FUNCTIONS(ExchangeSupport)

public:
    // Removes "NAME VALUE" from the arguments; nullopt when absent. A NAME without value is a
    // usage error: `error` gets the French message.
    static std::optional<QString> takeOption(QStringList &arguments, const QString &name,
                                             QString &error);
    static bool takeFlag(QStringList &arguments, const QString &name);
    // Takes --db, --establishment and --claim out of `arguments`.
    static StoreArguments takeStoreArguments(const QStringList &arguments);
    // Unless a usage error is known already: `command` without --db is one.
    static void requireDb(const QString &command, StoreArguments &arguments);
    // The same, then for import and export: `employees|hours` followed by `files` file names
    // (else `usageLine`), and hours with --claim.
    static void requireKind(const QString &command, StoreArguments &arguments, qsizetype files,
                            const QString &usageLine);
    // Takes --today out of the arguments; `fallback` when it is not given.
    static TodayOption takeToday(StoreArguments &arguments, const QDate &fallback);
    // Unless a usage error is known already: a --today that is no date is one.
    static void requireValidToday(const TodayOption &today, StoreArguments &arguments);
    // Writes the usage error, if there is one, on `err`: true then (ExitCode::Usage).
    static bool reportUsage(const StoreArguments &arguments, QTextStream &err);

    // Opens an existing store file, or says on `err` why not (nullptr).
    static std::unique_ptr<store::Store> openStore(const QString &path, QTextStream &err);
    // False, with the reason on `err`, when the claims cannot be computed (the built-in rates
    // table did not read).
    static bool canCompute(const store::ClaimComputer &computer, QTextStream &err);
    // The establishment given by SIRET (spaces allowed) or id; when `given` is empty, the only
    // establishment of the store. Nullopt with the reason on `err`.
    static std::optional<store::Establishment>
    establishment(const store::Store &store, const QString &given, QTextStream &err);
    // The claim "--claim N" names; NotFound when N is not a number or no such claim is stored.
    static store::Result<store::Claim> claim(const store::Store &store, const QString &given);
    // Writes a store error on `err` and gives the exit code: Failure when what was asked for is
    // not there, StoreOrFile when the store could not be read.
    static int report(const store::Error &error, QTextStream &err);

    static QJsonObject toJson(const exchange::CsvDialect &dialect);
    static QJsonArray toJson(const QList<exchange::CsvProblem> &problems);
    // "ligne 4, colonne 3 (Semaine du) : message" — one problem for standard error.
    static QString describe(const exchange::CsvProblem &problem);
};

} // namespace apdesk::cli
