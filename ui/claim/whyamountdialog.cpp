#include "whyamountdialog.h"

#include "claimdocument.h"
#include "gridtext.h"

#include "domain/claim/contractperiods.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

QString cell(const QString &text) {
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString header(const QString &text) {
    return QStringLiteral("<th align=\"left\">%1</th>").arg(text.toHtmlEscaped());
}

QString rateRows(const QList<domain::RateUse> &uses) {
    QString html;
    for (const domain::RateUse &use : uses) {
        QString source = use.row.source;
        if (!use.row.note.isEmpty())
            source += QStringLiteral(" — ") + use.row.note;
        html += QStringLiteral("<tr>") + cell(use.what) + cell(use.value) +
                cell(use.row.from.isValid()
                         ? WhyAmountDialog::tr("en vigueur au %1")
                               .arg(QLocale().toString(use.row.from, QLocale::ShortFormat))
                         : QString()) +
                cell(source) + QStringLiteral("</tr>");
    }
    return html;
}

// The contract's periods when it changes during the month: each one's terms, hours and hourly
// amounts.
QString periodsTable(const domain::ClaimEmployee &e, const domain::EmployeeResult &r) {
    const QList<domain::ContractPeriod> terms = domain::contractPeriods(
        e, r.contractPeriods.constFirst().from, r.contractPeriods.constLast().to);
    QString html =
        QStringLiteral("<h3>%1</h3><table border=\"1\" cellpadding=\"4\" "
                       "cellspacing=\"0\"><tr>")
            .arg(WhyAmountDialog::tr("Contrat et rémunération par période").toHtmlEscaped()) +
        header(WhyAmountDialog::tr("Période")) + header(WhyAmountDialog::tr("Durée hebdomadaire")) +
        header(WhyAmountDialog::tr("Taux horaire brut")) +
        header(WhyAmountDialog::tr("Indemnisables")) +
        header(WhyAmountDialog::tr("Indemnité horaire")) +
        header(WhyAmountDialog::tr("Allocation horaire")) + QStringLiteral("</tr>");
    for (qsizetype i = 0; i < r.contractPeriods.size(); ++i) {
        const domain::ContractPeriodResult &period = r.contractPeriods[i];
        const domain::ContractPeriod *term = i < terms.size() ? &terms[i] : nullptr;
        html += QStringLiteral("<tr>") +
                cell(WhyAmountDialog::tr("du %1 au %2")
                         .arg(gridtext::dayMonth(period.from), gridtext::dayMonth(period.to))) +
                cell(!term || e.forfaitJours
                         ? QString()
                         : WhyAmountDialog::tr("%1 h").arg(gridtext::hours(term->weeklyHours))) +
                cell(term && term->grossHourlyPay ? term->grossHourlyPay->toString(QLocale())
                                                  : WhyAmountDialog::tr("manquant")) +
                cell(gridtext::hours(period.hours)) +
                cell(period.indemnityHourly.toString(QLocale())) +
                cell(period.allocationHourly.toString(QLocale())) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

WhyAmountDialog::WhyAmountDialog(const ClaimDocument &document, int row, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("whyAmountDialog"));
    const auto &e = document.employee(row);
    setWindowTitle(tr("Pourquoi ce montant ? — %1 %2").arg(e.lastName.toUpper(), e.firstName));
    m_text->setObjectName(QStringLiteral("whyAmountText"));
    m_text->setAccessibleName(tr("Détail du calcul"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(explanation(document, row));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 560);
    m_text->setFocus();
}

QString WhyAmountDialog::explanation(const ClaimDocument &document, int row) {
    const domain::ClaimEmployee &e = document.employee(row);
    const domain::EmployeeResult r = document.explained(row);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tr("%1 %2, matricule %3")
                                .arg(e.lastName.toUpper(), e.firstName, e.matricule)
                                .toHtmlEscaped());
    QString contract =
        e.forfaitJours
            ? tr("Forfait-jours (½ journée = 3,5 h).")
            : tr("Durée contractuelle : %1 h par semaine.").arg(gridtext::hours(e.weeklyHours));
    if (!r.contractPeriods.isEmpty())
        contract = tr("Le contrat ou la rémunération change pendant le mois : le plafond de chaque "
                      "jour suit le contrat de ce jour, et chaque période a son montant horaire "
                      "(voir « Contrat et rémunération par période »).");
    html += QStringLiteral("<p>%1</p>").arg(contract.toHtmlEscaped());

    html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellpadding=\"4\" "
                           "cellspacing=\"0\"><tr>")
                .arg(tr("Heures").toHtmlEscaped()) +
            header(tr("Semaine")) + header(tr("Plafond")) + header(tr("Travaillées")) +
            header(tr("Assimilées")) + header(tr("Indemnisables")) + QStringLiteral("</tr>");
    for (const domain::WeekResult &w : r.weeks) {
        html += QStringLiteral("<tr>") +
                cell(tr("du %1 au %2")
                         .arg(gridtext::dayMonth(w.first), gridtext::dayMonth(w.last))) +
                cell(gridtext::hours(w.cap)) + cell(gridtext::hours(w.worked)) +
                cell(gridtext::hours(w.treatedAsWorked)) + cell(gridtext::hours(w.chomees)) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + cell(tr("Total du mois")) + cell({}) + cell({}) + cell({}) +
            cell(gridtext::hours(r.indemnifiableHours)) + QStringLiteral("</tr></table>");

    if (r.contractPeriods.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg((e.grossHourlyPay ? tr("Rémunération horaire brute : %1.")
                                                 .arg(e.grossHourlyPay->toString(QLocale()))
                                           : tr("Rémunération horaire brute : manquante."))
                             .toHtmlEscaped());
    } else {
        html += periodsTable(e, r);
    }
    if (!r.amountsComputed) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Les montants n'ont pas pu être calculés ; voir les problèmes "
                            "ci-dessous.")
                             .toHtmlEscaped());
    } else {
        const QString table = QStringLiteral(
            "<h3>%1</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>%2</tr>%3"
            "</table><p>%4</p>");
        const QString columns =
            header(tr("Élément")) + header(tr("Valeur")) + header(tr("Date")) + header(tr("Source"));
        // With several contracts, each period's hours × its own hourly amount, summed and
        // rounded once (the periods table gives the figures).
        const auto total = [&r](const domain::HourlyAmount &hourly, const domain::Money &amount) {
            if (!r.contractPeriods.isEmpty())
                return tr("Somme des heures de chaque période × son montant horaire, arrondie au "
                          "centime = <b>%1</b>")
                    .arg(gridtext::money(amount).toHtmlEscaped());
            return tr("Montant horaire %1 × %2 h = <b>%3</b>")
                .arg(hourly.toString(QLocale()).toHtmlEscaped(),
                     gridtext::hours(r.indemnifiableHours).toHtmlEscaped(),
                     gridtext::money(amount).toHtmlEscaped());
        };
        html += table.arg(tr("Indemnité du salarié").toHtmlEscaped(), columns,
                          rateRows(r.indemnityWhy), total(r.indemnityHourly, r.indemnity));
        html += table.arg(tr("Allocation de l'employeur").toHtmlEscaped(), columns,
                          rateRows(r.allocationWhy), total(r.allocationHourly, r.allocation));
    }
    if (!r.problems.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Problèmes").toHtmlEscaped());
        for (const domain::Problem &p : r.problems)
            html += QStringLiteral("<li>%1</li>").arg(p.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace apdesk::ui
