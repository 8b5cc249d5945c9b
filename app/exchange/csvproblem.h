#pragma once

#include <QCoreApplication>
#include <QHash>
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

// Keeps a file's list of problems short whatever the file's size (issue 17: 2 million
// duplicate lines gave 4 million problems and 11 GB): the first `perKind` problems of each kind
// — one level in one column — are listed, the others only counted, then summed up in one
// problem per kind.
class CsvProblemCap final {
    Q_DECLARE_TR_FUNCTIONS(CsvProblemCap)

public:
    static constexpr qint64 perKind = 100;

    // Appends `problem` to `problems` while its kind has room; counts it either way.
    void add(QList<CsvProblem> &problems, CsvProblem problem);
    // Appends, for each kind that had more problems than listed, one problem of that level
    // and column saying how many were left out and from which line.
    void summarise(QList<CsvProblem> &problems) const;

private:
    struct Kind {
        qint64 seen = 0;
        CsvProblem firstLeftOut;
    };
    QHash<quint64, Kind> m_kinds;
};

// What to do with a file that has blocking problems: refuse it whole (the default), or import
// the valid lines and list the others — an explicit choice of the user.
enum class ImportMode { AllOrNothing, ValidLinesOnly };

} // namespace apdesk::exchange
