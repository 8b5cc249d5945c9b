#include "exportcommand.h"

#include "exchange/employeecsv.h"
#include "exchange/hourscsv.h"
#include "exchangesupport.h"
#include "store/claimassembler.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/store.h"

#include <QBuffer>
#include <QFileDevice>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

namespace apdesk::cli {

QString ExportCommand::name() const {
    return QStringLiteral("export");
}

QString ExportCommand::summary() const {
    return tr("exporte en CSV les salariés d'un établissement ou les heures d'une demande");
}

QString ExportCommand::help() const {
    return tr("Usage : apdesk-cli export --db DONNÉES employees|hours [--establishment SIRET] "
              "[--claim N] [--output FICHIER.csv]\n"
              "  apdesk-cli export --db DONNÉES employees [--establishment SIRET] [--output "
              "FICHIER.csv]\n"
              "  apdesk-cli export --db DONNÉES hours --claim N [--output FICHIER.csv]\n"
              "  apdesk-cli --db DONNÉES export employees|hours … (--db avant la commande)\n"
              "\n"
              "Écrit au format lu par « import » (voir docs/csv-formats.md) : UTF-8 avec BOM, "
              "point-virgule, virgule décimale, dates jj/mm/aaaa — ce qu'Excel ouvre tel quel. "
              "Les heures d'une demande reprennent chaque semaine par son premier jour dans le "
              "mois. Sans --output, le fichier s'affiche sur la sortie standard.\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli export --db apdesk.sqlite hours --claim 3 --output heures-mars.csv\n"
              "\n"
              "Codes de sortie : 0 exporté, 1 établissement ou demande introuvable, 2 ligne de "
              "commande incorrecte, 3 données illisibles ou fichier impossible à écrire.\n");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const QStringList &args = command.rest;
    const auto output =
        ExchangeSupport::takeOption(command.rest, QStringLiteral("--output"), command.usage);
    ExchangeSupport::requireKind(name(), command, 0,
                                 tr("Usage : apdesk-cli export --db DONNÉES employees|hours "
                                    "[--establishment SIRET] [--claim N] [--output FICHIER.csv]"));
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (args[0] == u"employees") {
        const auto establishment =
            ExchangeSupport::establishment(*store, command.establishment.value_or(QString()), err);
        if (!establishment)
            return ExitCode::Failure;
        const auto employees = store->employees().listFor(establishment->id);
        if (!employees) {
            err << employees.error().message << '\n';
            return ExitCode::StoreOrFile;
        }
        QList<domain::ClaimEmployee> rows;
        for (const store::Employee &e : *employees)
            rows << store::ClaimAssembler::toClaimEmployee(e);
        exchange::EmployeeCsv::write(buffer, rows);
    } else {
        const auto claim = ExchangeSupport::claim(*store, *command.claim);
        if (!claim)
            return ExchangeSupport::report(claim.error(), err);
        const auto employees = store->employees().listFor(claim->establishmentId);
        const auto lines = store->claimLines().linesOf(claim->id);
        if (!employees || !lines) {
            err << (!employees ? employees.error() : lines.error()).message << '\n';
            return ExitCode::StoreOrFile;
        }
        QHash<qint64, store::Employee> byId;
        for (const store::Employee &e : *employees)
            byId.insert(e.id, e);
        QList<exchange::HoursRow> rows;
        rows.reserve(lines->size());
        for (const store::ClaimLine &line : *lines) {
            const store::Employee &e = byId[line.employeeId];
            exchange::HoursRow row;
            row.nir = e.nir;
            row.matricule = e.matricule;
            row.week = line.hours.weekStart;
            row.worked = line.hours.worked;
            row.treatedAsWorked = line.hours.treatedAsWorked;
            row.chomees = line.hours.chomees;
            row.halfDaysNotWorked = line.hours.halfDaysNotWorked;
            rows << row;
        }
        exchange::HoursCsv::write(buffer, rows);
    }

    if (!output) {
        // The bytes as they are, byte-order mark included, when standard output is a device.
        out.flush();
        if (QIODevice *device = out.device()) {
            device->write(buffer.data());
            if (auto *file = qobject_cast<QFileDevice *>(device))
                file->flush();
        } else {
            out << QString::fromUtf8(buffer.data());
        }
        return ExitCode::Success;
    }
    // Written whole or not at all: an existing file is replaced only once the new one is complete.
    // The files hold NIRs: readable by their owner only.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        err << tr("Impossible d'écrire « %1 » : %2.").arg(*output, file.errorString()) << '\n';
        return ExitCode::StoreOrFile;
    }
    return ExitCode::Success;
}

} // namespace apdesk::cli
