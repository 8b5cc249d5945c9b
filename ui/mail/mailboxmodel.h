#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

class QJsonArray;

namespace apdesk::ui {

// The simulated mails, newest first, with what was already read. Read state is kept by mail id
// so that reloading the list from the service keeps it.
class MailboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxModel)

public:
    enum Column { SentAtColumn, ToColumn, SubjectColumn, ColumnCount };
    enum Role { BodyRole = Qt::UserRole + 1, IdRole, ReadRole };

    struct Mail {
        QString id;
        QString from;
        QString to;
        QString subject;
        QString body;
        QDateTime sentAt;
    };

    explicit MailboxModel(QObject *parent = nullptr);

    // Replaces the mails with the service's list ([{id, from, to, subject, body, sentAt}]),
    // keeping rows that did not change.
    void setMails(const QJsonArray &mails);
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
