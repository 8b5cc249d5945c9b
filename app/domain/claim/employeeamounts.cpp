#include "employeeamounts.h"

#include "domain/claim/contractperiods.h"

#include <QLocale>

#include <algorithm>

namespace apdesk::domain {

namespace {

QLocale frenchLocale() {
    return QLocale(QLocale::French, QLocale::France);
}

QString percentText(Basis basis) {
    QString text = QString::number(basis / 100);
    if (basis % 100 != 0)
        text += QLatin1Char(',') + QString::number(basis % 100).rightJustified(2, QLatin1Char('0'));
    return text + QStringLiteral("\u00a0%");
}

QString multipleText(qint64 hundredths) {
    QString text = QString::number(hundredths / 100);
    if (hundredths % 100 != 0) {
        QString decimals = QString::number(hundredths % 100).rightJustified(2, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char(',') + decimals;
    }
    return text + EmployeeAmounts::tr(" × SMIC");
}

// rate × base, both exact: hundredths of a percent × hundredths of a cent = millionths of a cent.
// base is a whole number of hundredths of a cent (pay in ten-thousandths of a euro, or k × SMIC
// in hundredths × SMIC in cents), so the product stays exact in millionths of a cent.
HourlyAmount rateTimes(Basis rate, qint64 baseHundredthsOfCent) {
    return HourlyAmount::fromMicroCents(rate * baseHundredthsOfCent);
}

// Apprentices and professionalisation contracts paid below the SMIC: their own pay as indemnity,
// and (from November 2020) an allocation equal to it.
bool apprenticeBelowSmic(const ClaimEmployee &employee, const SmicRow &smic) {
    return employee.apprentice && *employee.grossHourlyPay < smic.hourlyGross;
}

} // namespace

EmployeeAmounts::EmployeeAmounts(const RatesTable &rates, RateCategory category,
                                 RateCategory sectorCategory, const QDate &date, Reasons reasons)
    : m_category(category)
    , m_sectorCategory(sectorCategory)
    , m_date(date)
    , m_reasons(reasons) {
    const auto rate = rates.ratesAt(date);
    const auto floor = rates.floorsAt(date);
    const auto smic = rates.smicAt(date);
    const auto cap = rates.payCapsAt(date);
    const auto apprentices = rates.apprenticeRulesAt(date);
    for (const QString *error :
         {&rate.error(), &floor.error(), &smic.error(), &cap.error(), &apprentices.error()}) {
        if (!error->isEmpty()) {
            m_rowsError = *error;
            return;
        }
    }
    m_rateRowFrom = rate->origin.from;
    const int column = int(category);
    if (!rate->indemnity[column] || !rate->allocation[column])
        return; // no rate for the scheme on that date: rowsFor() says so
    // The APLD rules exist from the scheme's start only, and serve APLD claims only.
    std::optional<ApldRuleRow> apld;
    if (category == RateCategory::Apld) {
        const auto rules = rates.apldRulesAt(date);
        if (!rules) {
            m_rowsError = rules.error();
            return;
        }
        apld = *rules;
    }
    m_rows = Rows{*rate, *floor, *smic, *cap, apld, *apprentices};
}

QString EmployeeAmounts::percent(Basis basis) const {
    auto text = m_percentTexts.constFind(basis);
    if (text == m_percentTexts.cend())
        text = m_percentTexts.insert(basis, percentText(basis));
    return *text;
}

QString EmployeeAmounts::perHour(Money money) const {
    auto text = m_moneyTexts.constFind(money.cents());
    if (text == m_moneyTexts.cend())
        text =
            m_moneyTexts.insert(money.cents(), money.toString(frenchLocale()) + tr(" par heure"));
    return *text;
}

QString EmployeeAmounts::perHour(HourlyAmount amount) const {
    auto text = m_amountTexts.constFind(amount.microCents());
    if (text == m_amountTexts.cend())
        text = m_amountTexts.insert(amount.microCents(),
                                    amount.toString(frenchLocale()) + tr(" par heure"));
    return *text;
}

// The pay taken as the base, in hundredths of a cent, capped at k × SMIC when the row says so.
qint64 EmployeeAmounts::cappedBase(HourlyPay gross, const std::optional<qint64> &smicMultiple,
                                   const SmicRow &smic, const RowOrigin &capRow,
                                   const QString &what, QList<RateUse> *why) const {
    const qint64 pay = gross.tenThousandths();
    if (!smicMultiple)
        return pay;
    const qint64 cap = *smicMultiple * smic.hourlyGross.cents();
    if (!why)
        return std::min(pay, cap);
    why->append({m_labels.smic, perHour(smic.hourlyGross), smic.origin});
    // The SMIC is the claim's: the text depends on the multiple alone.
    auto text = m_capTexts.constFind(*smicMultiple);
    if (text == m_capTexts.cend())
        text = m_capTexts.insert(*smicMultiple,
                                 multipleText(*smicMultiple) + QStringLiteral(" = ") +
                                     perHour(HourlyAmount::fromMicroCents(cap * 10000)));
    why->append({what, *text, capRow});
    return std::min(pay, cap);
}

void EmployeeAmounts::addProblem(const ClaimEmployee &employee, EmployeeResult &result,
                                 Problem::Level level, const QString &field,
                                 const QString &message) const {
    result.problems.append({level, employee.matricule, {}, field, message});
}

const EmployeeAmounts::Rows *EmployeeAmounts::rowsFor(const ClaimEmployee &employee,
                                                      EmployeeResult &result) const {
    if (m_rows)
        return &*m_rows;
    if (!m_rowsError.isEmpty()) {
        addProblem(employee, result, Problem::Level::Blocking, QStringLiteral("rates"),
                   tr("%1 : %2").arg(employee.displayName(), m_rowsError));
    } else {
        addProblem(employee, result, Problem::Level::Blocking, QStringLiteral("rates"),
                   tr("%1 : la table des taux n'a pas de taux pour ce régime le %2 (ligne du %3) "
                      "; le montant ne peut pas être calculé.")
                       .arg(employee.displayName(), m_date.toString(QStringLiteral("dd/MM/yyyy")),
                            m_rateRowFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return nullptr;
}

void EmployeeAmounts::computeIndemnity(const Rows &rows, const ClaimEmployee &employee,
                                       EmployeeResult &result) const {
    QList<RateUse> *why = reasonsIn(result.indemnityWhy);
    const HourlyPay gross = *employee.grossHourlyPay;
    const Basis rate = *rows.rate.indemnity[int(m_category)];
    if (why)
        why->append({m_labels.indemnityRate, percent(rate), rows.rate.origin});
    const auto &capMultiple = rows.cap.indemnitySmicMultiple[int(m_category)];
    const qint64 base =
        cappedBase(gross, capMultiple, rows.smic, rows.cap.origin, m_labels.indemnityCap, why);
    HourlyAmount hourly = rateTimes(rate, base);

    if (apprenticeBelowSmic(employee, rows.smic)) {
        // Ordonnances 2020-346 and 2020-1639: below the SMIC, the apprentice's own pay, and no
        // floor.
        if (why && !capMultiple)
            why->append({m_labels.smic, perHour(rows.smic.hourlyGross), rows.smic.origin});
        hourly = HourlyAmount::fromPay(gross);
        if (why)
            why->append({m_labels.apprenticeIndemnity, perHour(HourlyAmount::fromPay(gross)),
                         rows.smic.origin});
    } else {
        if (why)
            why->append(
                {m_labels.indemnityFloor, perHour(rows.floor.indemnity), rows.floor.origin});
        hourly = std::max(hourly, HourlyAmount::fromMoney(rows.floor.indemnity));
    }

    if (rows.cap.netPayCap) {
        if (employee.usualNetHourlyPay) {
            if (why)
                why->append({m_labels.netPayCap,
                             perHour(HourlyAmount::fromPay(*employee.usualNetHourlyPay)),
                             rows.cap.origin});
            hourly = std::min(hourly, HourlyAmount::fromPay(*employee.usualNetHourlyPay));
        } else {
            addProblem(employee, result, Problem::Level::Warning,
                       QStringLiteral("usualNetHourlyPay"),
                       tr("%1, rémunération nette horaire habituelle : non renseignée, alors que "
                          "l'indemnité ne peut pas la dépasser à partir du 01/07/2021 ; le "
                          "plafond n'a pas été appliqué.")
                           .arg(employee.displayName()));
        }
    }
    result.indemnityHourly = hourly;
}

std::optional<HourlyAmount> EmployeeAmounts::allocationOf(const Rows &rows, RateCategory category,
                                                          const ClaimEmployee &employee,
                                                          QList<RateUse> *why,
                                                          QString &missingFloor) const {
    const HourlyPay gross = *employee.grossHourlyPay;
    const Basis rate = *rows.rate.allocation[int(category)];
    if (why)
        why->append({m_labels.allocationRate, percent(rate), rows.rate.origin});
    const qint64 base = cappedBase(gross, rows.cap.allocationSmicMultiple, rows.smic,
                                   rows.cap.origin, m_labels.allocationCap, why);
    const HourlyAmount hourly = rateTimes(rate, base);

    if (employee.apprentice) {
        // D. 5122-13 and décret 2020-926 art. 7: the floor "n'est pas applicable … aux salariés
        // en contrat d'apprentissage ou de professionnalisation", whatever their pay (the floor
        // row's text).
        if (why)
            why->append({m_labels.apprenticeAllocation, perHour(hourly), rows.floor.origin});
        return hourly;
    }
    // Which floor: APLD's under APLD; the "70 % categories" one when the allocation rate is
    // 70 %; the common one otherwise (the column names of DOMAIN.md section 3).
    std::optional<Money> floor;
    QString what;
    if (category == RateCategory::Apld) {
        floor = rows.floor.allocationApld;
        what = m_labels.floorApld;
    } else if (rate == 7000) {
        floor = rows.floor.allocation70;
        what = m_labels.floor70;
    } else {
        floor = rows.floor.allocationCommon;
        what = m_labels.floorCommon;
    }
    if (!floor) {
        missingFloor = what;
        return std::nullopt;
    }
    if (why)
        why->append({what, perHour(*floor), rows.floor.origin});
    return std::max(hourly, HourlyAmount::fromMoney(*floor));
}

QString EmployeeAmounts::missingRowText(const Rows &rows, const QString &what) const {
    return tr("la table des taux n'a pas de « %1 » le %2 (ligne du %3)")
        .arg(what, m_date.toString(QStringLiteral("dd/MM/yyyy")),
             rows.floor.origin.from.toString(QStringLiteral("dd/MM/yyyy")));
}

// Under APLD from November 2020, the allocation the employer's sector would get under common
// law, when its hourly amount is higher (each with its own rate, cap and floor: see the table's
// note). Where the table cannot give the sector's amount the APLD amount stays, with a warning.
HourlyAmount EmployeeAmounts::withCommonLawWhenHigher(const Rows &rows,
                                                      const ClaimEmployee &employee,
                                                      HourlyAmount apld, EmployeeResult &result,
                                                      QList<RateUse> *why) const {
    if (m_category != RateCategory::Apld || !rows.apld ||
        !rows.apld->commonLawAllocationWhenHigher)
        return apld;
    if (!rows.rate.allocation[int(m_sectorCategory)]) {
        if (why)
            why->append({m_labels.commonLawNoRate, perHour(apld), rows.rate.origin});
        return apld;
    }
    QList<RateUse> commonWhy;
    QString missingFloor;
    const auto common =
        allocationOf(rows, m_sectorCategory, employee, why ? &commonWhy : nullptr, missingFloor);
    if (!common) {
        addProblem(employee, result, Problem::Level::Warning, QStringLiteral("rates"),
                   tr("%1 : %2 ; l'allocation APLD n'a pas été comparée à celle du droit commun.")
                       .arg(employee.displayName(), missingRowText(rows, missingFloor)));
        return apld;
    }
    const bool higher = *common > apld;
    if (why) {
        why->append({higher ? m_labels.commonLawRetained : m_labels.commonLawNotRetained,
                     perHour(*common), rows.apld->origin});
        // The common law's own rows, named as such so that they are not read as APLD's.
        if (higher) {
            for (RateUse use : std::as_const(commonWhy)) {
                use.what = m_labels.commonLawPrefix.arg(use.what);
                why->append(use);
            }
        }
    }
    return higher ? *common : apld;
}

bool EmployeeAmounts::computeAllocation(const Rows &rows, const ClaimEmployee &employee,
                                        EmployeeResult &result) const {
    QList<RateUse> *why = reasonsIn(result.allocationWhy);
    if (apprenticeBelowSmic(employee, rows.smic) &&
        rows.apprentices.allocationEqualsIndemnityBelowSmic) {
        // "Reste à charge nul": the employer gets back what it pays.
        if (why)
            why->append({m_labels.apprenticeEqualsIndemnity, perHour(result.indemnityHourly),
                         rows.apprentices.origin});
        result.allocationHourly = result.indemnityHourly;
        return true;
    }
    QString missingFloor;
    const std::optional<HourlyAmount> own =
        allocationOf(rows, m_category, employee, why, missingFloor);
    if (!own) {
        addProblem(employee, result, Problem::Level::Blocking, QStringLiteral("rates"),
                   tr("%1 : %2 ; l'allocation ne peut pas être calculée.")
                       .arg(employee.displayName(), missingRowText(rows, missingFloor)));
        return false;
    }
    HourlyAmount hourly = withCommonLawWhenHigher(rows, employee, *own, result, why);

    if (employee.apprentice && rows.apprentices.allocationAtMostIndemnity &&
        hourly > result.indemnityHourly) {
        if (why)
            why->append({m_labels.apprenticeAtMostIndemnity, perHour(result.indemnityHourly),
                         rows.apprentices.origin});
        hourly = result.indemnityHourly;
    }
    result.allocationHourly = hourly;
    return true;
}

void EmployeeAmounts::computeOneContract(const ClaimEmployee &employee,
                                         EmployeeResult &result) const {
    if (!employee.grossHourlyPay)
        return; // a blocking problem of its own (see ClaimEngine)
    // Far above any real pay, and low enough that rate × pay cannot overflow 64 bits.
    constexpr qint64 maxPay = 100'000'000 * HourlyPay::perCent;
    if (employee.grossHourlyPay->tenThousandths() > maxPay ||
        (employee.usualNetHourlyPay && employee.usualNetHourlyPay->tenThousandths() > maxPay)) {
        addProblem(employee, result, Problem::Level::Blocking, QStringLiteral("grossHourlyPay"),
                   tr("%1, rémunération horaire : le montant est trop grand pour être calculé.")
                       .arg(employee.displayName()));
        return;
    }
    const Rows *rows = rowsFor(employee, result);
    if (!rows)
        return;
    // A handful of reasons each (about ten for an APLD allocation compared with the common law):
    // reserved once, rather than the lists growing step by step for each of a batch's thousands of
    // employees.
    if (m_reasons == Reasons::Recorded) {
        result.indemnityWhy.reserve(5);
        result.allocationWhy.reserve(5);
    }
    computeIndemnity(*rows, employee, result);
    if (!computeAllocation(*rows, employee, result))
        return;
    const std::pair<HourlyAmount, Hours> indemnity{result.indemnityHourly,
                                                   result.indemnifiableHours};
    const std::pair<HourlyAmount, Hours> allocation{result.allocationHourly,
                                                    result.indemnifiableHours};
    setTotals(employee, std::span(&indemnity, 1), std::span(&allocation, 1), result);
}

void EmployeeAmounts::setTotals(const ClaimEmployee &employee,
                                std::span<const std::pair<HourlyAmount, Hours>> indemnities,
                                std::span<const std::pair<HourlyAmount, Hours>> allocations,
                                EmployeeResult &result) const {
    const auto indemnity = roundedSum(indemnities);
    const auto allocation = roundedSum(allocations);
    if (!indemnity || !allocation) {
        addProblem(employee, result, Problem::Level::Blocking, QStringLiteral("chomees"),
                   tr("%1 : les heures ou la rémunération sont trop grandes pour être calculées.")
                       .arg(employee.displayName()));
        return;
    }
    result.indemnity = *indemnity;
    result.allocation = *allocation;
    result.amountsComputed = true;
}

void EmployeeAmounts::compute(const ClaimEmployee &employee, EmployeeResult &result) const {
    if (result.contractPeriods.isEmpty())
        computeOneContract(employee, result);
    else
        computeContractPeriods(employee, result);
}

// Each period's hourly amounts from its own pay, its hours × those amounts added up exactly, and
// the sum rounded once; the "why" lists give each period's rows after a line naming it.
void EmployeeAmounts::computeContractPeriods(const ClaimEmployee &employee,
                                             EmployeeResult &result) const {
    const QList<ContractPeriod> periods = contractPeriods(
        employee, result.contractPeriods.first().from, result.contractPeriods.last().to);
    Q_ASSERT(periods.size() == result.contractPeriods.size());
    QList<std::pair<HourlyAmount, Hours>> indemnities;
    QList<std::pair<HourlyAmount, Hours>> allocations;
    bool computed = true;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        ContractPeriodResult &out = result.contractPeriods[p];
        EmployeeResult part;
        part.matricule = result.matricule;
        part.indemnifiableHours = out.hours;
        computeOneContract(withTermsOf(employee, periods[p]), part);
        for (const Problem &problem : std::as_const(part.problems)) {
            if (!result.problems.contains(problem))
                result.problems.append(problem);
        }
        if (!part.amountsComputed) {
            computed = false;
            continue;
        }
        out.indemnityHourly = part.indemnityHourly;
        out.allocationHourly = part.allocationHourly;
        indemnities.append({part.indemnityHourly, out.hours});
        allocations.append({part.allocationHourly, out.hours});
        result.indemnityHourly = part.indemnityHourly;
        result.allocationHourly = part.allocationHourly;
        if (m_reasons == Reasons::Recorded) {
            const RateUse heading{m_labels.period.arg(out.from.toString(QStringLiteral("dd/MM")),
                                                      out.to.toString(QStringLiteral("dd/MM"))),
                                  m_labels.periodHours.arg(
                                      out.hours.toString(frenchLocale()),
                                      part.indemnityHourly.toString(frenchLocale())),
                                  {}};
            result.indemnityWhy.append(heading);
            result.indemnityWhy.append(part.indemnityWhy);
            result.allocationWhy.append(
                {heading.what,
                 m_labels.periodHours.arg(out.hours.toString(frenchLocale()),
                                          part.allocationHourly.toString(frenchLocale())),
                 {}});
            result.allocationWhy.append(part.allocationWhy);
        }
    }
    if (computed)
        setTotals(employee, indemnities, allocations, result);
}

} // namespace apdesk::domain
