#pragma once

#include "client/asptypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace apdesk::ui {

// The simulated mails, newest first, with what was already read. Read state is kept by mail id
// so that reloading the list from the service keeps it.
class MailboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxModel)

public:
    enum Column { SentAtColumn, ToColumn, SubjectColumn, ColumnCount };
    enum Role { BodyRole = Qt::UserRole + 1, IdRole, ReadRole };

    using Mail = client::Mail;

    explicit MailboxModel(QObject *parent = nullptr);

    // Replaces the mails with the service's list, keeping rows that did not change.
    void setMails(QList<Mail> mails);
    void setReadIds(const QSet<QString> &ids);
    QSet<QString> readIds() const { return m_read; }
    void markRead(int row);
    int unreadCount() const;
    const Mail &mail(int row) const { return m_mails.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void unreadCountChanged(int count);

private:
    QList<Mail> m_mails;
    QSet<QString> m_read;
};

} // namespace apdesk::ui
