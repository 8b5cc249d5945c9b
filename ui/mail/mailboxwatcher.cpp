#include "mailboxwatcher.h"

#include "client/aspclient.h"
#include "mailboxmodel.h"

#include <QSettings>
#include <QTimer>

namespace apdesk::ui {

namespace {
const QString addressesKey = QStringLiteral("mail/addresses");
const QString readIdsKey = QStringLiteral("mail/readIds");
} // namespace

MailboxWatcher::MailboxWatcher(client::AspClient *client, QSettings *settings, MailboxModel *model,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_model(model)
    , m_timer(new QTimer(this)) {
    m_addresses = m_settings->value(addressesKey).toStringList();
    const QStringList read = m_settings->value(readIdsKey).toStringList();
    m_model->setReadIds(QSet<QString>(read.cbegin(), read.cend()));
    connect(m_model, &MailboxModel::unreadCountChanged, this, &MailboxWatcher::saveReadState);
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MailboxWatcher::refresh);
    m_timer->start();
    QTimer::singleShot(0, this, &MailboxWatcher::refresh);
}

void MailboxWatcher::addAddress(const QString &email) {
    const QString address = email.trimmed().toLower();
    if (address.isEmpty() || m_addresses.contains(address))
        return;
    m_addresses.append(address);
    m_settings->setValue(addressesKey, m_addresses);
    refresh();
}

void MailboxWatcher::saveReadState() {
    const QSet<QString> read = m_model->readIds();
    m_settings->setValue(readIdsKey, QStringList(read.cbegin(), read.cend()));
}

void MailboxWatcher::refresh() {
    if (m_reading)
        return;
    m_reading = true;
    readNext(0, {});
}

void MailboxWatcher::readNext(int index, QList<client::Mail> collected) {
    if (index >= m_addresses.size()) {
        m_reading = false;
        m_model->setMails(std::move(collected));
        emit refreshed();
        return;
    }
    m_client->fetchMail(
        m_addresses.at(index),
        client::within(this, [this, index, collected = std::move(collected)](
                                 const client::Outcome<QList<client::Mail>> &outcome) mutable {
            QString reason;
            if (!outcome.isOk()) {
                const client::ApiError &error = outcome.error();
                reason = error.httpStatus == 404
                             ? tr("Le service de l'ASP auquel AP Desk est relié n'expose pas de "
                                  "messagerie simulée (routes d'administration absentes : "
                                  "lancez-le avec --admin).")
                             : error.message;
            }
            if (reason != m_unavailableReason) {
                m_unavailableReason = reason;
                emit availabilityChanged();
            }
            if (!reason.isEmpty()) {
                m_reading = false;
                return; // keep the mails already shown
            }
            collected.append(outcome.value());
            readNext(index + 1, std::move(collected));
        }));
}

} // namespace apdesk::ui
