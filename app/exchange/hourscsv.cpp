#include "exchange/hourscsv.h"

#include "domain/decimaltext.h"
#include "domain/nir.h"
#include "exchange/csvcells.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "exchange/rowcells.h"

#include <QLocale>

#include <algorithm>

namespace apdesk::exchange {

QList<ColumnSpec> HoursCsv::columns() {
    return {
        ColumnSpec::nir(false),
        ColumnSpec::matricule(false),
        {QStringLiteral("Semaine du"),
         {QStringLiteral("Semaine"), QStringLiteral("Début de semaine")},
         true},
        {QStringLiteral("Heures travaillées"), {QStringLiteral("Travaillées")}, false},
        {QStringLiteral("Heures assimilées"),
         {QStringLiteral("Assimilées"), QStringLiteral("Heures assimilées travaillées"),
          QStringLiteral("Absences")},
         false},
        {QStringLiteral("Heures chômées"), {QStringLiteral("Chômées")}, false},
        {QStringLiteral("Jours chômés"), {QStringLiteral("Jours non travaillés")}, false},
    };
}

HoursFile HoursCsv::read(QIODevice &device, const ReadProgress &progress) {
    HoursFile file;
    CsvReader reader(device);
    const auto header = HeaderMatcher(columns()).readHeader(
        reader,
        tr("Le fichier est vide : une ligne d'en-tête était attendue (NIR ou Matricule, Semaine "
           "du, Heures travaillées…)."),
        file.problems);
    if (!header) {
        file.dialect = reader.dialect();
        return file;
    }
    file.header = *header;
    if (!header->has(Nir) && !header->has(Matricule))
        file.problems << header->lineProblem(
            tr("Ni « NIR » ni « Matricule » dans la ligne d'en-tête : l'une des deux colonnes est "
               "attendue pour reconnaître le salarié."));
    file.hasWorked = header->has(Worked);
    file.hasTreatedAsWorked = header->has(TreatedAsWorked);
    file.hasChomees = header->has(Chomees);
    file.hasDaysNotWorked = header->has(DaysNotWorked);
    if (!file.hasWorked && !file.hasTreatedAsWorked && !file.hasChomees && !file.hasDaysNotWorked)
        file.problems << header->lineProblem(
            tr("Aucune colonne d'heures dans la ligne d'en-tête : « Heures travaillées », « Heures "
               "assimilées », « Heures chômées » ou « Jours chômés » est attendue."));
    if (hasBlocking(file.problems)) {
        file.dialect = reader.dialect();
        return file;
    }

    readRows(reader, *header, file, progress, [&](const CsvRecord &record, RowCells &cells) {
        HoursRow row;
        row.line = record.line;
        if (const QString nir = cells.text(Nir); !nir.isEmpty()) {
            if (const auto parsed = cells.take(Nir, domain::Nir::parse(nir)))
                row.nir = parsed->digits();
        }
        row.matricule = cells.text(Matricule);
        if (row.nir.isEmpty() && row.matricule.isEmpty() && cells.valid())
            cells.problem(header->has(Nir) ? Nir : Matricule,
                          tr("Ni NIR ni matricule : l'un des deux est attendu pour reconnaître "
                             "le salarié."));
        row.week = cells.take(Week, CsvCells::date(cells.text(Week))).value_or(QDate());
        const auto hours = [&](int column) {
            const QString text = cells.text(column);
            if (text.isEmpty())
                return domain::Hours();
            // Plain decimals ("7", "7,5") without Hours::parse's regular expression; anything
            // else, or an error, through it (its message is the one shown).
            const auto plain = domain::decimaltext::parseHundredths(text);
            if (plain.isOk() && std::all_of(text.begin(), text.end(), [](QChar c) {
                    return (c >= u'0' && c <= u'9') || c == u',' || c == u'.';
                }))
                return domain::Hours::fromHundredths(*plain);
            return cells.take(column, domain::Hours::parse(text)).value_or(domain::Hours());
        };
        row.worked = hours(Worked);
        row.treatedAsWorked = hours(TreatedAsWorked);
        row.chomees = hours(Chomees);
        if (const QString days = cells.text(DaysNotWorked); !days.isEmpty())
            row.halfDaysNotWorked = cells.take(DaysNotWorked, CsvCells::halfDays(days)).value_or(0);
        return row;
    });
    return file;
}

bool HoursCsv::write(QIODevice &device, const QList<HoursRow> &rows) {
    CsvWriter writer(device);
    if (!writer.writeRecord(HeaderMatcher::names(columns())))
        return false;
    const QLocale french(QLocale::French, QLocale::France);
    for (const HoursRow &row : rows) {
        const QStringList fields{row.nir,
                                 row.matricule,
                                 CsvCells::formatDate(row.week),
                                 row.worked.toString(french),
                                 row.treatedAsWorked.toString(french),
                                 row.chomees.toString(french),
                                 CsvCells::formatHalfDays(row.halfDaysNotWorked)};
        if (!writer.writeRecord(fields))
            return false;
    }
    return true;
}

} // namespace apdesk::exchange
