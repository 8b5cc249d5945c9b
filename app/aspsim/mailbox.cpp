#include "mailbox.h"

#include <QDateTime>
#include <QJsonObject>

namespace apdesk::aspsim {

bool Mailbox::send(const Mail &mail, qint64 now) {
    return m_sql.exec(QStringLiteral("INSERT INTO mails (sent_at, sender, recipient, subject, "
                                     "body) VALUES (?, ?, ?, ?, ?)"),
                      {now, sender(), mail.to.trimmed(), mail.subject, mail.body});
}

QJsonArray Mailbox::list(const QString &to) const {
    QJsonArray mails;
    const QString all = QStringLiteral("SELECT id, sent_at, sender, recipient, subject, body FROM "
                                       "mails ORDER BY id");
    const QString one = QStringLiteral("SELECT id, sent_at, sender, recipient, subject, body FROM "
                                       "mails WHERE recipient = ? ORDER BY id");
    auto q = to.trimmed().isEmpty() ? m_sql.run(all) : m_sql.run(one, {to.trimmed()});
    while (q && q->next()) {
        mails.append(QJsonObject{
            {QStringLiteral("id"), q->value(0).toLongLong()},
            {QStringLiteral("sentAt"),
             QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC)
                 .toString(Qt::ISODate)},
            {QStringLiteral("from"), q->value(2).toString()},
            {QStringLiteral("to"), q->value(3).toString()},
            {QStringLiteral("subject"), q->value(4).toString()},
            {QStringLiteral("body"), q->value(5).toString()},
        });
    }
    return mails;
}

} // namespace apdesk::aspsim
