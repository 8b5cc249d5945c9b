#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace apdesk::ui {

class MailboxModel;
class MailboxWatcher;

// "Messagerie": the simulated mails, a list and a reading pane. Opening a mail marks it read.
class MailboxWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxWindow)

public:
    MailboxWindow(MailboxModel *model, MailboxWatcher *watcher, QWidget *parent = nullptr);

private:
    void showMail(const QModelIndex &index);
    void updateState();

    MailboxModel *m_model;
    MailboxWatcher *m_watcher;
    QLabel *m_state = nullptr;
    QTableView *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace apdesk::ui
