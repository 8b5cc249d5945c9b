#pragma once

#include <QByteArray>
#include <QString>

namespace apdesk::aspsim {

// Draws the "cryptogramme" of the space creation page: the characters, each rotated, shifted and
// scaled at random over noise lines and dots, as a PNG. Needs a QGuiApplication (fonts).
namespace captchaimage {

QByteArray png(const QString &text);

} // namespace captchaimage

} // namespace apdesk::aspsim
