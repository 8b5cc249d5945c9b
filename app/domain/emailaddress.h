#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// An e-mail address checked in proportion: the shape people actually mistype (no @, two @, a
// space, a comma, no dot in the domain) is refused with a message saying what is wrong; the rarer
// corners of RFC 5322 (quoted local parts, IP literals, comments) are refused as well.
class EmailAddress final {
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    // Surrounding spaces are ignored; the domain is put in lower case, the local part is kept as
    // typed.
    static Checked<EmailAddress> parse(QStringView text);

    // "jean.dupont@exemple.fr".
    QString text() const { return m_localPart + u'@' + m_domain; }
    QString localPart() const { return m_localPart; }
    QString domain() const { return m_domain; }
    // "j***@exemple.fr": what a screen or a log may show of someone else's address.
    QString masked() const;

    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;

private:
    EmailAddress(QString localPart, QString domain)
        : m_localPart(std::move(localPart))
        , m_domain(std::move(domain)) {}

    QString m_localPart;
    QString m_domain;
};

} // namespace apdesk::domain
