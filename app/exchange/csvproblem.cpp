#include "exchange/csvproblem.h"

#include <algorithm>

namespace apdesk::exchange {

namespace {
quint64 kindOf(const CsvProblem &problem) {
    return (quint64(problem.isBlocking() ? 1 : 0) << 32) | quint32(problem.column);
}
} // namespace

void CsvProblemCap::add(QList<CsvProblem> &problems, CsvProblem problem) {
    Kind &kind = m_kinds[kindOf(problem)];
    ++kind.seen;
    if (kind.seen <= perKind)
        problems.append(std::move(problem));
    else if (kind.seen == perKind + 1)
        kind.firstLeftOut = std::move(problem);
}

void CsvProblemCap::summarise(QList<CsvProblem> &problems) const {
    QList<CsvProblem> summaries;
    for (const Kind &kind : m_kinds) {
        if (kind.seen <= perKind)
            continue;
        CsvProblem summary = kind.firstLeftOut;
        const int leftOut = int(std::min<qint64>(kind.seen - perKind, INT_MAX));
        summary.message =
            summary.column > 0
                ? tr("… et %n autre(s) problème(s) de ce genre dans cette colonne, à partir de "
                     "la ligne %1, non listé(s) : corrigez les premiers, puis relisez le fichier.",
                     nullptr, leftOut)
                      .arg(summary.line)
                : tr("… et %n autre(s) problème(s) de ce genre, à partir de la ligne %1, non "
                     "listé(s) : corrigez les premiers, puis relisez le fichier.",
                     nullptr, leftOut)
                      .arg(summary.line);
        summaries.append(std::move(summary));
    }
    // In file order, as the problems they sum up.
    std::sort(summaries.begin(), summaries.end(), [](const CsvProblem &a, const CsvProblem &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    problems.append(summaries);
}

} // namespace apdesk::exchange
