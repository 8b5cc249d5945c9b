#include "importcommand.h"

#include "claimsummary.h"
#include "domain/claim/monthweeks.h"
#include "exchange/employeecsv.h"
#include "exchange/hourscheck.h"
#include "exchange/hourscsv.h"
#include "exchangesupport.h"
#include "hoursreadahead.h"
#include "store/claimassembler.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/editableclaim.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/importrepository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <future>
#include <optional>
#include <variant>

namespace apdesk::cli {

namespace {

struct Outcome {
    QString kind;
    exchange::CsvDialect dialect;
    int dataLines = 0;
    int invalidLines = 0;
    QList<exchange::CsvProblem> problems;
    qsizetype written = 0;
    QJsonObject extra;
};

void print(const Outcome &o, bool partial, QTextStream &out) {
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-csv-import")},
                     {QStringLiteral("kind"), o.kind},
                     {QStringLiteral("dialect"), ExchangeSupport::toJson(o.dialect)},
                     {QStringLiteral("dataLines"), o.dataLines},
                     {QStringLiteral("invalidLines"), o.invalidLines},
                     {QStringLiteral("written"), qint64(o.written)},
                     {QStringLiteral("partial"), partial},
                     {QStringLiteral("blocking"), exchange::hasBlocking(o.problems)},
                     {QStringLiteral("problems"), ExchangeSupport::toJson(o.problems)}};
    for (auto it = o.extra.begin(); it != o.extra.end(); ++it)
        json.insert(it.key(), it.value());
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
}

store::ImportRepository::Progress progressTo(QTextStream &err, bool enabled) {
    if (!enabled)
        return {};
    return [&err](qsizetype done, qsizetype total) {
        err << ImportCommand::tr("Écriture : %1 / %2 lignes").arg(done).arg(total) << '\n';
        err.flush();
    };
}

// Refuses a file with blocking problems unless the user chose --partial.
bool refused(const Outcome &o, bool partial, QTextStream &out, QTextStream &err) {
    if (!exchange::hasBlocking(o.problems) || partial)
        return false;
    int blocking = 0;
    for (const auto &p : o.problems) {
        if (p.isBlocking()) {
            if (++blocking <= 5)
                err << ExchangeSupport::describe(p) << '\n';
        }
    }
    err << ImportCommand::tr("Import refusé : %n problème(s) bloquant(s), rien n'a été écrit. "
                             "Corrigez le fichier, ou relancez avec --partial pour importer les "
                             "lignes valides seulement.",
                             nullptr, blocking)
        << '\n';
    print(o, partial, out);
    return true;
}

struct Options {
    bool partial = false;
    bool progress = false;
};

// Reads, checks and writes an employees file; the exit code when it stops early.
std::optional<int> importEmployees(const store::Store &store, const QString &establishmentGiven,
                                   QIODevice &device, const Options &options, Outcome &o,
                                   QTextStream &out, QTextStream &err) {
    const store::ImportRepository importer(store.database());
    const auto establishment = ExchangeSupport::establishment(store, establishmentGiven, err);
    if (!establishment)
        return ExitCode::Failure;
    const exchange::EmployeeFile file = exchange::EmployeeCsv::read(device);
    o.dialect = file.dialect;
    o.dataLines = file.dataLines;
    o.invalidLines = file.invalidLines;
    o.problems = file.problems;
    if (refused(o, options.partial, out, err))
        return ExitCode::Failure;
    QList<store::Employee> employees;
    employees.reserve(file.rows.size());
    for (const auto &row : file.rows)
        employees << store::ClaimAssembler::toEmployee(row.employee, establishment->id);
    const auto written =
        importer.importEmployees(establishment->id, employees, progressTo(err, options.progress));
    if (!written) {
        err << written.error().message << '\n';
        return ExitCode::StoreOrFile;
    }
    o.written = employees.size();
    o.extra = {{QStringLiteral("added"), written->added},
               {QStringLiteral("updated"), written->updated}};
    return std::nullopt;
}

// The file's lines that can be written, checked against the claim's establishment and month;
// the exit code when the file is refused.
std::variant<int, QList<store::ImportedLine>> checkedHours(const store::ClaimSources &claim,
                                                           HoursReadAhead &reading,
                                                           const Options &options, Outcome &o,
                                                           QTextStream &out, QTextStream &err) {
    const QList<store::Employee> &stored = claim.employees;
    QList<domain::ClaimEmployee> employees;
    employees.reserve(stored.size());
    for (const store::Employee &e : stored)
        employees << store::ClaimAssembler::toClaimEmployee(e);
    const auto form = store::ClaimAssembler::reductionForm(claim.decision);
    const domain::MonthWeeks weeks(claim.record.month.year(), claim.record.month.month(),
                                   claim.establishment.departement);

    const exchange::HoursFile file = reading.take();
    o.dialect = file.dialect;
    o.dataLines = file.dataLines;
    const exchange::HoursMatch match =
        exchange::HoursCheck::matchFile(file, employees, weeks, form);
    o.problems = match.problems;
    o.invalidLines = match.invalidLines;
    if (refused(o, options.partial, out, err))
        return ExitCode::Failure;
    QList<store::ImportedLine> lines;
    lines.reserve(match.lines.size());
    for (const auto &m : match.lines)
        lines << store::ImportedLine{stored[m.employee].id,
                                     store::ClaimAssembler::toWeekHours(m.claimLine)};
    return lines;
}

// Reads, checks and writes the hours of a claim, and reports what the claim then totals; the
// exit code when it stops early. The file's rows go before the write starts.
std::optional<int> importHours(const store::Store &store, const store::Claim &claim,
                               HoursReadAhead &reading, const Options &options, Outcome &o,
                               QTextStream &out, QTextStream &err) {
    // Nothing refuses the import without the file from here on: a pipe is read too.
    reading.start();

    // What the file is checked against, and, unless somebody writes meanwhile, what the claim
    // is computed from while the hours are written.
    const store::ClaimAssembler assembler(store);
    auto sources = assembler.read(claim.id);
    if (!sources) {
        // A claim whose lines cannot be read (a store edited by hand) still takes the file's
        // hours: check against the rest; the claim is computed after the write, as it is then.
        sources = assembler.read(claim.id, store::ClaimAssembler::Lines::Skip);
        if (!sources) {
            const int code = ExchangeSupport::report(sources.error(), err);
            err.flush(); // shown before the file's reading is stopped and waited for
            return code;
        }
    }
    auto checked = checkedHours(*sources, reading, options, o, out, err);
    if (const int *stopped = std::get_if<int>(&checked))
        return *stopped;
    const auto &lines = std::get<QList<store::ImportedLine>>(checked);

    // What the claim totals once written, as `claims` would list it: a clerk checks the import
    // by its amounts. Computed on a second core while the import writes (after it, it would
    // double the import's time), from the claim read above and its history — computed now that
    // the file is accepted, before the write lock is taken (it computes every earlier claim).
    const store::ClaimComputer computer(store);
    std::optional<store::ClaimComputer::BeforeImport> before;
    if (assembler.isCurrent(*sources)) {
        if (auto read = computer.withHistory(std::move(sources).value()))
            before = std::move(read).value();
    } else if (sources->stamp) { // somebody wrote while the file was read
        if (auto read = computer.readBeforeImport(claim.id))
            before = std::move(read).value();
    }
    std::future<store::Result<store::ClaimComputer::Computed>> computing;
    const store::ImportRepository importer(store.database());
    const auto written =
        importer.importClaimLines(claim.id, lines, progressTo(err, options.progress), [&] {
            if (!before)
                return;
            try {
                computing = computer.computeAfterImport(std::move(*before), lines);
            } catch (const std::exception &) {
                // No thread to be had, or no memory: computed after the write.
            }
        });
    if (!written) {
        err << written.error().message << '\n';
        err.flush(); // shown before the computation started for nothing is waited for
        return written.error().kind == store::ErrorKind::Refused ? ExitCode::Failure
                                                                 : ExitCode::StoreOrFile;
    }
    o.written = *written;
    o.extra = {{QStringLiteral("claim"), claim.id}};
    std::optional<store::Result<store::ClaimComputer::Computed>> computed;
    if (computing.valid()) {
        try {
            computed = computing.get();
        } catch (const std::exception &) {
            // The worker ran out of memory: computed again below.
        }
    }
    // Somebody wrote since the claim was read, or it could not be read whole: the claim as
    // the store now holds it.
    if (!computed || !*computed)
        computed = computer.compute(claim.id);
    // The hours are written whether or not the claim can be computed: the exit code stays the
    // import's.
    if (*computed) {
        o.extra.insert(QStringLiteral("claimSummary"), claimSummary(**computed));
    } else {
        err << ImportCommand::tr("Les heures sont enregistrées, mais la demande n'a pas pu être "
                                 "calculée : %1")
                   .arg(computed->error().message)
            << '\n';
    }
    return std::nullopt;
}

} // namespace

QString ImportCommand::name() const {
    return QStringLiteral("import");
}

QString ImportCommand::summary() const {
    return tr("importe un fichier CSV de salariés ou d'heures dans un fichier de données");
}

QString ImportCommand::help() const {
    return tr("Usage : apdesk-cli import --db DONNÉES employees|hours [--establishment SIRET] "
              "[--claim N] [--partial] [--progress] FICHIER.csv\n"
              "  apdesk-cli import --db DONNÉES employees [--establishment SIRET] FICHIER.csv\n"
              "  apdesk-cli import --db DONNÉES hours --claim N FICHIER.csv\n"
              "  apdesk-cli --db DONNÉES import employees|hours … (--db avant la commande)\n"
              "\n"
              "Lit et contrôle le fichier (voir docs/csv-formats.md) sans toucher au fichier de "
              "données, puis l'écrit en une seule transaction : une importation interrompue "
              "ne laisse rien d'écrit à moitié.\n"
              "  employees  ajoute les salariés de l'établissement (SIRET ou numéro ; facultatif "
              "s'il n'y en a qu'un) et met à jour ceux dont le NIR est déjà connu.\n"
              "  hours      écrit les heures de la demande n° N (en préparation), une ligne par "
              "salarié (NIR ou matricule) et par semaine du mois.\n"
              "  --partial  importe les lignes valides et liste les autres ; sans cette option, "
              "un seul problème bloquant fait tout refuser.\n"
              "  --progress écrit l'avancement sur la sortie d'erreur.\n"
              "Le rapport (dialecte, lignes écrites, problèmes ; pour les heures, la demande "
              "recalculée avec ses totaux, comme la liste « claims ») s'affiche en JSON.\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli import --db apdesk.sqlite hours --claim 3 heures-mars.csv\n"
              "\n"
              "Codes de sortie : 0 tout importé, 1 problème bloquant, rien d'écrit (ou "
              "établissement, demande introuvable ou plus en préparation), 2 ligne de commande "
              "incorrecte, 3 fichier ou données illisibles ou impossibles à écrire, 4 import "
              "partiel (--partial) : des lignes ont été laissées de côté.\n");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const QStringList &args = command.rest;
    const bool partial = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--partial"));
    const bool progress = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--progress"));
    ExchangeSupport::requireKind(name(), command, 1,
                                 tr("Usage : apdesk-cli import --db DONNÉES employees|hours "
                                    "[--establishment SIRET] [--claim N] [--partial] FICHIER.csv"));
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;

    QFile device(args[1]);
    if (!device.open(QIODevice::ReadOnly)) {
        err << tr("Impossible de lire « %1 » : %2.").arg(args[1], device.errorString()) << '\n';
        return ExitCode::StoreOrFile;
    }
    if (progress) {
        err << tr("Lecture et contrôle de « %1 »…").arg(args[1]) << '\n';
        err.flush();
    }
    // An hours file is read while the store opens and the claim is read.
    std::optional<HoursReadAhead> hours;
    if (args[0] == u"hours")
        hours.emplace(device);
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;

    Outcome o;
    o.kind = args[0];
    const Options options{partial, progress};
    if (args[0] == u"employees") {
        if (const auto stopped = importEmployees(*store, command.establishment.value_or(QString()),
                                                 device, options, o, out, err))
            return *stopped;
    } else {
        const auto claim = ExchangeSupport::claim(*store, *command.claim);
        if (!claim)
            return ExchangeSupport::report(claim.error(), err);
        // Refused before the file is read (importClaimLines checks it again as it writes).
        if (const auto refused = store::EditableClaim::refusal(claim->status, claim->month)) {
            err << refused->message << '\n';
            return ExitCode::Failure;
        }
        if (const auto stopped = importHours(*store, *claim, *hours, options, o, out, err))
            return *stopped;
    }
    print(o, partial, out);
    return o.invalidLines > 0 || exchange::hasBlocking(o.problems) ? ExitCode::Partial
                                                                   : ExitCode::Success;
}

} // namespace apdesk::cli
