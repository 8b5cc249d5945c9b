#pragma once

#include "apierror.h"
#include "decision.h"
#include "jsoninput.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::aspsim {

// The fields of a decision given to the service (POST /sim/decisions, the seed's "decisions"):
// {siret, periodStart, periodEnd, form, scheme, motive, authorisedHours, authorisedHeadcount,
//  secretCode (optional: drawn when absent), number (seed only, optional)}, each checked with a
// French message naming what is expected. Whether the establishment exists is the caller's check.
class DecisionForm final {
    Q_DECLARE_TR_FUNCTIONS(DecisionForm)

public:
    // Reads every field and notes every problem; type errors stay in `input`.
    static DecisionForm read(JsonInput &input);

    bool isValid() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // 400 missing_fields when a mandatory field is absent, else invalid_fields; every field error.
    HttpReply errorReply() const;

    // The checked values: number empty unless given; secretCode drawn when it was absent;
    // decidedAt 0 (the store stamps it).
    Decision decision;

private:
    void fail(const QString &field, const QString &message) { m_errors.append({field, message}); }

    QList<FieldError> m_errors;
    bool m_missing = false;
};

} // namespace apdesk::aspsim
