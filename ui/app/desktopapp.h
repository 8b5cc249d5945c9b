#pragma once

namespace apdesk::ui {

// Reads the command line, opens the local store (offering to set a damaged one aside), starts
// the embedded service and shows the first window. Returns the program's exit code.
// --help and --version answer without a display (no QApplication is created for them).
int runDesktopApp(int &argc, char **argv);

} // namespace apdesk::ui
