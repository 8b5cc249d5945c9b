#include "hoursgridmodel.h"

#include "gridtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace apdesk::ui {

namespace {

using Field = HoursGridModel::Field;

// The engine's name of a field (domain::Problem::field).
QString problemField(Field field) {
    switch (field) {
    case Field::Worked:
        return QStringLiteral("worked");
    case Field::TreatedAsWorked:
        return QStringLiteral("treatedAsWorked");
    case Field::Chomees:
    case Field::Indemnifiable:
        return QStringLiteral("chomees");
    case Field::HalfDays:
        return QStringLiteral("halfDaysNotWorked");
    }
    return {};
}

// A cell that breaks a rule is marked by a sign as well as a colour.
const QString problemSign = QStringLiteral("\u26a0 ");

} // namespace

HoursGridModel::HoursGridModel(ClaimDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    buildColumns();
    connect(document, &ClaimDocument::rowsChanged, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    });
    // A row header shows the employee's name and problems: it changes only with them. (Each
    // headerDataChanged makes the grid's QHeaderView measure its sections again on the next
    // paint, which cost ~15 ms per edit at 20,000 rows, and some of it inside the edit.)
    connect(document, &ClaimDocument::rowProblemsChanged, this, [this](int first, int last) {
        emit headerDataChanged(Qt::Vertical, first, last);
    });
    connect(document, &ClaimDocument::aboutToReload, this, &HoursGridModel::beginResetModel);
    connect(document, &ClaimDocument::reloaded, this, [this] {
        buildColumns();
        endResetModel();
    });
}

void HoursGridModel::buildColumns() {
    m_columns.clear();
    const bool closure = m_document->isClosure();
    for (int w = 0; w < m_document->weeks().size(); ++w) {
        if (closure) {
            m_columns.append({w, Field::Chomees, {}});
        } else {
            m_columns.append({w, Field::Worked, {}});
            m_columns.append({w, Field::TreatedAsWorked, {}});
        }
        if (m_document->hasForfaitJours())
            m_columns.append({w, Field::HalfDays, {}});
        m_columns.append({w, Field::Indemnifiable, {}});
    }
    for (const Total total : {Total::Hours, Total::Indemnity, Total::Allocation})
        m_columns.append({-1, Field::Indemnifiable, total});
}

int HoursGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_document->rowCount();
}

int HoursGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

int HoursGridModel::indemnityColumn() const {
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].week < 0 && m_columns[c].total == Total::Indemnity)
            return c;
    }
    return -1;
}

QString HoursGridModel::fieldLabel(Field field) const {
    switch (field) {
    case Field::Worked:
        return tr("heures travaillées");
    case Field::TreatedAsWorked:
        return tr("heures assimilées (congés, maladie)");
    case Field::Chomees:
        return tr("heures chômées");
    case Field::HalfDays:
        return tr("demi-journées non travaillées");
    case Field::Indemnifiable:
        return tr("heures indemnisables");
    }
    return {};
}

bool HoursGridModel::isComputed(const QModelIndex &index) const {
    const Column &c = m_columns.at(index.column());
    return c.week < 0 || c.field == Field::Indemnifiable;
}

bool HoursGridModel::isEntered(const QModelIndex &index) const {
    if (isComputed(index))
        return false;
    const Column &c = m_columns.at(index.column());
    const bool forfait = m_document->employee(index.row()).forfaitJours;
    return forfait == (c.field == Field::HalfDays);
}

Qt::ItemFlags HoursGridModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document->isEditable() && isEntered(index))
        f |= Qt::ItemIsEditable;
    return f;
}

QString HoursGridModel::cellText(int row, const Column &column, bool forCopy) const {
    const ClaimDocument::Row &r = m_document->row(row);
    if (column.week < 0) {
        switch (column.total) {
        case Total::Hours:
            return gridtext::hours(r.result.indemnifiableHours);
        case Total::Indemnity:
            if (!r.result.amountsComputed)
                return {};
            return forCopy ? gridtext::plainMoney(r.result.indemnity)
                           : gridtext::money(r.result.indemnity);
        case Total::Allocation:
            if (!r.result.amountsComputed)
                return {};
            return forCopy ? gridtext::plainMoney(r.result.allocation)
                           : gridtext::money(r.result.allocation);
        }
        return {};
    }
    const auto &week = r.weeks[column.week];
    if (!week)
        return {};
    const bool forfait = m_document->employee(row).forfaitJours;
    switch (column.field) {
    case Field::Worked:
        return forfait ? QString() : gridtext::hours(week->worked);
    case Field::TreatedAsWorked:
        return forfait ? QString() : gridtext::hours(week->treatedAsWorked);
    case Field::Chomees:
        return forfait ? QString() : gridtext::hours(week->chomees);
    case Field::HalfDays:
        return forfait ? QString::number(week->halfDaysNotWorked) : QString();
    case Field::Indemnifiable:
        return column.week < r.result.weeks.size()
                   ? gridtext::hours(r.result.weeks.at(column.week).chomees)
                   : QString();
    }
    return {};
}

QString HoursGridModel::problemAt(int row, const Column &column) const {
    const ClaimDocument::Row &r = m_document->row(row);
    QStringList messages;
    if (column.week < 0) {
        // The employee's own problems (NIR, pay, annual cap) show on the amounts.
        if (column.total == Total::Hours)
            return {};
        for (const domain::Problem &p : r.result.problems) {
            if (!p.week.isValid())
                messages << p.message;
        }
        return messages.join(QLatin1Char('\n'));
    }
    if (column.week >= r.result.weeks.size())
        return {};
    const QDate monday = r.result.weeks.at(column.week).monday;
    const QString field = problemField(column.field);
    const bool firstEntered = (column.field == Field::Worked || column.field == Field::Chomees ||
                               column.field == Field::HalfDays);
    for (const domain::Problem &p : r.result.problems) {
        if (p.week != monday)
            continue;
        // A problem of the whole week marks the week's first figure.
        if (p.field == field || (p.field == QLatin1String("week") && firstEntered))
            messages << p.message;
    }
    return messages.join(QLatin1Char('\n'));
}

QString HoursGridModel::accessibleText(const QModelIndex &index) const {
    const Column &c = m_columns.at(index.column());
    const domain::ClaimEmployee &e = m_document->employee(index.row());
    QString what;
    if (c.week >= 0) {
        what = tr("semaine du %1, %2")
                   .arg(gridtext::dayMonth(m_document->weeks().at(c.week).first),
                        fieldLabel(c.field));
    } else {
        what = headerData(index.column(), Qt::Horizontal, Qt::AccessibleTextRole).toString();
    }
    QString text = cellText(index.row(), c, false);
    if (text.isEmpty())
        text = tr("vide");
    QString spoken = tr("%1 %2, %3, %4").arg(e.lastName, e.firstName, what, text);
    const QString problem = problemAt(index.row(), c);
    if (!problem.isEmpty())
        spoken += tr(", problème : %1").arg(problem);
    return spoken;
}

QVariant HoursGridModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Column &c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString problem = problemAt(index.row(), c);
        const QString text = cellText(index.row(), c, false);
        return problem.isEmpty() ? text : problemSign + text;
    }
    case Qt::EditRole:
    case CopyTextRole:
        return cellText(index.row(), c, true);
    case ProblemRole:
        return problemAt(index.row(), c);
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row(), c);
        if (!problem.isEmpty())
            return problem;
        if (c.week >= 0 && c.field == Field::Indemnifiable) {
            const auto &weeks = m_document->row(index.row()).result.weeks;
            if (c.week < weeks.size())
                return tr("Plafond de la semaine : %1 h").arg(gridtext::hours(weeks[c.week].cap));
        }
        return {};
    }
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    case Qt::AccessibleDescriptionRole:
        return problemAt(index.row(), c);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!problemAt(index.row(), c).isEmpty())
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (!isEntered(index))
            return QPalette().brush(QPalette::AlternateBase);
        return {};
    case Qt::FontRole:
        if (c.week < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant HoursGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const domain::ClaimEmployee &e = m_document->employee(section);
        const QString name = QStringLiteral("%1 %2").arg(e.lastName.toUpper(), e.firstName);
        QStringList problems;
        for (const domain::Problem &p : m_document->row(section).result.problems)
            problems << p.message;
        switch (role) {
        case Qt::DisplayRole:
            return problems.isEmpty() ? name : problemSign + name;
        case Qt::AccessibleTextRole:
            return problems.isEmpty() ? name
                                      : tr("%1, %n problème(s)", nullptr, int(problems.size()))
                                            .arg(name);
        case Qt::ToolTipRole:
            return problems.isEmpty()
                       ? tr("%1 — matricule %2, NIR %3").arg(name, e.matricule, e.nir)
                       : problems.join(QLatin1Char('\n'));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Column &c = m_columns.at(section);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (c.week < 0) {
        switch (c.total) {
        case Total::Hours:
            return role == Qt::DisplayRole ? tr("Heures\nindemnisables")
                                           : tr("heures indemnisables du mois");
        case Total::Indemnity:
            return role == Qt::DisplayRole ? tr("Indemnité\nsalarié") : tr("indemnité du salarié");
        case Total::Allocation:
            return role == Qt::DisplayRole ? tr("Allocation\nemployeur")
                                           : tr("allocation de l'employeur");
        }
        return {};
    }
    const domain::WeekPart &week = m_document->weeks().at(c.week);
    const QString dates = week.first == week.last
                              ? gridtext::dayMonth(week.first)
                              : tr("%1–%2").arg(gridtext::dayMonth(week.first),
                                                gridtext::dayMonth(week.last));
    if (role == Qt::DisplayRole) {
        QString shortLabel;
        switch (c.field) {
        case Field::Worked:
            shortLabel = tr("Travaillées");
            break;
        case Field::TreatedAsWorked:
            shortLabel = tr("Assimilées");
            break;
        case Field::Chomees:
            shortLabel = tr("Chômées");
            break;
        case Field::HalfDays:
            shortLabel = tr("½ j. non trav.");
            break;
        case Field::Indemnifiable:
            shortLabel = tr("= Indemnisables");
            break;
        }
        return tr("Sem. %1\n%2").arg(dates, shortLabel);
    }
    return tr("semaine du %1, %2").arg(dates, fieldLabel(c.field));
}

HoursGridModel::Parsed HoursGridModel::parse(const QModelIndex &index,
                                             const QString &text) const {
    if (!index.isValid())
        return {};
    const int week = m_columns.at(index.column()).week;
    return parse(index, text,
                 week >= 0 ? m_document->row(index.row()).weeks[week] : std::nullopt);
}

HoursGridModel::Parsed HoursGridModel::parse(const QModelIndex &index, const QString &text,
                                             const std::optional<store::WeekHours> &base) const {
    Parsed out;
    if (!index.isValid() || !isEntered(index)) {
        out.error = tr("Cette case est calculée ou ne concerne pas ce salarié : elle ne se "
                       "saisit pas.");
        return out;
    }
    const Column &c = m_columns.at(index.column());
    store::WeekHours hours = base.value_or(store::WeekHours{});
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        // Cleared: the figure goes; the week goes with its last figure.
        switch (c.field) {
        case Field::Worked:
            hours.worked = {};
            break;
        case Field::TreatedAsWorked:
            hours.treatedAsWorked = {};
            break;
        case Field::Chomees:
            hours.chomees = {};
            break;
        case Field::HalfDays:
            hours.halfDaysNotWorked = 0;
            break;
        case Field::Indemnifiable:
            break;
        }
        out.ok = true;
        const bool empty = hours.worked.isZero() && hours.treatedAsWorked.isZero() &&
                           hours.chomees.isZero() && hours.halfDaysNotWorked == 0;
        if (!empty)
            out.hours = hours;
        return out;
    }
    if (c.field == Field::HalfDays) {
        bool ok = false;
        const int halves = trimmed.toInt(&ok);
        if (!ok || halves < 0 || halves > 14) {
            out.error = tr("« %1 » : un nombre entier de demi-journées est attendu (0 à 14 ; "
                           "une journée = 2 demi-journées).")
                            .arg(trimmed);
            return out;
        }
        hours.halfDaysNotWorked = halves;
    } else {
        const auto parsed = domain::Hours::parse(trimmed);
        if (!parsed) {
            out.error = tr("« %1 » : %2").arg(trimmed, parsed.error());
            return out;
        }
        switch (c.field) {
        case Field::Worked:
            hours.worked = *parsed;
            break;
        case Field::TreatedAsWorked:
            hours.treatedAsWorked = *parsed;
            break;
        default:
            hours.chomees = *parsed;
            break;
        }
    }
    out.ok = true;
    out.hours = hours;
    return out;
}

bool HoursGridModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Parsed parsed = parse(index, value.toString());
    if (!parsed.ok) {
        emit writeFailed(parsed.error);
        return false;
    }
    emit editRequested({{index.row(), m_columns.at(index.column()).week, parsed.hours}},
                       tr("Saisie de %1").arg(headerData(index.column(), Qt::Horizontal,
                                                         Qt::AccessibleTextRole)
                                                  .toString()));
    return true;
}

QModelIndex HoursGridModel::indexOf(const domain::Problem &problem) const {
    if (problem.matricule.isEmpty())
        return {};
    const int row = m_document->rowOfMatricule(problem.matricule);
    if (row < 0)
        return {};
    if (!problem.week.isValid())
        return index(row, indemnityColumn());
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns[c];
        if (col.week < 0 || col.week >= m_document->row(row).result.weeks.size())
            continue;
        if (m_document->row(row).result.weeks.at(col.week).monday != problem.week)
            continue;
        if (problem.field == problemField(col.field) || problem.field == QLatin1String("week"))
            return index(row, c);
    }
    return index(row, 0);
}

QString HoursGridModel::totalText(int section) const {
    if (section < 0 || section >= columnCount())
        return {};
    const Column &c = m_columns.at(section);
    if (c.week >= 0)
        return c.field == Field::Indemnifiable ? gridtext::hours(m_document->weekTotal(c.week))
                                               : QString();
    switch (c.total) {
    case Total::Hours:
        return gridtext::hours(m_document->totalHours());
    case Total::Indemnity:
        return gridtext::money(m_document->totalIndemnity());
    case Total::Allocation:
        return gridtext::money(m_document->totalAllocation());
    }
    return {};
}

} // namespace apdesk::ui
