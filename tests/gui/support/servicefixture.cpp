#include "servicefixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace apdesk;

ServiceFixture::ServiceFixture() {
    aspsim::ServiceConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("asp.sqlite"));
    config.admin = true;
    if (!m_service.start(config)) {
        m_error = m_service.errorString();
        return;
    }
    m_client = std::make_unique<client::AspClient>(&m_network, m_service.url());
    m_adminClient = std::make_unique<client::AspClient>(&m_network, m_service.url());
    store::StoreOptions options;
    options.clock = [this] {
        return QDateTime::currentDateTimeUtc().addSecs(m_storeClockOffset.load());
    };
    auto opened = store::Store::open(m_dir.filePath(QStringLiteral("apdesk.sqlite")), options);
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_store = std::move(opened).value();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("apdesk.ini")),
                                             QSettings::IniFormat);
    m_mailWatcher =
        std::make_unique<ui::MailboxWatcher>(m_client.get(), m_settings.get(), &m_mailModel);
    m_ready = true;
}

ServiceFixture::~ServiceFixture() {
    m_mailWatcher.reset();
    m_client.reset();
    m_adminClient.reset();
    m_service.stop();
}

ui::AppServices ServiceFixture::services() {
    return {m_store.get(),    m_client.get(), &m_credentials,
            m_settings.get(), &m_mailModel,   m_mailWatcher.get()};
}

QJsonObject ServiceFixture::get(const QString &path) {
    std::optional<client::Outcome<QJsonDocument>> result;
    m_adminClient->getJson(path, [&](const auto &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000) || !result->isOk())
        return {};
    return result->value().object();
}

QJsonObject ServiceFixture::send(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, int *status, const QByteArray &token) {
    std::optional<client::Outcome<QJsonDocument>> result;
    m_adminClient->setSessionToken(token);
    m_adminClient->sendJson(method, path, body, [&](const auto &outcome) { result = outcome; });
    const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    m_adminClient->setSessionToken({});
    if (!answered)
        return {};
    if (status)
        *status = result->isOk() ? 200 : result->error().httpStatus;
    return result->isOk() ? result->value().object() : result->error().body;
}

QString ServiceFixture::latestCaptchaAnswer() {
    return get(QStringLiteral("/sim/captcha/latest")).value(QStringLiteral("answer")).toString();
}

QString ServiceFixture::latestCaptchaId() {
    return get(QStringLiteral("/sim/captcha/latest")).value(QStringLiteral("id")).toString();
}

QJsonArray ServiceFixture::mailsTo(const QString &email) {
    return get(QStringLiteral("/sim/mailbox?to=") +
               QString::fromLatin1(QUrl::toPercentEncoding(email)))
        .value(QStringLiteral("mails"))
        .toArray();
}

void ServiceFixture::advanceClock(qint64 seconds) {
    send("POST", QStringLiteral("/sim/clock"), {{QStringLiteral("advanceSeconds"), seconds}});
}

void ServiceFixture::setOnline(bool online) {
    send("POST", QStringLiteral("/sim/network"), {{QStringLiteral("online"), online}});
}

QString ServiceFixture::bracketedValueInMail(const QString &email, const QString &subjectPart) {
    static const QRegularExpression bracketed(QStringLiteral("\\[([^\\]]+)\\]"));
    const QJsonArray mails = mailsTo(email);
    for (qsizetype i = mails.size() - 1; i >= 0; --i) {
        const QJsonObject mail = mails.at(i).toObject();
        if (mail.value(QStringLiteral("subject")).toString().contains(subjectPart)) {
            const auto match = bracketed.match(mail.value(QStringLiteral("body")).toString());
            if (match.hasMatch())
                return match.captured(1);
        }
    }
    return {};
}

ServiceFixture::Account ServiceFixture::createAccount(const QString &siret, const QString &email,
                                                      const QString &newPassword) {
    get(QStringLiteral("/api/v1/captcha"));
    const QJsonObject latest = get(QStringLiteral("/sim/captcha/latest"));
    const QJsonObject space =
        send("POST", QStringLiteral("/api/v1/spaces"),
             {{QStringLiteral("siret"), siret},
              {QStringLiteral("captchaId"), latest.value(QStringLiteral("id"))},
              {QStringLiteral("captchaAnswer"), latest.value(QStringLiteral("answer"))},
              {QStringLiteral("cguAccepted"), true}});
    const QJsonObject establishment{{QStringLiteral("name"), QStringLiteral("Boulangerie Test")},
                                    {QStringLiteral("street"), QStringLiteral("1 rue de la Paix")},
                                    {QStringLiteral("streetComplement"), QString()},
                                    {QStringLiteral("postalCode"), QStringLiteral("75002")},
                                    {QStringLiteral("city"), QStringLiteral("Paris")},
                                    {QStringLiteral("email"), email},
                                    {QStringLiteral("emailConfirmation"), email},
                                    {QStringLiteral("phone"), QStringLiteral("01 45 67 89 01")}};
    const QJsonObject contact{{QStringLiteral("lastName"), QStringLiteral("Dupont")},
                              {QStringLiteral("firstName"), QStringLiteral("Jeanne")},
                              {QStringLiteral("email"), email},
                              {QStringLiteral("emailConfirmation"), email},
                              {QStringLiteral("phone"), QStringLiteral("01 45 67 89 02")}};
    send("POST", QStringLiteral("/api/v1/account-requests"),
         {{QStringLiteral("registrationToken"), space.value(QStringLiteral("registrationToken"))},
          {QStringLiteral("establishment"), establishment},
          {QStringLiteral("contact"), contact},
          {QStringLiteral("secretQuestion"),
           QStringLiteral("Quelle est votre ville de naissance ?")},
          {QStringLiteral("secretAnswer"), QStringLiteral("Metz")},
          {QStringLiteral("cguAccepted"), true}});
    Account account;
    account.email = email;
    const bool mailed = QTest::qWaitFor(
        [&] {
            account.identifier = bracketedValueInMail(email, QStringLiteral("identifiant"));
            account.password = bracketedValueInMail(email, QStringLiteral("mot de passe"));
            return !account.identifier.isEmpty() && !account.password.isEmpty();
        },
        15000);
    if (!mailed)
        qWarning("the credential mails for %s did not arrive", qPrintable(email));
    if (!newPassword.isEmpty()) {
        send("POST", QStringLiteral("/api/v1/password"),
             {{QStringLiteral("identifier"), account.identifier},
              {QStringLiteral("currentPassword"), account.password},
              {QStringLiteral("newPassword"), newPassword}});
        account.password = newPassword;
    }
    return account;
}

QString validSiret(int n) {
    // 8 digits of n, then a Luhn key digit for the SIREN, then NIC 0001x with a key digit.
    auto luhnKey = [](const QString &digits) {
        int sum = 0;
        for (int i = 0; i < digits.size(); ++i) {
            int d = digits.at(digits.size() - 1 - i).digitValue();
            if (i % 2 == 0) { // doubled, counting from the key digit still to be added
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return QString::number((10 - sum % 10) % 10);
    };
    const QString body = QStringLiteral("%1").arg(40000000 + n, 8, 10, QLatin1Char('0'));
    const QString siren = body + luhnKey(body);
    const QString nic = QStringLiteral("0001");
    return siren + nic + luhnKey(siren + nic);
}
