#pragma once

#include <QTableView>

namespace apdesk::ui {

class HoursGridEditor;
class HoursGridModel;

// The hours grid with a spreadsheet's habits: Enter moves down (also after typing), Tab moves
// right, typing replaces the cell, F2 edits it, Delete clears the selection, Ctrl+C / Ctrl+V copy
// and paste rectangular ranges as Excel and LibreOffice exchange them (tab-separated text).
class HoursGridView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursGridView)

public:
    explicit HoursGridView(QWidget *parent = nullptr);

    void setGrid(HoursGridModel *model, HoursGridEditor *editor);

    void copySelection();
    void pasteClipboard();
    void clearSelection();
    void moveToRow(int row);
    void moveToColumn(int column);

signals:
    // The clerk asked why the current employee's amounts are what they are.
    void explainRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    HoursGridModel *m_grid = nullptr;
    HoursGridEditor *m_editor = nullptr;
};

} // namespace apdesk::ui
