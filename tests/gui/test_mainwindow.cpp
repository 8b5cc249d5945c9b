#include "mainwindow.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include <QLabel>
#include <QTest>

using apdesk::ui::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void opensOnTheLoginScreenWithItsFrenchTitleAndStorePath() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        MainWindow window(fx.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("AP Desk — Activité partielle"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QStringLiteral("apdesk.sqlite")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
        QVERIFY(!window.isLoggedIn());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("loginPage"))->isVisible());
    }
};

APDESK_GUI_TEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
