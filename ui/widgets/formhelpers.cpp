#include "formhelpers.h"

#include <QLabel>
#include <QPushButton>

namespace apdesk::ui {

QString accessibleText(const QString &visibleText) {
    QString text = visibleText;
    text.remove(QLatin1Char('&'));
    text.remove(QLatin1Char('*'));
    return text.trimmed();
}

QLabel *labelFor(QWidget *field, const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    field->setAccessibleName(accessibleText(text));
    return label;
}

QPushButton *linkButton(const QString &text, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(false);
    button->setStyleSheet(QStringLiteral(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; "
        "padding: 2px; text-align: left; }"
        "QPushButton:focus { outline: 1px dotted palette(text); }"));
    button->setAccessibleName(accessibleText(text));
    return button;
}

QLabel *messageLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setVisible(false);
    return label;
}

void showMessage(QLabel *label, const QString &text, MessageTone tone) {
    switch (tone) {
    case MessageTone::Error:
        label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    case MessageTone::Success:
        label->setStyleSheet(QStringLiteral("color: #1b6e20; font-weight: bold;"));
        break;
    case MessageTone::Neutral:
        label->setStyleSheet(QString());
        break;
    }
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace apdesk::ui
