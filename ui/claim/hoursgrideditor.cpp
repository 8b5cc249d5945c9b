#include "hoursgrideditor.h"

#include "hoursgridmodel.h"

#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace apdesk::ui {

namespace {

using CellWrite = ClaimDocument::CellWrite;

// One step: the weeks as they were (`before`) and as they became (`after`), by employee rather
// than by row, so that a step survives a reload that renumbers the rows (employees added or
// removed, an import). The first redo, when the step is pushed, does nothing: apply() has
// written it already.
class WriteWeeksCommand final : public QUndoCommand {
public:
    struct EmployeeWeek {
        qint64 employeeId = 0;
        int week = 0;
        std::optional<store::WeekHours> hours;
    };

    WriteWeeksCommand(HoursGridEditor *editor, ClaimDocument *document,
                      const QList<CellWrite> &before, const QList<CellWrite> &after,
                      const QString &label)
        : QUndoCommand(label)
        , m_editor(editor)
        , m_document(document)
        , m_before(byEmployee(before))
        , m_after(byEmployee(after)) {}

    void redo() override {
        if (m_written) {
            m_written = false;
            return;
        }
        write(m_after);
    }
    void undo() override { write(m_before); }

private:
    QList<EmployeeWeek> byEmployee(const QList<CellWrite> &writes) const {
        QList<EmployeeWeek> weeks;
        weeks.reserve(writes.size());
        for (const CellWrite &w : writes)
            weeks.append({m_document->row(w.row).employeeId, w.week, w.hours});
        return weeks;
    }

    void write(const QList<EmployeeWeek> &weeks) {
        QList<CellWrite> writes;
        writes.reserve(weeks.size());
        for (const EmployeeWeek &w : weeks) {
            const int row = m_document->rowOfEmployee(w.employeeId);
            if (row < 0) {
                setObsolete(true);
                emit m_editor->failed(HoursGridEditor::tr(
                    "Cette étape ne peut plus être refaite : un de ses salariés n'est plus dans "
                    "la demande."));
                return;
            }
            writes.append({row, w.week, w.hours});
        }
        QString error;
        if (!m_document->write(writes, &error)) {
            setObsolete(true); // the stack drops a step that cannot be replayed
            emit m_editor->failed(error);
        }
    }

    HoursGridEditor *m_editor;
    ClaimDocument *m_document;
    QList<EmployeeWeek> m_before;
    QList<EmployeeWeek> m_after;
    bool m_written = true;
};

quint64 cellKey(int row, int week) {
    return (quint64(quint32(row)) << 8) | quint64(week & 0xff);
}

} // namespace

HoursGridEditor::HoursGridEditor(HoursGridModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_document(model->document())
    , m_undo(new QUndoStack(this)) {
    connect(model, &HoursGridModel::editRequested, this,
            [this](const QList<CellWrite> &writes, const QString &label) {
                apply(writes, label);
            });
    connect(model, &HoursGridModel::writeFailed, this, &HoursGridEditor::failed);
}

bool HoursGridEditor::apply(const QList<CellWrite> &after, const QString &label) {
    if (after.isEmpty())
        return true;
    QList<CellWrite> before;
    before.reserve(after.size());
    for (const CellWrite &w : after)
        before.append({w.row, w.week, m_document->row(w.row).weeks[w.week]});
    QString error;
    if (!m_document->write(after, &error)) {
        emit failed(error);
        return false;
    }
    // Undo writes back in reverse, so that a week written twice in one step ends as it began.
    std::reverse(before.begin(), before.end());
    m_undo->push(new WriteWeeksCommand(this, m_document, before, after, label));
    return true;
}

bool HoursGridEditor::clear(const QModelIndexList &cells) {
    QList<CellWrite> writes;
    QHash<quint64, qsizetype> pending; // (row, week) → its entry in `writes`
    for (const QModelIndex &cell : cells) {
        if (!(m_model->flags(cell) & Qt::ItemIsEditable))
            continue;
        const int week = m_model->column(cell.column()).week;
        const quint64 key = cellKey(cell.row(), week);
        const auto at = pending.constFind(key);
        const auto base = at == pending.cend() ? m_document->row(cell.row()).weeks[week]
                                               : writes[*at].hours;
        const auto parsed = m_model->parse(cell, QString(), base);
        if (at == pending.cend()) {
            pending.insert(key, writes.size());
            writes.append({cell.row(), week, parsed.hours});
        } else {
            writes[*at].hours = parsed.hours;
        }
    }
    return apply(writes, tr("Effacement de %n case(s)", nullptr, int(cells.size())));
}

bool HoursGridEditor::paste(const QModelIndex &topLeft, const QString &text) {
    if (!topLeft.isValid())
        return false;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the line end after the last row
    if (lines.isEmpty()) {
        emit failed(tr("Le presse-papiers ne contient rien à coller."));
        return false;
    }
    QList<QStringList> block;
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        block.append(line.split(QLatin1Char('\t')));
    }
    const qsizetype width = block.first().size();
    for (qsizetype r = 0; r < block.size(); ++r) {
        if (block[r].size() != width) {
            emit failed(tr("Collage refusé : la ligne %1 du texte copié a %2 case(s), la "
                           "première en a %3 ; un bloc rectangulaire est attendu. Rien n'a "
                           "été modifié.")
                            .arg(r + 1)
                            .arg(block[r].size())
                            .arg(width));
            return false;
        }
    }
    const int lastRow = topLeft.row() + int(block.size()) - 1;
    const int lastColumn = topLeft.column() + int(width) - 1;
    if (lastRow >= m_model->rowCount() || lastColumn >= m_model->columnCount()) {
        emit failed(tr("Collage refusé : le bloc copié (%1 ligne(s) × %2 colonne(s)) dépasse la "
                       "grille à partir de la case choisie. Rien n'a été modifié.")
                        .arg(block.size())
                        .arg(width));
        return false;
    }
    if (!m_document->isEditable()) {
        emit failed(tr("Collage refusé : cette demande ne se modifie plus (elle a quitté la "
                       "préparation). Rien n'a été modifié."));
        return false;
    }
    // "Dupont Paul, semaine du 06/04, heures travaillées": where a refused cell is.
    const auto where = [this](const QModelIndex &cell) {
        return tr("%1, %2").arg(
            m_model->headerData(cell.row(), Qt::Vertical, Qt::DisplayRole).toString(),
            m_model->headerData(cell.column(), Qt::Horizontal, Qt::AccessibleTextRole).toString());
    };
    QList<CellWrite> writes;
    QHash<quint64, qsizetype> pending;
    for (qsizetype r = 0; r < block.size(); ++r) {
        for (qsizetype c = 0; c < width; ++c) {
            const QModelIndex cell =
                m_model->index(topLeft.row() + int(r), topLeft.column() + int(c));
            if (!(m_model->flags(cell) & Qt::ItemIsEditable)) {
                // A computed cell (indemnifiable hours, the employee's amounts) follows from
                // the figures beside it: what lands on it is left aside, so that a block copied
                // from the grid itself — computed columns included — pastes onto other
                // employees. So is an empty cell of the other kind of employee (half-days for an
                // hourly one, hours for a forfait-jours one); a figure there is refused.
                if (m_model->isComputed(cell) || block[r][c].trimmed().isEmpty())
                    continue;
                emit failed(tr("Collage refusé : la case « %1 » ne se saisit pas (ligne %2, "
                               "colonne %3 du bloc copié). Rien n'a été modifié.")
                                .arg(where(cell))
                                .arg(r + 1)
                                .arg(c + 1));
                return false;
            }
            const int week = m_model->column(cell.column()).week;
            const quint64 key = cellKey(cell.row(), week);
            const auto at = pending.constFind(key);
            const auto base = at == pending.cend() ? m_document->row(cell.row()).weeks[week]
                                                   : writes[*at].hours;
            const auto parsed = m_model->parse(cell, block[r][c], base);
            if (!parsed.ok) {
                emit failed(tr("Collage refusé, ligne %1, colonne %2 du bloc copié (%3) : %4 "
                               "Rien n'a été modifié.")
                                .arg(r + 1)
                                .arg(c + 1)
                                .arg(where(cell), parsed.error));
                return false;
            }
            if (at == pending.cend()) {
                pending.insert(key, writes.size());
                writes.append({cell.row(), week, parsed.hours});
            } else {
                writes[*at].hours = parsed.hours;
            }
        }
    }
    if (writes.isEmpty()) {
        emit failed(tr("Collage refusé : aucune case du bloc (%1 ligne(s) × %2 colonne(s)) ne "
                       "se saisit à partir de la case choisie ; les heures indemnisables et "
                       "les montants sont calculés. Rien n'a été modifié.")
                        .arg(block.size())
                        .arg(width));
        return false;
    }
    return apply(writes, tr("Collage de %1 × %2 cases").arg(block.size()).arg(width));
}

QString HoursGridEditor::copy(const QModelIndexList &cells) const {
    if (cells.isEmpty())
        return {};
    int top = cells.first().row(), bottom = top;
    int left = cells.first().column(), right = left;
    for (const QModelIndex &cell : cells) {
        top = std::min(top, cell.row());
        bottom = std::max(bottom, cell.row());
        left = std::min(left, cell.column());
        right = std::max(right, cell.column());
    }
    QString text;
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            if (c > left)
                text += QLatin1Char('\t');
            text += m_model->index(r, c).data(HoursGridModel::CopyTextRole).toString();
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace apdesk::ui
