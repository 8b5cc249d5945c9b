#pragma once

#include "claimdocument.h"

#include <QModelIndexList>
#include <QObject>

class QUndoStack;

namespace apdesk::ui {

class HoursGridModel;

// Every change to the hours of an open claim, as undo steps (QUndoStack): a typed figure, a
// cleared selection, a pasted block. Each step is one transaction in the store; undoing it
// writes back what the cells held before, also in one transaction.
class HoursGridEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursGridEditor)

public:
    HoursGridEditor(HoursGridModel *model, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

    // Writes `after` as one undo step named `label`. False (and `failed` emitted, nothing
    // changed) when the store refused.
    bool apply(const QList<ClaimDocument::CellWrite> &after, const QString &label);

    // Empties the figures typed in `cells` (the others are skipped), as one step.
    bool clear(const QModelIndexList &cells);
    // Pastes tab-separated text (as Excel and LibreOffice copy a range) from `topLeft`, as one
    // step. Nothing changes when one value does not fit: `failed` says which and why.
    bool paste(const QModelIndex &topLeft, const QString &text);
    // The cells' bounding rectangle as tab-separated text with French decimals.
    QString copy(const QModelIndexList &cells) const;

signals:
    void failed(const QString &message);

private:
    HoursGridModel *m_model;
    ClaimDocument *m_document;
    QUndoStack *m_undo;
};

} // namespace apdesk::ui
