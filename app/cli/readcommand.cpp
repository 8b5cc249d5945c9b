#include "readcommand.h"

#include "exchange/employeecsv.h"
#include "exchange/hourscsv.h"
#include "exchangesupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace apdesk::cli {

namespace {

QString hoursText(const domain::Hours &hours) {
    return hours.toString(QLocale::c());
}

QJsonObject toJson(const exchange::EmployeeRow &row) {
    const domain::ClaimEmployee &e = row.employee;
    QJsonObject o{{QStringLiteral("line"), row.line},
                  {QStringLiteral("nir"), e.nir},
                  {QStringLiteral("matricule"), e.matricule},
                  {QStringLiteral("lastName"), e.lastName},
                  {QStringLiteral("firstName"), e.firstName},
                  {QStringLiteral("forfaitJours"), e.forfaitJours},
                  {QStringLiteral("apprentice"), e.apprentice}};
    if (!e.forfaitJours)
        o.insert(QStringLiteral("weeklyHours"), hoursText(e.weeklyHours));
    if (e.grossHourlyPay)
        o.insert(QStringLiteral("grossHourlyPay"), e.grossHourlyPay->toPlainString(QLocale::c()));
    if (e.usualNetHourlyPay)
        o.insert(QStringLiteral("usualNetHourlyPay"),
                 e.usualNetHourlyPay->toPlainString(QLocale::c()));
    if (e.entry.isValid())
        o.insert(QStringLiteral("entry"), e.entry.toString(Qt::ISODate));
    if (e.exit.isValid())
        o.insert(QStringLiteral("exit"), e.exit.toString(Qt::ISODate));
    return o;
}

QJsonObject toJson(const exchange::HoursRow &row) {
    QJsonObject o{{QStringLiteral("line"), row.line},
                  {QStringLiteral("week"), row.week.toString(Qt::ISODate)},
                  {QStringLiteral("worked"), hoursText(row.worked)},
                  {QStringLiteral("treatedAsWorked"), hoursText(row.treatedAsWorked)},
                  {QStringLiteral("chomees"), hoursText(row.chomees)},
                  {QStringLiteral("halfDaysNotWorked"), row.halfDaysNotWorked}};
    if (!row.nir.isEmpty())
        o.insert(QStringLiteral("nir"), row.nir);
    if (!row.matricule.isEmpty())
        o.insert(QStringLiteral("matricule"), row.matricule);
    return o;
}

template <typename File>
QJsonObject report(const QString &kind, const QString &path, const File &file, QJsonArray rows) {
    return {{QStringLiteral("format"), QStringLiteral("apdesk-csv-read")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("file"), path},
            {QStringLiteral("dialect"), ExchangeSupport::toJson(file.dialect)},
            {QStringLiteral("dataLines"), file.dataLines},
            {QStringLiteral("validLines"), int(file.rows.size())},
            {QStringLiteral("invalidLines"), file.invalidLines},
            {QStringLiteral("blocking"), file.blocking()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("problems"), ExchangeSupport::toJson(file.problems)}};
}

} // namespace

QString ReadCommand::name() const {
    return QStringLiteral("read");
}

QString ReadCommand::summary() const {
    return tr("lit et contrôle un fichier CSV de salariés ou d'heures, sans l'importer");
}

QString ReadCommand::help() const {
    return tr("Usage : apdesk-cli read employees|hours FICHIER.csv\n"
              "\n"
              "Lit un fichier CSV de salariés (employees) ou d'heures (hours) tel qu'Excel ou "
              "LibreOffice l'enregistrent (séparateur, encodage, décimales détectés ; voir "
              "docs/csv-formats.md), le contrôle sans l'importer et affiche en JSON : le "
              "dialecte trouvé, les lignes valides et les problèmes, chacun avec sa ligne, sa "
              "colonne et un message. Les heures ne sont pas rapprochées d'une demande : "
              "« import hours » le fait.\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli read employees tests/data/csv/employees-excel.csv\n"
              "\n"
              "Codes de sortie : 0 fichier sans problème bloquant, 1 au moins un problème "
              "bloquant (le rapport est tout de même affiché), 2 ligne de commande incorrecte, "
              "3 fichier illisible.\n");
}

int ReadCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    if (arguments.size() != 2 || (arguments[0] != u"employees" && arguments[0] != u"hours")) {
        err << tr("Usage : apdesk-cli read employees|hours FICHIER.csv") << '\n';
        return ExitCode::Usage;
    }
    const QString &path = arguments[1];
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        err << tr("Impossible de lire « %1 » : %2.").arg(path, device.errorString()) << '\n';
        return ExitCode::StoreOrFile;
    }
    QJsonObject json;
    bool blocking = false;
    if (arguments[0] == u"employees") {
        const exchange::EmployeeFile file = exchange::EmployeeCsv::read(device);
        QJsonArray rows;
        for (const auto &row : file.rows)
            rows << toJson(row);
        json = report(arguments[0], path, file, rows);
        blocking = file.blocking();
    } else {
        const exchange::HoursFile file = exchange::HoursCsv::read(device);
        QJsonArray rows;
        for (const auto &row : file.rows)
            rows << toJson(row);
        json = report(arguments[0], path, file, rows);
        blocking = file.blocking();
    }
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return blocking ? ExitCode::Failure : ExitCode::Success;
}

} // namespace apdesk::cli
