#include "authorisationstore.h"

#include <QDateTime>

namespace apdesk::aspsim {

namespace {

const QString columns = QStringLiteral(
    "id, siret, period_start, period_end, form, scheme, motive, hours_hundredths, employees, "
    "submitted_at, state, reason, decision_number, decided_at");

QString isoTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject AuthorisationRequest::toJson() const {
    QJsonObject json = terms.toJson();
    for (const char *key : {"number", "secretCode", "decidedAt"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("state"), state);
    json.insert(QStringLiteral("submittedAt"), isoTime(submittedAt));
    if (decidedAt > 0)
        json.insert(QStringLiteral("decidedAt"), isoTime(decidedAt));
    if (!decisionNumber.isEmpty())
        json.insert(QStringLiteral("decisionNumber"), decisionNumber);
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

std::optional<AuthorisationRequest> AuthorisationStore::create(const Decision &terms, qint64 now) {
    const bool ok = m_sql.exec(
        QStringLiteral("INSERT INTO authorisation_requests (siret, period_start, period_end, "
                       "form, scheme, motive, hours_hundredths, employees, submitted_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {terms.siret, terms.periodStart.toString(Qt::ISODate),
         terms.periodEnd.toString(Qt::ISODate), terms.form, terms.scheme, terms.motive,
         terms.authorisedHundredths, terms.authorisedHeadcount, now});
    if (!ok)
        return std::nullopt;
    return byId(m_sql.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong());
}

std::optional<AuthorisationRequest> AuthorisationStore::byId(qint64 id) const {
    const auto found = many(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AuthorisationRequest> AuthorisationStore::ofSiret(const QString &siret) const {
    return many(QStringLiteral("siret = ? ORDER BY submitted_at DESC, id DESC"), {siret});
}

QList<AuthorisationRequest> AuthorisationStore::submittedBefore(qint64 before) const {
    return many(QStringLiteral("state = 'submitted' AND submitted_at < ? ORDER BY submitted_at, "
                               "id"),
                {before});
}

bool AuthorisationStore::decide(qint64 id, const QString &state, const QString &reason,
                                const QString &decisionNumber, qint64 at) {
    return m_sql.exec(QStringLiteral("UPDATE authorisation_requests SET state = ?, reason = ?, "
                                     "decision_number = ?, decided_at = ? WHERE id = ?"),
                      {state, reason, decisionNumber, at, id});
}

QList<AuthorisationRequest> AuthorisationStore::many(const QString &where,
                                                     const QVariantList &values) const {
    QList<AuthorisationRequest> list;
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM authorisation_requests WHERE ") + where,
                       values);
    while (q && q->next()) {
        AuthorisationRequest r;
        r.id = q->value(0).toLongLong();
        r.terms.siret = q->value(1).toString();
        r.terms.periodStart = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        r.terms.periodEnd = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        r.terms.form = q->value(4).toInt();
        r.terms.scheme = q->value(5).toString();
        r.terms.motive = q->value(6).toInt();
        r.terms.authorisedHundredths = q->value(7).toLongLong();
        r.terms.authorisedHeadcount = q->value(8).toInt();
        r.submittedAt = q->value(9).toLongLong();
        r.state = q->value(10).toString();
        r.reason = q->value(11).toString();
        r.decisionNumber = q->value(12).toString();
        r.decidedAt = q->value(13).toLongLong();
        list.append(r);
    }
    return list;
}

} // namespace apdesk::aspsim
