// apdesk: a thin entry point; everything it shows lives in the apdesk_ui library.
#include "app/desktopapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return apdesk::ui::runDesktopApp(app);
}
