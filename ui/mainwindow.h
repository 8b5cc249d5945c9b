#pragma once

#include <QMainWindow>

class QLabel;

namespace apdesk::ui {

// The program's main window: the home of a clerk's work on this computer.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void buildMenus();
    void showAbout();

    QString m_storePath;
    QLabel *m_storeStatus = nullptr;
};

} // namespace apdesk::ui
