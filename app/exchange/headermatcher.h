#pragma once

#include "exchange/csvproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace apdesk::exchange {

// A column a format knows: its name as documented, the other names people give it, and
// whether a file must have it.
struct ColumnSpec {
    QString name;        // "Heures hebdomadaires"
    QStringList aliases; // "Durée hebdomadaire", …
    bool required = false;
};

// Finds each known column in a header line, whatever the order, matching names without regard
// to case, accents, spaces and punctuation ("Prénom", "PRENOM", "prénom :" are one name).
class HeaderMatcher final {
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)

public:
    explicit HeaderMatcher(QList<ColumnSpec> specs);

    // "Date d'entrée" → "datedentree".
    static QString normalised(QStringView name);

    struct Match {
        QList<int> fieldOf;  // per spec, the field index in the file, or -1 when absent
        QStringList headers; // the header line as written (trimmed)
        QList<CsvProblem> problems;
        bool has(int spec) const { return fieldOf.value(spec, -1) >= 0; }
    };
    // Missing required columns and columns given twice are blocking; unknown columns are
    // warnings (they are ignored).
    Match match(const QStringList &header, int line) const;

private:
    QList<ColumnSpec> m_specs;
    QList<QStringList> m_normalisedNames;
};

} // namespace apdesk::exchange
