#include "simharness.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <vector>

namespace {

int luhnCheckDigit(const QString &digits) {
    // The digit that makes digits + it pass Luhn.
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

SimHarness::Reply readReply(QNetworkReply *reply) {
    SimHarness::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs()) {
        result.headers.append(pair);
    }
    reply->deleteLater();
    return result;
}

} // namespace

QString SimHarness::Reply::fieldMessage(const QString &field) const {
    for (const QJsonValue &value : json.value(QStringLiteral("fields")).toArray()) {
        if (value.toObject().value(QStringLiteral("field")).toString() == field) {
            return value.toObject().value(QStringLiteral("message")).toString();
        }
    }
    return {};
}

QByteArray SimHarness::Reply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SimHarness::SimHarness(bool admin, qint64 validationDelaySecs, const QByteArray &seed,
                       std::shared_ptr<apdesk::aspsim::SimClock> clock, bool demoDecisions,
                       const QByteArray &adminSecret,
                       const std::function<void(apdesk::aspsim::ServiceConfig &)> &adjust) {
    m_network.setProxy(QNetworkProxy::NoProxy);
    apdesk::aspsim::ServiceConfig config;
    config.databasePath = databasePath();
    config.admin = admin;
    config.validationDelaySecs = validationDelaySecs;
    config.seedJson = seed;
    config.clock = std::move(clock);
    config.demoDecisions = demoDecisions;
    config.adminSecret = adminSecret;
    if (adjust)
        adjust(config);
    m_service.start(config);
}

SimHarness::~SimHarness() {
    m_service.stop();
}

SimHarness::Reply SimHarness::call(const QByteArray &method, const QString &path,
                                   const QByteArray &body, const QByteArray &token,
                                   const QByteArray &contentType) {
    QNetworkRequest request(url().resolved(QUrl(path)));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    if (!m_adminHeader.isEmpty()) {
        request.setRawHeader("X-Sim-Admin", m_adminHeader);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(30000);
    }
    return readReply(reply);
}

SimHarness::Reply SimHarness::post(const QString &path, const QJsonObject &json,
                                   const QByteArray &token) {
    return call("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), token);
}

SimHarness::Reply SimHarness::get(const QString &path, const QByteArray &token) {
    return call("GET", path, {}, token);
}

SimHarness::Parallel SimHarness::postAll(const QString &path, const QList<QJsonObject> &bodies,
                                         const QString &probePath) {
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> posts;
    QEventLoop loop;
    int pending = 0;
    int postsPending = 0;
    bool probeFirst = false;
    auto finished = [&] {
        if (--pending == 0) {
            loop.quit();
        }
    };
    for (const QJsonObject &body : bodies) {
        auto &manager = managers.emplace_back(std::make_unique<QNetworkAccessManager>());
        manager->setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager->post(request, QJsonDocument(body).toJson());
        ++pending;
        ++postsPending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            --postsPending;
            finished();
        });
        posts.append(reply);
    }
    auto &probeManager = managers.emplace_back(std::make_unique<QNetworkAccessManager>());
    probeManager->setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *probe = probeManager->get(QNetworkRequest(url().resolved(QUrl(probePath))));
    ++pending;
    QObject::connect(probe, &QNetworkReply::finished, &loop, [&] {
        probeFirst = postsPending > 0;
        finished();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Parallel result;
    for (QNetworkReply *reply : posts) {
        result.replies.append(readReply(reply));
    }
    result.probe = readReply(probe);
    result.probeFinishedFirst = probeFirst;
    return result;
}

QString SimHarness::registrationToken(const QString &siret, const QByteArray &bearer) {
    const QString captchaId =
        get(QStringLiteral("/api/v1/captcha")).json.value(QStringLiteral("id")).toString();
    const QString answer = get(QStringLiteral("/sim/captcha/") + captchaId)
                               .json.value(QStringLiteral("answer"))
                               .toString();
    const Reply space = post(QStringLiteral("/api/v1/spaces"),
                             {{QStringLiteral("siret"), siret},
                              {QStringLiteral("captchaId"), captchaId},
                              {QStringLiteral("captchaAnswer"), answer.toLower()},
                              {QStringLiteral("cguAccepted"), true}},
                             bearer);
    return space.json.value(QStringLiteral("registrationToken")).toString();
}

QJsonObject SimHarness::accountRequest(const QString &token, const QString &contactEmail,
                                       const QString &secretAnswer) {
    return {
        {QStringLiteral("registrationToken"), token},
        {QStringLiteral("establishment"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("Boulangerie Martin")},
             {QStringLiteral("street"), QStringLiteral("12 rue des Lilas")},
             {QStringLiteral("streetComplement"), QStringLiteral("Bâtiment B")},
             {QStringLiteral("postalCode"), QStringLiteral("75011")},
             {QStringLiteral("city"), QStringLiteral("Paris")},
             {QStringLiteral("email"), QStringLiteral("contact@boulangerie.fr")},
             {QStringLiteral("emailConfirmation"), QStringLiteral("contact@boulangerie.fr")},
             {QStringLiteral("phone"), QStringLiteral("01 45 67 89 01")}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Martin")},
                     {QStringLiteral("firstName"), QStringLiteral("Jeanne")},
                     {QStringLiteral("email"), contactEmail},
                     {QStringLiteral("emailConfirmation"), contactEmail},
                     {QStringLiteral("phone"), QStringLiteral("09 87 65 43 21")}}},
        {QStringLiteral("secretQuestion"), QStringLiteral("Le nom de mon premier chien ?")},
        {QStringLiteral("secretAnswer"), secretAnswer},
        {QStringLiteral("cguAccepted"), true},
    };
}

SimHarness::Reply SimHarness::requestAccount(const QString &siret, const QString &contactEmail,
                                             const QByteArray &bearer) {
    const QString token = registrationToken(siret, bearer);
    return post(QStringLiteral("/api/v1/account-requests"), accountRequest(token, contactEmail));
}

QJsonArray SimHarness::mails(const QString &to) {
    return get(QStringLiteral("/sim/mailbox?to=") +
               QString::fromLatin1(QUrl::toPercentEncoding(to)))
        .json.value(QStringLiteral("mails"))
        .toArray();
}

SimHarness::Reply SimHarness::advanceClock(qint64 seconds) {
    return post(QStringLiteral("/sim/clock"), {{QStringLiteral("advanceSeconds"), seconds}});
}

QString SimHarness::readyAccount(const QString &siret, const QString &email,
                                 const QString &newPassword) {
    if (requestAccount(siret, email).status != 202) {
        return {};
    }
    const QJsonArray inbox = mails(email);
    if (inbox.size() < 2) {
        return {};
    }
    const QString identifier =
        bracketed(inbox.at(0).toObject().value(QStringLiteral("body")).toString());
    const QString password =
        bracketed(inbox.at(1).toObject().value(QStringLiteral("body")).toString());
    const Reply changed =
        post(QStringLiteral("/api/v1/password"), {{QStringLiteral("identifier"), identifier},
                                                  {QStringLiteral("currentPassword"), password},
                                                  {QStringLiteral("newPassword"), newPassword}});
    return changed.status == 204 ? identifier : QString();
}

QByteArray SimHarness::login(const QString &identifier, const QString &password) {
    const Reply reply =
        post(QStringLiteral("/api/v1/sessions"),
             {{QStringLiteral("identifier"), identifier}, {QStringLiteral("password"), password}});
    return reply.json.value(QStringLiteral("token")).toString().toLatin1();
}

QString SimHarness::bracketed(const QString &body) {
    const qsizetype open = body.indexOf(QLatin1Char('['));
    const qsizetype close = body.indexOf(QLatin1Char(']'), open + 1);
    if (open < 0 || close < 0) {
        return {};
    }
    return body.mid(open + 1, close - open - 1);
}

QString SimHarness::siret(int n) {
    QString siren = QStringLiteral("%1").arg(40000000 + n, 8, 10, QLatin1Char('0'));
    siren += QString::number(luhnCheckDigit(siren));
    QString prefix = siren + QStringLiteral("0001");
    return prefix + QString::number(luhnCheckDigit(prefix));
}
