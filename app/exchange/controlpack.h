#pragma once

#include "core/expected.h"
#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace apdesk::exchange {

// What the control pack says of the claim beyond the engine's model.
struct ControlPackInfo {
    QString establishmentName;
    // False when the decision is not kept on this computer: the claim was computed without its
    // contingent and headcount, which the pack then does not show.
    bool decisionKnown = true;
    int version = 1;
    QString status;         // « En préparation », « Envoyée »… as the program shows it
    QString programVersion; // "0.1.0"
    QDateTime printedAt;    // local time
};

// The claim's control pack (issue 16): a PDF, in French, for the clerk's file or a controller's
// visit — the establishment, the decision and the month; the totals; the checks with their
// warnings; then per employee the weeks with their caps and hours, the hourly base, each rate
// row, floor or cap used with its legal source, the indemnity and the allocation. Paginated,
// table headers repeated on each page, the date and the program's version at the foot of each.
class ControlPack final {
    Q_DECLARE_TR_FUNCTIONS(ControlPack)

public:
    // Called after each employee; returning false stops the writing (the file is removed).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    // The number of pages written, or why the file could not be (French). `result` is the
    // engine's for `claim`, with its reasons (Reasons::Recorded). Needs a QGuiApplication.
    static Expected<int, QString> write(const QString &path, const ControlPackInfo &info,
                                        const domain::Claim &claim,
                                        const domain::ClaimResult &result,
                                        const Progress &progress = {});
};

} // namespace apdesk::exchange
