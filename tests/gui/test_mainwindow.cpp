#include "mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QTest>

using apdesk::ui::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void opensWithItsFrenchTitleAndStorePath() {
        MainWindow window(QStringLiteral("/tmp/apdesk-test/apdesk.sqlite"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("AP Desk — Activité partielle"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QStringLiteral("apdesk.sqlite")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
