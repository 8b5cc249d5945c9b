#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

#include <source_location>
#include <type_traits>

// Small helpers shared by the GUI tests: find a named child or fail loudly, type into a field.

// The named child of the type. A widget renamed or retyped must fail the test, not crash it: a
// missing child records a failure at the caller's line (the test function goes on, and fails
// again further on if it must) and the caller gets a hidden placeholder of the type to act on.
template <typename T>
T *child(const QObject *parent, const char *name,
         const std::source_location &where = std::source_location::current()) {
    static_assert(std::is_base_of_v<QWidget, T>, "child<T>() finds widgets");
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (found)
        return found;
    // Asked again (a QTRY polls): the same placeholder, the failure reported once.
    const QString placeholderName = QStringLiteral("missing-in-test:") + QLatin1String(name);
    if (T *again = parent ? parent->findChild<T *>(placeholderName) : nullptr)
        return again;
    const QString type = QLatin1String(T::staticMetaObject.className());
    QString problem;
    if (!parent) {
        problem = QStringLiteral("no parent to look for the %1 \"%2\" in").arg(type, name);
    } else if (const auto *other = parent->findChild<QObject *>(QLatin1String(name))) {
        problem = QStringLiteral("the child \"%1\" of %2 is a %3, not a %4")
                      .arg(name, parent->metaObject()->className(),
                           other->metaObject()->className(), type);
    } else {
        problem = QStringLiteral("%1 has no child %2 named \"%3\"")
                      .arg(parent->metaObject()->className(), type, name);
    }
    QTest::qFail(qPrintable(problem), where.file_name(), int(where.line()));
    // Owned by the parent widget (gone with it, as the real child would be); explicitly hidden,
    // so that showing the parent leaves it hidden.
    auto *placeholder = new T;
    placeholder->setObjectName(placeholderName);
    if (auto *owner = qobject_cast<QWidget *>(const_cast<QObject *>(parent)))
        placeholder->setParent(owner);
    placeholder->hide();
    return placeholder;
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

// The text of the named label; a missing label fails the test (an empty text would pass the
// checks that a message is not shown).
inline QString labelText(const QObject *parent, const char *name,
                         const std::source_location &where = std::source_location::current()) {
    return child<QLabel>(parent, name, where)->text();
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
