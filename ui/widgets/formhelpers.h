#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace apdesk::ui {

// Makes `label` the visible label of `field`: its buddy (Alt+letter focuses the field) and the
// source of the field's accessible name, so a screen reader reads what a sighted user sees.
QLabel *labelFor(QWidget *field, const QString &text, QWidget *parent);

// The visible text without mnemonics ('&') and the mandatory mark ('*'): an accessible name.
QString accessibleText(const QString &visibleText);

// A flat button that looks like a hyperlink ("Mot de passe", "J'ai oublié mon identifiant"),
// reachable with Tab and triggered with Space or Enter like any button.
QPushButton *linkButton(const QString &text, QWidget *parent);

// A label for messages under a form: wraps, selectable, announced by screen readers
// (accessible role "alert" when the text changes is left to the platform).
QLabel *messageLabel(QWidget *parent);

enum class MessageTone { Neutral, Error, Success };
// The text of `widget` in the success colour (dark green) or the error colour (dark red), both
// readable in black and white prints and at 4.5:1 or more on white.
void setToneColour(QWidget *widget, bool met);
void showMessage(QLabel *label, const QString &text, MessageTone tone);

} // namespace apdesk::ui
