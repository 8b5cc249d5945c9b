#include "exchange/hourscheck.h"

#include "exchange/csvcells.h"

#include <QHash>
#include <QLocale>

namespace apdesk::exchange {

namespace {
QString monthName(const domain::MonthWeeks &weeks) {
    return QLocale(QLocale::French, QLocale::France)
        .toString(weeks.firstDay(), QStringLiteral("MMMM yyyy"));
}
} // namespace

HoursMatch HoursCheck::matchFile(const HoursFile &file,
                                 const QList<domain::ClaimEmployee> &employees,
                                 const domain::MonthWeeks &weeks, domain::ReductionForm form) {
    HoursMatch result = match(file, employees, weeks, form);
    result.problems = file.problems + result.problems;
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    result.invalidLines += file.invalidLines;
    return result;
}

HoursMatch HoursCheck::match(const HoursFile &file, const QList<domain::ClaimEmployee> &employees,
                             const domain::MonthWeeks &weeks, domain::ReductionForm form) {
    HoursMatch result;
    CsvProblemCap cap;
    qint64 blockingSeen = 0; // listed or not
    const auto problemAt = [&](int line, int column, const QString &message,
                               CsvProblem::Level level = CsvProblem::Level::Blocking) {
        if (level == CsvProblem::Level::Blocking)
            ++blockingSeen;
        CsvProblem p;
        p.level = level;
        p.line = line;
        const int field = file.header.fieldOf.value(column, -1);
        p.column = field + 1;
        p.columnName = field < 0 ? QString() : file.header.headers.value(field);
        p.message = message;
        cap.add(result.problems, std::move(p));
    };

    const int headerLine = file.dialect.separatorLine ? 2 : 1;
    if (form == domain::ReductionForm::HoursReduction && !file.hasWorked &&
        !file.hasDaysNotWorked) {
        problemAt(headerLine, -1,
                  tr("La décision est une réduction d'horaire : la colonne « Heures travaillées » "
                     "(ou « Jours chômés » pour le forfait jours) est attendue, elle manque."));
    }
    if (form == domain::ReductionForm::TemporaryClosure && !file.hasChomees &&
        !file.hasDaysNotWorked) {
        problemAt(headerLine, -1,
                  tr("La décision est une fermeture temporaire : la colonne « Heures chômées » "
                     "(ou « Jours chômés » pour le forfait jours) est attendue, elle manque."));
    }
    if (result.blocking())
        return result;

    QHash<QString, qsizetype> byNir;
    QHash<QString, qsizetype> byMatricule;
    byNir.reserve(employees.size());
    byMatricule.reserve(employees.size());
    for (qsizetype i = 0; i < employees.size(); ++i) {
        byNir.insert(employees[i].nir, i);
        if (!employees[i].matricule.isEmpty())
            byMatricule.insert(employees[i].matricule, i);
    }
    // The line that gave each employee's each week part, 0 while none: a table, not a hash,
    // since both are small indexes (a month has at most six week parts).
    const qsizetype partCount = weeks.weeks().size();
    QList<int> seen(employees.size() * partCount, 0);
    result.lines.reserve(file.rows.size());

    for (const HoursRow &row : file.rows) {
        const qint64 before = blockingSeen;
        qsizetype employee = -1;
        if (!row.nir.isEmpty()) {
            employee = byNir.value(row.nir, -1);
            if (employee < 0)
                problemAt(row.line, HoursCsv::Nir,
                          tr("Aucun salarié de NIR %1 dans l'établissement : le NIR d'un salarié "
                             "déjà enregistré est attendu (importez d'abord le fichier des "
                             "salariés).")
                              .arg(row.nir));
            else if (!row.matricule.isEmpty() && employees[employee].matricule != row.matricule)
                problemAt(row.line, HoursCsv::Matricule,
                          tr("Le matricule « %1 » ne correspond pas au NIR %2, qui est celui du "
                             "matricule « %3 » : les deux colonnes doivent désigner le même "
                             "salarié.")
                              .arg(row.matricule, row.nir, employees[employee].matricule));
        } else {
            employee = byMatricule.value(row.matricule, -1);
            if (employee < 0)
                problemAt(row.line, HoursCsv::Matricule,
                          tr("Aucun salarié de matricule « %1 » dans l'établissement : le "
                             "matricule d'un salarié déjà enregistré est attendu.")
                              .arg(row.matricule));
        }
        const auto part = weeks.weekIndexFor(row.week);
        if (!part) {
            problemAt(row.line, HoursCsv::Week,
                      tr("La semaine du %1 ne touche pas le mois de la demande (%2) : une date "
                         "d'une semaine "
                         "(du lundi au dimanche) qui touche ce mois est attendue.")
                          .arg(CsvCells::formatDate(row.week), monthName(weeks)));
        }
        if (employee >= 0 && part) {
            int &first = seen[employee * partCount + *part];
            if (first > 0) {
                problemAt(row.line, HoursCsv::Week,
                          tr("Les heures de ce salarié pour la semaine du %1 figurent déjà ligne "
                             "%2 : une ligne par salarié et par semaine est attendue.")
                              .arg(CsvCells::formatDate(weeks.weeks()[*part].first))
                              .arg(first));
            } else {
                first = row.line;
            }
        }
        if (blockingSeen > before) {
            ++result.invalidLines;
            continue;
        }
        const domain::ClaimEmployee &e = employees[employee];
        if (e.forfaitJours && row.halfDaysNotWorked == 0 &&
            (row.worked + row.treatedAsWorked + row.chomees) > domain::Hours())
            problemAt(row.line, HoursCsv::DaysNotWorked,
                      tr("Salarié au forfait jours : les jours chômés sont attendus, les heures "
                         "de la ligne sont ignorées."),
                      CsvProblem::Level::Warning);
        MatchedHours matched;
        matched.line = row.line;
        matched.employee = employee;
        matched.claimLine.matricule = e.matricule;
        matched.claimLine.week = weeks.weeks()[*part].first;
        matched.claimLine.worked = row.worked;
        matched.claimLine.treatedAsWorked = row.treatedAsWorked;
        matched.claimLine.chomees = row.chomees;
        matched.claimLine.halfDaysNotWorked = row.halfDaysNotWorked;
        result.lines << matched;
    }
    cap.summarise(result.problems);
    return result;
}

} // namespace apdesk::exchange
