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

inline QString labelText(const QObject *parent, const char *name) {
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}
