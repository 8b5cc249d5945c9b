#pragma once

class QApplication;

namespace apdesk::ui {

// Reads the command line, opens the local store (offering to set a damaged one aside), starts
// the embedded service and shows the first window. Returns the program's exit code.
int runDesktopApp(QApplication &app);

} // namespace apdesk::ui
