#include "createclaimdialog.h"

#include "decisiontext.h"

#include "decisionsync.h"
#include "gridtext.h"
#include "widgets/formhelpers.h"

#include "domain/claim/claimchecks.h"
#include "domain/frenchtext.h"
#include "domain/siret.h"
#include "store/carryover.h"
#include "store/claimassembler.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/store.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

constexpr int codeLength = 10;

} // namespace

CreateClaimDialog::CreateClaimDialog(const store::Store &store,
                                     const store::Establishment &establishment,
                                     client::AspClient *client, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_establishment(establishment)
    , m_client(client) {
    setObjectName(QStringLiteral("createClaimDialog"));
    setWindowTitle(tr("Créer une nouvelle demande"));

    auto *intro = new QLabel(
        tr("<b>%1</b> — SIRET %2<br>Saisissez le code secret de 10 caractères qui figure sur la "
           "notification de décision d'autorisation, puis choisissez le mois de la demande.")
            .arg(establishment.name.toHtmlEscaped(), domain::Siret::formatted(establishment.siret)),
        this);
    intro->setWordWrap(true);

    m_decisionsState = new QLabel(this);
    m_decisionsState->setObjectName(QStringLiteral("decisionsState"));
    m_decisionsState->setWordWrap(true);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("secretCodeEdit"));
    m_code->setMaxLength(codeLength + 4); // room for the spaces a clerk may copy with it
    m_code->setPlaceholderText(QStringLiteral("K7P2QX9M4R"));
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 12);
    m_check = new QPushButton(tr("&Vérifier le code"), this);
    m_check->setObjectName(QStringLiteral("checkCodeButton"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_check);
    m_codeMessage = messageLabel(this);
    m_codeMessage->setObjectName(QStringLiteral("codeMessage"));

    auto *decisionBox = new QGroupBox(tr("Décision"), this);
    m_decisionText = new QLabel(decisionBox);
    m_decisionText->setObjectName(QStringLiteral("decisionSummary"));
    // Short lines, one per fact: no word wrap, so the dialog's minimum height counts them all.
    m_decisionText->setWordWrap(false);
    m_decisionText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decisionText);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("monthCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumSize(m_calendar->sizeHint());
    // QCalendarWidget's arrows are icons without a name, and its days grid has none: a screen
    // reader would announce "button" twice and an unnamed table (Qt's object names, stable
    // since Qt 4).
    const struct {
        const char *objectName;
        QString accessibleName;
    } calendarParts[] = {{"qt_calendar_prevmonth", tr("Mois précédent")},
                         {"qt_calendar_nextmonth", tr("Mois suivant")},
                         {"qt_calendar_calendarview", tr("Jours du mois")}};
    for (const auto &part : calendarParts) {
        if (auto *widget = m_calendar->findChild<QWidget *>(QLatin1String(part.objectName)))
            widget->setAccessibleName(part.accessibleName);
    }
    m_calendarLabel = labelFor(m_calendar, tr("&Mois de la demande (un jour du mois) :"), this);
    m_chosenMonth = new QLabel(this);
    m_carryOver = new QCheckBox(this);
    m_carryOver->setObjectName(QStringLiteral("carryOverBox"));
    m_carryOver->setToolTip(tr("Ce qui a changé depuis (arrivées, départs, contrats, salaires) "
                               "est montré avant que rien ne soit écrit."));
    m_carryOver->setAccessibleDescription(m_carryOver->toolTip());
    connect(m_carryOver, &QCheckBox::clicked, this, [this] { m_carryOverChosen = true; });
    m_chosenMonth->setObjectName(QStringLiteral("chosenMonth"));
    // The room the decision's five lines and the messages take once the code is recognised,
    // kept from the start: the dialog is sized for it, and nothing below them moves.
    const int line = fontMetrics().lineSpacing();
    m_decisionText->setMinimumHeight(line * 5);
    m_codeMessage->setMinimumHeight(line);
    m_chosenMonth->setMinimumHeight(line);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&créer"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createClaimButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Annuler"));

    auto *form = new QFormLayout;
    form->addRow(labelFor(m_code, tr("&Code secret de la décision :"), this), codeRow);
    // On a small screen at 200 % the steps scroll; the buttons stay in view.
    auto *steps = new QWidget;
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->addWidget(intro);
    stepsLayout->addWidget(m_decisionsState);
    stepsLayout->addLayout(form);
    stepsLayout->addWidget(m_codeMessage);
    stepsLayout->addWidget(decisionBox);
    stepsLayout->addWidget(m_calendarLabel);
    stepsLayout->addWidget(m_calendar);
    stepsLayout->addWidget(m_chosenMonth);
    stepsLayout->addWidget(m_carryOver);
    stepsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("createClaimSteps"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(steps);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, layout->contentsMargins().bottom());
    layout->addWidget(scroll, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(layout->contentsMargins().bottom(), 0,
                                  layout->contentsMargins().bottom(), 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    const int width = fontMetrics().averageCharWidth() * 72;
    steps->setMinimumWidth(width);
    resize(width + 40, steps->sizeHint().height() + buttons->sizeHint().height() + 60);

    // Enter in the code checks it ("Vérifier" is the default button); it never creates a claim
    // on a month the clerk has not looked at. Enter on the calendar's day creates.
    m_check->setDefault(true);
    connect(m_check, &QPushButton::clicked, this, &CreateClaimDialog::checkCode);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        forgetDecision();
        // The code is checked as soon as it is whole; a shorter one waits for "Vérifier".
        if (QString(text).remove(QRegularExpression(QStringLiteral("\\s"))).size() == codeLength)
            checkCode();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            &CreateClaimDialog::updateChosenMonth);
    connect(m_calendar, &QCalendarWidget::activated, this, &CreateClaimDialog::create);
    connect(m_create, &QPushButton::clicked, this, &CreateClaimDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    forgetDecision();
    refreshDecisions();
    m_code->setFocus();
}

QDate CreateClaimDialog::today() const {
    return m_store.now().toLocalTime().date();
}

void CreateClaimDialog::refreshDecisions() {
    if (!m_client) {
        m_decisionsState->setText(tr("Hors ligne : le code est vérifié avec les décisions "
                                     "enregistrées sur cet ordinateur."));
        return;
    }
    m_decisionsState->setText(tr("Récupération des décisions de l'établissement…"));
    refreshCachedDecisions(*m_client, m_store, m_establishment.siret, this,
                           [this](const QString &error) {
                               m_decisionsState->setText(
                                   error.isEmpty()
                                       ? tr("Décisions de l'établissement à jour.")
                                       : tr("Les décisions n'ont pas pu être récupérées (%1) : "
                                            "celles enregistrées sur cet ordinateur sont "
                                            "utilisées.")
                                             .arg(error));
                               if (!m_decision && !m_code->text().isEmpty())
                                   checkCode();
                               emit decisionsRefreshed(error);
                           });
}

void CreateClaimDialog::checkCode() {
    forgetDecision();
    const QString code =
        m_code->text().remove(QRegularExpression(QStringLiteral("\\s"))).toUpper();
    const auto refuse = [this](const QString &message) {
        showMessage(m_codeMessage, message, MessageTone::Error);
        m_code->setFocus();
    };
    if (code.isEmpty()) {
        refuse(tr("Saisissez le code secret de la notification de décision (10 lettres et "
                  "chiffres)."));
        return;
    }
    static const QRegularExpression alphanumeric(QStringLiteral("^[A-Z0-9]+$"));
    if (!alphanumeric.match(code).hasMatch()) {
        refuse(tr("Le code secret ne contient que des lettres et des chiffres ; « %1 » contient "
                  "un autre caractère.")
                   .arg(code));
        return;
    }
    if (code.size() != codeLength) {
        refuse(tr("Le code secret compte 10 caractères ; vous en avez saisi %n.", nullptr,
                  int(code.size())));
        return;
    }
    const auto decisions = m_store.decisionCache().listForSiret(m_establishment.siret);
    if (!decisions) {
        refuse(decisions.error().message);
        return;
    }
    if (decisions->isEmpty()) {
        refuse(m_client ? tr("Aucune décision d'autorisation n'est connue pour cet établissement. "
                             "Une demande se crée après la décision de l'unité départementale.")
                        : tr("Aucune décision de cet établissement n'est enregistrée sur cet "
                             "ordinateur : connectez-vous une fois pour récupérer ses décisions, "
                             "vous pourrez ensuite travailler hors ligne."));
        return;
    }
    for (const store::CachedDecision &decision : decisions.value()) {
        if (decision.secretCode.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        const QDate deadline =
            domain::ClaimChecks::filingDeadline(store::ClaimAssembler::toDecision(decision));
        if (today() > deadline) {
            refuse(tr("Ce code est celui de la décision %1 (du %2 au %3), dont le délai de dépôt "
                      "des demandes a pris fin le %4 : aucune demande ne peut plus être créée "
                      "pour cette décision.")
                       .arg(decision.number, gridtext::date(decision.periodStart),
                            gridtext::date(decision.periodEnd), gridtext::date(deadline)));
            return;
        }
        showDecision(decision);
        return;
    }
    // Never which codes exist: only that this one is not one of them.
    refuse(tr("Ce code ne correspond à aucune décision de cet établissement. Vérifiez-le sur la "
              "notification de décision : 10 lettres et chiffres, sans confondre O et 0."));
}

void CreateClaimDialog::showDecision(const store::CachedDecision &decision) {
    m_decision = decision;
    showMessage(m_codeMessage, tr("Code reconnu : décision %1.").arg(decision.number),
                MessageTone::Success);
    m_decisionText->setText(
        tr("Décision %1\nPériode autorisée : du %2 au %3\nForme : %4\nDispositif : %5\n"
           "Heures autorisées : %6 h pour %n salarié(s)",
           nullptr, decision.authorisedHeadcount)
            .arg(decision.number, gridtext::date(decision.periodStart),
                 gridtext::date(decision.periodEnd), decisiontext::form(decision.form),
                 decisiontext::scheme(decision.scheme), gridtext::hours(decision.authorisedHours)));
    m_decisionText->setAccessibleName(m_decisionText->text());

    // The calendar offers the decision's period only, and marks the months already claimed.
    m_calendar->setDateRange(decision.periodStart, decision.periodEnd);
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    if (const auto claims = m_store.claims().listFor(m_establishment.id)) {
        QTextCharFormat claimed;
        claimed.setFontWeight(QFont::Bold);
        claimed.setFontUnderline(true);
        for (const store::Claim &claim : claims.value()) {
            if (claim.decisionNumber != decision.number)
                continue;
            for (QDate d = claim.month; d.month() == claim.month.month(); d = d.addDays(1))
                m_calendar->setDateTextFormat(d, claimed);
        }
    }
    const QDate start = std::clamp(today(), decision.periodStart, decision.periodEnd);
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_calendar->setEnabled(true);
    m_calendarLabel->setEnabled(true);
    updateChosenMonth();
    m_calendar->setFocus();
}

void CreateClaimDialog::forgetDecision() {
    m_decision.reset();
    m_decisionText->setText(tr("Le code vérifié, la décision s'affiche ici."));
    m_decisionText->setAccessibleName(m_decisionText->text());
    m_calendar->setEnabled(false);
    m_calendarLabel->setEnabled(false);
    m_chosenMonth->clear();
    m_carryOver->setText(tr("&Reprendre les salariés du mois précédent"));
    m_carryOver->setEnabled(false);
    m_create->setEnabled(false);
}

bool CreateClaimDialog::carryOverRequested() const {
    return m_carryOver->isEnabled() && m_carryOver->isChecked();
}

std::optional<store::Claim> CreateClaimDialog::claimOfChosenMonth() const {
    const QDate day = m_calendar->selectedDate();
    const QDate month(day.year(), day.month(), 1);
    if (const auto claims = m_store.claims().listFor(m_establishment.id)) {
        for (const store::Claim &claim : claims.value()) {
            if (claim.decisionNumber == m_decision->number && claim.month == month)
                return claim;
        }
    }
    return std::nullopt;
}

void CreateClaimDialog::updateChosenMonth() {
    if (!m_decision)
        return;
    const QString month = gridtext::monthYear(m_calendar->selectedDate());
    m_chosenMonth->setText(
        claimOfChosenMonth()
            ? domain::frenchtext::elideBeforeMonths(
                  tr("La demande de %1 existe déjà : « créer » l'ouvre.").arg(month))
            : domain::frenchtext::elideBeforeMonths(tr("Demande de %1").arg(month)));
    m_chosenMonth->setAccessibleName(m_chosenMonth->text());
    // Offered for a new claim whose month before has one; ticked when it is first offered.
    const QDate day = m_calendar->selectedDate();
    store::Claim chosen;
    chosen.establishmentId = m_establishment.id;
    chosen.month = QDate(day.year(), day.month(), 1);
    const QString before = gridtext::monthYear(chosen.month.addMonths(-1));
    const auto previous = store::CarryOver(m_store).previousOf(chosen);
    const bool exists = claimOfChosenMonth().has_value();
    const bool offered = !exists && previous && previous.value();
    // Ticked when first offered; the clerk's own choice stands from then on.
    if (offered && !m_carryOverChosen)
        m_carryOver->setChecked(true);
    m_carryOver->setEnabled(offered);
    m_carryOver->setText(
        offered ? domain::frenchtext::elideBeforeMonths(
                      tr("&Reprendre les salariés de la demande de %1").arg(before))
        : exists
            ? tr("&Reprendre les salariés du mois précédent (la demande existe déjà)")
            : tr("&Reprendre les salariés du mois précédent (%1 n'a pas de demande)").arg(before));
    m_create->setEnabled(true);
}

void CreateClaimDialog::create() {
    // Enter on the calendar both activates its day and reaches the default button: once only.
    if (!m_decision || !isVisible())
        return;
    const QDate day = m_calendar->selectedDate();
    const auto created = m_store.claims().create(m_establishment.id, m_decision->number,
                                                 QDate(day.year(), day.month(), 1));
    if (created) {
        m_claimId = created->id;
        m_openedExisting = false;
        accept();
        return;
    }
    if (created.error().kind == store::ErrorKind::Duplicate) {
        if (const auto existing = claimOfChosenMonth()) {
            m_claimId = existing->id;
            m_openedExisting = true;
            accept();
            return;
        }
    }
    showMessage(m_codeMessage, created.error().message, MessageTone::Error);
}

} // namespace apdesk::ui
