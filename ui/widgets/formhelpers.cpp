#include "formhelpers.h"

#include <QLabel>
#include <QPushButton>

namespace apdesk::ui {

namespace {
const QColor errorColour(0xb0, 0x00, 0x20);   // dark red, 7:1 on white
const QColor successColour(0x1b, 0x6e, 0x20); // dark green, 6:1 on white

// Colours and weights by palette and font, not style sheets: one style sheet anywhere puts every
// widget of the program through QStyleSheetStyle, which costs the start-up a few milliseconds.
void setTextColour(QWidget *widget, const QColor &colour) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::ButtonText, colour);
    widget->setPalette(palette);
}
} // namespace

void setToneColour(QWidget *widget, bool met) {
    setTextColour(widget, met ? successColour : errorColour);
}

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
    setTextColour(button, button->palette().color(QPalette::Link));
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
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
    QFont font = label->font();
    font.setBold(tone != MessageTone::Neutral);
    label->setFont(font);
    if (tone == MessageTone::Neutral)
        label->setPalette(QPalette());
    else
        setToneColour(label, tone == MessageTone::Success);
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace apdesk::ui
