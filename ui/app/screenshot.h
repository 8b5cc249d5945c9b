#pragma once

#include <QString>

class QWidget;

namespace apdesk::ui {

// Writes a PNG of the window once it has been laid out and painted, then quits the application
// with 0 (or 1 when the file cannot be written). Used to look at screens headless.
void scheduleScreenshotAndQuit(QWidget *window, const QString &path);

} // namespace apdesk::ui
