#include "hoursgridview.h"

#include "hoursgrideditor.h"
#include "hoursgridmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace apdesk::ui {

HoursGridView::HoursGridView(QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("hoursGrid"));
    setAccessibleName(tr("Heures des salariés"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    setWordWrap(false);
    setCornerButtonEnabled(true);
    // Fixed row heights: 20,000 rows are laid out without measuring any.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('0')) *
                                              9);

    const auto addShortcut = [this](const QString &text, const QKeySequence &key,
                                    const char *name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(tr("Copier"), QKeySequence::Copy, "copyCellsAction", &HoursGridView::copySelection);
    addShortcut(tr("Coller"), QKeySequence::Paste, "pasteCellsAction",
                &HoursGridView::pasteClipboard);
    addShortcut(tr("Effacer"), QKeySequence(Qt::Key_Delete), "clearCellsAction",
                &HoursGridView::clearSelection);
    addShortcut(tr("Pourquoi ce montant ?"), QKeySequence(Qt::CTRL | Qt::Key_I), "explainAction",
                [this] {
                    if (currentIndex().isValid())
                        emit explainRequested(currentIndex().row());
                });
}

void HoursGridView::setGrid(HoursGridModel *model, HoursGridEditor *editor) {
    m_grid = model;
    m_editor = editor;
    setModel(model);
}

void HoursGridView::copySelection() {
    if (!m_editor)
        return;
    const QString text = m_editor->copy(selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void HoursGridView::pasteClipboard() {
    if (m_editor && currentIndex().isValid())
        m_editor->paste(currentIndex(), QApplication::clipboard()->text());
}

void HoursGridView::clearSelection() {
    if (m_editor)
        m_editor->clear(selectionModel()->selectedIndexes());
}

void HoursGridView::moveToRow(int row) {
    const QModelIndex current = currentIndex();
    if (!current.isValid() || row < 0 || row >= model()->rowCount())
        return;
    setCurrentIndex(model()->index(row, current.column()));
}

void HoursGridView::moveToColumn(int column) {
    const QModelIndex current = currentIndex();
    if (!current.isValid() || column < 0 || column >= model()->columnCount())
        return;
    setCurrentIndex(model()->index(current.row(), column));
}

void HoursGridView::keyPressEvent(QKeyEvent *event) {
    // Enter on a cell that is not being edited moves down, as in a spreadsheet.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        moveToRow(currentIndex().row() + 1);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Backspace && state() != QAbstractItemView::EditingState) {
        clearSelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void HoursGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) {
    // Qt's delegates end an edit with Enter as "submit" and with Tab by opening the next cell's
    // editor; a spreadsheet moves the cursor down or right and opens nothing.
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex current = currentIndex();
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        moveToRow(current.row() + 1);
        break;
    case QAbstractItemDelegate::EditNextItem:
        moveToColumn(current.column() + 1);
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        moveToColumn(current.column() - 1);
        break;
    default:
        break;
    }
}

void HoursGridView::contextMenuEvent(QContextMenuEvent *event) {
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid() && !selectionModel()->isSelected(at))
        setCurrentIndex(at);
    QMenu menu(this);
    menu.addActions(actions());
    menu.exec(event->globalPos());
}

} // namespace apdesk::ui
