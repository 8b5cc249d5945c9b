#pragma once

#include "domain/checked.h"
#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace apdesk::domain {

// A claim read from JSON (docs/claim-json.md), with the problems of its cells: an hour count
// that is not one ("7,5,5", "-3") is a blocking problem naming the employee, week and field,
// counted as 0, so the rest of the claim can still be computed and checked.
struct ClaimInput {
    Claim claim;
    QList<Problem> problems;
};

// Reads the "apdesk-claim" JSON format and writes the "apdesk-claim-result" one. The structure
// (a missing month, an unknown sector, a date that is not one) is an error of the whole file;
// the hour cells are checked one by one.
class ClaimJson final {
    Q_DECLARE_TR_FUNCTIONS(ClaimJson)

public:
    static Checked<ClaimInput> read(const QByteArray &json);
    // The claim in the apdesk-claim format, as read() reads it back: what the program sends to
    // the ASP. Empty values (no entry date, a zero count of hours) are left out.
    static QJsonObject writeClaim(const Claim &claim);
    static QJsonObject write(const Claim &claim, const ClaimResult &result,
                             const QList<Problem> &inputProblems);
};

} // namespace apdesk::domain
