#include "nopastelineedit.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace apdesk::ui {

NoPasteLineEdit::NoPasteLineEdit(QWidget *parent)
    : QLineEdit(parent) {
    setAcceptDrops(false);
}

bool NoPasteLineEdit::event(QEvent *event) {
    // A paste shortcut bound elsewhere in the window must not be triggered from here either:
    // claim it, then refuse it in keyPressEvent.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void NoPasteLineEdit::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Paste)) {
        event->accept();
        emit pasteRefused();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void NoPasteLineEdit::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The standard menu's actions have neither object names nor shortcuts: the paste action is
    // recognised by its text, which Qt builds from the same translated "&Paste" string.
    const QString pasteText = QCoreApplication::translate("QLineEdit", "&Paste");
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().section(QLatin1Char('\t'), 0, 0) == pasteText) {
            menu->removeAction(action);
            action->deleteLater();
        }
    }
    menu->popup(event->globalPos());
}

void NoPasteLineEdit::dragEnterEvent(QDragEnterEvent *event) {
    event->ignore();
}

void NoPasteLineEdit::dragMoveEvent(QDragMoveEvent *event) {
    event->ignore();
}

void NoPasteLineEdit::dropEvent(QDropEvent *event) {
    // Reached only when a drop is delivered without a drag enter (a synthesized event): refuse.
    event->ignore();
    emit pasteRefused();
}

void NoPasteLineEdit::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::MiddleButton) {
        event->accept();
        return;
    }
    QLineEdit::mousePressEvent(event);
}

void NoPasteLineEdit::mouseReleaseEvent(QMouseEvent *event) {
    // X11 pastes its selection on a middle click.
    if (event->button() == Qt::MiddleButton) {
        event->accept();
        emit pasteRefused();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace apdesk::ui
