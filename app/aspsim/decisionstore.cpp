#include "decisionstore.h"

namespace apdesk::aspsim {

namespace {

const QString columns =
    QStringLiteral("number, siret, period_start, period_end, form, scheme, motive, "
                   "authorised_hundredths, authorised_headcount, secret_code, decided_at, state");

Decision read(const QSqlQuery &q) {
    Decision d;
    d.number = q.value(0).toString();
    d.siret = q.value(1).toString();
    d.periodStart = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.periodEnd = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.form = q.value(4).toInt();
    d.scheme = q.value(5).toString();
    d.motive = q.value(6).toInt();
    d.authorisedHundredths = q.value(7).toLongLong();
    d.authorisedHeadcount = q.value(8).toInt();
    d.secretCode = q.value(9).toString();
    d.decidedAt = q.value(10).toLongLong();
    d.state = q.value(11).toString();
    return d;
}

} // namespace

std::optional<Decision> DecisionStore::create(Decision d, qint64 now) {
    if (d.number.isEmpty()) {
        qint64 sequence =
            m_sql
                .scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE siret = ?"), {d.siret})
                .toLongLong();
        do {
            ++sequence;
            d.number =
                QStringLiteral("DEC-%1-%2").arg(d.siret).arg(sequence, 3, 10, QLatin1Char('0'));
        } while (byNumber(d.number));
    }
    if (d.decidedAt == 0) {
        d.decidedAt = now;
    }
    const bool ok = m_sql.exec(QStringLiteral("INSERT INTO decisions (") + columns +
                                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {d.number, d.siret, d.periodStart.toString(Qt::ISODate),
                                d.periodEnd.toString(Qt::ISODate), d.form, d.scheme, d.motive,
                                d.authorisedHundredths, d.authorisedHeadcount, d.secretCode,
                                d.decidedAt, d.state});
    if (!ok) {
        return std::nullopt;
    }
    return d;
}

std::optional<Decision> DecisionStore::byNumber(const QString &number) const {
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM decisions WHERE number = ?"),
                       {number});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    return read(*q);
}

QList<Decision> DecisionStore::ofSiret(const QString &siret) const {
    QList<Decision> list;
    auto q = m_sql.run(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM decisions WHERE siret = ? ORDER BY period_start "
                                          "DESC, period_end DESC, decided_at DESC, number DESC"),
                       {siret});
    while (q && q->next()) {
        list.append(read(*q));
    }
    return list;
}

bool DecisionStore::hasPeriod(const QString &siret, const QDate &start, const QDate &end) const {
    return m_sql
               .scalar(QStringLiteral("SELECT count(*) FROM decisions WHERE siret = ? AND "
                                      "period_start = ? AND period_end = ?"),
                       {siret, start.toString(Qt::ISODate), end.toString(Qt::ISODate)})
               .toInt() > 0;
}

} // namespace apdesk::aspsim
