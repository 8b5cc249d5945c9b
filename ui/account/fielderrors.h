#pragma once

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace apdesk::ui {

// The error messages shown under the fields of a form, keyed by the service's field names
// ("establishment.postalCode"), so that a check made here and the same check made again by the
// service land in the same place.
class FieldErrors final {
public:
    // Adds `field` to `form` with its label and an (initially hidden) error line under it.
    // `shown` is what the form shows in the field's place when it is not the field alone (the
    // field with its character counter).
    void addRow(QFormLayout *form, const QString &name, QWidget *label, QWidget *field,
                QWidget *shown = nullptr);

    void set(const QString &name, const QString &message);
    void clear(const QString &name);
    void clearAll();
    bool any() const;
    QString message(const QString &name) const;
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    // The first field (in the order added) that has an error, to give it the focus.
    QWidget *firstFieldInError() const;

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_fields;
    QStringList m_order;
};

} // namespace apdesk::ui
