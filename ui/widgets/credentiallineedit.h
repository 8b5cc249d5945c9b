#pragma once

#include <QLineEdit>

namespace apdesk::ui {

// The identifiant and password fields of the login screen. The guide recommends copying them
// from the mails, where each stands between square brackets ("[jdupont1]"); what is pasted here
// — by shortcut, context menu, drop or middle click — loses the brackets and spaces around it.
// Typed text is kept as it is (a chosen password may contain brackets).
class CredentialLineEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialLineEdit)

public:
    explicit CredentialLineEdit(QWidget *parent = nullptr);

    // "  [jdupont1] " → "jdupont1"; inner characters are never touched.
    static QString cleanPasted(const QString &text);

    // Inserts the clipboard's text, cleaned, at the cursor (what every paste route ends in).
    void pasteCleaned();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace apdesk::ui
