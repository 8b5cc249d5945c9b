#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace apdesk::ui {

// Step 1 of "CRÉER MON ESPACE": the establishment's SIRET, checked as it is typed, offered to the
// next pages as the wizard's field "siret" (its 14 digits).
class SiretPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiretPage)
    Q_PROPERTY(QString siret READ siret NOTIFY siretChanged)

public:
    explicit SiretPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    // The 14 digits, once valid.
    QString siret() const;

signals:
    void siretChanged();

private:
    void check();

    QLineEdit *m_siret = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace apdesk::ui
