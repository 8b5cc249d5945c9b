#pragma once

#include <QDialog>

class QLabel;
class QTableView;
class QTextBrowser;

namespace apdesk::ui {

class MailboxModel;
class MailboxWatcher;

// "Messagerie": the simulated mails, a list and a reading pane, as a window of its own with its
// Fermer button. A mail opens in the pane, and is marked read, only when the clerk chooses it:
// Enter or a double click (activation), a click, arrow keys, or a screen reader's select action;
// the list taking the focus (which makes its first row current) opens nothing.
class MailboxWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxWindow)

public:
    MailboxWindow(MailboxModel *model, MailboxWatcher *watcher, QWidget *parent = nullptr);

    // Opens the mail of that row in the reading pane and marks it read.
    void openMail(int row);

private:
    void updateState();

    MailboxModel *m_model;
    MailboxWatcher *m_watcher;
    QLabel *m_state = nullptr;
    QTableView *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace apdesk::ui
