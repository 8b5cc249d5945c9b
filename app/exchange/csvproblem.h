#pragma once

#include <QList>
#include <QString>

namespace apdesk::exchange {

// One problem of a file, where the user can find it: the line as a spreadsheet numbers it (the
// header is line 1, or line 2 after Excel's "sep=;" line) and the column (1 for the first
// one; 0 when the problem is about the whole line or file), with a French message saying what
// was expected and what was found.
struct CsvProblem {
    enum class Level { Blocking, Warning };
    Level level = Level::Blocking;
    int line = 0;
    int column = 0;
    QString columnName; // the header as written in the file, when known
    QString message;

    bool isBlocking() const { return level == Level::Blocking; }
    friend bool operator==(const CsvProblem &, const CsvProblem &) = default;
};

inline bool hasBlocking(const QList<CsvProblem> &problems) {
    for (const CsvProblem &problem : problems) {
        if (problem.isBlocking())
            return true;
    }
    return false;
}

// What to do with a file that has blocking problems: refuse it whole (the default), or import
// the valid lines and list the others — an explicit choice of the user.
enum class ImportMode { AllOrNothing, ValidLinesOnly };

} // namespace apdesk::exchange
