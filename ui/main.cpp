// apdesk: a thin entry point; everything it shows lives in the apdesk_ui library.
#include "app/desktopapp.h"

int main(int argc, char *argv[]) {
    return apdesk::ui::runDesktopApp(argc, argv);
}
