#include "exchangesupport.h"

#include "command.h"
#include "store/claimcomputer.h"
#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QFileInfo>
#include <QTextStream>

namespace apdesk::cli {

std::optional<QString> ExchangeSupport::takeOption(QStringList &arguments, const QString &name,
                                                   QString &error) {
    const qsizetype at = arguments.indexOf(name);
    if (at < 0)
        return std::nullopt;
    if (at + 1 >= arguments.size()) {
        error = tr("L'option %1 attend une valeur.").arg(name);
        return std::nullopt;
    }
    const QString value = arguments[at + 1];
    arguments.remove(at, 2);
    return value;
}

bool ExchangeSupport::takeFlag(QStringList &arguments, const QString &name) {
    return arguments.removeAll(name) > 0;
}

StoreArguments ExchangeSupport::takeStoreArguments(const QStringList &arguments) {
    StoreArguments taken;
    taken.rest = arguments;
    taken.db = takeOption(taken.rest, QStringLiteral("--db"), taken.usage);
    taken.establishment = takeOption(taken.rest, QStringLiteral("--establishment"), taken.usage);
    taken.claim = takeOption(taken.rest, QStringLiteral("--claim"), taken.usage);
    return taken;
}

void ExchangeSupport::requireDb(const QString &command, StoreArguments &arguments) {
    if (arguments.usage.isEmpty() && !arguments.db)
        arguments.usage = tr("%1 attend le fichier de données : --db DONNÉES.").arg(command);
}

TodayOption ExchangeSupport::takeToday(StoreArguments &arguments, const QDate &fallback) {
    TodayOption today;
    today.given = takeOption(arguments.rest, QStringLiteral("--today"), arguments.usage);
    today.date = today.given ? QDate::fromString(*today.given, Qt::ISODate) : fallback;
    return today;
}

void ExchangeSupport::requireValidToday(const TodayOption &today, StoreArguments &arguments) {
    if (arguments.usage.isEmpty() && today.given && !today.date.isValid())
        arguments.usage =
            tr("--today attend une date AAAA-MM-JJ, « %1 » a été donné.").arg(*today.given);
}

bool ExchangeSupport::canCompute(const store::ClaimComputer &computer, QTextStream &err) {
    if (computer.error().isEmpty())
        return true;
    err << computer.error() << '\n';
    return false;
}

void ExchangeSupport::requireKind(const QString &command, StoreArguments &arguments,
                                  qsizetype files, const QString &usageLine) {
    requireDb(command, arguments);
    const QStringList &rest = arguments.rest;
    if (arguments.usage.isEmpty() &&
        (rest.size() != 1 + files || (rest[0] != u"employees" && rest[0] != u"hours")))
        arguments.usage = usageLine;
    if (arguments.usage.isEmpty() && rest[0] == u"hours" && !arguments.claim)
        arguments.usage = tr("%1 hours attend la demande : --claim N.").arg(command);
}

bool ExchangeSupport::reportUsage(const StoreArguments &arguments, QTextStream &err) {
    if (arguments.usage.isEmpty())
        return false;
    err << arguments.usage << '\n';
    return true;
}

std::unique_ptr<store::Store> ExchangeSupport::openStore(const QString &path, QTextStream &err) {
    if (!QFileInfo::exists(path)) {
        err << tr("Le fichier de données « %1 » n'existe pas : le chemin d'un fichier créé par AP "
                  "Desk est attendu.")
                   .arg(path)
            << '\n';
        return nullptr;
    }
    store::StoreOpenResult opened = store::Store::open(path);
    if (!opened) {
        err << tr("Impossible d'ouvrir le fichier de données « %1 » : %2")
                   .arg(path, opened.error().message)
            << '\n';
        return nullptr;
    }
    return std::move(opened).value();
}

std::optional<store::Establishment>
ExchangeSupport::establishment(const store::Store &store, const QString &given, QTextStream &err) {
    auto all = store.establishments().list();
    if (!all) {
        err << all.error().message << '\n';
        return std::nullopt;
    }
    if (given.isEmpty()) {
        if (all->size() == 1)
            return all->first();
        err << tr("Le fichier de données compte %n établissement(s) : indiquez lequel avec "
                  "--establishment SIRET.",
                  nullptr, int(all->size()))
            << '\n';
        return std::nullopt;
    }
    QString compact = given;
    compact.remove(u' ').remove(u'.');
    for (const store::Establishment &e : *all) {
        if (e.siret == compact || (compact.size() < 14 && QString::number(e.id) == compact))
            return e;
    }
    err << tr("Aucun établissement « %1 » dans le fichier de données : un SIRET ou un numéro "
              "d'établissement enregistré est attendu.")
               .arg(given)
        << '\n';
    return std::nullopt;
}

store::Result<store::Claim> ExchangeSupport::claim(const store::Store &store,
                                                   const QString &given) {
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    if (!isNumber)
        return store::Result<store::Claim>::fail(store::Error::make(
            store::ErrorKind::NotFound, tr("« %1 » n'est pas un numéro de demande.").arg(given)));
    return store.claims().find(id);
}

int ExchangeSupport::report(const store::Error &error, QTextStream &err) {
    err << error.message << '\n';
    return error.kind == store::ErrorKind::NotFound ? ExitCode::Failure : ExitCode::StoreOrFile;
}

QJsonObject ExchangeSupport::toJson(const exchange::CsvDialect &dialect) {
    return {{QStringLiteral("separator"), QString(dialect.separator)},
            {QStringLiteral("encoding"), dialect.encoding == exchange::TextEncoding::Utf8
                                             ? QStringLiteral("UTF-8")
                                             : QStringLiteral("Windows-1252")},
            {QStringLiteral("byteOrderMark"), dialect.byteOrderMark},
            {QStringLiteral("separatorLine"), dialect.separatorLine},
            {QStringLiteral("crlf"), dialect.crlf}};
}

QJsonArray ExchangeSupport::toJson(const QList<exchange::CsvProblem> &problems) {
    QJsonArray array;
    for (const exchange::CsvProblem &p : problems) {
        QJsonObject o{{QStringLiteral("level"),
                       p.isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning")},
                      {QStringLiteral("line"), p.line},
                      {QStringLiteral("column"), p.column},
                      {QStringLiteral("message"), p.message}};
        if (!p.columnName.isEmpty())
            o.insert(QStringLiteral("columnName"), p.columnName);
        array << o;
    }
    return array;
}

QString ExchangeSupport::describe(const exchange::CsvProblem &problem) {
    QString where = tr("ligne %1").arg(problem.line);
    if (problem.column > 0) {
        where += problem.columnName.isEmpty()
                     ? tr(", colonne %1").arg(problem.column)
                     : tr(", colonne %1 (%2)").arg(problem.column).arg(problem.columnName);
    }
    return tr("%1 : %2").arg(where, problem.message);
}

} // namespace apdesk::cli
