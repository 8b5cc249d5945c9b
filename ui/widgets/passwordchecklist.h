#pragma once

#include <QWidget>

class QLabel;

namespace apdesk::ui {

// The password policy as a live checklist: each rule ticked as soon as the typed password meets
// it, plus whether the confirmation matches. Marks and words both say it ("✔ … : respectée"),
// so the state does not rest on colour alone and screen readers read it.
class PasswordChecklist final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChecklist)

public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    void update(const QString &password, const QString &confirmation);
    bool allMet() const { return m_allMet; }

private:
    static void setLine(QLabel *label, const QString &rule, bool met);

    QList<QLabel *> m_ruleLabels;
    QLabel *m_matchLabel = nullptr;
    bool m_allMet = false;
};

} // namespace apdesk::ui
