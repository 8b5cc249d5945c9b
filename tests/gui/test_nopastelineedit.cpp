#include "widgets/nopastelineedit.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using apdesk::ui::NoPasteLineEdit;

namespace {

QMenu *openContextMenu(QLineEdit &edit) {
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5),
                            edit.mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(&edit, &event);
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *menu = qobject_cast<QMenu *>(w); menu && menu->isVisible())
            return menu;
    }
    return nullptr;
}

bool menuHasPaste(QMenu *menu) {
    const QString paste = QCoreApplication::translate("QLineEdit", "&Paste");
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        if (a->text().startsWith(paste))
            return true;
    }
    return false;
}

} // namespace

class TestNoPasteLineEdit final : public QObject {
    Q_OBJECT

private slots:
    void init() { QApplication::clipboard()->setText(QStringLiteral("copie@exemple.fr")); }

    void aPlainLineEditAcceptsPasteSoTheTestIsMeaningful() {
        QLineEdit plain;
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QTest::keySequence(&plain, QKeySequence::Paste);
        QCOMPARE(plain.text(), QStringLiteral("copie@exemple.fr"));
    }

    void refusesThePasteShortcut() {
        NoPasteLineEdit edit;
        QSignalSpy refused(&edit, &NoPasteLineEdit::pasteRefused);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keySequence(&edit, QKeySequence::Paste);
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.text(), QString());
        QCOMPARE(refused.count(), 2);
    }

    void refusesShiftInsert() {
        NoPasteLineEdit edit;
        QSignalSpy refused(&edit, &NoPasteLineEdit::pasteRefused);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClick(&edit, Qt::Key_Insert, Qt::ShiftModifier);
        QCOMPARE(edit.text(), QString());
        QCOMPARE(refused.count(), 1);
    }

    void stillAcceptsTypingAndCopy() {
        NoPasteLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, QStringLiteral("jean@exemple.fr"));
        QCOMPARE(edit.text(), QStringLiteral("jean@exemple.fr"));
        edit.selectAll();
        QTest::keySequence(&edit, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("jean@exemple.fr"));
    }

    void contextMenuHasNoPaste() {
        QLineEdit plain;
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QMenu *plainMenu = openContextMenu(plain);
        QVERIFY(plainMenu);
        QVERIFY(menuHasPaste(plainMenu)); // the standard menu does have one
        plainMenu->close();
        delete plainMenu;

        NoPasteLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QMenu *menu = openContextMenu(edit);
        QVERIFY(menu);
        QVERIFY(!menu->actions().isEmpty()); // copy, select all… remain
        QVERIFY(!menuHasPaste(menu));
        menu->close();
    }

    void refusesDragAndDrop() {
        QMimeData mime;
        mime.setText(QStringLiteral("glisse@exemple.fr"));

        // A plain line edit takes the synthesized drop, so the refusal below means something.
        QLineEdit plain;
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QDragEnterEvent plainEnter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                                   Qt::NoModifier);
        QApplication::sendEvent(&plain, &plainEnter);
        QDropEvent plainDrop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&plain, &plainDrop);
        QCOMPARE(plain.text(), QStringLiteral("glisse@exemple.fr"));

        NoPasteLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(!edit.acceptDrops());

        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&edit, &enter);
        QVERIFY(!enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&edit, &drop);
        QCOMPARE(edit.text(), QString());
    }

    void refusesTheMiddleClickSelectionPaste() {
        NoPasteLineEdit edit;
        QSignalSpy refused(&edit, &NoPasteLineEdit::pasteRefused);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        if (QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(QStringLiteral("selection@exemple.fr"),
                                               QClipboard::Selection);
        QTest::mouseClick(&edit, Qt::MiddleButton);
        QCOMPARE(edit.text(), QString());
        QCOMPARE(refused.count(), 1);
    }
};

QTEST_MAIN(TestNoPasteLineEdit)
#include "test_nopastelineedit.moc"
