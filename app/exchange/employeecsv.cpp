#include "exchange/employeecsv.h"

#include "domain/nir.h"
#include "exchange/csvcells.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "exchange/rowcells.h"

#include <QHash>
#include <QLocale>

namespace apdesk::exchange {

QList<ColumnSpec> EmployeeCsv::columns() {
    return {
        ColumnSpec::nir(true),
        ColumnSpec::matricule(true),
        {QStringLiteral("Nom"), {QStringLiteral("Nom de famille")}, true},
        {QStringLiteral("Prénom"), {}, true},
        {QStringLiteral("Heures hebdomadaires"),
         {QStringLiteral("Durée hebdomadaire"), QStringLiteral("Horaire hebdomadaire"),
          QStringLiteral("Heures contractuelles")},
         false},
        {QStringLiteral("Forfait jours"), {}, false},
        {QStringLiteral("Taux horaire brut"), {QStringLiteral("Salaire horaire brut")}, true},
        {QStringLiteral("Taux horaire net"), {QStringLiteral("Salaire horaire net")}, false},
        {QStringLiteral("Date d'entrée"), {QStringLiteral("Entrée")}, false},
        {QStringLiteral("Date de sortie"), {QStringLiteral("Sortie")}, false},
        {QStringLiteral("Apprenti"),
         {QStringLiteral("Apprentissage"), QStringLiteral("Contrat d'apprentissage")},
         false},
        {QStringLiteral("Date d'effet"),
         {QStringLiteral("Date d'effet du changement"), QStringLiteral("Date de changement")},
         false},
    };
}

void EmployeeCsv::readChange(RowCells &cells, EmployeeRow *base) {
    domain::ContractChange change;
    if (const auto day = cells.take(EffectiveDate, CsvCells::date(cells.text(EffectiveDate))))
        change.from = *day;
    if (const QString weekly = cells.text(WeeklyHours); !weekly.isEmpty())
        change.weeklyHours = cells.take(WeeklyHours, weeklyHours(weekly));
    if (const QString gross = cells.text(GrossPay); !gross.isEmpty())
        change.grossHourlyPay = cells.take(GrossPay, domain::HourlyPay::parse(gross));
    if (const QString net = cells.text(NetPay); !net.isEmpty())
        change.usualNetHourlyPay = cells.take(NetPay, domain::HourlyPay::parse(net));
    if (!base || !cells.valid())
        return;
    domain::ClaimEmployee &employee = base->employee;

    // What a change line cannot change: the same as on the employee's line, or left empty (a
    // payroll export repeats every column on every line).
    const auto sameAs = [&cells, base](int column, const auto &checked, const auto &value) {
        if (checked && *checked != value)
            cells.problem(column, tr("« %1 » diffère de la ligne %2 du salarié : une ligne de "
                                     "changement ne change que les heures hebdomadaires et les "
                                     "taux horaires.")
                                      .arg(cells.text(column))
                                      .arg(base->line));
        else if (!checked)
            cells.problem(column, checked.error());
    };
    if (!cells.text(Matricule).isEmpty())
        sameAs(Matricule, domain::Checked<QString>::ok(cells.text(Matricule)), employee.matricule);
    if (!cells.text(ForfaitJours).isEmpty())
        sameAs(ForfaitJours, CsvCells::yesNo(cells.text(ForfaitJours)), employee.forfaitJours);
    if (!cells.text(Entry).isEmpty())
        sameAs(Entry, CsvCells::date(cells.text(Entry)), employee.entry);
    if (!cells.text(Exit).isEmpty())
        sameAs(Exit, CsvCells::date(cells.text(Exit)), employee.exit);
    if (!cells.text(Apprentice).isEmpty())
        sameAs(Apprentice, CsvCells::yesNo(cells.text(Apprentice)), employee.apprentice);
    if (!cells.valid())
        return;

    if (const QString problem =
            domain::ContractChanges::problemOf(change, employee.forfaitJours, employee.entry);
        !problem.isEmpty()) {
        cells.problem(EffectiveDate, problem);
        return;
    }
    QList<domain::ContractChange> changes = employee.changes;
    changes << change;
    if (const QString problem = domain::ContractChanges::sameDayProblem(changes);
        !problem.isEmpty()) {
        cells.problem(EffectiveDate, problem);
        return;
    }
    employee.changes = std::move(changes);
}

EmployeeFile EmployeeCsv::read(QIODevice &device, const ReadProgress &progress) {
    EmployeeFile file;
    CsvReader reader(device);
    const auto header = HeaderMatcher(columns()).readHeader(
        reader,
        tr("Le fichier est vide : une ligne d'en-tête était attendue (NIR, Matricule, Nom, Prénom, "
           "Heures hebdomadaires, Taux horaire brut…)."),
        file.problems);
    if (header && !header->has(WeeklyHours) && !header->has(ForfaitJours))
        file.problems << header->lineProblem(
            tr("Ni « Heures hebdomadaires » ni « Forfait jours » dans la ligne d'en-tête : l'une "
               "des deux colonnes est attendue."));
    if (!header || hasBlocking(file.problems)) {
        file.dialect = reader.dialect();
        return file;
    }

    // Where each NIR's line without a Date d'effet is: its line, and the index its row has in
    // file.rows when that line was kept.
    struct BaseLine {
        int line = 0;
        qsizetype row = 0;
    };
    QHash<QString, BaseLine> baseLines;
    QHash<QString, int> matriculeLines;
    const auto keptBase = [&file](const BaseLine &base) -> EmployeeRow * {
        if (base.row < file.rows.size() && file.rows[base.row].line == base.line)
            return &file.rows[base.row];
        return nullptr;
    };
    readRows(
        reader, *header, file, progress,
        [&](const CsvRecord &record, RowCells &cells) -> std::optional<EmployeeRow> {
            const auto nir = cells.take(Nir, domain::Nir::parse(cells.text(Nir)));
            if (!cells.text(EffectiveDate).isEmpty()) {
                EmployeeRow *base = nullptr;
                if (nir) {
                    const auto found = baseLines.constFind(nir->digits());
                    if (found == baseLines.cend())
                        cells.problem(EffectiveDate,
                                      tr("Aucune ligne sans date d'effet pour le NIR %1 "
                                         "avant celle-ci : la ligne du contrat de départ du "
                                         "salarié est attendue d'abord, puis ses "
                                         "changements.")
                                          .arg(nir->formatted()));
                    else if (!(base = keptBase(*found)))
                        cells.problem(EffectiveDate,
                                      tr("La ligne %1 du contrat de départ de ce salarié "
                                         "est refusée : ce changement ne peut pas s'y "
                                         "ajouter.")
                                          .arg(found->line));
                }
                readChange(cells, base);
                return std::nullopt;
            }
            domain::ClaimEmployee e;
            if (nir) {
                e.nir = nir->digits();
                if (const auto first = baseLines.constFind(e.nir); first != baseLines.cend())
                    cells.problem(Nir, tr("Le NIR %1 figure déjà ligne %2 : un salarié par "
                                          "ligne est attendu (un changement de contrat se "
                                          "donne avec une « Date d'effet »).")
                                           .arg(nir->formatted())
                                           .arg(first->line));
                else
                    baseLines.insert(e.nir, {record.line, file.rows.size()});
            }
            e.matricule = cells.text(Matricule);
            if (!e.matricule.isEmpty()) {
                if (const int first = matriculeLines.value(e.matricule); first > 0)
                    cells.problem(Matricule, tr("Le matricule « %1 » figure déjà ligne %2 : chaque "
                                                "salarié a son propre matricule.")
                                                 .arg(e.matricule)
                                                 .arg(first));
                else
                    matriculeLines.insert(e.matricule, record.line);
            }
            e.lastName = cells.text(LastName);
            cells.take(LastName, lastName(e.lastName));
            e.firstName = cells.text(FirstName);
            if (cells.has(ForfaitJours)) {
                if (const auto f =
                        cells.take(ForfaitJours, CsvCells::yesNo(cells.text(ForfaitJours))))
                    e.forfaitJours = *f;
            }
            if (!e.forfaitJours) {
                const QString weekly = cells.text(WeeklyHours);
                if (!cells.has(WeeklyHours)) {
                    cells.problem(ForfaitJours,
                                  tr("Salarié qui n'est pas au forfait jours, sans colonne "
                                     "« Heures hebdomadaires » : ses heures contractuelles "
                                     "sont attendues."));
                } else if (const auto h = cells.take(WeeklyHours, weeklyHours(weekly))) {
                    e.weeklyHours = *h;
                }
            }
            e.grossHourlyPay = cells.take(GrossPay, domain::HourlyPay::parse(cells.text(GrossPay)));
            if (const QString net = cells.text(NetPay); !net.isEmpty())
                e.usualNetHourlyPay = cells.take(NetPay, domain::HourlyPay::parse(net));
            if (const QString entry = cells.text(Entry); !entry.isEmpty())
                e.entry = cells.take(Entry, CsvCells::date(entry)).value_or(QDate());
            if (const QString exit = cells.text(Exit); !exit.isEmpty())
                e.exit = cells.take(Exit, CsvCells::date(exit)).value_or(QDate());
            if (const QString dates = datesProblem(e.entry, e.exit); !dates.isEmpty())
                cells.problem(Exit, dates);
            if (cells.has(Apprentice))
                e.apprentice =
                    cells.take(Apprentice, CsvCells::yesNo(cells.text(Apprentice))).value_or(false);
            return EmployeeRow{record.line, e};
        });
    return file;
}

domain::Checked<QString> EmployeeCsv::lastName(QStringView text) {
    const QString name = text.trimmed().toString();
    if (name.isEmpty())
        return domain::Checked<QString>::fail(tr("Nom vide : le nom du salarié est attendu."));
    return domain::Checked<QString>::ok(name);
}

domain::Checked<domain::Hours> EmployeeCsv::weeklyHours(QStringView text) {
    using Result = domain::Checked<domain::Hours>;
    const auto h = domain::Hours::parse(text);
    if (!h)
        return h;
    if (h->isZero())
        return Result::fail(
            tr("« %1 » : une durée hebdomadaire supérieure à 0 est attendue.").arg(text));
    if (*h > domain::Hours::fromWholeHours(48))
        return Result::fail(tr("« %1 » : une durée hebdomadaire de 48 heures au plus est attendue.")
                                .arg(text));
    return h;
}

QString EmployeeCsv::datesProblem(const QDate &entry, const QDate &exit) {
    if (entry.isValid() && exit.isValid() && exit < entry)
        return tr("La date de sortie %1 précède la date d'entrée %2 : une sortie après l'entrée "
                  "est attendue.")
            .arg(CsvCells::formatDate(exit), CsvCells::formatDate(entry));
    return {};
}

bool EmployeeCsv::write(QIODevice &device, const QList<domain::ClaimEmployee> &employees) {
    CsvWriter writer(device);
    if (!writer.writeRecord(HeaderMatcher::names(columns())))
        return false;
    const QLocale french(QLocale::French, QLocale::France);
    for (const domain::ClaimEmployee &e : employees) {
        const QStringList fields{
            e.nir,
            e.matricule,
            e.lastName,
            e.firstName,
            e.forfaitJours ? QString() : e.weeklyHours.toString(french),
            CsvCells::formatYesNo(e.forfaitJours),
            e.grossHourlyPay ? e.grossHourlyPay->toPlainString(french) : QString(),
            e.usualNetHourlyPay ? e.usualNetHourlyPay->toPlainString(french) : QString(),
            CsvCells::formatDate(e.entry),
            CsvCells::formatDate(e.exit),
            CsvCells::formatYesNo(e.apprentice),
            QString()};
        if (!writer.writeRecord(fields))
            return false;
        // A change line: who, what changes, from when; the rest left empty.
        for (const domain::ContractChange &change : e.changes) {
            const QStringList changeFields{
                e.nir,
                e.matricule,
                e.lastName,
                e.firstName,
                change.weeklyHours ? change.weeklyHours->toString(french) : QString(),
                QString(),
                change.grossHourlyPay ? change.grossHourlyPay->toPlainString(french) : QString(),
                change.usualNetHourlyPay ? change.usualNetHourlyPay->toPlainString(french)
                                         : QString(),
                QString(),
                QString(),
                QString(),
                CsvCells::formatDate(change.from)};
            if (!writer.writeRecord(changeFields))
                return false;
        }
    }
    return true;
}

} // namespace apdesk::exchange
