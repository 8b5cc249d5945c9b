#include "store/importrepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/rowbatch.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/contractchangerows.h"
#include "store/editableclaim.h"
#include "store/storedvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>
#include <utility>

namespace apdesk::store {

namespace {

// Runs `query` (prepared) with the columns of rows [from, to) bound, as one execBatch.
Result<> runBatch(QSqlQuery &query, const QList<QVariantList> &columns, const QString &what) {
    for (qsizetype c = 0; c < columns.size(); ++c)
        query.bindValue(int(c), columns[c]);
    if (!query.execBatch())
        return Result<>::fail(Error::fromSql(query.lastError(), what));
    return Result<>::ok();
}

} // namespace

ImportRepository::ImportRepository(const sqlite::Database &database)
    : m_database(database) {}

Result<EmployeeImportCounts> ImportRepository::importEmployees(qint64 establishmentId,
                                                               const QList<Employee> &employees,
                                                               const Progress &progress) const {
    using R = Result<EmployeeImportCounts>;
    for (const Employee &e : employees) {
        if (e.nir.size() != 15 || e.lastName.trimmed().isEmpty() || !e.entryDate.isValid() ||
            (!e.forfaitJours && e.weeklyHours.hundredths() <= 0) || e.grossHourlyPay.isNegative()) {
            return R::fail(Error::make(
                ErrorKind::Invalid,
                tr("Le salarié %1 %2 est incomplet (NIR, nom, date d'entrée, durée ou salaire) : "
                   "rien n'a été importé.")
                    .arg(e.firstName, e.lastName)));
        }
        for (const domain::ContractChange &change : e.changes) {
            if (const QString problem =
                    domain::ContractChanges::problemOf(change, e.forfaitJours, e.entryDate);
                !problem.isEmpty())
                return R::fail(Error::make(ErrorKind::Invalid,
                                           tr("Le salarié %1 %2 : %3 Rien n'a été importé.")
                                               .arg(e.firstName, e.lastName, problem)));
        }
    }
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QString what = tr("importer les salariés");
        auto done = sqlite::execute(
            query, QStringLiteral("SELECT nir FROM employees WHERE establishment_id = ?"),
            {establishmentId}, what);
        if (!done)
            return R::failWith(done);
        QSet<QString> known;
        while (query.next())
            known.insert(query.value(0).toString());
        query.finish();

        EmployeeImportCounts counts;
        if (!query.prepare(QStringLiteral(
                "INSERT INTO employees (establishment_id, nir, matricule, last_name, first_name, "
                "entry_date, exit_date, forfait_jours, weekly_hours_hundredths, "
                "gross_hourly_pay_ten_thousandths, usual_net_hourly_pay_ten_thousandths, "
                "contract_kind) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (establishment_id, nir) DO UPDATE SET "
                "matricule = excluded.matricule, last_name = excluded.last_name, "
                "first_name = excluded.first_name, entry_date = excluded.entry_date, "
                "exit_date = excluded.exit_date, forfait_jours = excluded.forfait_jours, "
                "weekly_hours_hundredths = excluded.weekly_hours_hundredths, "
                "gross_hourly_pay_ten_thousandths = excluded.gross_hourly_pay_ten_thousandths, "
                "usual_net_hourly_pay_ten_thousandths = "
                "excluded.usual_net_hourly_pay_ten_thousandths, "
                "contract_kind = excluded.contract_kind")))
            return R::fail(Error::fromSql(query.lastError(), what));
        for (qsizetype from = 0; from < employees.size(); from += sliceSize) {
            const qsizetype to = std::min(employees.size(), from + sliceSize);
            QList<QVariantList> columns(12);
            for (qsizetype i = from; i < to; ++i) {
                const Employee &e = employees[i];
                (known.contains(e.nir) ? counts.updated : counts.added) += 1;
                known.insert(e.nir);
                const QVariantList values =
                    QVariantList{establishmentId} + stored::employeeColumns(e);
                for (qsizetype c = 0; c < values.size(); ++c)
                    columns[c] << values[c];
            }
            if (auto batch = runBatch(query, columns, what); !batch)
                return R::failWith(batch);
            if (progress)
                progress(to, employees.size());
        }
        // The file's changes replace those stored, as its contract and pay do.
        if (auto changes = contractchangerows::replaceByNir(db, establishmentId, employees, what);
            !changes)
            return R::failWith(changes);
        return R::ok(counts);
    });
}

Result<qsizetype> ImportRepository::importClaimLines(qint64 claimId,
                                                     const QList<ImportedLine> &lines,
                                                     const Progress &progress,
                                                     const BeforeWriting &beforeWriting) const {
    using R = Result<qsizetype>;
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const QString what = tr("importer les heures de la demande n°%1").arg(claimId);
        const auto editable = EditableClaim::read(db, claimId);
        if (!editable)
            return R::failWith(editable);
        const qint64 establishmentId = editable->establishmentId;
        const QDate &month = editable->month;
        QSet<qint64> employeeIds;
        const auto read = sqlite::Statement::forEachRowOf(
            db, "SELECT id FROM employees WHERE establishment_id = ?", establishmentId, what,
            [&employeeIds](const sqlite::Statement &row) { employeeIds.insert(row.integer(0)); });
        if (!read)
            return R::failWith(read);
        for (const ImportedLine &line : lines) {
            if (!employeeIds.contains(line.employeeId))
                return R::fail(Error::make(
                    ErrorKind::NotFound,
                    tr("Le salarié n°%1 n'existe pas dans l'établissement de cette demande : "
                       "rien n'a été importé.")
                        .arg(line.employeeId)));
            const WeekHours &h = line.hours;
            if (!h.weekStart.isValid() || h.weekStart.year() != month.year() ||
                h.weekStart.month() != month.month())
                return R::fail(Error::make(
                    ErrorKind::Invalid,
                    tr("La semaine du %1 n'est pas dans le mois de la demande : rien n'a été "
                       "importé.")
                        .arg(h.weekStart.toString(QStringLiteral("dd/MM/yyyy")))));
            if (h.worked.isNegative() || h.treatedAsWorked.isNegative() || h.chomees.isNegative() ||
                h.halfDaysNotWorked < 0)
                return R::fail(Error::make(ErrorKind::Invalid,
                                           tr("Des heures négatives ne s'importent pas : rien "
                                              "n'a été importé.")));
        }
        if (beforeWriting)
            beforeWriting();

        // Each employee of the file joins the claim with a copy of its contract and pay as they
        // are now (one already on the claim keeps its copy), then its weeks are written or
        // replaced — the rule linesAfter() repeats, which must follow any change here. Both go
        // through SQLite's own API: QtSql would cost a QVariant per value.
        // The employees in one statement, their ids as a JSON array (20,000 employees: 5 ms,
        // where statements of a hundred ids took 20); an id given twice is joined once.
        QByteArray ids = "[";
        ids.reserve(lines.size() * 7);
        qint64 previous = 0;
        for (const ImportedLine &line : lines) {
            if (line.employeeId == previous)
                continue; // the file's lines of one employee usually follow each other
            previous = line.employeeId;
            ids += QByteArray::number(line.employeeId) + ',';
        }
        if (ids.endsWith(','))
            ids.chop(1);
        ids += ']';
        auto joining = sqlite::Statement::prepare(
            db,
            "INSERT INTO claim_employees (claim_id, employee_id, forfait_jours, "
            "contractual_weekly_hundredths, gross_hourly_pay_ten_thousandths, "
            "usual_net_hourly_pay_ten_thousandths, "
            "contract_kind) "
            "SELECT ?1, e.id, e.forfait_jours, e.weekly_hours_hundredths, "
            "e.gross_hourly_pay_ten_thousandths, e.usual_net_hourly_pay_ten_thousandths, "
            "e.contract_kind "
            "FROM json_each(?2) AS j JOIN employees AS e ON e.id = j.value "
            "WHERE true ON CONFLICT (claim_id, employee_id) DO NOTHING",
            what);
        if (!joining)
            return R::failWith(joining);
        if (auto done = joining.value().bind(1, claimId).bind(2, QByteArrayView(ids)).run(); !done)
            return R::failWith(done);

        // The weeks a hundred rows per statement: one statement per row would cost its set-up
        // per row.
        const int rowsPerStatement = 100;
        // In the text, not bound: RowBatch numbers parameters per row, and the claim is the same
        // for every row (an integer, so nothing to quote).
        const QByteArray claim = QByteArray::number(claimId);
        auto weeks = sqlite::RowBatch::prepare(
            db,
            {"INSERT INTO claim_weeks (claim_id, employee_id, week_start, worked_hundredths, "
             "treated_as_worked_hundredths, chomees_hundredths, half_days_not_worked) VALUES ",
             "(" + claim + ", ?, ?, ?, ?, ?, ?)", 6,
             "ON CONFLICT (claim_id, employee_id, week_start) DO UPDATE SET "
             "worked_hundredths = excluded.worked_hundredths, "
             "treated_as_worked_hundredths = excluded.treated_as_worked_hundredths, "
             "chomees_hundredths = excluded.chomees_hundredths, "
             "half_days_not_worked = excluded.half_days_not_worked"},
            rowsPerStatement, what);
        if (!weeks)
            return R::failWith(weeks);
        // A file has a handful of distinct weeks: each one's ISO text is made once, not once
        // per line (QDate::toString goes through a formatted print).
        QHash<qint64, QByteArray> dayTexts;
        const auto dayText = [&dayTexts](const QDate &day) -> const QByteArray & {
            auto it = dayTexts.find(day.toJulianDay());
            if (it == dayTexts.end())
                it = dayTexts.insert(day.toJulianDay(), day.toString(Qt::ISODate).toLatin1());
            return *it;
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const ImportedLine &line = lines[i];
            weeks.value()
                .bind(1, line.employeeId)
                .bind(2, QByteArrayView(dayText(line.hours.weekStart)))
                .bind(3, line.hours.worked.hundredths())
                .bind(4, line.hours.treatedAsWorked.hundredths())
                .bind(5, line.hours.chomees.hundredths())
                .bind(6, qint64(line.hours.halfDaysNotWorked));
            if (auto done = weeks.value().endRow(); !done)
                return R::failWith(done);
            if (progress && (i + 1) % sliceSize == 0)
                progress(i + 1, lines.size());
        }
        if (auto done = weeks.value().flush(); !done)
            return R::failWith(done);
        // The claim's last change (Claim::changedAt), by SQLite's clock in stored::timestamp's
        // form: an import has no clock of its own to be tested against.
        auto touch = sqlite::Statement::prepare(
            db, "UPDATE claims SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            what);
        if (!touch)
            return R::failWith(touch);
        if (auto done = touch.value().bind(1, claimId).run(); !done)
            return R::failWith(done);
        if (progress)
            progress(lines.size(), lines.size());
        return R::ok(lines.size());
    });
}

QList<ClaimLine> ImportRepository::linesAfter(qint64 claimId, const QList<ClaimLine> &copiesBefore,
                                              const QList<ClaimLine> &before,
                                              const QList<ImportedLine> &imported,
                                              const QList<Employee> &employees) {
    // The copy each employee's lines carry: the one on the claim, else today's contract — as
    // the INSERT … SELECT … ON CONFLICT DO NOTHING of claim_employees.
    QHash<qint64, ClaimLine> copies;
    copies.reserve(copiesBefore.size());
    for (const ClaimLine &copy : copiesBefore)
        copies.insert(copy.employeeId, copy);
    QHash<qint64, const Employee *> employeeById;
    employeeById.reserve(employees.size());
    for (const Employee &e : employees)
        employeeById.insert(e.id, &e);
    // Each imported employee's copy made before any is pointed to: no insertion moves them then.
    for (const ImportedLine &line : imported) {
        if (copies.contains(line.employeeId))
            continue;
        const Employee *e = employeeById.value(line.employeeId);
        if (!e)
            continue; // importClaimLines refuses it
        ClaimLine copy;
        copy.claimId = claimId;
        copy.employeeId = e->id;
        copy.forfaitJours = e->forfaitJours;
        copy.contractualWeeklyHours = e->weeklyHours;
        copy.grossHourlyPay = e->grossHourlyPay;
        copy.usualNetHourlyPay = e->usualNetHourlyPay;
        copy.contract = e->contract;
        copy.changes = e->changes; // as the trigger on claim_employees copies them
        copies.insert(e->id, copy);
    }

    // linesOf's order (the primary key's: employee, then week), sorted as small keys rather
    // than as lines; among lines of one week the last written wins, as with ON CONFLICT DO
    // UPDATE: `order` counts the lines before, then the imported ones, in file order.
    struct Key {
        qint64 employeeId;
        qint64 day;
        qsizetype order;
        const ClaimLine *copy; // for an imported line
        bool operator<(const Key &other) const {
            return std::tie(employeeId, day, order) <
                   std::tie(other.employeeId, other.day, other.order);
        }
    };
    QList<Key> keys;
    keys.reserve(before.size() + imported.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        keys.append({before[i].employeeId, before[i].hours.weekStart.toJulianDay(), i, nullptr});
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const auto copy = copies.constFind(imported[i].employeeId);
        if (copy != copies.cend())
            keys.append({imported[i].employeeId, imported[i].hours.weekStart.toJulianDay(),
                         before.size() + i, &*copy});
    }
    if (!std::is_sorted(keys.cbegin(), keys.cend())) // a file in the store's order often is
        std::sort(keys.begin(), keys.end());

    QList<ClaimLine> lines;
    lines.reserve(keys.size());
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const Key &key = keys[k];
        if (k + 1 < keys.size() && keys[k + 1].employeeId == key.employeeId &&
            keys[k + 1].day == key.day)
            continue; // written over by a later line
        if (!key.copy) {
            lines.append(before[key.order]);
            continue;
        }
        ClaimLine line = *key.copy;
        line.hours = imported[key.order - before.size()].hours;
        lines.append(std::move(line));
    }
    return lines;
}

} // namespace apdesk::store
