#pragma once

#include "sql.h"

#include <QJsonArray>
#include <QString>

namespace apdesk::aspsim {

// One mail the simulated ASP sends.
struct Mail {
    QString to;
    QString subject;
    QString body;
};

// The simulated inboxes: every mail the service "sends" is kept here, and the admin route
// GET /sim/mailbox reads them back (the program's "Messagerie").
class Mailbox final {
public:
    // The sender of every mail, as in the real ones.
    static QString sender() { return QStringLiteral("notifications-ap@asp-public.fr"); }

    explicit Mailbox(Sql sql)
        : m_sql(std::move(sql)) {}

    bool send(const Mail &mail, qint64 now);
    // [{id, from, to, subject, body, sentAt}] oldest first; every mail when `to` is empty.
    QJsonArray list(const QString &to) const;

private:
    Sql m_sql;
};

} // namespace apdesk::aspsim
