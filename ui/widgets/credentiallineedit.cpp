#include "credentiallineedit.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>

namespace apdesk::ui {

CredentialLineEdit::CredentialLineEdit(QWidget *parent)
    : QLineEdit(parent) {}

QString CredentialLineEdit::cleanPasted(const QString &text) {
    QString cleaned = text.trimmed();
    // Brackets may come alone ("[jdupont1" when the selection stopped short) or nested in
    // spaces ("[ jdupont1 ]"): peel both ends until nothing changes.
    for (;;) {
        const qsizetype before = cleaned.size();
        if (cleaned.startsWith(QLatin1Char('[')))
            cleaned.remove(0, 1);
        if (cleaned.endsWith(QLatin1Char(']')))
            cleaned.chop(1);
        cleaned = cleaned.trimmed();
        if (cleaned.size() == before)
            return cleaned;
    }
}

void CredentialLineEdit::pasteCleaned() {
    insert(cleanPasted(QApplication::clipboard()->text()));
}

void CredentialLineEdit::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Paste)) {
        event->accept();
        pasteCleaned();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CredentialLineEdit::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Reroute the standard paste action (recognised by Qt's own translated text) to ours.
    const QString pasteText = QCoreApplication::translate("QLineEdit", "&Paste");
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().section(QLatin1Char('\t'), 0, 0) == pasteText) {
            action->disconnect(this); // only its link to QLineEdit::paste
            connect(action, &QAction::triggered, this, &CredentialLineEdit::pasteCleaned);
        }
    }
    menu->popup(event->globalPos());
}

void CredentialLineEdit::dropEvent(QDropEvent *event) {
    if (event->mimeData()->hasText()) {
        event->acceptProposedAction();
        insert(cleanPasted(event->mimeData()->text()));
        return;
    }
    QLineEdit::dropEvent(event);
}

void CredentialLineEdit::mouseReleaseEvent(QMouseEvent *event) {
    QClipboard *clipboard = QApplication::clipboard();
    if (event->button() == Qt::MiddleButton && clipboard->supportsSelection()) {
        event->accept();
        insert(cleanPasted(clipboard->text(QClipboard::Selection)));
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace apdesk::ui
