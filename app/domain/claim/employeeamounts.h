#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/ratestable.h"

#include <QCoreApplication>
#include <QHash>

#include <span>
#include <utility>

namespace apdesk::domain {

// Whether a computation records the rows each amount used (EmployeeResult's "why" lists): the
// claim's JSON and the "why this amount" window show them; a screen computing thousands of
// employees to show their amounts skips them, and asks for one employee's when it is shown.
enum class Reasons { Recorded, Skipped };

// The two hourly amounts of one employee and their rounded totals (DOMAIN.md section 3):
// - indemnity = rate × gross hourly pay (capped at k × SMIC where the row says so), at least the
//   indemnity floor — apprentices and professionalisation contracts paid below the SMIC get
//   their own hourly pay instead —, and not above the usual net hourly pay where the row says
//   so;
// - allocation = rate × gross hourly pay capped at k × SMIC, at least the allocation floor of
//   the category (APLD; 70 % categories; common), no floor for apprentices and
//   professionalisation contracts whatever their pay;
//   under APLD, the sector's common-law allocation when its hourly amount is higher (the
//   table's "apld" rows); for apprentices and professionalisation contracts never above the
//   indemnity, and equal to it below the SMIC where the table's "apprentices" rows say so.
// Every row consulted is recorded in the result's "why" lists, unless reasons are skipped.
class EmployeeAmounts final {
    Q_DECLARE_TR_FUNCTIONS(EmployeeAmounts)

public:
    // `sectorCategory`: the column of the employer's sector under common law (that of
    // `category` but under APLD, where the allocation may be the common law's).
    EmployeeAmounts(const RatesTable &rates, RateCategory category, RateCategory sectorCategory,
                    const QDate &date, Reasons reasons);

    // Needs result.indemnifiableHours, and result.contractPeriods with their hours when the
    // contract changes during the month; fills the hourly amounts, amounts, why and problems.
    void compute(const ClaimEmployee &employee, EmployeeResult &result) const;

private:
    struct Rows {
        RateRow rate;
        FloorRow floor;
        SmicRow smic;
        PayCapRow cap;
        std::optional<ApldRuleRow> apld; // APLD claims only
        ApprenticeRuleRow apprentices;
    };
    // The labels of the "why" lists, translated once per claim rather than once per employee.
    struct Labels {
        QString smic = tr("SMIC horaire brut");
        QString indemnityRate = tr("Taux de l'indemnité");
        QString indemnityCap = tr("Plafond de la rémunération (indemnité)");
        QString indemnityFloor = tr("Plancher de l'indemnité");
        QString apprenticeIndemnity = tr("Apprenti ou contrat de professionnalisation payé sous "
                                         "le SMIC : sa rémunération horaire, sans plancher");
        QString netPayCap = tr("Plafond : rémunération nette horaire habituelle");
        QString allocationRate = tr("Taux de l'allocation");
        QString allocationCap = tr("Plafond de la rémunération (allocation)");
        QString apprenticeAllocation =
            tr("Apprenti ou contrat de professionnalisation : pas de plancher de l'allocation");
        QString floorApld = tr("Plancher de l'allocation (APLD)");
        QString floor70 = tr("Plancher de l'allocation (catégories à 70 %)");
        QString floorCommon = tr("Plancher de l'allocation (taux commun)");
        QString commonLawRetained =
            tr("APLD : allocation de droit commun du secteur, plus élevée, retenue");
        QString commonLawNotRetained =
            tr("APLD : allocation de droit commun du secteur, moins élevée, non retenue");
        QString commonLawNoRate = tr("APLD : la table n'a pas de taux de droit commun pour le "
                                     "secteur à cette date ; allocation APLD retenue sans "
                                     "comparaison");
        QString commonLawPrefix = tr("Droit commun : %1");
        QString period = tr("Contrat du %1 au %2");
        QString periodHours = tr("%1 h à %2 par heure");
        QString apprenticeEqualsIndemnity =
            tr("Apprenti ou contrat de professionnalisation payé sous le SMIC : allocation "
               "égale à l'indemnité (reste à charge nul)");
        QString apprenticeAtMostIndemnity =
            tr("Apprenti ou contrat de professionnalisation : allocation plafonnée à "
               "l'indemnité");
    };
    void computeOneContract(const ClaimEmployee &employee, EmployeeResult &result) const;
    void computeContractPeriods(const ClaimEmployee &employee, EmployeeResult &result) const;
    // The amounts: Σ hours × hourly amount, rounded once; a blocking problem on overflow.
    void setTotals(const ClaimEmployee &employee,
                   std::span<const std::pair<HourlyAmount, Hours>> indemnities,
                   std::span<const std::pair<HourlyAmount, Hours>> allocations,
                   EmployeeResult &result) const;
    // The rows of the claim's date, looked up once; a blocking problem for each employee when
    // one is missing.
    const Rows *rowsFor(const ClaimEmployee &employee, EmployeeResult &result) const;
    void computeIndemnity(const Rows &rows, const ClaimEmployee &employee,
                          EmployeeResult &result) const;
    bool computeAllocation(const Rows &rows, const ClaimEmployee &employee,
                           EmployeeResult &result) const;
    // The allocation of one category's column: rate × capped pay, at least its floor (none
    // for apprentices); nullopt, with the missing floor's name in `missingFloor`, when the table
    // has no such floor.
    std::optional<HourlyAmount> allocationOf(const Rows &rows, RateCategory category,
                                             const ClaimEmployee &employee, QList<RateUse> *why,
                                             QString &missingFloor) const;
    HourlyAmount withCommonLawWhenHigher(const Rows &rows, const ClaimEmployee &employee,
                                         HourlyAmount apld, EmployeeResult &result,
                                         QList<RateUse> *why) const;
    // "the table has no «what» on <date> (row of <from>)", for a missing floor.
    QString missingRowText(const Rows &rows, const QString &what) const;
    void addProblem(const ClaimEmployee &employee, EmployeeResult &result, Problem::Level level,
                    const QString &field, const QString &message) const;
    qint64 cappedBase(HourlyPay gross, const std::optional<qint64> &smicMultiple,
                      const SmicRow &smic, const RowOrigin &capRow, const QString &what,
                      QList<RateUse> *why) const;
    // Where a computation's reasons go: nowhere when they are skipped.
    QList<RateUse> *reasonsIn(QList<RateUse> &why) const {
        return m_reasons == Reasons::Recorded ? &why : nullptr;
    }
    QString perHour(Money money) const;
    QString perHour(HourlyAmount amount) const;
    QString percent(Basis basis) const;

    RateCategory m_category;
    RateCategory m_sectorCategory;
    QDate m_date;
    Reasons m_reasons;
    std::optional<Rows> m_rows;
    QString m_rowsError; // why m_rows is missing: the table's own error, or "" for no rate
    QDate m_rateRowFrom;
    const Labels m_labels;
    // The "… par heure" texts already made, by cents and by millionths of a cent: a claim's
    // thousands of employees share its SMIC, floors and caps, and formatting an amount is most
    // of the cost of computing one employee. One EmployeeAmounts serves one computation in one
    // thread (ClaimEngine makes one per claim), so a change of language is never missed.
    mutable QHash<qint64, QString> m_moneyTexts;
    mutable QHash<qint64, QString> m_amountTexts;
    mutable QHash<qint64, QString> m_percentTexts;
    mutable QHash<qint64, QString> m_capTexts; // "k × SMIC = … par heure", by k
};

} // namespace apdesk::domain
