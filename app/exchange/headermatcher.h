#pragma once

#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace apdesk::exchange {

// A column a format knows: its name as documented, the other names people give it, and
// whether a file must have it.
struct ColumnSpec {
    QString name;        // "Heures hebdomadaires"
    QStringList aliases; // "Durée hebdomadaire", …
    bool required = false;

    // The columns that name the employee in both the employees and the hours file: one place
    // for the other names they go by.
    static ColumnSpec nir(bool required);
    static ColumnSpec matricule(bool required);
};

// Finds each known column in a header line, whatever the order, matching names without regard
// to case, accents, spaces and punctuation ("Prénom", "PRENOM", "prénom :" are one name).
class HeaderMatcher final {
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)

public:
    explicit HeaderMatcher(QList<ColumnSpec> specs);

    // The documented names, in order: the header line of a file this program writes.
    static QStringList names(const QList<ColumnSpec> &specs);
    // "Date d'entrée" → "datedentree".
    static QString normalised(QStringView name);
    // A header cell longer than this is no column name (the longest known is under 40
    // characters): it is reported unknown without being normalised, since Unicode
    // normalisation of a long non-ASCII text takes quadratic time (a 1 MiB cell: 29 s).
    static constexpr qsizetype longestName = 200;
    // The cell as messages quote it: cut to 80 characters with "…".
    static QString quoted(const QString &cell);

    struct Match {
        QList<int> fieldOf;  // per spec, the field index in the file, or -1 when absent
        QStringList headers; // the header line as written (trimmed; a long cell quoted())
        QList<CsvProblem> problems;
        int line = 0; // the header's line in the file
        bool has(int spec) const { return fieldOf.value(spec, -1) >= 0; }
        // A blocking problem about the header line as a whole.
        CsvProblem lineProblem(const QString &message) const {
            CsvProblem problem;
            problem.line = line;
            problem.message = message;
            return problem;
        }
    };
    // Missing required columns and columns given twice are blocking; unknown columns are
    // warnings (they are ignored).
    Match match(const QStringList &header, int line) const;
    // Reads the first record of `reader` and matches it, adding its problems to `problems`.
    // Nullopt when there is no header line: then the reader's problem, or `emptyMessage` for
    // an empty file, is added (blocking either way).
    std::optional<Match> readHeader(CsvReader &reader, const QString &emptyMessage,
                                    QList<CsvProblem> &problems) const;

private:
    QList<ColumnSpec> m_specs;
    QList<QStringList> m_normalisedNames;
};

} // namespace apdesk::exchange
