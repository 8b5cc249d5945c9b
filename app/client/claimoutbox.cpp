#include "claimoutbox.h"

#include "domain/claim/claimjson.h"
#include "store/claimcomputer.h"
#include "store/outboxrepository.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

namespace apdesk::client {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClaimOutbox)
};

store::Result<store::OutboxEntry> refused(const QString &message) {
    return store::Result<store::OutboxEntry>::fail(
        sqlite::Error::make(sqlite::ErrorKind::Refused, message));
}

} // namespace

ClaimOutbox::ClaimOutbox(const store::Store &store, AspClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client) {}

store::Result<store::OutboxEntry> ClaimOutbox::enqueue(qint64 claimId) const {
    const store::ClaimComputer computer(m_store);
    if (!computer.error().isEmpty())
        return refused(computer.error());
    const auto computed =
        computer.compute(claimId, m_store.now().date(), domain::Reasons::Skipped);
    if (!computed.isOk())
        return store::Result<store::OutboxEntry>::failWith(computed);
    if (!computed->assembled.decisionKnown) {
        return refused(Text::tr("La décision n° %1 de cette demande n'est pas connue du "
                                "programme : connectez-vous une fois pour la télécharger, puis "
                                "envoyez la demande.")
                           .arg(computed->assembled.record.decisionNumber));
    }
    QList<domain::Problem> blocking;
    for (const domain::Problem &p : computed->result.problems()) {
        if (p.level == domain::Problem::Level::Blocking)
            blocking.append(p);
    }
    if (!blocking.isEmpty()) {
        return refused(Text::tr("La demande n'est pas envoyée : %n problème(s) bloquant(s) à "
                                "corriger d'abord. Premier problème : %1",
                                nullptr, int(blocking.size()))
                           .arg(blocking.first().message));
    }
    const QByteArray payload =
        QJsonDocument(domain::ClaimJson::writeClaim(computed->assembled.claim))
            .toJson(QJsonDocument::Compact);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_store.outbox().enqueue(claimId, key, payload);
}

QDateTime ClaimOutbox::nextAttempt(int attempts, const QDateTime &now) {
    const int doublings = qBound(0, attempts - 1, 7); // 30 s × 2^7 = 64 min
    return now.addSecs(qMin<qint64>(3600, qint64(30) << doublings));
}

void ClaimOutbox::flush(Pending which, std::function<void(const Report &)> done) {
    if (m_flushing) {
        Report busy;
        busy.messages.append(Text::tr("Un envoi est déjà en cours."));
        done(busy);
        return;
    }
    const auto due =
        which == Pending::All ? m_store.outbox().pending() : m_store.outbox().due(m_store.now());
    if (!due.isOk()) {
        Report failed;
        failed.messages.append(due.error().message);
        done(failed);
        return;
    }
    m_flushing = true;
    sendNext(*due, Report{}, std::move(done));
}

void ClaimOutbox::sendNext(QList<store::OutboxEntry> due, Report report,
                           std::function<void(const Report &)> done) {
    if (due.isEmpty() || report.loginNeeded) {
        m_flushing = false;
        done(report);
        return;
    }
    const store::OutboxEntry entry = due.takeFirst();
    const QJsonObject claim = QJsonDocument::fromJson(entry.payload).object();
    const QString siret =
        claim.value(QStringLiteral("establishment")).toObject().value(QStringLiteral("siret")).toString();
    QPointer<ClaimOutbox> self(this);
    m_client->sendClaim(siret, entry.idempotencyKey, claim,
                        [self, entry, due = std::move(due), report = std::move(report),
                         done = std::move(done)](const Outcome<SentClaim> &outcome) mutable {
                            if (!self)
                                return;
                            self->settle(entry, outcome, report);
                            self->sendNext(std::move(due), std::move(report), std::move(done));
                        });
}

void ClaimOutbox::settle(const store::OutboxEntry &entry, const Outcome<SentClaim> &outcome,
                         Report &report) const {
    if (outcome.isOk()) {
        const auto marked = m_store.outbox().markSent(entry.id);
        if (marked.isOk()) {
            ++report.sent;
        } else {
            // The service holds the claim; the next flush sends it again under the same key and
            // the service answers with the same claim.
            ++report.retrying;
            report.messages.append(marked.error().message);
        }
        return;
    }
    const ApiError &error = outcome.error();
    const QString what = Text::tr("Demande n°%1 : %2").arg(entry.claimId).arg(error.message);
    if (error.httpStatus == 401 || error.code == QLatin1String("first_login_incomplete")) {
        report.loginNeeded = true; // not the claim's fault: it waits, its attempts unchanged
        report.messages.append(what);
        return;
    }
    // Not reached, not answered, a fault on the service's side or an answer that could not be
    // read: the service may or may not hold the claim; the same key later settles it.
    const bool retry = error.isUnreachable() || error.kind == ApiError::Kind::Protocol ||
                       error.httpStatus >= 500 || error.httpStatus == 429;
    const auto saved =
        retry ? m_store.outbox().recordFailure(entry.id, error.message,
                                               nextAttempt(entry.attempts + 1, m_store.now()))
              : m_store.outbox().markRejected(entry.id, error.message);
    ++(retry ? report.retrying : report.rejected);
    report.messages.append(saved.isOk() ? what : saved.error().message);
}

} // namespace apdesk::client
