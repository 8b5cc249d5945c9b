#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/monthweeks.h"
#include "exchange/csvproblem.h"
#include "exchange/hourscsv.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::exchange {

// A line of the hours file matched to an employee of the claim and to a week part of its month.
struct MatchedHours {
    int line = 0;
    qsizetype employee = -1;     // index in the employees given to HoursCheck
    domain::ClaimLine claimLine; // week: the first day of the week's part inside the month
};

struct HoursMatch {
    QList<MatchedHours> lines;
    QList<CsvProblem> problems; // this check's own problems (the file's are in HoursFile)
    int invalidLines = 0;
    bool blocking() const { return hasBlocking(problems); }
};

// Checks an hours file against one claim, apart from the store: each line names an employee
// of the establishment (by NIR, by matricule, or both when they agree), a week that meets the
// claim's month ("Semaine du": any day of the Monday–Sunday week), each employee × week once,
// and the columns the claim's form needs are there.
class HoursCheck final {
    Q_DECLARE_TR_FUNCTIONS(HoursCheck)

public:
    static HoursMatch match(const HoursFile &file, const QList<domain::ClaimEmployee> &employees,
                            const domain::MonthWeeks &weeks, domain::ReductionForm form);
    // match(), with the file's own problems and lines refused by the reading counted in:
    // `problems` in file order (line, then column), whichever check found them, and
    // `invalidLines` the file's and this check's together — what an import reports.
    static HoursMatch matchFile(const HoursFile &file,
                                const QList<domain::ClaimEmployee> &employees,
                                const domain::MonthWeeks &weeks, domain::ReductionForm form);
};

} // namespace apdesk::exchange
