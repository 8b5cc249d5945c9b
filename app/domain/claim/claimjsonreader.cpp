#include "claimjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace apdesk::domain {

namespace {

// Reads typed fields and keeps the first structural error, with where it was and what was
// found; once an error is kept, the other reads return defaults and the caller fails the file.
class Fields final {
public:
    const QString &error() const { return m_error; }

    void fail(const QString &where, const QString &expected, const QJsonValue &found) {
        if (!m_error.isEmpty())
            return;
        QString what;
        if (found.isUndefined())
            what = ClaimJson::tr("rien");
        else if (found.isString())
            what = QStringLiteral("« %1 »").arg(found.toString());
        else
            what =
                QString::fromUtf8(QJsonDocument(QJsonArray{found}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
        m_error = ClaimJson::tr("%1 : %2 attendu, %3 trouvé.").arg(where, expected, what);
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &where) {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            fail(where + QLatin1Char('.') + key, ClaimJson::tr("un objet"), value);
        return value.toObject();
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &where,
                   bool required = true) {
        const QJsonValue value = parent.value(key);
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isString())
            fail(where + QLatin1Char('.') + key, ClaimJson::tr("un texte"), value);
        return value.toString();
    }

    QDate date(const QJsonObject &parent, const QString &key, const QString &where, bool required) {
        const QJsonValue value = parent.value(key);
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            fail(where + QLatin1Char('.') + key, ClaimJson::tr("une date AAAA-MM-JJ"), value);
        return date;
    }

    bool boolean(const QJsonObject &parent, const QString &key, const QString &where) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(where + QLatin1Char('.') + key, ClaimJson::tr("true ou false"), value);
        return value.toBool();
    }

    int integer(const QJsonObject &parent, const QString &key, const QString &where) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 1e9 || number != double(qint64(number))) {
            fail(where + QLatin1Char('.') + key, ClaimJson::tr("un nombre entier positif"), value);
            return 0;
        }
        return int(number);
    }

    // Hours and money of the header and of employees are structure: a bad one fails the file.
    Hours hours(const QJsonObject &parent, const QString &key, const QString &where) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return {};
        const auto parsed = Hours::parse(value.toString());
        if (!value.isString() || !parsed) {
            fail(where + QLatin1Char('.') + key,
                 ClaimJson::tr("une durée entre guillemets (\"35\", \"7,5\")"), value);
            return {};
        }
        return *parsed;
    }

    // Hourly pay: up to four decimals ("5.4325").
    std::optional<HourlyPay> pay(const QJsonObject &parent, const QString &key,
                                 const QString &where) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto parsed = HourlyPay::parse(value.toString());
        if (!value.isString() || !parsed) {
            fail(where + QLatin1Char('.') + key,
                 ClaimJson::tr("un montant entre guillemets, jusqu'à quatre décimales (\"12.34\", "
                               "\"5.4325\"), ou null"),
                 value);
            return std::nullopt;
        }
        return *parsed;
    }

    template <typename Enum>
    Enum choice(const QJsonObject &parent, const QString &key, const QString &where,
                const QList<QPair<QString, Enum>> &choices) {
        const QJsonValue value = parent.value(key);
        QStringList names;
        for (const auto &[name, choice] : choices) {
            if (value.toString() == name)
                return choice;
            names.append(QStringLiteral("\"%1\"").arg(name));
        }
        fail(where + QLatin1Char('.') + key, names.join(ClaimJson::tr(" ou ")), value);
        return choices.first().second;
    }

private:
    QString m_error;
};

// A change of contract or pay: its first day, and only what changes.
ContractChange readChange(Fields &f, const QJsonObject &object, const QString &where) {
    ContractChange change;
    change.from = f.date(object, QStringLiteral("from"), where, true);
    if (object.contains(QStringLiteral("weeklyHours")))
        change.weeklyHours = f.hours(object, QStringLiteral("weeklyHours"), where);
    change.grossHourlyPay = f.pay(object, QStringLiteral("grossHourlyPay"), where);
    change.usualNetHourlyPay = f.pay(object, QStringLiteral("usualNetHourlyPay"), where);
    if (!change.weeklyHours && !change.grossHourlyPay && !change.usualNetHourlyPay) {
        f.fail(where,
               ClaimJson::tr("au moins un de weeklyHours, grossHourlyPay, usualNetHourlyPay"),
               object);
    }
    return change;
}

ClaimEmployee readEmployee(Fields &f, const QJsonObject &object, const QString &where) {
    ClaimEmployee e;
    e.matricule = f.string(object, QStringLiteral("matricule"), where);
    e.nir = f.string(object, QStringLiteral("nir"), where, false);
    e.lastName = f.string(object, QStringLiteral("lastName"), where, false);
    e.firstName = f.string(object, QStringLiteral("firstName"), where, false);
    e.entry = f.date(object, QStringLiteral("entry"), where, false);
    e.exit = f.date(object, QStringLiteral("exit"), where, false);
    e.forfaitJours = f.boolean(object, QStringLiteral("forfaitJours"), where);
    e.weeklyHours = f.hours(object, QStringLiteral("weeklyHours"), where);
    e.grossHourlyPay = f.pay(object, QStringLiteral("grossHourlyPay"), where);
    e.usualNetHourlyPay = f.pay(object, QStringLiteral("usualNetHourlyPay"), where);
    e.apprentice = f.boolean(object, QStringLiteral("apprentice"), where);
    e.hoursEarlierThisYear = f.hours(object, QStringLiteral("hoursEarlierThisYear"), where);
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    if (!changes.isUndefined() && !changes.isArray()) {
        f.fail(where + QStringLiteral(".changes"), ClaimJson::tr("une liste de changements"),
               changes);
    }
    const QJsonArray list = changes.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral(".changes[%1]").arg(i);
        if (!list.at(i).isObject())
            f.fail(at, ClaimJson::tr("un objet"), list.at(i));
        e.changes.append(readChange(f, list.at(i).toObject(), at));
    }
    return e;
}

// The hour cells of a line: each one checked on its own (issue 5: "malformed or negative hours"
// is a blocking problem naming the employee, the week and the field).
// Employees by matricule (the last one of a matricule given twice, which the checks report).
using EmployeeIndex = QHash<QString, const ClaimEmployee *>;

ClaimLine readLine(Fields &f, const QJsonObject &object, const QString &where,
                   const EmployeeIndex &employees, QList<Problem> &problems) {
    ClaimLine l;
    l.matricule = f.string(object, QStringLiteral("matricule"), where);
    l.week = f.date(object, QStringLiteral("week"), where, true);
    l.halfDaysNotWorked = f.integer(object, QStringLiteral("halfDaysNotWorked"), where);
    const QDate monday = l.week.addDays(1 - l.week.dayOfWeek());
    // Who and what, for a problem only: a 100,000-line claim has almost none (issue 17).
    const auto problem = [&](const QString &key, const QString &message) {
        const ClaimEmployee *employee = employees.value(l.matricule);
        const QString name =
            employee ? employee->displayName() : ClaimJson::tr("matricule %1").arg(l.matricule);
        const QString label = key == u"worked" ? ClaimJson::tr("heures travaillées")
                              : key == u"treatedAsWorked"
                                  ? ClaimJson::tr("heures assimilées à du travail")
                                  : ClaimJson::tr("heures chômées");
        problems.append(
            {Problem::Level::Blocking, l.matricule, monday, key,
             ClaimJson::tr("%1, semaine du %2, %3 : %4")
                 .arg(name, monday.toString(QStringLiteral("dd/MM/yyyy")), label, message)});
    };
    const std::pair<QString, Hours *> cells[] = {
        {QStringLiteral("worked"), &l.worked},
        {QStringLiteral("treatedAsWorked"), &l.treatedAsWorked},
        {QStringLiteral("chomees"), &l.chomees},
    };
    for (const auto &[key, target] : cells) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        const auto parsed =
            Hours::parse(value.isString() ? value.toString() : QString::number(value.toDouble()));
        if (parsed)
            *target = *parsed;
        else
            problem(key, parsed.error());
    }
    return l;
}

} // namespace

Checked<ClaimInput> ClaimJson::read(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Checked<ClaimInput>::fail(
            ClaimJson::tr("Le fichier n'est pas une demande au format JSON (position %1 : %2).")
                .arg(error.offset)
                .arg(error.errorString()));
    }
    {
        Fields f;
        const QJsonObject root = document.object();
        ClaimInput input;
        Claim &c = input.claim;
        const QString month = f.string(root, QStringLiteral("month"), QStringLiteral("demande"));
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid())
            f.fail(QStringLiteral("demande.month"), ClaimJson::tr("un mois AAAA-MM"),
                   root.value(QStringLiteral("month")));
        c.year = first.year();
        c.month = first.month();
        c.today = f.date(root, QStringLiteral("today"), QStringLiteral("demande"), false);
        c.decisionHoursUsedEarlier =
            f.hours(root, QStringLiteral("decisionHoursUsedEarlier"), QStringLiteral("demande"));

        const QString e = QStringLiteral("establishment");
        const QJsonObject establishment = f.object(root, e, QStringLiteral("demande"));
        c.establishment.siret = f.string(establishment, QStringLiteral("siret"), e, false);
        c.establishment.departement = f.string(establishment, QStringLiteral("departement"), e);
        c.establishment.sector = f.choice<Sector>(establishment, QStringLiteral("sector"), e,
                                                  {{QStringLiteral("common"), Sector::Common},
                                                   {QStringLiteral("protected"), Sector::Protected},
                                                   {QStringLiteral("closed"), Sector::Closed}});

        const QString d = QStringLiteral("decision");
        const QJsonObject decision = f.object(root, d, QStringLiteral("demande"));
        c.decision.number = f.string(decision, QStringLiteral("number"), d, false);
        c.decision.start = f.date(decision, QStringLiteral("start"), d, true);
        c.decision.end = f.date(decision, QStringLiteral("end"), d, true);
        c.decision.form =
            f.choice<ReductionForm>(decision, QStringLiteral("form"), d,
                                    {{QStringLiteral("reduction"), ReductionForm::HoursReduction},
                                     {QStringLiteral("closure"), ReductionForm::TemporaryClosure}});
        c.decision.scheme = f.choice<Scheme>(decision, QStringLiteral("scheme"), d,
                                             {{QStringLiteral("common"), Scheme::CommonLaw},
                                              {QStringLiteral("apld"), Scheme::Apld}});
        c.decision.authorisedHours = f.hours(decision, QStringLiteral("authorisedHours"), d);
        c.decision.authorisedHeadcount =
            f.integer(decision, QStringLiteral("authorisedHeadcount"), d);

        const QJsonArray employees = root.value(QStringLiteral("employees")).toArray();
        for (int i = 0; i < employees.size(); ++i) {
            const QString where = QStringLiteral("employees[%1]").arg(i);
            if (!employees.at(i).isObject())
                f.fail(where, ClaimJson::tr("un objet"), employees.at(i));
            c.employees.append(readEmployee(f, employees.at(i).toObject(), where));
        }
        EmployeeIndex byMatricule;
        byMatricule.reserve(c.employees.size());
        for (const ClaimEmployee &employee : std::as_const(c.employees))
            byMatricule.insert(employee.matricule, &employee);
        const QJsonArray lines = root.value(QStringLiteral("lines")).toArray();
        c.lines.reserve(lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QString where = QStringLiteral("lines[%1]").arg(i);
            if (!lines.at(i).isObject())
                f.fail(where, ClaimJson::tr("un objet"), lines.at(i));
            c.lines.append(readLine(f, lines.at(i).toObject(), where, byMatricule, input.problems));
        }
        if (!f.error().isEmpty())
            return Checked<ClaimInput>::fail(f.error());
        return Checked<ClaimInput>::ok(input);
    }
}

} // namespace apdesk::domain
