#include "secrets.h"

#include <sodium.h>

namespace apdesk::aspsim::secrets {

namespace {

const QString letters = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
const QString digits = QStringLiteral("23456789");
// No brackets, quotes, backquote, backslash or space: the mail shows the password between [ ].
const QString specials = QStringLiteral("!#$%&*+-=?@_");
// Printed in mails and typed back by clerks: no 0/O nor 1/I.
const QString codeAlphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
constexpr int codeLength = 10;

QByteArray pwhash(const QByteArray &secret) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return {}; // out of memory: an empty hash never verifies
    }
    return QByteArray(out);
}

bool pwverify(const QByteArray &hash, const QByteArray &secret) {
    if (hash.isEmpty()) {
        return false;
    }
    return crypto_pwhash_str_verify(hash.constData(), secret.constData(),
                                    static_cast<unsigned long long>(secret.size())) == 0;
}

} // namespace

bool initialize() {
    return sodium_init() >= 0;
}

QByteArray hashPassword(const QString &password) {
    return pwhash(password.toUtf8());
}

bool verifyPassword(const QByteArray &hash, const QString &password) {
    return pwverify(hash, password.toUtf8());
}

QString normalizeAnswer(const QString &answer) {
    const QString decomposed = answer.trimmed().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    return folded.toCaseFolded().simplified();
}

QByteArray hashAnswer(const QString &answer) {
    return pwhash(normalizeAnswer(answer).toUtf8());
}

bool verifyAnswer(const QByteArray &hash, const QString &answer) {
    return pwverify(hash, normalizeAnswer(answer).toUtf8());
}

QByteArray newToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool sameSecret(const QByteArray &given, const QByteArray &expected) {
    // Both hashed first: sodium_memcmp needs equal lengths, and the length of the secret is
    // then not told either.
    const QByteArray a = tokenHash(given);
    const QByteArray b = tokenHash(expected);
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray tokenHash(const QByteArray &token) {
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(token.constData()),
                       static_cast<unsigned long long>(token.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

quint32 uniform(quint32 bound) {
    return randombytes_uniform(bound);
}

QString randomText(const QString &alphabet, int length) {
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text.append(
            alphabet.at(static_cast<qsizetype>(uniform(static_cast<quint32>(alphabet.size())))));
    }
    return text;
}

QString temporaryPasswordAlphabet() {
    return letters + digits + specials;
}

QString temporaryPassword() {
    QString password = randomText(letters, 8) + randomText(digits, 2) + randomText(specials, 2);
    // Shuffle (Fisher-Yates) so digits and specials are not always at the end.
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(uniform(static_cast<quint32>(i + 1)));
        std::swap(password[i], password[j]);
    }
    return password;
}

QString decisionCodeAlphabet() {
    return codeAlphabet;
}

QString decisionCode() {
    return randomText(codeAlphabet, codeLength);
}

bool isDecisionCode(const QString &text) {
    if (text.size() != codeLength) {
        return false;
    }
    for (const QChar c : text) {
        if (!codeAlphabet.contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace apdesk::aspsim::secrets
