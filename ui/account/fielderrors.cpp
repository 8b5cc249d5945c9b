#include "fielderrors.h"

#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QLabel>

namespace apdesk::ui {

void FieldErrors::addRow(QFormLayout *form, const QString &name, QWidget *label, QWidget *field,
                         QWidget *shown) {
    auto *error = messageLabel(form->parentWidget());
    error->setObjectName(name + QStringLiteral("Error"));
    form->addRow(label, shown ? shown : field);
    form->addRow(QString(), error);
    m_labels.insert(name, error);
    m_fields.insert(name, field);
    m_order.append(name);
}

void FieldErrors::set(const QString &name, const QString &message) {
    if (QLabel *label = m_labels.value(name)) {
        showMessage(label, message, MessageTone::Error);
        // A screen reader reads the problem with the field, not only in the line under it.
        if (QWidget *field = m_fields.value(name))
            field->setAccessibleDescription(message);
    }
}

void FieldErrors::clear(const QString &name) {
    set(name, QString());
}

void FieldErrors::clearAll() {
    for (const QString &name : std::as_const(m_order))
        clear(name);
}

bool FieldErrors::any() const {
    for (QLabel *label : m_labels) {
        if (!label->text().isEmpty())
            return true;
    }
    return false;
}

QString FieldErrors::message(const QString &name) const {
    const QLabel *label = m_labels.value(name);
    return label ? label->text() : QString();
}

QWidget *FieldErrors::firstFieldInError() const {
    for (const QString &name : m_order) {
        if (!m_labels.value(name)->text().isEmpty())
            return m_fields.value(name);
    }
    return nullptr;
}

} // namespace apdesk::ui
