#include "controlpack.h"

#include "domain/frenchtext.h"
#include "domain/siret.h"
#include "pdfpages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace apdesk::exchange {

namespace {

QLocale french() {
    return QLocale(QLocale::French, QLocale::France);
}

QString money(domain::Money m) {
    return m.toString(french());
}

QString date(const QDate &d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString level(domain::Problem::Level l) {
    return l == domain::Problem::Level::Blocking ? ControlPack::tr("Bloquant")
                                                 : ControlPack::tr("Avertissement");
}

// The rows of the rates table the claim used, each numbered once with its legal source, so that
// an employee's amounts refer to them by number (« [2] ») instead of repeating the sources
// 20,000 times.
class RateRows {
public:
    explicit RateRows(const domain::ClaimResult &result) {
        for (const domain::EmployeeResult &r : result.employees) {
            add(r.indemnityWhy);
            add(r.allocationWhy);
        }
    }
    int numberOf(const domain::RateUse &use) const {
        return m_numbers.value(key(use.row) + QLatin1Char('/') + use.what);
    }
    void print(PdfPages &pdf) const {
        pdf.beginTable({{ControlPack::tr("Réf."), 0.5, true},
                        {ControlPack::tr("Ligne du barème"), 1.6, false, true},
                        {ControlPack::tr("Depuis le"), 0.9},
                        {ControlPack::tr("Source"), 4, false, true}});
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const domain::RateUse &use = m_rows[i];
            QString source = use.row.source;
            if (!use.row.note.isEmpty())
                source += QStringLiteral(" — ") + use.row.note;
            pdf.row({QStringLiteral("[%1]").arg(i + 1), use.what, date(use.row.from), source});
        }
        pdf.endTable();
    }

private:
    static QString key(const domain::RowOrigin &row) {
        return row.section + QLatin1Char('/') + QString::number(row.number);
    }
    void add(const QList<domain::RateUse> &uses) {
        for (const domain::RateUse &use : uses) {
            const QString k = key(use.row) + QLatin1Char('/') + use.what;
            if (m_numbers.contains(k))
                continue;
            m_rows << use;
            m_numbers.insert(k, int(m_rows.size()));
        }
    }

    QList<domain::RateUse> m_rows;
    QHash<QString, int> m_numbers;
};

// An hourly amount with the rate rows it used, by their number in the table printed once and
// with the value each gave: « Indemnité horaire : 8,60 € — barème [1] 60 % ; [2] 11,88 € par
// heure ; … ». Two lines where a table of a row per rate took eleven: for 20,000 employees,
// thousands of pages fewer to write and to read.
QString hourlyLine(const RateRows &refs, const QString &what, const domain::HourlyAmount &amount,
                   const QList<domain::RateUse> &uses) {
    QStringList used;
    for (const domain::RateUse &use : uses) {
        // A line breaks between two rows, never inside one (« [4] 9,40 € par heure »).
        QString row = QStringLiteral("[%1] %2").arg(refs.numberOf(use)).arg(use.value);
        used << row.replace(u' ', QChar::Nbsp);
    }
    const QString hourly = amount.toString(french());
    // French puts a no-break space before « : » and « ; », so a line never starts with them.
    return used.isEmpty() ? ControlPack::tr("%1 : %2.").arg(what, hourly)
                          : ControlPack::tr("%1 : %2 — barème %3.")
                                .arg(what, hourly, used.join(QStringLiteral("\u00a0; ")));
}

void employeeSection(PdfPages &pdf, const RateRows &refs, const domain::ClaimEmployee &e,
                     const domain::EmployeeResult &r) {
    pdf.heading(ControlPack::tr("%1 %2 — matricule %3 — NIR %4")
                    .arg(e.lastName.toUpper(), e.firstName, e.matricule, e.nir),
                3);
    QString contract = e.forfaitJours ? ControlPack::tr("Forfait-jours (½ journée = 3,5 h).")
                                      : ControlPack::tr("Durée contractuelle : %1 par semaine.")
                                            .arg(e.weeklyHours.frenchText());
    if (e.entry.isValid())
        contract += QLatin1Char(' ') + ControlPack::tr("Entrée le %1.").arg(date(e.entry));
    if (e.exit.isValid())
        contract += QLatin1Char(' ') + ControlPack::tr("Sortie le %1.").arg(date(e.exit));
    contract += QLatin1Char(' ') +
                (e.grossHourlyPay ? ControlPack::tr("Rémunération horaire brute : %1.")
                                        .arg(e.grossHourlyPay->toString(french()))
                                  : ControlPack::tr("Rémunération horaire brute : manquante."));
    pdf.paragraph(contract);

    pdf.beginTable({{ControlPack::tr("Semaine"), 2.4},
                    {ControlPack::tr("Plafond"), 1, true},
                    {ControlPack::tr("Travaillées"), 1, true},
                    {ControlPack::tr("Assimilées"), 1, true},
                    {ControlPack::tr("Indemnisables"), 1, true}});
    for (const domain::WeekResult &w : r.weeks)
        pdf.row({ControlPack::tr("du %1 au %2").arg(date(w.first), date(w.last)),
                 w.cap.frenchText(), w.worked.frenchText(), w.treatedAsWorked.frenchText(),
                 w.chomees.frenchText()});
    pdf.row({ControlPack::tr("Total du mois"), {}, {}, {}, r.indemnifiableHours.frenchText()},
            true);
    pdf.endTable();

    if (!r.contractPeriods.isEmpty()) {
        pdf.beginTable({{ControlPack::tr("Période du contrat"), 2.4},
                        {ControlPack::tr("Indemnisables"), 1, true},
                        {ControlPack::tr("Indemnité horaire"), 1.3, true},
                        {ControlPack::tr("Allocation horaire"), 1.3, true}});
        for (const domain::ContractPeriodResult &p : r.contractPeriods)
            pdf.row({ControlPack::tr("du %1 au %2").arg(date(p.from), date(p.to)),
                     p.hours.frenchText(), p.indemnityHourly.toString(french()),
                     p.allocationHourly.toString(french())});
        pdf.endTable();
    }

    if (r.amountsComputed) {
        pdf.paragraph(hourlyLine(refs, ControlPack::tr("Indemnité horaire"), r.indemnityHourly,
                                 r.indemnityWhy));
        pdf.paragraph(hourlyLine(refs, ControlPack::tr("Allocation horaire"), r.allocationHourly,
                                 r.allocationWhy));
        pdf.paragraph(ControlPack::tr("Indemnité due au salarié : %1 — allocation demandée : %2.")
                          .arg(money(r.indemnity), money(r.allocation)),
                      true);
    } else {
        pdf.paragraph(ControlPack::tr("Montants non calculés : voir les contrôles de ce salarié."),
                      true);
    }
    for (const domain::Problem &p : r.problems)
        pdf.paragraph(QStringLiteral("%1 : %2").arg(level(p.level), p.message));
    pdf.space();
}

} // namespace

Expected<int, QString> ControlPack::write(const QString &path, const ControlPackInfo &info,
                                          const domain::Claim &claim,
                                          const domain::ClaimResult &result,
                                          const Progress &progress) {
    using R = Expected<int, QString>;
    const QString month = french().toString(claim.firstDay(), QStringLiteral("MMMM yyyy"));
    const QString footer = domain::frenchtext::elideBeforeMonths(
                               tr("AP Desk %1 — dossier de contrôle de %2, %3 — édité le %4")
                                   .arg(info.programVersion, month))
                               .arg(info.establishmentName,
                                    info.printedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    PdfPages pdf(path, tr("Dossier de contrôle — %1 — %2").arg(info.establishmentName, month),
                 footer);
    if (!pdf.isOpen()) {
        const QFileInfo file(path);
        return R::fail(file.dir().exists()
                           ? tr("Le fichier %1 ne peut pas être écrit : vérifiez les droits "
                                "d'écriture du dossier et que le fichier n'est pas ouvert "
                                "ailleurs.")
                                 .arg(QDir::toNativeSeparators(path))
                           : tr("Le dossier %1 n'existe pas : le dossier de contrôle ne peut "
                                "pas y être écrit.")
                                 .arg(QDir::toNativeSeparators(file.absolutePath())));
    }

    pdf.heading(tr("Dossier de contrôle — demande d'indemnisation, %1").arg(month));
    pdf.paragraph(
        tr("Établissement : %1 — SIRET %2.")
            .arg(info.establishmentName, domain::Siret::formatted(claim.establishment.siret)));
    const domain::Decision &d = claim.decision;
    if (info.decisionKnown)
        pdf.paragraph(tr("Décision n° %1, du %2 au %3 : %4 autorisées, effectif autorisé %5 ; "
                         "%6 déjà utilisées par les demandes antérieures de la décision.")
                          .arg(d.number, date(d.start), date(d.end), d.authorisedHours.frenchText())
                          .arg(d.authorisedHeadcount)
                          .arg(claim.decisionHoursUsedEarlier.frenchText()));
    else
        pdf.paragraph(tr("Décision n° %1 : absente de cet ordinateur ; la demande est calculée "
                         "comme une réduction d'horaire de droit commun sur le mois, sans "
                         "contrôle du contingent ni de l'effectif.")
                          .arg(d.number));
    pdf.paragraph(tr("Mois : %1 — version %2 — %3.").arg(month).arg(info.version).arg(info.status));
    pdf.space();

    pdf.heading(tr("Totaux"), 2);
    pdf.beginTable({{tr("Salariés"), 1, true},
                    {tr("Heures indemnisables"), 1.4, true},
                    {tr("Indemnité due aux salariés"), 1.6, true},
                    {tr("Allocation demandée"), 1.6, true}});
    pdf.row({QString::number(result.employees.size()), result.totalHours().frenchText(),
             money(result.totalIndemnity()), money(result.totalAllocation())},
            true);
    pdf.endTable();
    pdf.space();

    pdf.heading(tr("Contrôles"), 2);
    const QList<domain::Problem> problems = result.problems();
    if (problems.isEmpty()) {
        pdf.paragraph(tr("Aucun problème bloquant ni avertissement."));
    } else {
        pdf.beginTable({{tr("Niveau"), 1}, {tr("Message"), 5, false, true}});
        for (const domain::Problem &p : problems)
            pdf.row({level(p.level), p.message});
        pdf.endTable();
    }
    pdf.space();

    const RateRows refs(result);
    pdf.heading(tr("Lignes du barème appliquées, avec leur source"), 2);
    refs.print(pdf);
    pdf.space();

    pdf.heading(tr("Détail par salarié"), 2);
    const qsizetype total = claim.employees.size();
    for (qsizetype i = 0; i < total && i < result.employees.size(); ++i) {
        employeeSection(pdf, refs, claim.employees[i], result.employees[i]);
        if (progress && !progress(i + 1, total)) {
            pdf.finish();
            QFile::remove(path);
            return R::fail(tr("Écriture du dossier de contrôle annulée."));
        }
    }
    if (!pdf.finish()) {
        QFile::remove(path);
        return R::fail(tr("Le fichier %1 n'a pas pu être écrit en entier.").arg(path));
    }
    return R::ok(pdf.pageCount());
}

} // namespace apdesk::exchange
