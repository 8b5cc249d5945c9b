#pragma once

#include <QLineEdit>

namespace apdesk::ui {

// A line edit that must be typed by hand: the extranet refuses pasted e-mail addresses in the
// account request, so that a typo is not copied into both fields of a pair. Every way of pasting
// is refused — the paste shortcuts (Ctrl+V, Shift+Insert…), the context menu, drag and drop and
// the middle click of X11's selection — and each refusal is signalled so the form can say why.
class NoPasteLineEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoPasteLineEdit)

public:
    explicit NoPasteLineEdit(QWidget *parent = nullptr);

signals:
    void pasteRefused();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace apdesk::ui
