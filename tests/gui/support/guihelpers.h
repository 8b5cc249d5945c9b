#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

// Small helpers shared by the GUI tests: find a named child or fail loudly, type into a field.
template <typename T> T *child(const QObject *parent, const char *name) {
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// A top-level widget of the type, visible (dialogs opened modeless by the main window).
template <typename T> T *visibleTopLevel() {
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

inline void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

// With APDESK_SCREENSHOT_DIR set, saves a picture of the widget's window there, so that the
// screens reached by a test can be looked at (also at 200 % with QT_SCALE_FACTOR=2).
inline void screenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("APDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QWidget *window = widget->window();
    // Nested layouts settle over several turns of the event loop, as they do on screen.
    QTest::qWait(50);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"), "PNG");
}

inline QString labelText(const QObject *parent, const char *name) {
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

#include "i18n.h"

// A GUI test's main(): the application as the program sets it up in French (its catalogue for
// plural forms, Qt's own French strings), then the test class.
#define APDESK_GUI_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char *argv[]) {                                                             \
        QApplication app(argc, argv);                                                              \
        apdesk::i18n::installTranslations(app, QStringLiteral("fr"));                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
