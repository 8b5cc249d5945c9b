#include "mailboxmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace apdesk::ui {

MailboxModel::MailboxModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MailboxModel::setMails(QList<Mail> mails) {
    QList<Mail> incoming = std::move(mails);
    std::stable_sort(incoming.begin(), incoming.end(),
                     [](const Mail &a, const Mail &b) { return a.sentAt > b.sentAt; });

    const auto sameIds = [&] {
        if (incoming.size() != m_mails.size())
            return false;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (incoming.at(i).id != m_mails.at(i).id)
                return false;
        }
        return true;
    };
    if (sameIds())
        return; // mails never change once sent: nothing to redraw
    const int before = unreadCount();
    beginResetModel();
    m_mails = std::move(incoming);
    endResetModel();
    if (unreadCount() != before)
        emit unreadCountChanged(unreadCount());
}

void MailboxModel::setReadIds(const QSet<QString> &ids) {
    const int before = unreadCount();
    m_read = ids;
    if (!m_mails.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (unreadCount() != before)
        emit unreadCountChanged(unreadCount());
}

void MailboxModel::markRead(int row) {
    if (row < 0 || row >= m_mails.size() || m_read.contains(m_mails.at(row).id))
        return;
    m_read.insert(m_mails.at(row).id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit unreadCountChanged(unreadCount());
}

int MailboxModel::unreadCount() const {
    return int(std::count_if(m_mails.cbegin(), m_mails.cend(),
                             [this](const Mail &m) { return !m_read.contains(m.id); }));
}

int MailboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_mails.size());
}

int MailboxModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mail &mail = m_mails.at(index.row());
    const bool read = m_read.contains(mail.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SentAtColumn:
            return QLocale().toString(mail.sentAt.toLocalTime(), QLocale::ShortFormat);
        case ToColumn:
            return mail.to;
        case SubjectColumn:
            return mail.subject;
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        // Each column its own text, as a screen reader reads a row cell by cell; whether the
        // mail is read comes first, with its date.
        switch (index.column()) {
        case SentAtColumn: {
            const QString date =
                QLocale().toString(mail.sentAt.toLocalTime(), QLocale::ShortFormat);
            return read ? tr("Reçu le %1").arg(date) : tr("Non lu, reçu le %1").arg(date);
        }
        case ToColumn:
            return tr("À : %1").arg(mail.to);
        case SubjectColumn:
            return tr("Objet : %1").arg(mail.subject);
        default:
            return {};
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(!read);
        return font;
    }
    case BodyRole:
        return mail.body;
    case IdRole:
        return mail.id;
    case ReadRole:
        return read;
    default:
        return {};
    }
}

QVariant MailboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentAtColumn:
        return tr("Reçu le");
    case ToColumn:
        return tr("Destinataire");
    case SubjectColumn:
        return tr("Objet");
    default:
        return {};
    }
}

} // namespace apdesk::ui
