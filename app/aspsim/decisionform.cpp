#include "decisionform.h"

#include "secrets.h"

#include "domain/siret.h"

#include <QRegularExpression>

namespace apdesk::aspsim {

namespace {

// "2026-01-31" only (QDate's ISO reading would take more).
QDate isoDate(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// Whether an optional field was given: absent, null and blank texts are not.
bool present(const JsonInput &input, const char *name) {
    const QJsonValue value = input.value(QLatin1String(name));
    return !value.isUndefined() && !value.isNull() &&
           !(value.isString() && value.toString().trimmed().isEmpty());
}

} // namespace

DecisionForm DecisionForm::read(JsonInput &input) {
    DecisionForm form;
    Decision &d = form.decision;
    const qsizetype missingBefore = input.missing().size();

    const QString siretText = input.text(QStringLiteral("siret"));
    const QString startText = input.text(QStringLiteral("periodStart"));
    const QString endText = input.text(QStringLiteral("periodEnd"));
    const auto formNumber = input.integer(QStringLiteral("form"));
    d.scheme = input.text(QStringLiteral("scheme"));
    const auto motive = input.integer(QStringLiteral("motive"));
    const QString hoursText = input.text(QStringLiteral("authorisedHours"));
    const auto headcount = input.integer(QStringLiteral("authorisedHeadcount"));
    const bool codeGiven = present(input, "secretCode");
    const QString codeText = codeGiven ? input.text(QStringLiteral("secretCode")) : QString();
    if (present(input, "number")) {
        d.number = input.text(QStringLiteral("number"));
    }

    for (qsizetype i = missingBefore; i < input.missing().size(); ++i) {
        form.fail(input.missing().at(i), tr("Ce champ est obligatoire."));
        form.m_missing = true;
    }
    auto given = [&](const char *name) {
        return !input.missing().contains(input.fieldName(QLatin1String(name)));
    };

    if (given("siret")) {
        const auto siret = domain::Siret::parse(siretText);
        if (siret) {
            d.siret = siret->digits();
        } else {
            form.fail(input.fieldName(QStringLiteral("siret")), siret.error());
        }
    }
    const QString dateMessage = tr("Une date au format AAAA-MM-JJ est attendue (par exemple "
                                   "2026-01-31).");
    if (given("periodStart")) {
        d.periodStart = isoDate(startText);
        if (!d.periodStart.isValid()) {
            form.fail(input.fieldName(QStringLiteral("periodStart")), dateMessage);
        }
    }
    if (given("periodEnd")) {
        d.periodEnd = isoDate(endText);
        if (!d.periodEnd.isValid()) {
            form.fail(input.fieldName(QStringLiteral("periodEnd")), dateMessage);
        } else if (d.periodStart.isValid() && d.periodEnd < d.periodStart) {
            form.fail(input.fieldName(QStringLiteral("periodEnd")),
                      tr("La fin de la période autorisée ne peut pas précéder son début."));
        }
    }
    if (formNumber) {
        if (*formNumber >= 1 && *formNumber <= 4) {
            d.form = static_cast<int>(*formNumber);
        } else {
            form.fail(input.fieldName(QStringLiteral("form")),
                      tr("La forme doit valoir 1 (réduction horaire, tout l'établissement), 2 "
                         "(réduction horaire, partie de l'établissement), 3 (fermeture "
                         "temporaire, tout l'établissement) ou 4 (fermeture temporaire, partie "
                         "de l'établissement)."));
        }
    }
    if (given("scheme") && d.scheme != QLatin1String("common") &&
        d.scheme != QLatin1String("apld")) {
        form.fail(input.fieldName(QStringLiteral("scheme")),
                  tr("Le régime doit être « common » (droit commun) ou « apld » (activité "
                     "partielle de longue durée)."));
    }
    if (motive) {
        if (*motive >= 1 && *motive <= 5) {
            d.motive = static_cast<int>(*motive);
        } else {
            form.fail(input.fieldName(QStringLiteral("motive")),
                      tr("Le motif doit valoir de 1 à 5 (1 conjoncture économique, 2 difficultés "
                         "d'approvisionnement, 3 sinistre ou intempéries, 4 transformation, "
                         "restructuration ou modernisation, 5 autres circonstances "
                         "exceptionnelles)."));
        }
    }
    if (given("authorisedHours")) {
        const auto hundredths = Decision::parseHours(hoursText);
        if (hundredths && *hundredths > 0) {
            d.authorisedHundredths = *hundredths;
        } else {
            form.fail(input.fieldName(QStringLiteral("authorisedHours")),
                      tr("Un nombre d'heures supérieur à zéro est attendu, en texte, avec au plus "
                         "deux décimales après un point (par exemple « 1234.50 »)."));
        }
    }
    if (headcount) {
        if (*headcount >= 1 && *headcount <= 1000000) {
            d.authorisedHeadcount = static_cast<int>(*headcount);
        } else {
            form.fail(input.fieldName(QStringLiteral("authorisedHeadcount")),
                      tr("L'effectif autorisé est un nombre de salariés, de 1 à 1 000 000."));
        }
    }
    if (!codeGiven) {
        d.secretCode = secrets::decisionCode();
    } else if (secrets::isDecisionCode(codeText)) {
        d.secretCode = codeText;
    } else if (!input.hasTypeErrors()) {
        form.fail(input.fieldName(QStringLiteral("secretCode")),
                  tr("Le code secret compte 10 caractères : lettres majuscules et chiffres, sans "
                     "0, O, 1 ni I."));
    }
    if (!d.number.isEmpty() && !QRegularExpression(QStringLiteral(R"(^[A-Za-z0-9_-]{1,40}$)"))
                                    .match(d.number)
                                    .hasMatch()) {
        form.fail(input.fieldName(QStringLiteral("number")),
                  tr("Le numéro de décision compte au plus 40 lettres, chiffres, tirets ou "
                     "soulignés."));
    }
    return form;
}

HttpReply DecisionForm::errorReply() const {
    if (m_missing) {
        return apierror::reply(400, QStringLiteral("missing_fields"),
                               tr("Tous les champs obligatoires de la décision ne sont pas "
                                  "renseignés."),
                               m_errors);
    }
    return apierror::reply(400, QStringLiteral("invalid_fields"),
                           tr("Certains champs de la décision sont incorrects : voyez le message "
                              "de chacun."),
                           m_errors);
}

} // namespace apdesk::aspsim
