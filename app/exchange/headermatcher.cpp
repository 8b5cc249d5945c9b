#include "exchange/headermatcher.h"

namespace apdesk::exchange {

ColumnSpec ColumnSpec::nir(bool required) {
    return {QStringLiteral("NIR"),
            {QStringLiteral("Numéro de sécurité sociale"), QStringLiteral("N° SS"),
             QStringLiteral("NSS")},
            required};
}

ColumnSpec ColumnSpec::matricule(bool required) {
    return {QStringLiteral("Matricule"), {QStringLiteral("N° salarié")}, required};
}

HeaderMatcher::HeaderMatcher(QList<ColumnSpec> specs)
    : m_specs(std::move(specs)) {
    for (const ColumnSpec &spec : m_specs) {
        QStringList names{normalised(spec.name)};
        for (const QString &alias : spec.aliases)
            names << normalised(alias);
        m_normalisedNames << names;
    }
}

QStringList HeaderMatcher::names(const QList<ColumnSpec> &specs) {
    QStringList names;
    for (const ColumnSpec &spec : specs)
        names << spec.name;
    return names;
}

QString HeaderMatcher::normalised(QStringView name) {
    // Decompose accented letters and keep only letters and digits: the combining accents, the
    // spaces, apostrophes and punctuation go.
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString HeaderMatcher::quoted(const QString &cell) {
    constexpr qsizetype shown = 80;
    return cell.size() <= shown ? cell : cell.left(shown) + QChar(0x2026);
}

HeaderMatcher::Match HeaderMatcher::match(const QStringList &header, int line) const {
    Match result;
    result.line = line;
    result.fieldOf = QList<int>(m_specs.size(), -1);
    for (const QString &name : header)
        result.headers << quoted(name.trimmed());
    constexpr int listedUnknown = 20;
    int unknown = 0;
    for (qsizetype field = 0; field < header.size(); ++field) {
        const bool tooLong = header[field].size() > longestName;
        const QString name = tooLong ? QString() : normalised(header[field]);
        if (name.isEmpty() && !tooLong)
            continue;
        qsizetype spec = tooLong ? m_specs.size() : 0;
        while (spec < m_specs.size() && !m_normalisedNames[spec].contains(name))
            ++spec;
        CsvProblem problem;
        problem.line = line;
        problem.column = int(field + 1);
        problem.columnName = result.headers[field];
        if (spec == m_specs.size()) {
            // Listed up to a point: a header of 200,000 cells is one mistake, not 200,000.
            if (++unknown > listedUnknown)
                continue;
            problem.level = CsvProblem::Level::Warning;
            problem.message =
                tr("Colonne « %1 » inconnue : elle est ignorée.").arg(result.headers[field]);
            result.problems << problem;
        } else if (result.fieldOf[spec] >= 0) {
            problem.message = tr("La colonne « %1 » apparaît deux fois (colonnes %2 et %3) : une "
                                 "seule était attendue.")
                                  .arg(m_specs[spec].name)
                                  .arg(result.fieldOf[spec] + 1)
                                  .arg(field + 1);
            result.problems << problem;
        } else {
            result.fieldOf[spec] = int(field);
        }
    }
    if (unknown > listedUnknown) {
        CsvProblem more;
        more.level = CsvProblem::Level::Warning;
        more.line = line;
        more.message = tr("… et %n autre(s) colonne(s) inconnue(s), ignorée(s) de même.", nullptr,
                          unknown - listedUnknown);
        result.problems << more;
    }
    QStringList found = result.headers.mid(0, listedUnknown);
    if (result.headers.size() > listedUnknown)
        found << QStringLiteral("…");
    for (qsizetype spec = 0; spec < m_specs.size(); ++spec) {
        if (m_specs[spec].required && result.fieldOf[spec] < 0) {
            CsvProblem problem;
            problem.line = line;
            problem.message = tr("Colonne « %1 » introuvable dans la ligne d'en-tête : elle est "
                                 "obligatoire. Colonnes trouvées : %2.")
                                  .arg(m_specs[spec].name, found.join(QStringLiteral(", ")));
            result.problems << problem;
        }
    }
    return result;
}

std::optional<HeaderMatcher::Match> HeaderMatcher::readHeader(CsvReader &reader,
                                                              const QString &emptyMessage,
                                                              QList<CsvProblem> &problems) const {
    CsvRecord record;
    if (!reader.next(record)) {
        CsvProblem empty;
        if (reader.problem())
            empty = *reader.problem();
        else
            empty.message = emptyMessage;
        problems << empty;
        return std::nullopt;
    }
    Match header = match(record.fields, record.line);
    problems << header.problems;
    return header;
}

} // namespace apdesk::exchange
