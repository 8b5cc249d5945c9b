#pragma once

#include <QDialog>

class QTextBrowser;

namespace apdesk::ui {

class ClaimDocument;

// "Pourquoi ce montant ?": for one employee of an open claim, what the engine computed the
// amounts from — each week's cap and hours, the hourly pay, every rate, floor or cap used with
// its legal source, and the indemnity and allocation. Read-only text a screen reader reads in
// order.
class WhyAmountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyAmountDialog)

public:
    WhyAmountDialog(const ClaimDocument &document, int row, QWidget *parent = nullptr);

    // The explanation as HTML (what the dialog shows).
    static QString explanation(const ClaimDocument &document, int row);

private:
    QTextBrowser *m_text;
};

} // namespace apdesk::ui
