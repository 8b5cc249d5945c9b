#include "captchaimage.h"

#include "secrets.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace apdesk::aspsim::captchaimage {

namespace {

int between(int low, int high) {
    return low + static_cast<int>(secrets::uniform(static_cast<quint32>(high - low + 1)));
}

QColor darkColor() {
    return QColor(between(10, 110), between(10, 110), between(10, 110));
}

} // namespace

QByteArray png(const QString &text) {
    const int width = 200;
    const int height = 70;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(235, 240, 245));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    // Background noise: curves and dots that cross the characters.
    for (int i = 0; i < 6; ++i) {
        QPainterPath path(QPointF(0, between(0, height)));
        path.cubicTo(between(0, width), between(0, height), between(0, width), between(0, height),
                     width, between(0, height));
        painter.setPen(QPen(darkColor(), between(1, 2)));
        painter.drawPath(path);
    }
    for (int i = 0; i < 300; ++i) {
        painter.setPen(darkColor());
        painter.drawPoint(between(0, width - 1), between(0, height - 1));
    }

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    const qsizetype count = text.size();
    const qreal step = (width - 20.0) / qreal(count);
    for (qsizetype i = 0; i < count; ++i) {
        font.setPixelSize(between(28, 38));
        painter.setFont(font);
        painter.setPen(darkColor());
        painter.save();
        painter.translate(14 + step * qreal(i) + between(-3, 3), height / 2.0 + between(-6, 10));
        painter.rotate(between(-30, 30));
        painter.shear(between(-3, 3) / 10.0, 0);
        painter.drawText(QPointF(0, 8), text.at(i));
        painter.restore();
    }
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace apdesk::aspsim::captchaimage
