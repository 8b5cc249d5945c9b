#include "claimchecks.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace apdesk::domain {

namespace {

QString dateText(const QDate &date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
QString monthText(const Claim &claim) {
    return QStringLiteral("%1/%2").arg(claim.month, 2, 10, QLatin1Char('0')).arg(claim.year);
}

Problem claimProblem(Problem::Level level, const QString &field, const QString &message) {
    return {level, {}, {}, field, message};
}

} // namespace

QDate ClaimChecks::filingDeadline(const Decision &decision) {
    // DOMAIN.md section 2: 6 months after the end of the authorised period, 12 months for 2020
    // authorisations (read here as: periods ending in 2020).
    return decision.end.addMonths(decision.end.year() == 2020 ? 12 : 6);
}

QList<Problem> ClaimChecks::header(const Claim &claim) {
    QList<Problem> problems;
    if (claim.decision.start.isNull() || claim.decision.end.isNull() ||
        claim.lastDay() < claim.decision.start || claim.firstDay() > claim.decision.end) {
        problems.append(claimProblem(
            Problem::Level::Blocking, QStringLiteral("month"),
            tr("Demande de %1 : le mois est hors de la période de la décision %2 (du %3 au %4).")
                .arg(monthText(claim), claim.decision.number, dateText(claim.decision.start),
                     dateText(claim.decision.end))));
    }

    QSet<QString> matricules;
    QSet<QString> nirs;
    for (const ClaimEmployee &employee : claim.employees) {
        // Compared without spaces and in capitals; most NIRs are stored so already, and are
        // then used as they are rather than copied (a claim may have 20,000).
        const bool plain = std::none_of(employee.nir.cbegin(), employee.nir.cend(),
                                        [](QChar c) { return c == u' ' || c.isLower(); });
        const QString nir =
            plain ? employee.nir : QString(employee.nir).remove(QLatin1Char(' ')).toUpper();
        const bool twice =
            matricules.contains(employee.matricule) || (!nir.isEmpty() && nirs.contains(nir));
        if (twice) {
            problems.append(
                {Problem::Level::Blocking,
                 employee.matricule,
                 {},
                 QStringLiteral("employee"),
                 tr("%1 : ce salarié figure deux fois dans la demande (même matricule ou même "
                    "NIR).")
                     .arg(employee.displayName())});
        }
        matricules.insert(employee.matricule);
        if (!nir.isEmpty())
            nirs.insert(nir);
    }
    for (const ClaimLine &line : claim.lines) {
        if (!matricules.contains(line.matricule)) {
            problems.append(
                {Problem::Level::Blocking, line.matricule, line.week, QStringLiteral("matricule"),
                 tr("Ligne de la semaine du %1 : le matricule « %2 » n'est celui d'aucun salarié "
                    "de la demande.")
                     .arg(dateText(line.week), line.matricule)});
        }
    }
    return problems;
}

QList<Problem> ClaimChecks::totals(const Claim &claim, const ClaimResult &result) {
    int headcount = 0;
    for (const EmployeeResult &employee : result.employees) {
        if (employee.indemnifiableHours > Hours())
            ++headcount;
    }
    return totals(claim, result.totalHours(), headcount);
}

QList<Problem> ClaimChecks::totals(const Claim &claim, Hours totalHours, int headcount) {
    QList<Problem> problems;
    const Hours used = claim.decisionHoursUsedEarlier + totalHours;
    if (used > claim.decision.authorisedHours) {
        const Hours remaining =
            std::max(Hours(), claim.decision.authorisedHours - claim.decisionHoursUsedEarlier);
        problems.append(claimProblem(
            Problem::Level::Warning, QStringLiteral("authorisedHours"),
            tr("Demande de %1 : %2 chômées dépassent le contingent restant de la décision %3 "
               "(%4 autorisées, %5 déjà demandées, reste %6).")
                .arg(monthText(claim), totalHours.frenchText(), claim.decision.number,
                     claim.decision.authorisedHours.frenchText(),
                     claim.decisionHoursUsedEarlier.frenchText(), remaining.frenchText())));
    }

    if (headcount > claim.decision.authorisedHeadcount) {
        problems.append(claimProblem(
            Problem::Level::Warning, QStringLiteral("authorisedHeadcount"),
            tr("Demande de %1 : %2 salariés ont des heures chômées, la décision %3 en autorise "
               "%4.")
                .arg(monthText(claim))
                .arg(headcount)
                .arg(claim.decision.number)
                .arg(claim.decision.authorisedHeadcount)));
    }

    if (claim.today.isValid() && claim.decision.end.isValid() &&
        claim.today > filingDeadline(claim.decision)) {
        problems.append(claimProblem(
            Problem::Level::Warning, QStringLiteral("deadline"),
            tr("Demande de %1 : le délai de dépôt est dépassé (fin de la période autorisée le %2, "
               "dépôt possible jusqu'au %3).")
                .arg(monthText(claim), dateText(claim.decision.end),
                     dateText(filingDeadline(claim.decision)))));
    }
    return problems;
}

} // namespace apdesk::domain
