#pragma once

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QStringList>
#include <QWidget>

// What a screen reader is given of a window, read through Qt's accessibility interfaces (the
// same ones the AT-SPI bridge exposes on Linux, UI Automation on Windows, NSAccessibility on
// macOS), so that the tests check it offscreen.
namespace apdesk::testing {

inline bool isInteractive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::ProgressBar:
        return true;
    default:
        return false;
    }
}

namespace detail {
inline void collectUnnamed(QAccessibleInterface *node, const QString &path, QStringList &unnamed) {
    if (!node || !node->isValid() || node->state().invisible)
        return;
    const QAccessible::Role role = node->role();
    const QString name = node->text(QAccessible::Name);
    const QString here = path + QLatin1Char('/') + QString::number(int(role), 16) +
                         (node->object() ? QLatin1Char(':') + node->object()->objectName()
                                         : QString());
    if (isInteractive(role) && name.trimmed().isEmpty())
        unnamed << here;
    // An item view's items are named by their model (Qt::AccessibleTextRole); the tests check
    // those where it matters, rather than walking thousands of cells here. A composite widget
    // that calls itself a table (QCalendarWidget) is walked: its arrows are buttons.
    if (qobject_cast<const QAbstractItemView *>(node->object()))
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), here, unnamed);
}
} // namespace detail

// The visible interactive controls of `window` that have no accessible name, each as a path of
// roles (in hexadecimal) and object names: empty when a screen reader can name every control.
inline QStringList unnamedControls(QWidget *window) {
    QStringList unnamed;
    detail::collectUnnamed(QAccessible::queryAccessibleInterface(window), QString(), unnamed);
    return unnamed;
}

// The name a screen reader announces for the cell at (row, column) of a table view.
inline QString cellName(QWidget *tableView, int row, int column) {
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(tableView);
    if (!table || !table->tableInterface())
        return {};
    QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QString();
}

// The names of header cells a table cell gives (rowHeaderCells(), columnHeaderCells()). Qt 6.4
// builds those header interfaces afresh at each call without registering them (a FIXME in
// qaccessibleitemview.cpp), so whoever asks owns them: the names are read, then they are handed
// to Qt's cache (uniqueId) to be deleted the only way their protected destructor allows.
inline QStringList headerNames(const QList<QAccessibleInterface *> &headers) {
    QStringList names;
    for (QAccessibleInterface *header : headers) {
        names << header->text(QAccessible::Name);
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(header));
    }
    return names;
}

} // namespace apdesk::testing
