#include "screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace apdesk::ui {

void scheduleScreenshotAndQuit(QWidget *window, const QString &path) {
    // A short delay lets the window receive its first expose and layout events.
    QTimer::singleShot(300, window, [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("Screenshot",
                                                                "Impossible d'écrire l'image %1")
                                        .arg(path)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace apdesk::ui
