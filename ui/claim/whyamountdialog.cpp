#include "whyamountdialog.h"

#include "claimdocument.h"
#include "gridtext.h"

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
    html += QStringLiteral("<p>%1</p>")
                .arg((e.forfaitJours ? tr("Forfait-jours (½ journée = 3,5 h).")
                                     : tr("Durée contractuelle : %1 h par semaine.")
                                           .arg(gridtext::hours(e.weeklyHours)))
                         .toHtmlEscaped());

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

    html += QStringLiteral("<p>%1</p>")
                .arg((e.grossHourlyPay ? tr("Rémunération horaire brute : %1.")
                                             .arg(e.grossHourlyPay->toString(QLocale()))
                                       : tr("Rémunération horaire brute : manquante."))
                         .toHtmlEscaped());
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
        html += table.arg(tr("Indemnité du salarié").toHtmlEscaped(), columns,
                          rateRows(r.indemnityWhy),
                          tr("Montant horaire %1 × %2 h = <b>%3</b>")
                              .arg(r.indemnityHourly.toString(QLocale()).toHtmlEscaped(),
                                   gridtext::hours(r.indemnifiableHours).toHtmlEscaped(),
                                   gridtext::money(r.indemnity).toHtmlEscaped()));
        html += table.arg(tr("Allocation de l'employeur").toHtmlEscaped(), columns,
                          rateRows(r.allocationWhy),
                          tr("Montant horaire %1 × %2 h = <b>%3</b>")
                              .arg(r.allocationHourly.toString(QLocale()).toHtmlEscaped(),
                                   gridtext::hours(r.indemnifiableHours).toHtmlEscaped(),
                                   gridtext::money(r.allocation).toHtmlEscaped()));
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
