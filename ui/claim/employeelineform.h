#pragma once

#include "account/fielderrors.h"
#include "store/records.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace apdesk::ui {

// "AJOUTER UNE LIGNE": one new employee typed by hand — nom, prénom, NIR, matricule, weekly
// hours or forfait-jours, gross and usual net hourly pay, entry and exit dates, apprentice.
// Each field is checked as it is typed, with the messages of the employees file's checks
// (exchange::EmployeeCsv, domain::Nir, Hours, Money), shown under the field and given to it as
// its accessible description. It writes nothing: employee() gives the checked employee.
class EmployeeLineForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeLineForm)

public:
    explicit EmployeeLineForm(QWidget *parent = nullptr);

    // Checks every field (also those not typed yet) and shows their messages; the employee of
    // `establishmentId` when all are right, nullopt otherwise (the focus goes to the first
    // field in error).
    std::optional<store::Employee> employee(qint64 establishmentId);
    // A message about the whole line from the store (a NIR already there), under `field`
    // ("nir" for a duplicate).
    void setError(const QString &field, const QString &message);
    // Empties the fields and their messages, for the next line.
    void clear();
    QString error(const QString &field) const { return m_errors.message(field); }
    QLineEdit *firstField() const { return m_lastName; }

private:
    bool check(const QString &field);

    FieldErrors m_errors;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_nir = nullptr;
    QLineEdit *m_matricule = nullptr;
    QComboBox *m_contract = nullptr;
    QLineEdit *m_weeklyHours = nullptr;
    QLineEdit *m_grossPay = nullptr;
    QLineEdit *m_netPay = nullptr;
    QLineEdit *m_entry = nullptr;
    QLineEdit *m_exit = nullptr;
    QCheckBox *m_apprentice = nullptr;
};

} // namespace apdesk::ui
