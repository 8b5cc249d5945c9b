#include "app/startupstyle.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using apdesk::ui::StartupStyle;

// The style the program starts with: the bars' « more » icon is the base style's own, drawn the
// same, only read later; every other icon goes straight to the base style.
class TestStartupStyle final : public QObject {
    Q_OBJECT

private slots:
    void theMoreIconIsTheBaseStylesOwn() {
        auto *style = new StartupStyle(QStringLiteral("Fusion"));
        QScopedPointer<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton,
                                 QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QIcon deferred = style->standardIcon(which);
            const QIcon expected = fusion->standardIcon(which);
            QVERIFY(!deferred.isNull());
            QCOMPARE(deferred.pixmap(QSize(16, 16)).toImage(),
                     expected.pixmap(QSize(16, 16)).toImage());
            QCOMPARE(deferred.availableSizes(), expected.availableSizes());
            // On a screen scaled by 2 or 1.5, the same device pixels.
            for (const qreal scale : {2.0, 1.5}) {
                const QPixmap scaled = deferred.pixmap(QSize(16, 16), scale);
                const QPixmap reference = expected.pixmap(QSize(16, 16), scale);
                QCOMPARE(scaled.size(), reference.size());
                QCOMPARE(scaled.devicePixelRatio(), reference.devicePixelRatio());
            }
            // A copy draws the same.
            const QIcon copy = deferred;
            QCOMPARE(copy.pixmap(QSize(12, 12)).toImage(),
                     expected.pixmap(QSize(12, 12)).toImage());
        }
        const QIcon other = style->standardIcon(QStyle::SP_DialogOkButton);
        QCOMPARE(other.pixmap(QSize(16, 16)).toImage(),
                 fusion->standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage());
        delete style;
    }

    void aMenuBarThatDoesNotFitShowsItsMoreButtonWithItsIcon() {
        QApplication::setStyle(new StartupStyle(QStringLiteral("Fusion")));
        QMenuBar bar;
        for (int i = 0; i < 12; ++i)
            bar.addMenu(QStringLiteral("Menu numéro %1").arg(i));
        bar.resize(200, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *more = bar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(more);
        QTRY_VERIFY(more->isVisible());
        QScopedPointer<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon expected = fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(more->icon().pixmap(more->iconSize()).toImage(),
                 expected.pixmap(more->iconSize()).toImage());
    }
};

QTEST_MAIN(TestStartupStyle)
#include "test_startupstyle.moc"
