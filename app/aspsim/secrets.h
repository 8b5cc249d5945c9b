#pragma once

#include <QByteArray>
#include <QString>

namespace apdesk::aspsim {

// Everything secret goes through libsodium: Argon2id (crypto_pwhash_str, INTERACTIVE limits) for
// passwords and secret answers, 256-bit random tokens kept only as BLAKE2b hashes, and the random
// draws for temporary passwords, identifiers and captchas. The Argon2 calls are slow on purpose
// (~0.1 s): call them from a worker thread, never from the service's event loop.
namespace secrets {

// Must be called once before any other function (sodium_init is idempotent and thread-safe).
bool initialize();

QByteArray hashPassword(const QString &password);
bool verifyPassword(const QByteArray &hash, const QString &password);

// Secret answers are compared ignoring case, accents and surrounding spaces.
QString normalizeAnswer(const QString &answer);
QByteArray hashAnswer(const QString &answer);
bool verifyAnswer(const QByteArray &hash, const QString &answer);

// A new session or registration token: 256 random bits, URL-safe base64 (43 characters).
QByteArray newToken();
// Whether two secrets are equal, in a time that does not depend on where they differ.
bool sameSecret(const QByteArray &given, const QByteArray &expected);
// What the database keeps of a token: its BLAKE2b-256 hash, hex.
QByteArray tokenHash(const QByteArray &token);

// A temporary password meeting the policy (12 characters, letters, at least 2 digits and 2
// special characters), drawn from an alphabet without brackets, quotes, spaces or look-alikes,
// since the mails write it between square brackets.
QString temporaryPassword();
// The alphabet temporaryPassword() draws from.
QString temporaryPasswordAlphabet();

// The secret code of a decision (autorisation): 10 characters drawn from decisionCodeAlphabet().
QString decisionCode();
// Upper-case letters and digits without the look-alikes 0/O and 1/I (32 characters: 50 bits of
// randomness in a code).
QString decisionCodeAlphabet();
// Whether text is a well-formed decision code (10 characters of that alphabet).
bool isDecisionCode(const QString &text);

// A uniformly random integer in [0, bound).
quint32 uniform(quint32 bound);
// A random text of length characters drawn from alphabet.
QString randomText(const QString &alphabet, int length);

} // namespace secrets

} // namespace apdesk::aspsim
