#include "passwordchecklist.h"

#include "domain/passwordpolicy.h"
#include "formhelpers.h"

#include <QLabel>
#include <QVBoxLayout>

namespace apdesk::ui {

using domain::PasswordRule;
namespace PasswordPolicy = domain::PasswordPolicy;

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("passwordChecklist"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const auto rules = PasswordPolicy::allRules();
    for (PasswordRule rule : rules) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("passwordRule%1").arg(int(rule)));
        m_ruleLabels.append(label);
        layout->addWidget(label);
    }
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("passwordRuleMatch"));
    layout->addWidget(m_matchLabel);
    update(QString(), QString());
}

void PasswordChecklist::setLine(QLabel *label, const QString &rule, bool met) {
    label->setText((met ? tr("✔ %1 : respectée") : tr("✘ %1 : non respectée")).arg(rule));
    setToneColour(label, met);
    label->setAccessibleName(label->text());
}

void PasswordChecklist::update(const QString &password, const QString &confirmation) {
    const auto rules = PasswordPolicy::allRules();
    const auto unmet = PasswordPolicy::unmetRules(password);
    for (qsizetype i = 0; i < rules.size(); ++i)
        setLine(m_ruleLabels.at(i), PasswordPolicy::describe(rules.at(i)),
                !unmet.contains(rules.at(i)));
    const bool matches = !password.isEmpty() && password == confirmation;
    setLine(m_matchLabel, tr("Les deux saisies sont identiques"), matches);
    m_allMet = unmet.isEmpty() && matches;
}

} // namespace apdesk::ui
