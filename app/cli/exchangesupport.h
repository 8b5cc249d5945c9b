#pragma once

#include "exchange/csvdialect.h"
#include "exchange/csvproblem.h"
#include "store/records.h"

#include <QCoreApplication>
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

namespace apdesk::cli {

// Exit codes of the file and store commands, beyond the shared ones of command.h.
namespace ExitCode {
constexpr int StoreOrFile = 3; // the store or the file could not be opened, read or written
constexpr int Partial = 4;     // --partial: the valid lines were imported, others left out
} // namespace ExitCode

// What read, import, export and claims share: their options, the store, the JSON of problems.
class ExchangeSupport final {
    Q_DECLARE_TR_FUNCTIONS(ExchangeSupport)

public:
    // Removes "NAME VALUE" from the arguments; nullopt when absent. A NAME without value is a
    // usage error: `error` gets the French message.
    static std::optional<QString> takeOption(QStringList &arguments, const QString &name,
                                             QString &error);
    static bool takeFlag(QStringList &arguments, const QString &name);

    // Opens an existing store file, or says on `err` why not (nullptr).
    static std::unique_ptr<store::Store> openStore(const QString &path, QTextStream &err);
    // The establishment given by SIRET (spaces allowed) or id; when `given` is empty, the only
    // establishment of the store. Nullopt with the reason on `err`.
    static std::optional<store::Establishment>
    establishment(const store::Store &store, const QString &given, QTextStream &err);

    static QJsonObject toJson(const exchange::CsvDialect &dialect);
    static QJsonArray toJson(const QList<exchange::CsvProblem> &problems);
    // "ligne 4, colonne 3 (Semaine du) : message" — one problem for standard error.
    static QString describe(const exchange::CsvProblem &problem);
};

} // namespace apdesk::cli
