<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AccountRequestForm</name>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation>Don&apos;t forget to tick the terms of use before validating your request.</translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is mandatory.</translation>
    </message>
    <message>
        <source>%1 caractères au plus (%2 saisis).</source>
        <translation>%1 characters at most (%2 entered).</translation>
    </message>
    <message>
        <source>Les deux adresses électroniques saisies ne sont pas identiques.</source>
        <translation>The two email addresses entered are not the same.</translation>
    </message>
    <message>
        <source>Certains champs sont incorrects : voyez le message de chacun.</source>
        <translation>Some fields are incorrect: see the message for each one.</translation>
    </message>
</context>
<context>
    <name>AdminRoutes</name>
    <message>
        <source>Un nombre de secondes positif ou nul est attendu.</source>
        <translation>A number of seconds, zero or positive, is expected.</translation>
    </message>
    <message>
        <source>Aucune image de sécurité en cours sous cet identifiant.</source>
        <translation>No security image is pending under this ID.</translation>
    </message>
    <message>
        <source>Une valeur true ou false est attendue.</source>
        <translation>A true or false value is expected.</translation>
    </message>
    <message>
        <source>L&apos;horloge du service ne peut pas avancer de plus de 100 ans en tout.</source>
        <translation>The service&apos;s clock cannot move forward by more than 100 years in all.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Le service de l&apos;ASP est injoignable pour le moment. Vous pouvez continuer à travailler hors ligne : vos saisies sont enregistrées sur cet ordinateur.</source>
        <translation>The ASP service cannot be reached at the moment. You can carry on working offline: what you enter is saved on this computer.</translation>
    </message>
    <message numerus="yes">
        <source>Le service de l&apos;ASP n&apos;a pas répondu en %n seconde(s). Vous pouvez réessayer plus tard ou continuer à travailler hors ligne.</source>
        <translation>
            <numerusform>The ASP service did not respond within %n second. You can try again later or carry on working offline.</numerusform>
            <numerusform>The ASP service did not respond within %n seconds. You can try again later or carry on working offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP a donné une réponse inattendue (%1).</source>
        <translation>The ASP service gave an unexpected response (%1).</translation>
    </message>
    <message>
        <source>erreur HTTP %1 sans message</source>
        <translation>HTTP error %1 with no message</translation>
    </message>
</context>
<context>
    <name>AspSimMain</name>
    <message>
        <source>Service ASP simulé (extranet Activité partielle).</source>
        <translation>Simulated ASP service (short-time work extranet).</translation>
    </message>
    <message>
        <source>Port d&apos;écoute (0 : un port libre).</source>
        <translation>Listening port (0: any free port).</translation>
    </message>
    <message>
        <source>Fichier SQLite du service.</source>
        <translation>The service&apos;s SQLite file.</translation>
    </message>
    <message>
        <source>Active les routes /sim (messagerie, horloge, réseau, réponses des images de sécurité).</source>
        <translation>Enables the /sim routes (mailbox, clock, network, security image answers).</translation>
    </message>
    <message>
        <source>Temps de validation d&apos;une demande de compte, en secondes de temps du service.</source>
        <translation>Time taken to validate an account request, in seconds of service time.</translation>
    </message>
    <message>
        <source>Comptes et établissements préexistants (JSON).</source>
        <translation>Pre-existing accounts and establishments (JSON).</translation>
    </message>
    <message>
        <source>Adresse d&apos;écoute (127.0.0.1 par défaut).</source>
        <translation>Listening address (127.0.0.1 by default).</translation>
    </message>
    <message>
        <source>--port attend un nombre entre 0 et 65535 (reçu : %1).</source>
        <translation>--port expects a number between 0 and 65535 (received: %1).</translation>
    </message>
    <message>
        <source>--validation-delay attend un nombre de secondes (reçu : %1).</source>
        <translation>--validation-delay expects a number of seconds (received: %1).</translation>
    </message>
    <message>
        <source>--listen attend une adresse IP (reçu : %1).</source>
        <translation>--listen expects an IP address (received: %1).</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Donne à chaque établissement créé une décision d&apos;autorisation de démonstration (année civile en cours, 10 000 heures, 50 salariés) et son courriel de notification.</source>
        <translation>Gives each establishment created a demonstration authorisation decision (current calendar year, 10,000 hours, 50 employees) and its notification email.</translation>
    </message>
    <message>
        <source>Temps entre deux étapes de l&apos;instruction d&apos;une demande d&apos;indemnisation, en secondes de temps du service (0 : seules les routes /sim/claims les font avancer).</source>
        <translation>Time between two steps of a claim&apos;s instruction, in seconds of service time (0: only the /sim/claims routes move them).</translation>
    </message>
    <message>
        <source>--claim-step attend un nombre de secondes (reçu : %1).</source>
        <translation>--claim-step expects a number of seconds (received: %1).</translation>
    </message>
</context>
<context>
    <name>AuthorisationDecisions</name>
    <message>
        <source>La période demandée (du %1 au %2) dépasse la durée maximale d&apos;une autorisation : %3 mois (%4).</source>
        <translation>The period asked for (from %1 to %2) exceeds the longest an authorisation may last: %3 months (%4).</translation>
    </message>
    <message>
        <source>activité partielle de longue durée, décret 2020-926</source>
        <translation>long-term short-time work (APLD), décret 2020-926</translation>
    </message>
    <message>
        <source>droit commun, décret 2020-1316</source>
        <translation>common law, décret 2020-1316</translation>
    </message>
    <message>
        <source>Cette demande d&apos;autorisation est déjà décidée.</source>
        <translation>This request for authorisation is already decided.</translation>
    </message>
</context>
<context>
    <name>AuthorisationRoutes</name>
    <message>
        <source>Le motif du refus est attendu.</source>
        <translation>The reason for the refusal is expected.</translation>
    </message>
    <message>
        <source>Aucune demande d&apos;autorisation n&apos;a le numéro %1.</source>
        <translation>No request for authorisation has number %1.</translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>apprentissage</source>
        <translation>apprenticeship</translation>
    </message>
    <message>
        <source>professionnalisation</source>
        <translation>professionalisation</translation>
    </message>
    <message>
        <source>ordinaire</source>
        <translation>ordinary</translation>
    </message>
    <message>
        <source>forfait jours</source>
        <translation>days-based (forfait jours)</translation>
    </message>
    <message>
        <source>Durée du travail : %1 → %2</source>
        <translation>Working time: %1 → %2</translation>
    </message>
    <message>
        <source>Salaire horaire brut : %1 → %2</source>
        <translation>Gross hourly pay: %1 → %2</translation>
    </message>
    <message>
        <source>Salaire horaire net habituel : %1 → %2</source>
        <translation>Usual net hourly pay: %1 → %2</translation>
    </message>
    <message>
        <source>Contrat : %1 → %2</source>
        <translation>Contract: %1 → %2</translation>
    </message>
    <message>
        <source>Changement du contrat ou du salaire au %1</source>
        <translation>Contract or pay change on %1</translation>
    </message>
    <message>
        <source>Cet établissement n&apos;a pas de demande pour %1 : il n&apos;y a rien à reprendre.</source>
        <translation>This establishment has no claim for %1: there is nothing to carry over.</translation>
    </message>
    <message>
        <source>la durée du travail a changé depuis %1 : ses heures sont à saisir</source>
        <translation>the working time has changed since %1: their hours are to be entered</translation>
    </message>
    <message>
        <source>la forme de l&apos;activité partielle a changé depuis %1 : ses heures sont à saisir</source>
        <translation>the form of activité partielle has changed since %1: their hours are to be entered</translation>
    </message>
</context>
<context>
    <name>CarryOverCommand</name>
    <message>
        <source>reprend les salariés (et leurs heures) de la demande du mois précédent</source>
        <translation>carries over the employees (and their hours) of the previous month&apos;s claim</translation>
    </message>
    <message>
        <source>carry-over attend --claim N, le numéro de la demande à remplir.</source>
        <translation>carry-over expects --claim N, the number of the claim to fill.</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: “%1”.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli carry-over --db DONNÉES --claim N [--hours] [--leave-out NIR,NIR…] [--apply]
  apdesk-cli --db DONNÉES carry-over … (--db avant la commande)

« Reprendre le mois précédent » pour la demande N, en préparation : affiche en JSON les salariés de la demande du mois précédent du même établissement (sous la même décision s&apos;il y en a une), chacun avec sa situation (stays : toujours là ; leaves : sortie dans le mois ; left : parti avant le mois, ne peut pas être repris ; arrives : arrivé depuis le début du mois précédent), ce qui a changé dans son contrat ou son salaire, et ses heures : celles de la dernière semaine entière du mois précédent au prorata des jours de chaque semaine (aucune quand la durée du travail a changé). Sans --apply, rien n&apos;est écrit.
  --apply      met dans la demande ceux qui peuvent l&apos;être, en une transaction ;
  --hours      avec leurs heures ;
  --leave-out  sauf ces NIR (séparés par des virgules), chacun parmi ceux proposés.
Un salarié déjà dans la demande est laissé tel quel.

Exemple :
  apdesk-cli --db apdesk.sqlite carry-over --claim 12 --hours --apply

Codes de sortie : 0 fait, 1 demande introuvable, hors préparation ou sans mois précédent, 2 ligne de commande incorrecte, 3 données illisibles ou non écrites.
</source>
        <translation>Usage: apdesk-cli carry-over --db DATA --claim N [--hours] [--leave-out NIR,NIR…] [--apply]
  apdesk-cli --db DATA carry-over … (--db before the command)

“Carry over the previous month” for claim N, in preparation: prints as JSON the employees of the same establishment&apos;s claim of the previous month (under the same decision if there is one), each with their situation (stays: still there; leaves: exit during the month; left: left before the month, cannot be carried over; arrives: joined since the previous month began), what changed in their contract or pay, and their hours: those of the previous month&apos;s last whole week, prorated to the days of each week (none when the working time changed). Without --apply, nothing is written.
  --apply      puts on the claim those who can be, in one transaction;
  --hours      with their hours;
  --leave-out  except these NIRs (comma-separated), each one of those proposed.
An employee already on the claim is left as they are.

Example:
  apdesk-cli --db apdesk.sqlite carry-over --claim 12 --hours --apply

Exit codes: 0 done, 1 claim not found, not in preparation or without a previous month, 2 incorrect command line, 3 data unreadable or not written.
</translation>
    </message>
    <message>
        <source>--leave-out : « %1 » n&apos;est pas un NIR : %2</source>
        <translation>--leave-out: “%1” is not a NIR: %2</translation>
    </message>
    <message>
        <source>--leave-out : le NIR « %1 » n&apos;est pas parmi les salariés proposés.</source>
        <translation>--leave-out: the NIR “%1” is not among the employees proposed.</translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>vérifie un SIRET, un SIREN, un NIR, un téléphone, un code postal ou une adresse électronique</source>
        <translation>checks a SIRET, a SIREN, a NIR, a phone number, a postcode or an email address</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli check-id TYPE VALEUR

Vérifie une valeur comme le fait la saisie d&apos;AP Desk et affiche sa forme normalisée, ou la raison pour laquelle elle est refusée.

Types :
  siret     numéro d&apos;établissement, 14 chiffres (affiche les 14 chiffres)
  siren     numéro d&apos;entreprise, 9 chiffres
  nir       numéro de sécurité sociale, 15 caractères avec la clé
  phone     numéro de téléphone français (affiche la forme nationale, la forme internationale E.164 et le genre : fixe, mobile ou autre)
  landline  numéro de téléphone fixe (01 à 05 ou 09), même affichage
  postcode  code postal, 5 chiffres
  email     adresse électronique (domaine en minuscules)

Les espaces et les points entre les chiffres sont acceptés ; une valeur en plusieurs mots peut être donnée sans guillemets.

Exemples :
  apdesk-cli check-id siret &quot;356 000 000 09075&quot;
  apdesk-cli check-id phone +33 1 45 67 89 01

Codes de sortie : 0 valeur valable, 1 valeur refusée (raison sur la sortie d&apos;erreur), 2 ligne de commande incorrecte.
</source>
        <translation>Usage: apdesk-cli check-id TYPE VALUE

Checks a value the way AP Desk&apos;s data entry does and prints its normalised form, or the reason why it is rejected.

Types:
  siret     establishment number, 14 digits (prints the 14 digits)
  siren     company number, 9 digits
  nir       social security number, 15 characters including the key
  phone     French phone number (prints the national form, the international E.164 form and the kind: landline, mobile or other)
  landline  landline phone number (01 to 05 or 09), same output
  postcode  postcode, 5 digits
  email     email address (domain in lower case)

Spaces and dots between the digits are accepted; a value in several words can be given without quotes.

Examples:
  apdesk-cli check-id siret &quot;356 000 000 09075&quot;
  apdesk-cli check-id phone +33 1 45 67 89 01

Exit codes: 0 valid value, 1 value rejected (reason on standard error), 2 incorrect command line.
</translation>
    </message>
    <message>
        <source>check-id attend un type et une valeur : apdesk-cli check-id TYPE VALEUR (types : %1).</source>
        <translation>check-id expects a type and a value: apdesk-cli check-id TYPE VALUE (types: %1).</translation>
    </message>
    <message>
        <source>Type inconnu : « %1 ». Types possibles : %2.</source>
        <translation>Unknown type: “%1”. Possible types: %2.</translation>
    </message>
</context>
<context>
    <name>ClaimChecks</name>
    <message>
        <source>Demande de %1 : le mois est hors de la période de la décision %2 (du %3 au %4).</source>
        <translation>Claim for %1: the month is outside the period of decision %2 (%3 to %4).</translation>
    </message>
    <message>
        <source>%1 : ce salarié figure deux fois dans la demande (même matricule ou même NIR).</source>
        <translation>%1: this employee appears twice in the claim (same employee number or same NIR).</translation>
    </message>
    <message>
        <source>Ligne de la semaine du %1 : le matricule « %2 » n&apos;est celui d&apos;aucun salarié de la demande.</source>
        <translation>Line for the week of %1: the employee number “%2” does not belong to any employee in the claim.</translation>
    </message>
    <message>
        <source>Demande de %1 : %2 chômées dépassent le contingent restant de la décision %3 (%4 autorisées, %5 déjà demandées, reste %6).</source>
        <translation>Claim for %1: %2 of non-worked hours exceed the remaining authorised hours quota of decision %3 (%4 authorised, %5 already claimed, %6 left).</translation>
    </message>
    <message>
        <source>Demande de %1 : %2 salariés ont des heures chômées, la décision %3 en autorise %4.</source>
        <translation>Claim for %1: %2 employees have non-worked hours; decision %3 authorises %4.</translation>
    </message>
    <message>
        <source>Demande de %1 : le délai de dépôt est dépassé (fin de la période autorisée le %2, dépôt possible jusqu&apos;au %3).</source>
        <translation>Claim for %1: the filing deadline has passed (end of the authorised period on %2, filing possible until %3).</translation>
    </message>
</context>
<context>
    <name>ClaimEmployee</name>
    <message>
        <source>%1 %2 (matricule %3)</source>
        <translation>%1 %2 (employee number %3)</translation>
    </message>
</context>
<context>
    <name>ClaimEngine</name>
    <message>
        <source>%1, NIR : manquant ; le numéro de sécurité sociale est obligatoire.</source>
        <translation>%1, NIR: missing; the social security number is mandatory.</translation>
    </message>
    <message>
        <source>%1, NIR : %2</source>
        <translation>%1, NIR: %2</translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : manquante ; elle est nécessaire au calcul.</source>
        <translation>%1, gross hourly pay: missing; it is needed for the calculation.</translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : %2 est sous le plancher de l&apos;indemnité (%3) sans que le salarié soit apprenti ou en contrat de professionnalisation.</source>
        <translation>%1, gross hourly pay: %2 is below the indemnity floor (%3) although the employee is neither an apprentice nor on a professionalisation contract.</translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : %2 dépasse 200 € de l&apos;heure ; vérifiez la saisie.</source>
        <translation>%1, gross hourly pay: %2 exceeds €200 an hour; check what was entered.</translation>
    </message>
    <message>
        <source>%1 : %2 chômées ce mois-ci et %3 plus tôt dans l&apos;année dépassent le contingent annuel de %4 par salarié.</source>
        <translation>%1: %2 of non-worked hours this month and %3 earlier in the year exceed the annual authorised hours quota of %4 per employee.</translation>
    </message>
</context>
<context>
    <name>ClaimInstruction</name>
    <message>
        <source>La demande n° %1 est déjà « %2 » : son instruction est terminée.</source>
        <translation>Claim no. %1 is already “%2”: its instruction has ended.</translation>
    </message>
    <message>
        <source>La demande n° %1 est « %2 » : elle ne peut plus être rejetée.</source>
        <translation>Claim no. %1 is “%2”: it can no longer be rejected.</translation>
    </message>
    <message>
        <source>La demande n° %1 est « %2 » : elle ne peut être retirée que tant qu&apos;elle est en attente de validation.</source>
        <translation>Claim no. %1 is “%2”: it can only be withdrawn while it waits for validation.</translation>
    </message>
</context>
<context>
    <name>ClaimJson</name>
    <message>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 : %2 attendu, %3 trouvé.</source>
        <translation>%1: %2 expected, %3 found.</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>une date AAAA-MM-JJ</source>
        <translation>a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>un nombre entier positif</source>
        <translation>a positive whole number</translation>
    </message>
    <message>
        <source>une durée entre guillemets (&quot;35&quot;, &quot;7,5&quot;)</source>
        <translation>a duration in quotes (&quot;35&quot;, &quot;7,5&quot;)</translation>
    </message>
    <message>
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <source>matricule %1</source>
        <translation>employee number %1</translation>
    </message>
    <message>
        <source>heures travaillées</source>
        <translation>hours worked</translation>
    </message>
    <message>
        <source>heures assimilées à du travail</source>
        <translation>hours treated as worked</translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation>non-worked hours</translation>
    </message>
    <message>
        <source>%1, semaine du %2, %3 : %4</source>
        <translation>%1, week of %2, %3: %4</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas une demande au format JSON (position %1 : %2).</source>
        <translation>The file is not a claim in JSON format (position %1: %2).</translation>
    </message>
    <message>
        <source>un mois AAAA-MM</source>
        <translation>a YYYY-MM month</translation>
    </message>
    <message>
        <source>un montant entre guillemets, jusqu&apos;à quatre décimales (&quot;12.34&quot;, &quot;5.4325&quot;), ou null</source>
        <translation>an amount in quotes, up to four decimals (&quot;12.34&quot;, &quot;5.4325&quot;), or null</translation>
    </message>
    <message>
        <source>au moins un de weeklyHours, grossHourlyPay, usualNetHourlyPay</source>
        <translation>at least one of weeklyHours, grossHourlyPay, usualNetHourlyPay</translation>
    </message>
    <message>
        <source>une liste de changements</source>
        <translation>a list of changes</translation>
    </message>
</context>
<context>
    <name>ClaimLineRepository</name>
    <message>
        <source>La semaine de la ligne manque.</source>
        <translation>The line&apos;s week is missing.</translation>
    </message>
    <message>
        <source>Les heures de la semaine du %1 ne peuvent pas être négatives.</source>
        <translation>The hours for the week of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>La semaine du %1 n&apos;est pas dans le mois de la demande.</source>
        <translation>The week of %1 is not in the claim&apos;s month.</translation>
    </message>
    <message>
        <source>enregistrer les heures de la semaine du %1</source>
        <translation>save the hours for the week of %1</translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas dans l&apos;établissement de cette demande.</source>
        <translation>Employee no. %1 does not exist in this claim&apos;s establishment.</translation>
    </message>
    <message>
        <source>supprimer la ligne de la semaine du %1</source>
        <translation>delete the line for the week of %1</translation>
    </message>
    <message>
        <source>lire les lignes de la demande n°%1</source>
        <translation>read the lines of claim no. %1</translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : une semaine n&apos;a pas de salarié dans la demande.</source>
        <translation>Operation “%1” failed: a week has no employee on the claim.</translation>
    </message>
    <message>
        <source>ajouter des salariés à la demande n°%1</source>
        <translation>add employees to claim no. %1</translation>
    </message>
    <message>
        <source>retirer des salariés de la demande n°%1</source>
        <translation>remove employees from claim no. %1</translation>
    </message>
    <message>
        <source>enregistrer les heures de la demande n°%1</source>
        <translation>save the hours of claim no. %1</translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;est pas dans la demande.</source>
        <translation>Employee no. %1 is not in the claim.</translation>
    </message>
    <message>
        <source>modifier la demande n°%1</source>
        <translation>change claim no. %1</translation>
    </message>
</context>
<context>
    <name>ClaimOutbox</name>
    <message>
        <source>La décision n° %1 de cette demande n&apos;est pas connue du programme : connectez-vous une fois pour la télécharger, puis envoyez la demande.</source>
        <translation>Decision no. %1 of this claim is not known to the program: log in once to download it, then send the claim.</translation>
    </message>
    <message numerus="yes">
        <source>La demande n&apos;est pas envoyée : %n problème(s) bloquant(s) à corriger d&apos;abord. Premier problème : %1</source>
        <translation>
            <numerusform>The claim is not sent: %n blocking problem to correct first. First problem: %1</numerusform>
            <numerusform>The claim is not sent: %n blocking problems to correct first. First problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Un envoi est déjà en cours.</source>
        <translation>A sending is already under way.</translation>
    </message>
    <message>
        <source>Demande n°%1 : %2</source>
        <translation>Claim no. %1: %2</translation>
    </message>
</context>
<context>
    <name>ClaimReception</name>
    <message numerus="yes">
        <source>La demande n&apos;est pas reçue : %n problème(s) bloquant(s) à corriger. Premier problème : %1</source>
        <translation>
            <numerusform>The claim is not received: %n blocking problem to correct. First problem: %1</numerusform>
            <numerusform>The claim is not received: %n blocking problems to correct. First problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Une clé d&apos;envoi (idempotencyKey) et la demande (claim, un objet au format apdesk-claim) sont attendues.</source>
        <translation>A sending key (idempotencyKey) and the claim (claim, an object in the apdesk-claim format) are expected.</translation>
    </message>
    <message>
        <source>La clé d&apos;envoi doit compter de 8 à 100 lettres, chiffres, - ou _.</source>
        <translation>The sending key must have 8 to 100 letters, digits, - or _.</translation>
    </message>
    <message>
        <source>De 8 à 100 lettres, chiffres, - ou _ sont attendus.</source>
        <translation>8 to 100 letters, digits, - or _ are expected.</translation>
    </message>
    <message>
        <source>Cette clé d&apos;envoi a déjà servi pour une autre demande (n° %1) : chaque envoi a sa propre clé.</source>
        <translation>This sending key was already used for another claim (no. %1): each sending has its own key.</translation>
    </message>
    <message>
        <source>La demande est celle du SIRET %1, pas de l&apos;établissement %2.</source>
        <translation>The claim is SIRET %1&apos;s, not establishment %2&apos;s.</translation>
    </message>
    <message>
        <source>L&apos;établissement n&apos;a pas de décision n° %1 : la demande se fait au titre d&apos;une de ses décisions d&apos;autorisation.</source>
        <translation>The establishment has no decision no. %1: a claim is made under one of its authorisation decisions.</translation>
    </message>
    <message>
        <source>Le mois %1 est hors de la période autorisée par la décision n° %2 (du %3 au %4).</source>
        <translation>Month %1 is outside the period authorised by decision no. %2 (from %3 to %4).</translation>
    </message>
    <message>
        <source>La demande n° %1 de ce mois est déjà à l&apos;ASP (%2) : une nouvelle version ne peut être envoyée qu&apos;une fois celle-ci payée, rejetée ou retirée.</source>
        <translation>This month&apos;s claim no. %1 is already at the ASP (%2): a new version can only be sent once it is paid, rejected or withdrawn.</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>lire la demande n°%1</source>
        <translation>read claim no. %1</translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation>Claim no. %1 does not exist.</translation>
    </message>
    <message>
        <source>Le numéro de la décision d&apos;autorisation manque.</source>
        <translation>The authorisation decision number is missing.</translation>
    </message>
    <message>
        <source>Le mois de la demande manque.</source>
        <translation>The claim&apos;s month is missing.</translation>
    </message>
    <message>
        <source>créer la demande pour %1</source>
        <translation>create the claim for %1</translation>
    </message>
    <message>
        <source>Une demande existe déjà pour la décision %1 en %2.</source>
        <translation>A claim already exists for decision %1 in %2.</translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation>Establishment no. %1 does not exist.</translation>
    </message>
    <message>
        <source>lire la liste des demandes</source>
        <translation>read the list of claims</translation>
    </message>
    <message>
        <source>La demande pour %1 a été envoyée : son statut ne peut plus changer.</source>
        <translation>The claim for %1 has been sent: its status can no longer change.</translation>
    </message>
    <message>
        <source>changer le statut de la demande pour %1</source>
        <translation>change the status of the claim for %1</translation>
    </message>
    <message>
        <source>créer la version %1 de la demande pour %2</source>
        <translation>create version %1 of the claim for %2</translation>
    </message>
    <message>
        <source>La version %1 de la demande pour %2 existe déjà.</source>
        <translation>Version %1 of the claim for %2 already exists.</translation>
    </message>
    <message>
        <source>copier la demande pour %1 dans sa correction</source>
        <translation>copy the claim for %1 into its correction</translation>
    </message>
    <message>
        <source>La demande pour %1 n&apos;a pas été envoyée : modifiez-la directement, sans créer de correction.</source>
        <translation>The claim for %1 has not been sent: change it directly, without creating a correction.</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>ClaimRoutes</name>
    <message>
        <source>Aucune demande d&apos;indemnisation n&apos;a le numéro %1.</source>
        <translation>No claim has number %1.</translation>
    </message>
    <message>
        <source>Le motif du rejet est attendu.</source>
        <translation>The reason for the rejection is expected.</translation>
    </message>
</context>
<context>
    <name>ClaimsCommand</name>
    <message>
        <source>liste les demandes d&apos;un fichier de données avec leurs totaux calculés</source>
        <translation>lists the claims in a data file with their calculated totals</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: “%1”.</translation>
    </message>
    <message>
        <source>--detail s&apos;emploie avec --claim N.</source>
        <translation>--detail is used with --claim N.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli claims --db DONNÉES [--establishment SIRET] [--claim N [--detail]] [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES claims … (--db avant la commande)

Calcule chaque demande à partir de ses lignes enregistrées (avec le contrat et le salaire copiés sur les lignes) et de la décision en cache, et affiche en JSON ses totaux : heures indemnisables, indemnité et allocation (en euros et en centimes), nombre de problèmes bloquants et d&apos;avertissements. Une décision absente du cache est supposée être une réduction d&apos;horaire de droit commun couvrant le mois (decisionKnown: false). Les heures indemnisables des demandes antérieures de l&apos;établissement (non refusées) comptent pour le contingent de la décision et pour le plafond annuel de chaque salarié. Avec --claim N --detail, affiche le résultat complet de la demande, au format de « compute » (docs/claim-json.md). --today donne la date du contrôle du délai de dépôt.

Exemple :
  apdesk-cli claims --db apdesk.sqlite

Codes de sortie : 0 demandes calculées sans problème bloquant, 1 au moins une demande avec un problème bloquant (affichée tout de même) ou demande introuvable, 2 ligne de commande incorrecte, 3 données illisibles.
</source>
        <translation>Usage: apdesk-cli claims --db DATA [--establishment SIRET] [--claim N [--detail]] [--today YYYY-MM-DD]
  apdesk-cli --db DATA claims … (--db before the command)

Calculates each claim from its saved lines (with the contract and pay copied onto the lines) and from the cached decision, and prints its totals in JSON: indemnifiable hours, indemnity and allowance (in euros and in cents), number of blocking problems and of warnings. A decision missing from the cache is assumed to be a standard reduction in working hours covering the month (decisionKnown: false). The indemnifiable hours of the establishment&apos;s earlier claims (not refused) count against the decision&apos;s contingent and each employee&apos;s annual cap. With --claim N --detail, prints the full result of the claim, in the “compute” format (docs/claim-json.md). --today gives the date used to check the filing deadline.

Example:
  apdesk-cli claims --db apdesk.sqlite

Exit codes: 0 claims calculated with no blocking problem, 1 at least one claim with a blocking problem (printed all the same) or claim not found, 2 incorrect command line, 3 unreadable data.
</translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation>Cannot read “%1”: %2.</translation>
    </message>
    <message>
        <source>calcule une demande d&apos;indemnisation décrite en JSON (heures, montants, contrôles)</source>
        <translation>calculates an indemnification claim described in JSON (hours, amounts, checks)</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli compute DEMANDE.json [--rates TAUX.json]

Calcule une demande d&apos;indemnisation au format JSON « apdesk-claim » (voir docs/claim-json.md) avec la table des taux intégrée au programme, ou celle donnée par --rates, et affiche le résultat en JSON : pour chaque salarié et chaque semaine, le plafond, les heures travaillées, assimilées et chômées ; pour chaque salarié, l&apos;indemnité et l&apos;allocation en centimes avec les lignes de la table utilisées et leurs sources ; les totaux ; les problèmes avec leur niveau (bloquant ou avertissement).

Exemple :
  apdesk-cli compute tests/data/claims/march-2021-reduction.json

Codes de sortie : 0 demande calculée sans problème bloquant, 1 demande calculée avec au moins un problème bloquant (le résultat est tout de même affiché) ou fichier refusé (raison sur la sortie d&apos;erreur), 2 ligne de commande incorrecte.
</source>
        <translation>Usage: apdesk-cli compute CLAIM.json [--rates RATES.json]

Calculates an indemnification claim in the “apdesk-claim” JSON format (see docs/claim-json.md) with the rates table built into the program, or the one given by --rates, and prints the result in JSON: for each employee and each week, the ceiling and the hours worked, treated as worked and non-worked; for each employee, the indemnity and the allowance in cents, with the table rows used and their sources; the totals; the problems with their level (blocking or warning).

Example:
  apdesk-cli compute tests/data/claims/march-2021-reduction.json

Exit codes: 0 claim calculated with no blocking problem, 1 claim calculated with at least one blocking problem (the result is printed all the same) or file rejected (reason on standard error), 2 incorrect command line.
</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ». Usage : apdesk-cli compute DEMANDE.json [--rates TAUX.json]</source>
        <translation>Unexpected argument: “%1”. Usage: apdesk-cli compute CLAIM.json [--rates RATES.json]</translation>
    </message>
    <message>
        <source>compute attend le fichier de la demande : apdesk-cli compute DEMANDE.json</source>
        <translation>compute expects the claim file: apdesk-cli compute CLAIM.json</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContractChanges</name>
    <message>
        <source>La date d&apos;effet du changement manque.</source>
        <translation>The change&apos;s effective date is missing.</translation>
    </message>
    <message>
        <source>Le changement du %1 ne change rien : une nouvelle durée hebdomadaire ou un nouveau taux horaire est attendu.</source>
        <translation>The change of %1 changes nothing: new weekly hours or a new hourly pay is expected.</translation>
    </message>
    <message>
        <source>Le changement du %1 ne suit pas l&apos;entrée du salarié le %2 : une date d&apos;effet après l&apos;entrée est attendue (le contrat de départ se donne sans date d&apos;effet).</source>
        <translation>The change of %1 does not follow the employee&apos;s entry on %2: an effective date after the entry is expected (the starting contract is given without an effective date).</translation>
    </message>
    <message>
        <source>Le changement du %1 donne une durée hebdomadaire à un salarié au forfait jours : seuls ses taux horaires peuvent changer.</source>
        <translation>The change of %1 gives weekly hours to a forfait-jours employee: only their hourly pay can change.</translation>
    </message>
    <message>
        <source>Le changement du %1 donne une durée hebdomadaire nulle : une durée supérieure à 0 est attendue.</source>
        <translation>The change of %1 gives zero weekly hours: hours above 0 are expected.</translation>
    </message>
    <message>
        <source>Le changement du %1 donne un taux horaire négatif.</source>
        <translation>The change of %1 gives a negative hourly pay.</translation>
    </message>
    <message>
        <source>Deux changements prennent effet le %1 : un seul changement par jour est attendu.</source>
        <translation>Two changes take effect on %1: one change per day is expected.</translation>
    </message>
</context>
<context>
    <name>ControlPack</name>
    <message>
        <source>Bloquant</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Ligne du barème</source>
        <translation>Rates table row</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 %2 — matricule %3 — NIR %4</source>
        <translation>%1 %2 — employee number %3 — NIR %4</translation>
    </message>
    <message>
        <source>Forfait-jours (½ journée = 3,5 h).</source>
        <translation>Forfait-jours (½ day = 3.5 h).</translation>
    </message>
    <message>
        <source>Durée contractuelle : %1 par semaine.</source>
        <translation>Contractual hours: %1 a week.</translation>
    </message>
    <message>
        <source>Entrée le %1.</source>
        <translation>Joined on %1.</translation>
    </message>
    <message>
        <source>Sortie le %1.</source>
        <translation>Left on %1.</translation>
    </message>
    <message>
        <source>Rémunération horaire brute : %1.</source>
        <translation>Gross hourly pay: %1.</translation>
    </message>
    <message>
        <source>Rémunération horaire brute : manquante.</source>
        <translation>Gross hourly pay: missing.</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation>Treated as worked</translation>
    </message>
    <message>
        <source>Indemnisables</source>
        <translation>Indemnifiable</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Total du mois</source>
        <translation>Month total</translation>
    </message>
    <message>
        <source>Période du contrat</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <source>Indemnité horaire</source>
        <translation>Hourly indemnity</translation>
    </message>
    <message>
        <source>Allocation horaire</source>
        <translation>Hourly allocation</translation>
    </message>
    <message>
        <source>Indemnité due au salarié : %1 — allocation demandée : %2.</source>
        <translation>Indemnity due to the employee: %1 — allocation claimed: %2.</translation>
    </message>
    <message>
        <source>Montants non calculés : voir les contrôles de ce salarié.</source>
        <translation>Amounts not computed: see this employee&apos;s checks.</translation>
    </message>
    <message>
        <source>AP Desk %1 — dossier de contrôle de %2, %3 — édité le %4</source>
        <translation>AP Desk %1 — control pack of %2, %3 — printed on %4</translation>
    </message>
    <message>
        <source>Dossier de contrôle — %1 — %2</source>
        <translation>Control pack — %1 — %2</translation>
    </message>
    <message>
        <source>Dossier de contrôle — demande d&apos;indemnisation, %1</source>
        <translation>Control pack — indemnification claim, %1</translation>
    </message>
    <message>
        <source>Établissement : %1 — SIRET %2.</source>
        <translation>Establishment: %1 — SIRET %2.</translation>
    </message>
    <message>
        <source>Décision n° %1, du %2 au %3 : %4 autorisées, effectif autorisé %5 ; %6 déjà utilisées par les demandes antérieures de la décision.</source>
        <translation>Decision %1, from %2 to %3: %4 authorised, authorised headcount %5; %6 already used by the decision&apos;s earlier claims.</translation>
    </message>
    <message>
        <source>Décision n° %1 : absente de cet ordinateur ; la demande est calculée comme une réduction d&apos;horaire de droit commun sur le mois, sans contrôle du contingent ni de l&apos;effectif.</source>
        <translation>Decision %1: not on this computer; the claim is computed as a common-law reduction of hours over the month, without checking the contingent or the headcount.</translation>
    </message>
    <message>
        <source>Mois : %1 — version %2 — %3.</source>
        <translation>Month: %1 — version %2 — %3.</translation>
    </message>
    <message>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Heures indemnisables</source>
        <translation>Indemnifiable hours</translation>
    </message>
    <message>
        <source>Indemnité due aux salariés</source>
        <translation>Indemnity due to the employees</translation>
    </message>
    <message>
        <source>Allocation demandée</source>
        <translation>Allocation claimed</translation>
    </message>
    <message>
        <source>Contrôles</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Aucun problème bloquant ni avertissement.</source>
        <translation>No blocking problem and no warning.</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lignes du barème appliquées, avec leur source</source>
        <translation>Rates table rows applied, with their source</translation>
    </message>
    <message>
        <source>Détail par salarié</source>
        <translation>Detail by employee</translation>
    </message>
    <message>
        <source>Écriture du dossier de contrôle annulée.</source>
        <translation>Writing of the control pack cancelled.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit en entier.</source>
        <translation>The file %1 could not be written in full.</translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être écrit : vérifiez les droits d&apos;écriture du dossier et que le fichier n&apos;est pas ouvert ailleurs.</source>
        <translation>The file %1 cannot be written: check that the folder is writable and that the file is not open elsewhere.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas : le dossier de contrôle ne peut pas y être écrit.</source>
        <translation>The folder %1 does not exist: the control pack cannot be written there.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2 — barème %3.</source>
        <translation>%1: %2 — rate rows %3.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message numerus="yes">
        <source>Votre compte est bloqué après 3 mots de passe erronés successifs. Il sera débloqué automatiquement dans %n minute(s).</source>
        <translation>
            <numerusform>Your account is locked after 3 successive wrong passwords. It will be unlocked automatically in %n minute.</numerusform>
            <numerusform>Your account is locked after 3 successive wrong passwords. It will be unlocked automatically in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identifiant ou mot de passe incorrect. Après %n autre(s) erreur(s), votre compte sera bloqué pendant 30 minutes.</source>
        <translation>
            <numerusform>Incorrect user ID or password. After %n more error, your account will be locked for 30 minutes.</numerusform>
            <numerusform>Incorrect user ID or password. After %n more errors, your account will be locked for 30 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Aucune date : une date jj/mm/aaaa est attendue (par exemple 01/03/2021).</source>
        <translation>No date: a dd/mm/yyyy date is expected (for example 01/03/2021).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date : une date jj/mm/aaaa est attendue (par exemple 01/03/2021).</source>
        <translation>“%1” is not a date: a dd/mm/yyyy date is expected (for example 01/03/2021).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date du calendrier (jour ou mois hors limites) : une date jj/mm/aaaa est attendue.</source>
        <translation>“%1” is not a calendar date (day or month out of range): a dd/mm/yyyy date is expected.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est ni oui ni non : « oui » ou « non » est attendu.</source>
        <translation>“%1” is neither yes nor no: “oui” or “non” (yes or no) is expected.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre de jours : des jours entiers ou des demi-journées sont attendus (par exemple 2 ou 1,5).</source>
        <translation>“%1” is not a number of days: whole days or half-days are expected (for example 2 or 1,5).</translation>
    </message>
    <message>
        <source>« %1 » : les jours chômés se comptent par demi-journées (par exemple 1 ou 1,5), pas en fractions plus fines.</source>
        <translation>“%1”: non-worked days are counted in half-days (for example 1 or 1,5), not in smaller fractions.</translation>
    </message>
</context>
<context>
    <name>CsvDialect</name>
    <message>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>CsvProblemCap</name>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s) de ce genre dans cette colonne, à partir de la ligne %1, non listé(s) : corrigez les premiers, puis relisez le fichier.</source>
        <translation>
            <numerusform>… and %n more problem of this kind in this column, from line %1, not listed: correct the first ones, then read the file again.</numerusform>
            <numerusform>… and %n more problems of this kind in this column, from line %1, not listed: correct the first ones, then read the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s) de ce genre, à partir de la ligne %1, non listé(s) : corrigez les premiers, puis relisez le fichier.</source>
        <translation>
            <numerusform>… and %n more problem of this kind, from line %1, not listed: correct the first ones, then read the file again.</numerusform>
            <numerusform>… and %n more problems of this kind, from line %1, not listed: correct the first ones, then read the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Guillemet non refermé : le champ ouvert par un guillemet ligne %1, colonne %2 se poursuit jusqu&apos;à la fin du fichier. Un guillemet fermant était attendu ; doublez les guillemets qui font partie du texte (&quot;&quot;).</source>
        <translation>Unclosed quote: the field opened by a quote on line %1, column %2 runs on to the end of the file. A closing quote was expected; double any quotes that are part of the text (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>ce chemin n&apos;est pas celui d&apos;un fichier.</source>
        <translation>this path does not point to a file.</translation>
    </message>
    <message>
        <source>le dossier « %1 » ne peut pas être créé.</source>
        <translation>the folder “%1” cannot be created.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>réduction horaire, tout l&apos;établissement</source>
        <translation>reduction in working hours, whole establishment</translation>
    </message>
    <message>
        <source>réduction horaire, partie de l&apos;établissement</source>
        <translation>reduction in working hours, part of the establishment</translation>
    </message>
    <message>
        <source>fermeture temporaire, tout l&apos;établissement</source>
        <translation>temporary closure, whole establishment</translation>
    </message>
    <message>
        <source>fermeture temporaire, partie de l&apos;établissement</source>
        <translation>temporary closure, part of the establishment</translation>
    </message>
    <message>
        <source>droit commun</source>
        <translation>standard scheme</translation>
    </message>
    <message>
        <source>activité partielle de longue durée (APLD)</source>
        <translation>long-term short-time work (APLD)</translation>
    </message>
    <message>
        <source>conjoncture économique</source>
        <translation>economic circumstances</translation>
    </message>
    <message>
        <source>difficultés d&apos;approvisionnement en matières premières ou en énergie</source>
        <translation>difficulties in obtaining raw materials or energy</translation>
    </message>
    <message>
        <source>sinistre ou intempéries de caractère exceptionnel</source>
        <translation>disaster or exceptional weather conditions</translation>
    </message>
    <message>
        <source>transformation, restructuration ou modernisation de l&apos;entreprise</source>
        <translation>transformation, restructuring or modernisation of the company</translation>
    </message>
    <message>
        <source>autres circonstances de caractère exceptionnel</source>
        <translation>other exceptional circumstances</translation>
    </message>
</context>
<context>
    <name>DecisionCacheRepository</name>
    <message>
        <source>La décision « %1 » est incomplète (numéro, début et fin de période).</source>
        <translation>Decision “%1” is incomplete (number, start and end of period).</translation>
    </message>
    <message>
        <source>garder la décision %1</source>
        <translation>store decision %1</translation>
    </message>
    <message>
        <source>lire la décision %1</source>
        <translation>read decision %1</translation>
    </message>
    <message>
        <source>lire les décisions du SIRET %1</source>
        <translation>read the decisions for SIRET %1</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is mandatory.</translation>
    </message>
    <message>
        <source>Une date au format AAAA-MM-JJ est attendue (par exemple 2026-01-31).</source>
        <translation>A date in YYYY-MM-DD format is expected (for example 2026-01-31).</translation>
    </message>
    <message>
        <source>La fin de la période autorisée ne peut pas précéder son début.</source>
        <translation>The end of the authorised period cannot be before its start.</translation>
    </message>
    <message>
        <source>La forme doit valoir 1 (réduction horaire, tout l&apos;établissement), 2 (réduction horaire, partie de l&apos;établissement), 3 (fermeture temporaire, tout l&apos;établissement) ou 4 (fermeture temporaire, partie de l&apos;établissement).</source>
        <translation>The form must be 1 (reduction in working hours, whole establishment), 2 (reduction in working hours, part of the establishment), 3 (temporary closure, whole establishment) or 4 (temporary closure, part of the establishment).</translation>
    </message>
    <message>
        <source>Le régime doit être « common » (droit commun) ou « apld » (activité partielle de longue durée).</source>
        <translation>The scheme must be “common” (standard scheme) or “apld” (long-term short-time work).</translation>
    </message>
    <message>
        <source>Le motif doit valoir de 1 à 5 (1 conjoncture économique, 2 difficultés d&apos;approvisionnement, 3 sinistre ou intempéries, 4 transformation, restructuration ou modernisation, 5 autres circonstances exceptionnelles).</source>
        <translation>The reason must be from 1 to 5 (1 economic circumstances, 2 supply difficulties, 3 disaster or exceptional weather, 4 transformation, restructuring or modernisation, 5 other exceptional circumstances).</translation>
    </message>
    <message>
        <source>Un nombre d&apos;heures supérieur à zéro est attendu, en texte, avec au plus deux décimales après un point (par exemple « 1234.50 »).</source>
        <translation>A number of hours greater than zero is expected, as text, with at most two decimal places after a dot (for example “1234.50”).</translation>
    </message>
    <message>
        <source>L&apos;effectif autorisé est un nombre de salariés, de 1 à 1 000 000.</source>
        <translation>The authorised headcount is a number of employees, from 1 to 1,000,000.</translation>
    </message>
    <message>
        <source>Le code secret compte 10 caractères : lettres majuscules et chiffres, sans 0, O, 1 ni I.</source>
        <translation>The secret code has 10 characters: capital letters and digits, without 0, O, 1 or I.</translation>
    </message>
    <message>
        <source>Le numéro de décision compte au plus 40 lettres, chiffres, tirets ou soulignés.</source>
        <translation>The decision number has at most 40 letters, digits, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Tous les champs obligatoires de la décision ne sont pas renseignés.</source>
        <translation>Not all mandatory fields of the decision have been filled in.</translation>
    </message>
    <message>
        <source>Certains champs de la décision sont incorrects : voyez le message de chacun.</source>
        <translation>Some fields of the decision are incorrect: see the message for each one.</translation>
    </message>
</context>
<context>
    <name>DecisionRoutes</name>
    <message>
        <source>Le service numérote lui-même les décisions : retirez ce champ.</source>
        <translation>The service numbers decisions itself: remove this field.</translation>
    </message>
    <message>
        <source>Aucun établissement n&apos;a le SIRET %1 sur le service.</source>
        <translation>No establishment has SIRET %1 on the service.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Service de l&apos;ASP</source>
        <translation>ASP service</translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP simulé n&apos;a pas pu démarrer : %1
Vous pouvez travailler hors ligne.</source>
        <translation>The simulated ASP service could not start: %1
You can work offline.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier des données %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Usage : apdesk-cli COMMANDE [ARGUMENTS…]

Outils d&apos;AP Desk en ligne de commande, pour les demandes d&apos;indemnisation de l&apos;activité partielle.

Commandes :
</source>
        <translation>Usage: apdesk-cli COMMAND [ARGUMENTS…]

AP Desk command-line tools, for short-time work (activité partielle) indemnification claims.

Commands:
</translation>
    </message>
    <message>
        <source>Aucune commande indiquée.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Option inconnue : « %1 ». Voir « apdesk-cli --help ».</source>
        <translation>Unknown option: “%1”. See “apdesk-cli --help”.</translation>
    </message>
    <message>
        <source>Commande inconnue : « %1 ». Commandes disponibles : %2. Voir « apdesk-cli --help ».</source>
        <translation>Unknown command: “%1”. Available commands: %2. See “apdesk-cli --help”.</translation>
    </message>
    <message>
        <source>« apdesk-cli help » attend au plus un nom de commande, %1 reçus.</source>
        <translation>“apdesk-cli help” expects at most one command name; %1 were given.</translation>
    </message>
    <message>
        <source>Commande inconnue : « %1 ». Commandes disponibles : %2.</source>
        <translation>Unknown command: “%1”. Available commands: %2.</translation>
    </message>
    <message>
        <source>L&apos;option --db attend le fichier de données : apdesk-cli --db DONNÉES COMMANDE [ARGUMENTS…].</source>
        <translation>The --db option needs the data file: apdesk-cli --db DATA COMMAND [ARGUMENTS…].</translation>
    </message>
    <message>
        <source>« %1 » a été donné</source>
        <translation>“%1” was given</translation>
    </message>
    <message>
        <source>rien n&apos;a été donné</source>
        <translation>nothing was given</translation>
    </message>
    <message>
        <source>« --db %1 » doit être suivi d&apos;une commande qui utilise un fichier de données (%2) ; %3. Voir « apdesk-cli --help ».</source>
        <translation>“--db %1” must be followed by a command that uses a data file (%2); %3. See “apdesk-cli --help”.</translation>
    </message>
    <message>
        <source>Le fichier de données est indiqué deux fois : --db s&apos;emploie une seule fois, avant ou après le nom de la commande.</source>
        <translation>The data file is given twice: --db is used only once, before or after the command name.</translation>
    </message>
    <message>
        <source>
Options :
  -h, --help     affiche cette aide
  --version      affiche la version
  --db DONNÉES   avant ou après le nom d&apos;une commande qui utilise un fichier de données (%1)

« apdesk-cli help COMMANDE » ou « apdesk-cli COMMANDE --help » décrit une commande.
Codes de sortie : 0 réussite, 1 échec (valeur refusée…), 2 ligne de commande incorrecte, 3 fichier de données ou fichier CSV impossible à ouvrir, lire ou écrire, 4 import partiel (--partial : lignes valables importées, les autres laissées de côté). Chaque commande détaille les siens.
</source>
        <translation>
Options:
  -h, --help     shows this help
  --version      shows the version
  --db DATA      before or after the name of a command that uses a data file (%1)

“apdesk-cli help COMMAND” or “apdesk-cli COMMAND --help” describes a command.
Exit codes: 0 success, 1 failure (value rejected…), 2 incorrect command line, 3 data file or CSV file that cannot be opened, read or written, 4 partial import (--partial: valid lines imported, the others left out). Each command details its own.
</translation>
    </message>
</context>
<context>
    <name>EditableClaim</name>
    <message>
        <source>La demande pour %1 n&apos;est plus en préparation : ses heures ne peuvent plus être modifiées.</source>
        <translation>The claim for %1 is no longer being prepared: its hours can no longer be changed.</translation>
    </message>
    <message>
        <source>lire la demande n°%1</source>
        <translation>read claim no. %1</translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation>Claim no. %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Aucune adresse électronique saisie : une adresse de la forme nom@exemple.fr est attendue.</source>
        <translation>No email address entered: an address of the form nom@exemple.fr is expected.</translation>
    </message>
    <message>
        <source>L&apos;adresse électronique contient une espace (position %1) : une adresse s&apos;écrit sans espace.</source>
        <translation>The email address contains a space (position %1): an address is written without spaces.</translation>
    </message>
    <message>
        <source>Il manque le caractère « @ » : une adresse de la forme nom@exemple.fr est attendue.</source>
        <translation>The “@” character is missing: an address of the form nom@exemple.fr is expected.</translation>
    </message>
    <message>
        <source>L&apos;adresse contient %1 caractères « @ » : une adresse n&apos;en compte qu&apos;un, entre le nom et le domaine.</source>
        <translation>The address contains %1 “@” characters: an address has only one, between the name and the domain.</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue : %1 caractères au plus, %2 trouvés.</source>
        <translation>The address is too long: %1 characters at most, %2 found.</translation>
    </message>
    <message>
        <source>Rien avant le caractère « @ » : le nom de la boîte aux lettres manque (nom@exemple.fr).</source>
        <translation>Nothing before the “@” character: the mailbox name is missing (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>La partie avant « @ » est trop longue : %1 caractères au plus, %2 trouvés.</source>
        <translation>The part before “@” is too long: %1 characters at most, %2 found.</translation>
    </message>
    <message>
        <source>Le caractère %1 n&apos;est pas permis dans une adresse électronique (avant « @ »).</source>
        <translation>The character %1 is not allowed in an email address (before “@”).</translation>
    </message>
    <message>
        <source>La partie avant « @ » ne peut ni commencer ni finir par un point, ni contenir deux points qui se suivent.</source>
        <translation>The part before “@” can neither begin nor end with a dot, nor contain two dots in a row.</translation>
    </message>
    <message>
        <source>Rien après le caractère « @ » : le domaine manque (nom@exemple.fr).</source>
        <translation>Nothing after the “@” character: the domain is missing (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>Le caractère %1 n&apos;est pas permis dans le domaine d&apos;une adresse électronique (après « @ »).</source>
        <translation>The character %1 is not allowed in the domain of an email address (after “@”).</translation>
    </message>
    <message>
        <source>Le domaine « %1 » n&apos;a pas de point : un domaine complet est attendu, par exemple exemple.fr.</source>
        <translation>The domain “%1” has no dot: a full domain is expected, for example exemple.fr.</translation>
    </message>
    <message>
        <source>Le domaine « %1 » ne peut ni commencer ni finir par un point, ni contenir deux points qui se suivent.</source>
        <translation>The domain “%1” can neither begin nor end with a dot, nor contain two dots in a row.</translation>
    </message>
    <message>
        <source>Dans le domaine « %1 », « %2 » ne peut ni commencer ni finir par un tiret.</source>
        <translation>In the domain “%1”, “%2” can neither begin nor end with a hyphen.</translation>
    </message>
    <message>
        <source>Dans le domaine « %1 », une partie dépasse 63 caractères.</source>
        <translation>In the domain “%1”, one part is longer than 63 characters.</translation>
    </message>
    <message>
        <source>Le domaine « %1 » ne finit pas par une extension valable (comme .fr ou .com).</source>
        <translation>The domain “%1” does not end with a valid extension (such as .fr or .com).</translation>
    </message>
</context>
<context>
    <name>EmployeeAmounts</name>
    <message>
        <source> par heure</source>
        <translation> per hour</translation>
    </message>
    <message>
        <source> × SMIC</source>
        <translation> × SMIC</translation>
    </message>
    <message>
        <source>SMIC horaire brut</source>
        <translation>Gross hourly SMIC</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 : la table des taux n&apos;a pas de taux pour ce régime le %2 (ligne du %3) ; le montant ne peut pas être calculé.</source>
        <translation>%1: the rates table has no rate for this scheme on %2 (row dated %3); the amount cannot be calculated.</translation>
    </message>
    <message>
        <source>Taux de l&apos;indemnité</source>
        <translation>Indemnity rate</translation>
    </message>
    <message>
        <source>Plafond de la rémunération (indemnité)</source>
        <translation>Pay ceiling (indemnity)</translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation payé sous le SMIC : sa rémunération horaire, sans plancher</source>
        <translation>Apprentice or professionalisation contract paid below the SMIC: their hourly pay, with no floor</translation>
    </message>
    <message>
        <source>Plancher de l&apos;indemnité</source>
        <translation>Indemnity floor</translation>
    </message>
    <message>
        <source>Plafond : rémunération nette horaire habituelle</source>
        <translation>Ceiling: usual net hourly pay</translation>
    </message>
    <message>
        <source>%1, rémunération nette horaire habituelle : non renseignée, alors que l&apos;indemnité ne peut pas la dépasser à partir du 01/07/2021 ; le plafond n&apos;a pas été appliqué.</source>
        <translation>%1, usual net hourly pay: not filled in, although the indemnity cannot exceed it from 01/07/2021; the ceiling has not been applied.</translation>
    </message>
    <message>
        <source>Taux de l&apos;allocation</source>
        <translation>Allowance rate</translation>
    </message>
    <message>
        <source>Plafond de la rémunération (allocation)</source>
        <translation>Pay ceiling (allowance)</translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (APLD)</source>
        <translation>Allowance floor (APLD)</translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (catégories à 70 %)</source>
        <translation>Allowance floor (70% categories)</translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (taux commun)</source>
        <translation>Allowance floor (standard rate)</translation>
    </message>
    <message>
        <source>%1, rémunération horaire : le montant est trop grand pour être calculé.</source>
        <translation>%1, hourly pay: the amount is too large to be calculated.</translation>
    </message>
    <message>
        <source>%1 : les heures ou la rémunération sont trop grandes pour être calculées.</source>
        <translation>%1: the hours or the pay are too large to be calculated.</translation>
    </message>
    <message>
        <source>APLD : allocation de droit commun du secteur, plus élevée, retenue</source>
        <translation>APLD: the sector&apos;s common-law allocation, higher, applied</translation>
    </message>
    <message>
        <source>APLD : allocation de droit commun du secteur, moins élevée, non retenue</source>
        <translation>APLD: the sector&apos;s common-law allocation, lower, not applied</translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation payé sous le SMIC : allocation égale à l&apos;indemnité (reste à charge nul)</source>
        <translation>Apprentice or professionalisation contract paid below the SMIC: allocation equal to the indemnity (nothing left for the employer to pay)</translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation : allocation plafonnée à l&apos;indemnité</source>
        <translation>Apprentice or professionalisation contract: allocation capped at the indemnity</translation>
    </message>
    <message>
        <source>la table des taux n&apos;a pas de « %1 » le %2 (ligne du %3)</source>
        <translation>the rates table has no “%1” on %2 (row of %3)</translation>
    </message>
    <message>
        <source>%1 : %2 ; l&apos;allocation APLD n&apos;a pas été comparée à celle du droit commun.</source>
        <translation>%1: %2; the APLD allocation was not compared with the common-law one.</translation>
    </message>
    <message>
        <source>%1 : %2 ; l&apos;allocation ne peut pas être calculée.</source>
        <translation>%1: %2; the allocation cannot be computed.</translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation : pas de plancher de l&apos;allocation</source>
        <translation>Apprentice or professionalisation contract: no allocation floor</translation>
    </message>
    <message>
        <source>APLD : la table n&apos;a pas de taux de droit commun pour le secteur à cette date ; allocation APLD retenue sans comparaison</source>
        <translation>APLD: the table has no common-law rate for the sector on that date; APLD allocation kept without comparison</translation>
    </message>
    <message>
        <source>Droit commun : %1</source>
        <translation>Common law: %1</translation>
    </message>
    <message>
        <source>Contrat du %1 au %2</source>
        <translation>Contract from %1 to %2</translation>
    </message>
    <message>
        <source>%1 h à %2 par heure</source>
        <translation>%1 h at %2 an hour</translation>
    </message>
</context>
<context>
    <name>EmployeeCsv</name>
    <message>
        <source>Le fichier est vide : une ligne d&apos;en-tête était attendue (NIR, Matricule, Nom, Prénom, Heures hebdomadaires, Taux horaire brut…).</source>
        <translation>The file is empty: a header row was expected (NIR, Matricule, Nom, Prénom, Heures hebdomadaires, Taux horaire brut…).</translation>
    </message>
    <message>
        <source>Ni « Heures hebdomadaires » ni « Forfait jours » dans la ligne d&apos;en-tête : l&apos;une des deux colonnes est attendue.</source>
        <translation>Neither “Heures hebdomadaires” (weekly hours) nor “Forfait jours” (days-based contract) in the header row: one of the two columns is expected.</translation>
    </message>
    <message>
        <source>Le matricule « %1 » figure déjà ligne %2 : chaque salarié a son propre matricule.</source>
        <translation>Employee number “%1” already appears on line %2: each employee has their own employee number.</translation>
    </message>
    <message>
        <source>Nom vide : le nom du salarié est attendu.</source>
        <translation>Empty surname: the employee&apos;s surname is expected.</translation>
    </message>
    <message>
        <source>Salarié qui n&apos;est pas au forfait jours, sans colonne « Heures hebdomadaires » : ses heures contractuelles sont attendues.</source>
        <translation>Employee not on an annual days-based contract (forfait jours), and no “Heures hebdomadaires” (weekly hours) column: their contractual hours are expected.</translation>
    </message>
    <message>
        <source>« %1 » : une durée hebdomadaire supérieure à 0 est attendue.</source>
        <translation>“%1”: weekly hours greater than 0 are expected.</translation>
    </message>
    <message>
        <source>« %1 » : une durée hebdomadaire de 48 heures au plus est attendue.</source>
        <translation>“%1”: weekly hours of 48 at most are expected.</translation>
    </message>
    <message>
        <source>La date de sortie %1 précède la date d&apos;entrée %2 : une sortie après l&apos;entrée est attendue.</source>
        <translation>The leaving date %1 is before the start date %2: a leaving date after the start date is expected.</translation>
    </message>
    <message>
        <source>« %1 » diffère de la ligne %2 du salarié : une ligne de changement ne change que les heures hebdomadaires et les taux horaires.</source>
        <translation>“%1” differs from the employee&apos;s line %2: a change line changes only the weekly hours and the hourly pay.</translation>
    </message>
    <message>
        <source>Aucune ligne sans date d&apos;effet pour le NIR %1 avant celle-ci : la ligne du contrat de départ du salarié est attendue d&apos;abord, puis ses changements.</source>
        <translation>No line without an effective date for NIR %1 before this one: the employee&apos;s starting contract line is expected first, then its changes.</translation>
    </message>
    <message>
        <source>La ligne %1 du contrat de départ de ce salarié est refusée : ce changement ne peut pas s&apos;y ajouter.</source>
        <translation>Line %1, this employee&apos;s starting contract, is refused: this change cannot be added to it.</translation>
    </message>
    <message>
        <source>Le NIR %1 figure déjà ligne %2 : un salarié par ligne est attendu (un changement de contrat se donne avec une « Date d&apos;effet »).</source>
        <translation>NIR %1 already appears on line %2: one employee per line is expected (a contract change is given with a “Date d&apos;effet”).</translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>Le NIR doit compter 15 caractères, clé comprise, sans espace ; « %1 » a été donné.</source>
        <translation>The NIR must have 15 characters, key included, without spaces; “%1” was given.</translation>
    </message>
    <message>
        <source>Le nom du salarié manque.</source>
        <translation>The employee&apos;s surname is missing.</translation>
    </message>
    <message>
        <source>La date d&apos;entrée du salarié %1 manque.</source>
        <translation>The start date of employee %1 is missing.</translation>
    </message>
    <message>
        <source>La date de sortie du salarié %1 précède sa date d&apos;entrée.</source>
        <translation>The leaving date of employee %1 is before their start date.</translation>
    </message>
    <message>
        <source>La durée hebdomadaire du contrat du salarié %1 doit être positive (ou le salarié doit être au forfait jours).</source>
        <translation>The weekly contract hours of employee %1 must be positive (unless the employee is on an annual days-based contract, forfait jours).</translation>
    </message>
    <message>
        <source>Le salaire horaire du salarié %1 ne peut pas être négatif.</source>
        <translation>The hourly pay of employee %1 cannot be negative.</translation>
    </message>
    <message>
        <source>Un salarié de NIR %1 existe déjà dans cet établissement.</source>
        <translation>An employee with NIR %1 already exists in this establishment.</translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation>Establishment no. %1 does not exist.</translation>
    </message>
    <message>
        <source>ajouter le salarié %1</source>
        <translation>add employee %1</translation>
    </message>
    <message>
        <source>modifier le salarié %1</source>
        <translation>update employee %1</translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas (ou plus).</source>
        <translation>Employee no. %1 does not exist (or no longer exists).</translation>
    </message>
    <message>
        <source>lire la liste des salariés</source>
        <translation>read the list of employees</translation>
    </message>
    <message>
        <source>lire le salarié n°%1</source>
        <translation>read employee no. %1</translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas.</source>
        <translation>Employee no. %1 does not exist.</translation>
    </message>
    <message>
        <source>Le NIR du salarié manque.</source>
        <translation>The employee&apos;s NIR is missing.</translation>
    </message>
    <message>
        <source>Le NIR du salarié %1 manque.</source>
        <translation>The NIR of employee %1 is missing.</translation>
    </message>
    <message>
        <source>reporter le contrat du salarié %1 sur les demandes en préparation</source>
        <translation>carry employee %1&apos;s contract over to the claims being prepared</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EmployeeWeeks</name>
    <message>
        <source>heures travaillées</source>
        <translation>hours worked</translation>
    </message>
    <message>
        <source>heures assimilées à du travail</source>
        <translation>hours treated as worked</translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation>non-worked hours</translation>
    </message>
    <message>
        <source>demi-journées non travaillées</source>
        <translation>non-worked half-days</translation>
    </message>
    <message>
        <source>semaine</source>
        <translation>week</translation>
    </message>
    <message>
        <source>%1, semaine du %2, %3 : %4</source>
        <translation>%1, week of %2, %3: %4</translation>
    </message>
    <message>
        <source>cette semaine ne touche pas le mois de la demande (%1/%2).</source>
        <translation>this week does not overlap the claim&apos;s month (%1/%2).</translation>
    </message>
    <message>
        <source>%1 lignes pour la même semaine ; une seule est attendue.</source>
        <translation>%1 lines for the same week; only one is expected.</translation>
    </message>
    <message>
        <source>%1 est négatif ; un nombre d&apos;heures positif ou nul est attendu.</source>
        <translation>%1 is negative; zero or a positive number of hours is expected.</translation>
    </message>
    <message>
        <source>%1 est négatif ; un nombre positif ou nul est attendu.</source>
        <translation>%1 is negative; zero or a positive number is expected.</translation>
    </message>
    <message>
        <source>des heures sont saisies hors de la période d&apos;emploi (entrée le %1, sortie le %2).</source>
        <translation>hours have been entered outside the employment period (start date %1, leaving date %2).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>travaillées et assimilées (%1) dépassent le plafond de la semaine (%2) et le contrat (%3).</source>
        <translation>hours worked and treated as worked (%1) exceed the week&apos;s ceiling (%2) and the contract (%3).</translation>
    </message>
    <message>
        <source>travaillées %1 + assimilées %2 + chômées %3 dépassent le plafond de la semaine (%4).</source>
        <translation>worked %1 + treated as worked %2 + non-worked %3 exceed the week&apos;s ceiling (%4).</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cette donnée existe déjà</source>
        <translation>this record already exists</translation>
    </message>
    <message>
        <source>elle fait référence à une donnée qui n&apos;existe pas, ou une autre donnée en dépend</source>
        <translation>it refers to a record that does not exist, or another record depends on it</translation>
    </message>
    <message>
        <source>une valeur est manquante ou hors des limites permises</source>
        <translation>a value is missing or outside the permitted limits</translation>
    </message>
    <message>
        <source>la base de données est occupée par une autre opération, réessayez</source>
        <translation>the database is busy with another operation, try again</translation>
    </message>
    <message>
        <source>erreur de la base de données (%1)</source>
        <translation>database error (%1)</translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : %2.</source>
        <translation>Operation “%1” failed: %2.</translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : le pilote SQLite de Qt n&apos;utilise pas la bibliothèque SQLite du programme.</source>
        <translation>Operation “%1” failed: Qt&apos;s SQLite driver does not use the program&apos;s SQLite library.</translation>
    </message>
</context>
<context>
    <name>EstablishmentRepository</name>
    <message>
        <source>Le SIRET doit compter 14 chiffres sans espace ; « %1 » a été donné.</source>
        <translation>The SIRET must have 14 digits without spaces; “%1” was given.</translation>
    </message>
    <message>
        <source>La dénomination de l&apos;établissement manque.</source>
        <translation>The establishment&apos;s name is missing.</translation>
    </message>
    <message>
        <source>Le département doit s&apos;écrire en 2 ou 3 caractères (« 75 », « 2A », « 971 ») ; « %1 » a été donné.</source>
        <translation>The département must be written with 2 or 3 characters (“75”, “2A”, “971”); “%1” was given.</translation>
    </message>
    <message>
        <source>Un établissement de SIRET %1 existe déjà.</source>
        <translation>An establishment with SIRET %1 already exists.</translation>
    </message>
    <message>
        <source>ajouter l&apos;établissement %1</source>
        <translation>add establishment %1</translation>
    </message>
    <message>
        <source>modifier l&apos;établissement %1</source>
        <translation>update establishment %1</translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas (ou plus).</source>
        <translation>Establishment no. %1 does not exist (or no longer exists).</translation>
    </message>
    <message>
        <source>lire la liste des établissements</source>
        <translation>read the list of establishments</translation>
    </message>
    <message>
        <source>lire l&apos;établissement n°%1</source>
        <translation>read establishment no. %1</translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation>Establishment no. %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>EstablishmentRoutes</name>
    <message>
        <source>Cet établissement n&apos;est pas rattaché à votre compte.</source>
        <translation>This establishment is not linked to your account.</translation>
    </message>
    <message>
        <source>Seul le compte principal de l&apos;établissement (la personne à contacter) peut faire cette modification.</source>
        <translation>Only the establishment&apos;s main account (the contact person) can make this change.</translation>
    </message>
    <message>
        <source>La requête est mal formée : certains champs n&apos;ont pas le type attendu.</source>
        <translation>The request is malformed: some fields do not have the expected type.</translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation>A JSON object is expected.</translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is mandatory.</translation>
    </message>
    <message>
        <source>Cette personne est déjà utilisatrice de l&apos;établissement.</source>
        <translation>This person is already a user of the establishment.</translation>
    </message>
    <message>
        <source>Un même identifiant peut gérer au plus %1 établissements.</source>
        <translation>A single user ID can manage at most %1 establishments.</translation>
    </message>
</context>
<context>
    <name>ExchangeSupport</name>
    <message>
        <source>L&apos;option %1 attend une valeur.</source>
        <translation>Option %1 expects a value.</translation>
    </message>
    <message>
        <source>Le fichier de données « %1 » n&apos;existe pas : le chemin d&apos;un fichier créé par AP Desk est attendu.</source>
        <translation>The data file “%1” does not exist: the path of a file created by AP Desk is expected.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier de données « %1 » : %2</source>
        <translation>Cannot open the data file “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Le fichier de données compte %n établissement(s) : indiquez lequel avec --establishment SIRET.</source>
        <translation>
            <numerusform>The data file has %n establishment: say which one with --establishment SIRET.</numerusform>
            <numerusform>The data file has %n establishments: say which one with --establishment SIRET.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun établissement « %1 » dans le fichier de données : un SIRET ou un numéro d&apos;établissement enregistré est attendu.</source>
        <translation>No establishment “%1” in the data file: a SIRET or the number of a saved establishment is expected.</translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>, colonne %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>, colonne %1 (%2)</source>
        <translation>, column %1 (%2)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 attend le fichier de données : --db DONNÉES.</source>
        <translation>%1 needs the data file: --db DATA.</translation>
    </message>
    <message>
        <source>%1 hours attend la demande : --claim N.</source>
        <translation>%1 hours needs the claim: --claim N.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de demande.</source>
        <translation>“%1” is not a claim number.</translation>
    </message>
    <message>
        <source>--today attend une date AAAA-MM-JJ, « %1 » a été donné.</source>
        <translation>--today expects a YYYY-MM-DD date, &quot;%1&quot; was given.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>exporte en CSV les salariés d&apos;un établissement ou les heures d&apos;une demande</source>
        <translation>exports an establishment&apos;s employees or a claim&apos;s hours to CSV</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli export --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--output FICHIER.csv]</source>
        <translation>Usage: apdesk-cli export --db DATA employees|hours [--establishment SIRET] [--claim N] [--output FILE.csv]</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « %1 » : %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli export --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--output FICHIER.csv]
  apdesk-cli export --db DONNÉES employees [--establishment SIRET] [--output FICHIER.csv]
  apdesk-cli export --db DONNÉES hours --claim N [--output FICHIER.csv]
  apdesk-cli --db DONNÉES export employees|hours … (--db avant la commande)

Écrit au format lu par « import » (voir docs/csv-formats.md) : UTF-8 avec BOM, point-virgule, virgule décimale, dates jj/mm/aaaa — ce qu&apos;Excel ouvre tel quel. Les heures d&apos;une demande reprennent chaque semaine par son premier jour dans le mois. Sans --output, le fichier s&apos;affiche sur la sortie standard.

Exemple :
  apdesk-cli export --db apdesk.sqlite hours --claim 3 --output heures-mars.csv

Codes de sortie : 0 exporté, 1 établissement ou demande introuvable, 2 ligne de commande incorrecte, 3 données illisibles ou fichier impossible à écrire.
</source>
        <translation>Usage: apdesk-cli export --db DATA employees|hours [--establishment SIRET] [--claim N] [--output FILE.csv]
  apdesk-cli export --db DATA employees [--establishment SIRET] [--output FILE.csv]
  apdesk-cli export --db DATA hours --claim N [--output FILE.csv]
  apdesk-cli --db DATA export employees|hours … (--db before the command)

Writes in the format read by “import” (see docs/csv-formats.md): UTF-8 with BOM, semicolons, decimal comma, dd/mm/yyyy dates — which Excel opens as it is. A claim&apos;s hours give each week by its first day in the month. Without --output, the file is printed on standard output.

Example:
  apdesk-cli export --db apdesk.sqlite hours --claim 3 --output heures-mars.csv

Exit codes: 0 exported, 1 establishment or claim not found, 2 incorrect command line, 3 unreadable data or file that cannot be written.
</translation>
    </message>
</context>
<context>
    <name>FileMark</name>
    <message>
        <source>un magasin de données d&apos;AP Desk</source>
        <translation>an AP Desk data store</translation>
    </message>
    <message>
        <source>la base de données du service ASP simulé</source>
        <translation>the simulated ASP service&apos;s database</translation>
    </message>
    <message>
        <source>la base de données d&apos;un autre programme</source>
        <translation>another program&apos;s database</translation>
    </message>
</context>
<context>
    <name>FrenchHolidays</name>
    <message>
        <source>Jour de l&apos;an</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Lundi de Pâques</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Fête du travail</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Victoire 1945</source>
        <translation>Victory Day 1945</translation>
    </message>
    <message>
        <source>Ascension</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Lundi de Pentecôte</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Férié ; souvent « journée de solidarité » travaillée : les heures travaillées ce jour-là se saisissent comme travaillées.</source>
        <translation>Public holiday; often a worked “solidarity day” (journée de solidarité): hours worked on that day are entered as hours worked.</translation>
    </message>
    <message>
        <source>Fête nationale</source>
        <translation>Bastille Day</translation>
    </message>
    <message>
        <source>Assomption</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>Toussaint</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Armistice 1918</source>
        <translation>Armistice Day 1918</translation>
    </message>
    <message>
        <source>Noël</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Vendredi saint</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Alsace-Moselle (départements 57, 67, 68)</source>
        <translation>Alsace-Moselle (départements 57, 67, 68)</translation>
    </message>
    <message>
        <source>Saint-Étienne</source>
        <translation>St Stephen&apos;s Day</translation>
    </message>
</context>
<context>
    <name>FrenchPhone</name>
    <message>
        <source>Aucun numéro de téléphone saisi : 10 chiffres sont attendus (par exemple 01 45 67 89 01).</source>
        <translation>No phone number entered: 10 digits are expected (for example 01 45 67 89 01).</translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas permis dans un numéro de téléphone : seuls des chiffres sont attendus, éventuellement précédés de « + ».</source>
        <translation>The character %1 (position %2) is not allowed in a phone number: only digits are expected, optionally preceded by “+”.</translation>
    </message>
    <message>
        <source>Aucun chiffre dans « %1 » : 10 chiffres sont attendus (par exemple 01 45 67 89 01).</source>
        <translation>No digits in “%1”: 10 digits are expected (for example 01 45 67 89 01).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone international lisible : après l&apos;indicatif +33, 9 chiffres sont attendus (+33 1 45 67 89 01).</source>
        <translation>“%1” is not a readable international phone number: after the +33 dialling code, 9 digits are expected (+33 1 45 67 89 01).</translation>
    </message>
    <message>
        <source>L&apos;indicatif +%1 n&apos;est pas celui de la France (+33) ni d&apos;un département d&apos;outre-mer : un numéro français est attendu.</source>
        <translation>The dialling code +%1 is not that of France (+33) or of an overseas département: a French number is expected.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone attribué : vérifiez le nombre de chiffres et les premiers chiffres.</source>
        <translation>“%1” is not an allocated phone number: check the number of digits and the first digits.</translation>
    </message>
    <message>
        <source>Un numéro de téléphone français commence par 0 (ou par +33) : « %1 » commence par %2.</source>
        <translation>A French phone number starts with 0 (or +33): “%1” starts with %2.</translation>
    </message>
    <message numerus="yes">
        <source>Un numéro de téléphone compte 10 chiffres (par exemple 01 45 67 89 01) : %n trouvé(s).</source>
        <translation>
            <numerusform>A phone number has 10 digits (for example 01 45 67 89 01): %n found.</numerusform>
            <numerusform>A phone number has 10 digits (for example 01 45 67 89 01): %n found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro %1 n&apos;est pas un numéro de téléphone attribué en France : vérifiez les premiers chiffres.</source>
        <translation>The number %1 is not a phone number allocated in France: check the first digits.</translation>
    </message>
    <message>
        <source>Le %1 est un numéro de mobile : un numéro de téléphone fixe (01 à 05 ou 09) est attendu.</source>
        <translation>%1 is a mobile number: a landline number (01 to 05 or 09) is expected.</translation>
    </message>
    <message>
        <source>Le %1 n&apos;est pas un numéro de téléphone fixe : un numéro commençant par 01 à 05 ou 09 est attendu.</source>
        <translation>%1 is not a landline number: a number starting with 01 to 05 or 09 is expected.</translation>
    </message>
    <message>
        <source>fixe</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>Colonne « %1 » inconnue : elle est ignorée.</source>
        <translation>Unknown column “%1”: it is ignored.</translation>
    </message>
    <message>
        <source>La colonne « %1 » apparaît deux fois (colonnes %2 et %3) : une seule était attendue.</source>
        <translation>The column “%1” appears twice (columns %2 and %3): only one was expected.</translation>
    </message>
    <message>
        <source>Colonne « %1 » introuvable dans la ligne d&apos;en-tête : elle est obligatoire. Colonnes trouvées : %2.</source>
        <translation>Column “%1” not found in the header row: it is mandatory. Columns found: %2.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) colonne(s) inconnue(s), ignorée(s) de même.</source>
        <translation>
            <numerusform>… and %n more unknown column, ignored too.</numerusform>
            <numerusform>… and %n more unknown columns, ignored too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourlyPay</name>
    <message>
        <source>Aucun montant saisi : une rémunération horaire en euros est attendue (par exemple 12,34 ou 5,4325).</source>
        <translation>No amount entered: an hourly pay in euros is expected (for instance 12.34 or 5.4325).</translation>
    </message>
    <message>
        <source>« %1 » est négatif : un montant positif est attendu.</source>
        <translation>“%1” is negative: a positive amount is expected.</translation>
    </message>
    <message>
        <source>« %1 » a plus de quatre décimales : une rémunération horaire se saisit au dix-millième d&apos;euro près au plus (par exemple 5,4325).</source>
        <translation>“%1” has more than four decimals: an hourly pay is entered to a ten-thousandth of a euro at most (for instance 5.4325).</translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour une rémunération horaire.</source>
        <translation>“%1” is too large for an hourly pay.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant : un nombre d&apos;euros est attendu, par exemple 12,34 ou 5,4325.</source>
        <translation>“%1” is not an amount: a number of euros is expected, for instance 12.34 or 5.4325.</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Aucune durée saisie : un nombre d&apos;heures est attendu (par exemple 7,5 ou 7h30).</source>
        <translation>No duration entered: a number of hours is expected (for example 7,5 or 7h30).</translation>
    </message>
    <message>
        <source>« %1 » est négatif : un nombre d&apos;heures ne peut pas être négatif.</source>
        <translation>“%1” is negative: a number of hours cannot be negative.</translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour une durée.</source>
        <translation>“%1” is too large for a duration.</translation>
    </message>
    <message>
        <source>« %1 » : les minutes doivent être comprises entre 0 et 59.</source>
        <translation>“%1”: the minutes must be between 0 and 59.</translation>
    </message>
    <message>
        <source>« %1 » a plus de deux décimales : les heures se saisissent au centième (par exemple 7,25).</source>
        <translation>“%1” has more than two decimal places: hours are entered to the hundredth (for example 7,25).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une durée : un nombre d&apos;heures est attendu, par exemple 7,5 ou 7.5 ou 7h30 ou 7:30.</source>
        <translation>“%1” is not a duration: a number of hours is expected, for example 7,5 or 7.5 or 7h30 or 7:30.</translation>
    </message>
</context>
<context>
    <name>HoursCheck</name>
    <message>
        <source>La décision est une réduction d&apos;horaire : la colonne « Heures travaillées » (ou « Jours chômés » pour le forfait jours) est attendue, elle manque.</source>
        <translation>The decision is a reduction in working hours: the “Heures travaillées” (hours worked) column, or “Jours chômés” (non-worked days) for days-based contracts, is expected but missing.</translation>
    </message>
    <message>
        <source>La décision est une fermeture temporaire : la colonne « Heures chômées » (ou « Jours chômés » pour le forfait jours) est attendue, elle manque.</source>
        <translation>The decision is a temporary closure: the “Heures chômées” (non-worked hours) column, or “Jours chômés” (non-worked days) for days-based contracts, is expected but missing.</translation>
    </message>
    <message>
        <source>Aucun salarié de NIR %1 dans l&apos;établissement : le NIR d&apos;un salarié déjà enregistré est attendu (importez d&apos;abord le fichier des salariés).</source>
        <translation>No employee with NIR %1 in the establishment: the NIR of an employee already saved is expected (import the employee file first).</translation>
    </message>
    <message>
        <source>Le matricule « %1 » ne correspond pas au NIR %2, qui est celui du matricule « %3 » : les deux colonnes doivent désigner le même salarié.</source>
        <translation>The employee number “%1” does not match NIR %2, which is that of employee number “%3”: both columns must refer to the same employee.</translation>
    </message>
    <message>
        <source>Aucun salarié de matricule « %1 » dans l&apos;établissement : le matricule d&apos;un salarié déjà enregistré est attendu.</source>
        <translation>No employee with employee number “%1” in the establishment: the employee number of an employee already saved is expected.</translation>
    </message>
    <message>
        <source>La semaine du %1 ne touche pas le mois de la demande (%2) : une date d&apos;une semaine (du lundi au dimanche) qui touche ce mois est attendue.</source>
        <translation>The week of %1 does not overlap the claim&apos;s month (%2): a date in a week (Monday to Sunday) that overlaps this month is expected.</translation>
    </message>
    <message>
        <source>Les heures de ce salarié pour la semaine du %1 figurent déjà ligne %2 : une ligne par salarié et par semaine est attendue.</source>
        <translation>This employee&apos;s hours for the week of %1 already appear on line %2: one line per employee per week is expected.</translation>
    </message>
    <message>
        <source>Salarié au forfait jours : les jours chômés sont attendus, les heures de la ligne sont ignorées.</source>
        <translation>Employee on an annual days-based contract (forfait jours): non-worked days are expected; the hours on the line are ignored.</translation>
    </message>
</context>
<context>
    <name>HoursCsv</name>
    <message>
        <source>Le fichier est vide : une ligne d&apos;en-tête était attendue (NIR ou Matricule, Semaine du, Heures travaillées…).</source>
        <translation>The file is empty: a header row was expected (NIR or Matricule, Semaine du, Heures travaillées…).</translation>
    </message>
    <message>
        <source>Ni « NIR » ni « Matricule » dans la ligne d&apos;en-tête : l&apos;une des deux colonnes est attendue pour reconnaître le salarié.</source>
        <translation>Neither “NIR” nor “Matricule” (employee number) in the header row: one of the two columns is expected to identify the employee.</translation>
    </message>
    <message>
        <source>Aucune colonne d&apos;heures dans la ligne d&apos;en-tête : « Heures travaillées », « Heures assimilées », « Heures chômées » ou « Jours chômés » est attendue.</source>
        <translation>No hours column in the header row: “Heures travaillées”, “Heures assimilées”, “Heures chômées” or “Jours chômés” is expected.</translation>
    </message>
    <message>
        <source>Ni NIR ni matricule : l&apos;un des deux est attendu pour reconnaître le salarié.</source>
        <translation>Neither NIR nor employee number: one of the two is expected to identify the employee.</translation>
    </message>
</context>
<context>
    <name>HoursImportCommand</name>
    <message numerus="yes">
        <source>Import de %n ligne(s) d&apos;heures</source>
        <translation>
            <numerusform>Import of %n line of hours</numerusform>
            <numerusform>Import of %n lines of hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Écriture : %1 / %2 lignes</source>
        <translation>Writing: %1 / %2 lines</translation>
    </message>
    <message numerus="yes">
        <source>Import refusé : %n problème(s) bloquant(s), rien n&apos;a été écrit. Corrigez le fichier, ou relancez avec --partial pour importer les lignes valides seulement.</source>
        <translation>
            <numerusform>Import rejected: %n blocking problem, nothing has been written. Correct the file, or run again with --partial to import only the valid lines.</numerusform>
            <numerusform>Import rejected: %n blocking problems, nothing has been written. Correct the file, or run again with --partial to import only the valid lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>importe un fichier CSV de salariés ou d&apos;heures dans un fichier de données</source>
        <translation>imports a CSV file of employees or hours into a data file</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli import --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--partial] FICHIER.csv</source>
        <translation>Usage: apdesk-cli import --db DATA employees|hours [--establishment SIRET] [--claim N] [--partial] FILE.csv</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation>Cannot read “%1”: %2.</translation>
    </message>
    <message>
        <source>Lecture et contrôle de « %1 »…</source>
        <translation>Reading and checking “%1”…</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli import --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--partial] [--progress] FICHIER.csv
  apdesk-cli import --db DONNÉES employees [--establishment SIRET] FICHIER.csv
  apdesk-cli import --db DONNÉES hours --claim N FICHIER.csv
  apdesk-cli --db DONNÉES import employees|hours … (--db avant la commande)

Lit et contrôle le fichier (voir docs/csv-formats.md) sans toucher au fichier de données, puis l&apos;écrit en une seule transaction : une importation interrompue ne laisse rien d&apos;écrit à moitié.
  employees  ajoute les salariés de l&apos;établissement (SIRET ou numéro ; facultatif s&apos;il n&apos;y en a qu&apos;un) et met à jour ceux dont le NIR est déjà connu.
  hours      écrit les heures de la demande n° N (en préparation), une ligne par salarié (NIR ou matricule) et par semaine du mois.
  --partial  importe les lignes valides et liste les autres ; sans cette option, un seul problème bloquant fait tout refuser.
  --progress écrit l&apos;avancement sur la sortie d&apos;erreur.
Le rapport (dialecte, lignes écrites, problèmes ; pour les heures, la demande recalculée avec ses totaux, comme la liste « claims ») s&apos;affiche en JSON.

Exemple :
  apdesk-cli import --db apdesk.sqlite hours --claim 3 heures-mars.csv

Codes de sortie : 0 tout importé, 1 problème bloquant, rien d&apos;écrit (ou établissement, demande introuvable ou plus en préparation), 2 ligne de commande incorrecte, 3 fichier ou données illisibles ou impossibles à écrire, 4 import partiel (--partial) : des lignes ont été laissées de côté.
</source>
        <translation>Usage: apdesk-cli import --db DATA employees|hours [--establishment SIRET] [--claim N] [--partial] [--progress] FILE.csv
  apdesk-cli import --db DATA employees [--establishment SIRET] FILE.csv
  apdesk-cli import --db DATA hours --claim N FILE.csv
  apdesk-cli --db DATA import employees|hours … (--db before the command)

Reads and checks the file (see docs/csv-formats.md) without touching the data file, then writes it in a single transaction: an interrupted import leaves nothing half-written.
  employees  adds the establishment&apos;s employees (SIRET or number; optional if there is only one) and updates those whose NIR is already known.
  hours      writes the hours of claim no. N (being prepared), one line per employee (NIR or employee number) and per week of the month.
  --partial  imports the valid lines and lists the others; without this option, a single blocking problem rejects everything.
  --progress writes progress to standard error.
The report (dialect, lines written, problems; for hours, the claim recomputed with its totals, as the “claims” list shows it) is printed in JSON.

Example:
  apdesk-cli import --db apdesk.sqlite hours --claim 3 heures-mars.csv

Exit codes: 0 everything imported, 1 blocking problem, nothing written (or establishment or claim not found, or no longer being prepared), 2 incorrect command line, 3 file or data unreadable or cannot be written, 4 partial import (--partial): some lines have been left out.
</translation>
    </message>
    <message>
        <source>Les heures sont enregistrées, mais la demande n&apos;a pas pu être calculée : %1</source>
        <translation>The hours are saved, but the claim could not be computed: %1</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Le salarié %1 %2 est incomplet (NIR, nom, date d&apos;entrée, durée ou salaire) : rien n&apos;a été importé.</source>
        <translation>Employee %1 %2 is incomplete (NIR, surname, start date, hours or pay): nothing has been imported.</translation>
    </message>
    <message>
        <source>importer les salariés</source>
        <translation>import the employees</translation>
    </message>
    <message>
        <source>importer les heures de la demande n°%1</source>
        <translation>import the hours of claim no. %1</translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas dans l&apos;établissement de cette demande : rien n&apos;a été importé.</source>
        <translation>Employee no. %1 does not exist in this claim&apos;s establishment: nothing has been imported.</translation>
    </message>
    <message>
        <source>La semaine du %1 n&apos;est pas dans le mois de la demande : rien n&apos;a été importé.</source>
        <translation>The week of %1 is not in the claim&apos;s month: nothing has been imported.</translation>
    </message>
    <message>
        <source>Des heures négatives ne s&apos;importent pas : rien n&apos;a été importé.</source>
        <translation>Negative hours cannot be imported: nothing has been imported.</translation>
    </message>
    <message>
        <source>Le salarié %1 %2 : %3 Rien n&apos;a été importé.</source>
        <translation>Employee %1 %2: %3 Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>Le corps de la requête est vide : un objet JSON est attendu.</source>
        <translation>The request body is empty: a JSON object is expected.</translation>
    </message>
    <message>
        <source>Le corps de la requête n&apos;est pas du JSON valide (%1, à l&apos;octet %2).</source>
        <translation>The request body is not valid JSON (%1, at byte %2).</translation>
    </message>
    <message>
        <source>Un objet JSON est attendu, pas un tableau ni une valeur seule.</source>
        <translation>A JSON object is expected, not an array or a single value.</translation>
    </message>
    <message>
        <source>Un texte est attendu.</source>
        <translation>A string is expected.</translation>
    </message>
    <message>
        <source>Une valeur true ou false est attendue.</source>
        <translation>A true or false value is expected.</translation>
    </message>
    <message>
        <source>Un nombre entier est attendu.</source>
        <translation>A whole number is expected.</translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation>A JSON object is expected.</translation>
    </message>
    <message>
        <source>La requête est mal formée : certains champs n&apos;ont pas le type attendu.</source>
        <translation>The request is malformed: some fields do not have the expected type.</translation>
    </message>
    <message>
        <source>Le corps de la requête doit être envoyé en application/json (Content-Type reçu : « %1 »).</source>
        <translation>The request body must be sent as application/json (Content-Type received: “%1”).</translation>
    </message>
    <message>
        <source>La requête dépasse la taille maximale de %1 Mio (%2 octets reçus).</source>
        <translation>The request exceeds the maximum size of %1 MiB (%2 bytes received).</translation>
    </message>
</context>
<context>
    <name>Mails</name>
    <message>
        <source>Bonjour %1 %2,</source>
        <translation>Dear %1 %2,</translation>
    </message>
    <message>
        <source>Si vous ne trouvez pas l&apos;un de nos messages, regardez dans votre dossier de courriers indésirables, puis contactez l&apos;assistance : contact-ap@asp-public.fr.</source>
        <translation>If you cannot find one of our messages, look in your junk mail folder, then contact support: contact-ap@asp-public.fr.</translation>
    </message>
    <message>
        <source>L&apos;équipe Activité partielle de l&apos;ASP</source>
        <translation>The ASP short-time work team</translation>
    </message>
    <message>
        <source>Activité partielle : votre identifiant</source>
        <translation>Short-time work: your user ID</translation>
    </message>
    <message>
        <source>Votre identifiant de connexion à l&apos;extranet Activité partielle est : [%1]</source>
        <translation>Your user ID for logging in to the short-time work (activité partielle) extranet is: [%1]</translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie de l&apos;identifiant. Votre mot de passe vous est envoyé dans un autre message.</source>
        <translation>Do not copy the square brackets [ ]: they are not part of the user ID. Your password is sent to you in a separate message.</translation>
    </message>
    <message>
        <source>Activité partielle : votre mot de passe</source>
        <translation>Short-time work: your password</translation>
    </message>
    <message>
        <source>Votre mot de passe provisoire est : [%1]</source>
        <translation>Your temporary password is: [%1]</translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. Vous devrez le changer lors de votre première connexion.</source>
        <translation>Do not copy the square brackets [ ]: they are not part of the password. You will have to change it when you first log in.</translation>
    </message>
    <message>
        <source>Activité partielle : confirmation de votre habilitation</source>
        <translation>Short-time work: confirmation of your access authorisation</translation>
    </message>
    <message>
        <source>Votre habilitation à l&apos;extranet Activité partielle pour l&apos;établissement %1 (SIRET %2) est confirmée.</source>
        <translation>Your authorisation to access the short-time work extranet for establishment %1 (SIRET %2) is confirmed.</translation>
    </message>
    <message>
        <source>Connectez-vous avec l&apos;identifiant %1.</source>
        <translation>Log in with the user ID %1.</translation>
    </message>
    <message>
        <source>Activité partielle : votre nouveau mot de passe</source>
        <translation>Short-time work: your new password</translation>
    </message>
    <message>
        <source>Votre nouveau mot de passe est : [%1]</source>
        <translation>Your new password is: [%1]</translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. Vous devrez le changer lors de votre prochaine connexion.</source>
        <translation>Do not copy the square brackets [ ]: they are not part of the password. You will have to change it the next time you log in.</translation>
    </message>
    <message>
        <source>Activité partielle : rappel de votre identifiant</source>
        <translation>Short-time work: reminder of your user ID</translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie de l&apos;identifiant.</source>
        <translation>Do not copy the square brackets [ ]: they are not part of the user ID.</translation>
    </message>
    <message>
        <source>Numéro de décision : %1</source>
        <translation>Decision number: %1</translation>
    </message>
    <message>
        <source>Période autorisée : du %1 au %2</source>
        <translation>Authorised period: from %1 to %2</translation>
    </message>
    <message>
        <source>Forme : %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Régime : %1</source>
        <translation>Scheme: %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Heures autorisées : %1 h</source>
        <translation>Authorised hours: %1 h</translation>
    </message>
    <message>
        <source>Effectif autorisé : %1 salariés</source>
        <translation>Authorised headcount: %1 employees</translation>
    </message>
    <message>
        <source>Activité partielle : notification de décision n° %1</source>
        <translation>Short-time work: notification of decision no. %1</translation>
    </message>
    <message>
        <source>Madame, Monsieur,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <source>Votre demande d&apos;autorisation préalable d&apos;activité partielle pour l&apos;établissement %1 (SIRET %2) est acceptée.</source>
        <translation>Your request for prior authorisation of short-time work for establishment %1 (SIRET %2) has been accepted.</translation>
    </message>
    <message>
        <source>Code secret de la décision : [%1]</source>
        <translation>Secret code of the decision: [%1]</translation>
    </message>
    <message>
        <source>Ce code vous sera demandé pour chaque demande d&apos;indemnisation au titre de cette décision : conservez-le. Ne recopiez pas les crochets [ ] : ils ne font pas partie du code.</source>
        <translation>You will be asked for this code for each indemnification claim under this decision: keep it safe. Do not copy the square brackets [ ]: they are not part of the code.</translation>
    </message>
    <message>
        <source>Demande n° %1, version %2</source>
        <translation>Claim no. %1, version %2</translation>
    </message>
    <message>
        <source>Mois : %1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>Décision n° %1</source>
        <translation>Decision no. %1</translation>
    </message>
    <message>
        <source>Salariés : %1</source>
        <translation>Employees: %1</translation>
    </message>
    <message>
        <source>Heures indemnisables : %1 h</source>
        <translation>Indemnifiable hours: %1 h</translation>
    </message>
    <message>
        <source>Indemnités versées aux salariés : %1</source>
        <translation>Indemnities paid to the employees: %1</translation>
    </message>
    <message>
        <source>Allocation demandée : %1</source>
        <translation>Allocation claimed: %1</translation>
    </message>
    <message>
        <source>Montant payé : %1</source>
        <translation>Amount paid: %1</translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;indemnisation n° %1 reçue</source>
        <translation>Short-time work: claim no. %1 received</translation>
    </message>
    <message>
        <source>L&apos;ASP a reçu la demande d&apos;indemnisation de l&apos;établissement %1 (SIRET %2). Elle est en attente de validation.</source>
        <translation>The ASP received the claim of establishment %1 (SIRET %2). It is waiting for validation.</translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;indemnisation n° %1 — %2</source>
        <translation>Short-time work: claim no. %1 — %2</translation>
    </message>
    <message>
        <source>La demande d&apos;indemnisation de l&apos;établissement %1 (SIRET %2) est désormais : %3.</source>
        <translation>The claim of establishment %1 (SIRET %2) is now: %3.</translation>
    </message>
    <message>
        <source>Période : du %1 au %2</source>
        <translation>Period: from %1 to %2</translation>
    </message>
    <message>
        <source>Heures : %1 h</source>
        <translation>Hours: %1 h</translation>
    </message>
    <message>
        <source>Effectif : %1 salariés</source>
        <translation>Headcount: %1 employees</translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;autorisation préalable n° %1 reçue</source>
        <translation>Short-time work: request for prior authorisation no. %1 received</translation>
    </message>
    <message>
        <source>L&apos;unité départementale a reçu la demande d&apos;autorisation préalable d&apos;activité partielle de l&apos;établissement %1 (SIRET %2). Sans réponse de sa part dans les 48 heures, elle est acceptée.</source>
        <translation>The departmental unit received the request for prior authorisation of short-time work of establishment %1 (SIRET %2). Without an answer from it within 48 hours, it is accepted.</translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;autorisation préalable n° %1 refusée</source>
        <translation>Short-time work: request for prior authorisation no. %1 refused</translation>
    </message>
    <message>
        <source>La demande d&apos;autorisation préalable d&apos;activité partielle de l&apos;établissement %1 (SIRET %2) est refusée.</source>
        <translation>The request for prior authorisation of short-time work of establishment %1 (SIRET %2) is refused.</translation>
    </message>
    <message>
        <source>Motif du refus : %1</source>
        <translation>Reason for the refusal: %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Aucun montant saisi : un montant en euros est attendu (par exemple 12,34).</source>
        <translation>No amount entered: an amount in euros is expected (for example 12,34).</translation>
    </message>
    <message>
        <source>« %1 » est négatif : un montant positif est attendu.</source>
        <translation>“%1” is negative: a positive amount is expected.</translation>
    </message>
    <message>
        <source>« %1 » a plus de deux décimales : les montants se saisissent au centime près (par exemple 12,34).</source>
        <translation>“%1” has more than two decimal places: amounts are entered to the cent (for example 12,34).</translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour un montant.</source>
        <translation>“%1” is too large for an amount.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant : un nombre d&apos;euros est attendu, par exemple 12,34 ou 12.34.</source>
        <translation>“%1” is not an amount: a number of euros is expected, for example 12,34 or 12.34.</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Aucun numéro de sécurité sociale saisi : 15 caractères sont attendus, 13 chiffres et une clé de 2 chiffres.</source>
        <translation>No social security number entered: 15 characters are expected, 13 digits and a 2-digit key.</translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas permis : un numéro de sécurité sociale ne compte que des chiffres, avec 2A ou 2B en positions 6 et 7 pour un département de Corse.</source>
        <translation>The character %1 (position %2) is not allowed: a social security number has only digits, with 2A or 2B in positions 6 and 7 for a Corsican département.</translation>
    </message>
    <message>
        <source>13 caractères trouvés : il manque la clé de 2 chiffres. Un numéro de sécurité sociale compte 15 caractères.</source>
        <translation>13 characters found: the 2-digit key is missing. A social security number has 15 characters.</translation>
    </message>
    <message numerus="yes">
        <source>Un numéro de sécurité sociale compte 15 caractères (13 chiffres et une clé de 2 chiffres) : %n trouvé(s).</source>
        <translation>
            <numerusform>A social security number has 15 characters (13 digits and a 2-digit key): %n found.</numerusform>
            <numerusform>A social security number has 15 characters (13 digits and a 2-digit key): %n found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le premier chiffre (%1) n&apos;est pas permis : il vaut 1 ou 2 (sexe), ou 3, 4, 7 ou 8 pour un numéro particulier ou provisoire.</source>
        <translation>The first digit (%1) is not allowed: it is 1 or 2 (sex), or 3, 4, 7 or 8 for a special or temporary number.</translation>
    </message>
    <message>
        <source>La clé %1 ne correspond pas au numéro : la clé attendue est %2. Vérifiez les 13 premiers caractères et la clé.</source>
        <translation>The key %1 does not match the number: the expected key is %2. Check the first 13 characters and the key.</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Impossible d&apos;ouvrir la base de données « %1 » : %2</source>
        <translation>Cannot open the database “%1”: %2</translation>
    </message>
    <message>
        <source>raison inconnue.</source>
        <translation>unknown reason.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas une base de données. Il n&apos;a pas été modifié.</source>
        <translation>The file “%1” is not a database. It has not been modified.</translation>
    </message>
    <message>
        <source>La base de données « %1 » est endommagée : la vérification de son intégrité a échoué. Elle n&apos;a pas été modifiée.</source>
        <translation>The database “%1” is damaged: its integrity check failed. It has not been modified.</translation>
    </message>
    <message>
        <source>La base de données « %1 » a été écrite par une version plus récente du programme (version %2 du schéma, cette version du programme connaît au plus la version %3). Elle n&apos;a pas été modifiée : installez la dernière version du programme pour l&apos;ouvrir.</source>
        <translation>The database “%1” was written by a newer version of the program (schema version %2; this version of the program knows version %3 at most). It has not been modified: install the latest version of the program to open it.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde de la base de données « %1 », nécessaire avant sa mise à jour, n&apos;a pas pu être faite : %2 La base n&apos;a pas été modifiée.</source>
        <translation>The backup copy of the database “%1”, needed before it is updated, could not be made: %2 The database has not been modified.</translation>
    </message>
    <message>
        <source>La mise à jour de la base de données « %1 » vers la version %2 (%3) a échoué : %4. Elle a été annulée, la base est restée à la version %5.</source>
        <translation>Updating the database “%1” to version %2 (%3) failed: %4. The update has been cancelled; the database has stayed at version %5.</translation>
    </message>
    <message>
        <source>Une copie de la base d&apos;avant la mise à jour se trouve dans « %1 ».</source>
        <translation>A copy of the database from before the update is in “%1”.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide (0 octet) : ce n&apos;est pas une base de données. Il n&apos;a pas été modifié.</source>
        <translation>The file “%1” is empty (0 bytes): it is not a database. It was not changed.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas %2 : c&apos;est %3. Il n&apos;a pas été modifié.</source>
        <translation>The file “%1” is not %2: it is %3. It was not changed.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>lire l&apos;envoi n°%1</source>
        <translation>read submission no. %1</translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;existe pas.</source>
        <translation>Submission no. %1 does not exist.</translation>
    </message>
    <message>
        <source>changer le statut de la demande n°%1</source>
        <translation>change the status of claim no. %1</translation>
    </message>
    <message>
        <source>La demande n°%1 ne peut pas être mise en file d&apos;envoi : son contenu ou sa clé d&apos;envoi est invalide.</source>
        <translation>Claim no. %1 cannot be queued for sending: its content or its submission key is invalid.</translation>
    </message>
    <message>
        <source>lire la demande n°%1</source>
        <translation>read claim no. %1</translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation>Claim no. %1 does not exist.</translation>
    </message>
    <message>
        <source>La demande n°%1 est déjà en file d&apos;envoi ou envoyée.</source>
        <translation>Claim no. %1 is already queued for sending or sent.</translation>
    </message>
    <message>
        <source>mettre la demande n°%1 en file d&apos;envoi</source>
        <translation>queue claim no. %1 for sending</translation>
    </message>
    <message>
        <source>La clé d&apos;envoi %1 a déjà servi.</source>
        <translation>The submission key %1 has already been used.</translation>
    </message>
    <message>
        <source>lire la file d&apos;envoi</source>
        <translation>read the sending queue</translation>
    </message>
    <message>
        <source>lire les envois de la demande n°%1</source>
        <translation>read the submissions of claim no. %1</translation>
    </message>
    <message>
        <source>noter l&apos;envoi n°%1</source>
        <translation>record submission no. %1</translation>
    </message>
    <message>
        <source>noter l&apos;échec de l&apos;envoi n°%1</source>
        <translation>record the failure of submission no. %1</translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;est pas en attente.</source>
        <translation>Submission no. %1 is not pending.</translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;est plus en attente.</source>
        <translation>Submission no. %1 is no longer pending.</translation>
    </message>
    <message>
        <source>noter le refus de l&apos;envoi n°%1</source>
        <translation>record the rejection of submission no. %1</translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;est pas en file d&apos;envoi.</source>
        <translation>Claim no. %1 is not queued for sending.</translation>
    </message>
    <message>
        <source>La demande n°%1 ne peut plus être retirée : un envoi a été tenté et le service l&apos;a peut-être déjà reçue.</source>
        <translation>Claim no. %1 can no longer be withdrawn: a submission has been attempted and the service may already have received it.</translation>
    </message>
    <message>
        <source>retirer la demande n°%1 de la file d&apos;envoi</source>
        <translation>withdraw claim no. %1 from the sending queue</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Au moins un chiffre</source>
        <translation>At least one digit</translation>
    </message>
    <message>
        <source>Au moins un caractère spécial (ni lettre, ni chiffre, ni espace, par exemple ! ? # @ -)</source>
        <translation>At least one special character (not a letter, digit or space, for example ! ? # @ -)</translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message>
        <source>écrit le dossier de contrôle d&apos;une demande en PDF</source>
        <translation>writes a claim&apos;s control pack as PDF</translation>
    </message>
    <message>
        <source>pdf attend --claim N, le numéro de la demande.</source>
        <translation>pdf expects --claim N, the number of the claim.</translation>
    </message>
    <message>
        <source>pdf attend le nom du fichier PDF à écrire.</source>
        <translation>pdf expects the name of the PDF file to write.</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli pdf --db DONNÉES --claim N FICHIER.pdf [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES pdf … (--db avant la commande)

Écrit le dossier de contrôle de la demande N : l&apos;établissement, la décision et le mois ; les totaux ; les contrôles avec leurs avertissements ; les lignes du barème appliquées (taux, planchers, plafonds), numérotées, avec leur source juridique ; puis pour chaque salarié les semaines avec leurs plafonds et leurs heures, la base horaire, chaque ligne du barème utilisée (par son numéro), l&apos;indemnité et l&apos;allocation. La demande est calculée comme par « claims ». Affiche en JSON le fichier écrit et son nombre de pages.

Exemple :
  apdesk-cli --db apdesk.sqlite pdf --claim 3 dossier-avril-2026.pdf

Codes de sortie : 0 dossier écrit, 1 demande introuvable, 2 ligne de commande incorrecte, 3 données illisibles ou fichier impossible à écrire.
</source>
        <translation>Usage: apdesk-cli pdf --db DATA --claim N FILE.pdf [--today YYYY-MM-DD]
  apdesk-cli --db DATA pdf … (--db before the command)

Writes the control pack of claim N: the establishment, the decision and the month; the totals; the checks with their warnings; the rates table rows applied (rates, floors, caps), numbered, with their legal source; then for each employee the weeks with their caps and hours, the hourly base, each rates table row used (by its number), the indemnity and the allocation. The claim is computed as by &quot;claims&quot;. Prints as JSON the file written and its number of pages.

Example:
  apdesk-cli --db apdesk.sqlite pdf --claim 3 pack-april-2026.pdf

Exit codes: 0 pack written, 1 claim not found, 2 incorrect command line, 3 unreadable data or file that cannot be written.
</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Délai de dépôt dépassé depuis le %1 pour %2 (non déposée).</source>
        <translation>Filing deadline passed on %1 for %2 (not filed).</translation>
    </message>
    <message>
        <source>Contingent épuisé : %1 utilisées sur %2 autorisées.</source>
        <translation>Contingent used up: %1 used of %2 authorised.</translation>
    </message>
    <message numerus="yes">
        <source>Plus que %n jour(s) pour déposer %1 (jusqu&apos;au %2).</source>
        <translation>
            <numerusform>Only %n day left to file %1 (until %2).</numerusform>
            <numerusform>Only %n days left to file %1 (until %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contingent presque épuisé : %1 utilisées sur %2 autorisées.</source>
        <translation>Contingent nearly used up: %1 used of %2 authorised.</translation>
    </message>
    <message>
        <source>Aucune décision enregistrée : synchronisez les décisions.</source>
        <translation>No decision stored: synchronise the decisions.</translation>
    </message>
</context>
<context>
    <name>PortfolioCommand</name>
    <message>
        <source>tableau de bord des établissements : décisions, heures, mois déposés, délais</source>
        <translation>dashboard of the establishments: decisions, hours, months filed, deadlines</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli portfolio --db DONNÉES [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES portfolio … (--db avant la commande)

Affiche en JSON chaque établissement du fichier de données, le plus urgent d&apos;abord : sa décision en cours (ou la dernière) et sa fin, les heures autorisées, utilisées par les demandes enregistrées (non refusées) et restantes, chaque mois commencé de chacune de ses décisions (déposé, en préparation ou non demandé) avec son délai de dépôt (6 mois après la fin de la période autorisée, 12 mois pour les périodes finissant en 2020) et les jours restants, et le problème le plus grave : délai dépassé, contingent épuisé, délai dans moins de 30 jours, contingent utilisé à 90 % ou plus, aucune décision. --today donne la date du jour (par défaut, celle de l&apos;ordinateur).

Exemple :
  apdesk-cli --db apdesk.sqlite portfolio

Codes de sortie : 0 tableau affiché, 2 ligne de commande incorrecte, 3 données illisibles.
</source>
        <translation>Usage: apdesk-cli portfolio --db DATA [--today YYYY-MM-DD]
  apdesk-cli --db DATA portfolio … (--db before the command)

Prints as JSON every establishment of the data file, the most urgent first: its current (or latest) decision and its end, the hours authorised, used by the stored claims (not refused) and left, every begun month of each of its decisions (filed, in preparation or not claimed) with its filing deadline (6 months after the end of the authorised period, 12 months for periods ending in 2020) and the days left, and the worst problem: deadline passed, contingent used up, deadline within 30 days, contingent 90 % used or more, no decision. --today gives today&apos;s date (by default, the computer&apos;s).

Example:
  apdesk-cli --db apdesk.sqlite portfolio

Exit codes: 0 table printed, 2 incorrect command line, 3 unreadable data.
</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>Aucun code postal saisi : 5 chiffres sont attendus (par exemple 75001).</source>
        <translation>No postcode entered: 5 digits are expected (for example 75001).</translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un code postal compte 5 chiffres.</source>
        <translation>The character %1 (position %2) is not a digit: a postcode has 5 digits.</translation>
    </message>
    <message numerus="yes">
        <source>Un code postal compte 5 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>A postcode has 5 digits: %n found in “%1”.</numerusform>
            <numerusform>A postcode has 5 digits: %n found in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code postal %1 ne correspond à aucun département : 01000 à 95999 en métropole, 97100 à 97699 outre-mer.</source>
        <translation>The postcode %1 does not correspond to any département: 01000 to 95999 in mainland France, 97100 to 97699 overseas.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
</context>
<context>
    <name>RatesTable</name>
    <message>
        <source>Aucune ligne de la table des taux (section « %1 ») ne couvre le %2 : le montant ne peut pas être calculé sans un taux en vigueur.</source>
        <translation>No row of the rates table (section “%1”) covers %2: the amount cannot be calculated without a rate in force.</translation>
    </message>
</context>
<context>
    <name>RatesTableParser</name>
    <message>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>le nombre %1 (sans guillemets)</source>
        <translation>the number %1 (without quotes)</translation>
    </message>
    <message>
        <source>une liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>Table des taux, section « %1 », ligne %2, champ « %3 » : %4 attendu, %5 trouvé.</source>
        <translation>Rates table, section “%1”, row %2, field “%3”: %4 expected, %5 found.</translation>
    </message>
    <message>
        <source>un champ connu</source>
        <translation>a known field</translation>
    </message>
    <message>
        <source>un champ inconnu</source>
        <translation>an unknown field</translation>
    </message>
    <message>
        <source>une date AAAA-MM-JJ</source>
        <translation>a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>une date après celle de la ligne précédente (%1)</source>
        <translation>a date after that of the previous row (%1)</translation>
    </message>
    <message>
        <source>la source juridique de la ligne</source>
        <translation>the row&apos;s legal source</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>un nombre positif entre guillemets (&quot;8.03&quot;) ou null</source>
        <translation>a positive number in quotes (&quot;8.03&quot;) or null</translation>
    </message>
    <message>
        <source>un nombre positif entre guillemets (&quot;8.03&quot;)</source>
        <translation>a positive number in quotes (&quot;8.03&quot;)</translation>
    </message>
    <message>
        <source>un objet {common, protected, closed, apld}</source>
        <translation>an object {common, protected, closed, apld}</translation>
    </message>
    <message>
        <source>un pourcentage entre guillemets (&quot;70&quot;) ou null</source>
        <translation>a percentage in quotes (&quot;70&quot;) or null</translation>
    </message>
    <message>
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>La table des taux n&apos;est pas un document JSON valide (position %1 : %2).</source>
        <translation>The rates table is not a valid JSON document (position %1: %2).</translation>
    </message>
    <message>
        <source>Table des taux : la section « %1 » manque ou est vide (une liste de lignes datées est attendue).</source>
        <translation>Rates table: the section “%1” is missing or empty (a list of dated rows is expected).</translation>
    </message>
    <message>
        <source>Table des taux, section « %1 » : chaque ligne doit être un objet.</source>
        <translation>Rates table, section “%1”: each row must be an object.</translation>
    </message>
    <message>
        <source>un champ common, protected, closed ou apld</source>
        <translation>a field common, protected, closed or apld</translation>
    </message>
    <message>
        <source>Table des taux : la section « %1 » manque. Depuis décembre 2026, les règles de l&apos;APLD et des apprentis sont dans la table ; reprenez cette section de resources/rates/rates.json (docs/claim-json.md, « Table des taux »).</source>
        <translation>Rates table: the section “%1” is missing. Since December 2026 the APLD and apprentices&apos; rules are in the table; copy this section from resources/rates/rates.json (docs/claim-json.md, “Rates table”).</translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>lit et contrôle un fichier CSV de salariés ou d&apos;heures, sans l&apos;importer</source>
        <translation>reads and checks a CSV file of employees or hours, without importing it</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli read employees|hours FICHIER.csv

Lit un fichier CSV de salariés (employees) ou d&apos;heures (hours) tel qu&apos;Excel ou LibreOffice l&apos;enregistrent (séparateur, encodage, décimales détectés ; voir docs/csv-formats.md), le contrôle sans l&apos;importer et affiche en JSON : le dialecte trouvé, les lignes valides et les problèmes, chacun avec sa ligne, sa colonne et un message. Les heures ne sont pas rapprochées d&apos;une demande : « import hours » le fait.

Exemple :
  apdesk-cli read employees tests/data/csv/employees-excel.csv

Codes de sortie : 0 fichier sans problème bloquant, 1 au moins un problème bloquant (le rapport est tout de même affiché), 2 ligne de commande incorrecte, 3 fichier illisible.
</source>
        <translation>Usage: apdesk-cli read employees|hours FILE.csv

Reads a CSV file of employees (employees) or of hours (hours) as Excel or LibreOffice save it (separator, encoding and decimals detected; see docs/csv-formats.md), checks it without importing it and prints in JSON: the dialect found, the valid lines and the problems, each with its line, its column and a message. The hours are not matched against a claim: “import hours” does that.

Example:
  apdesk-cli read employees tests/data/csv/employees-excel.csv

Exit codes: 0 file with no blocking problem, 1 at least one blocking problem (the report is printed all the same), 2 incorrect command line, 3 unreadable file.
</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli read employees|hours FICHIER.csv</source>
        <translation>Usage: apdesk-cli read employees|hours FILE.csv</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation>Cannot read “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>ReceivedClaim</name>
    <message>
        <source>En attente de validation</source>
        <translation>Waiting for validation</translation>
    </message>
    <message>
        <source>En cours d&apos;instruction</source>
        <translation>Being examined</translation>
    </message>
    <message>
        <source>Validée</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Paiement demandé</source>
        <translation>Payment requested</translation>
    </message>
    <message>
        <source>Paiement effectué</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>DI rejetée</source>
        <translation>Claim rejected</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Statut %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>RecoveryRoutes</name>
    <message>
        <source>L&apos;ensemble des secrets (question/réponse secrètes) n&apos;étant pas renseigné pour votre compte utilisateur, merci de bien vouloir prendre contact avec le support spécifique de votre application</source>
        <translation>As the set of secrets (secret question/answer) has not been filled in for your user account, please contact the specific support for your application</translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is mandatory.</translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>Le résultat de l&apos;opération est incorrect, ou l&apos;opération a expiré : essayez avec une nouvelle.</source>
        <translation>The result of the calculation is incorrect, or the calculation has expired: try with a new one.</translation>
    </message>
    <message>
        <source>Cette demande est inconnue ou a expiré : recommencez depuis le début.</source>
        <translation>This request is unknown or has expired: start again from the beginning.</translation>
    </message>
    <message>
        <source>Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer un nouveau mot de passe.</source>
        <translation>This answer is incorrect. We cannot send you a new password.</translation>
    </message>
    <message>
        <source>Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer votre identifiant.</source>
        <translation>This answer is incorrect. We cannot send you your user ID.</translation>
    </message>
    <message>
        <source>Trop de demandes pour ce compte : réessayez dans 15 minutes.</source>
        <translation>Too many requests for this account: try again in 15 minutes.</translation>
    </message>
    <message>
        <source>Le service reçoit trop de demandes de ce type : réessayez dans 15 minutes.</source>
        <translation>The service receives too many requests of this kind: try again in 15 minutes.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>La méthode %1 n&apos;est pas acceptée sur %2.</source>
        <translation>The %1 method is not accepted on %2.</translation>
    </message>
    <message>
        <source>Aucune ressource à l&apos;adresse %1.</source>
        <translation>No resource at the address %1.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Impossible d&apos;écrire l&apos;image %1</source>
        <translation>Cannot write the image %1</translation>
    </message>
</context>
<context>
    <name>SecretQuestions</name>
    <message>
        <source>Quel est le nom de jeune fille de votre mère ?</source>
        <translation>What is your mother&apos;s maiden name?</translation>
    </message>
    <message>
        <source>Quelle est votre ville de naissance ?</source>
        <translation>What is your town of birth?</translation>
    </message>
    <message>
        <source>Quel est le nom de votre premier animal de compagnie ?</source>
        <translation>What is the name of your first pet?</translation>
    </message>
    <message>
        <source>Quel était le nom de votre école primaire ?</source>
        <translation>What was the name of your primary school?</translation>
    </message>
    <message>
        <source>Quel est le prénom de votre meilleur ami d&apos;enfance ?</source>
        <translation>What is the first name of your best childhood friend?</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>Le fichier de données initiales n&apos;est pas un objet JSON valide (%1).</source>
        <translation>The initial data file is not a valid JSON object (%1).</translation>
    </message>
    <message>
        <source>L&apos;utilisateur %1 des données initiales n&apos;a pas pu être créé.</source>
        <translation>User %1 of the initial data could not be created.</translation>
    </message>
    <message>
        <source>Données initiales : %1</source>
        <translation>Initial data: %1</translation>
    </message>
    <message>
        <source>Données initiales : l&apos;établissement %1 nomme un utilisateur inconnu (%2).</source>
        <translation>Initial data: establishment %1 names an unknown user (%2).</translation>
    </message>
    <message>
        <source>Données initiales : l&apos;établissement %1 n&apos;a aucun utilisateur.</source>
        <translation>Initial data: establishment %1 has no user.</translation>
    </message>
    <message>
        <source>L&apos;établissement %1 des données initiales n&apos;a pas pu être créé.</source>
        <translation>Establishment %1 of the initial data could not be created.</translation>
    </message>
    <message>
        <source>Données initiales : un accès SYLAé/APEA nomme un SIRET invalide ou un utilisateur inconnu.</source>
        <translation>Initial data: a SYLAé/APEA access names an invalid SIRET or an unknown user.</translation>
    </message>
    <message>
        <source>Données initiales : l&apos;accès SYLAé/APEA de %1 n&apos;a pas pu être enregistré.</source>
        <translation>Initial data: the SYLAé/APEA access of %1 could not be saved.</translation>
    </message>
    <message>
        <source>Données initiales : %1 n&apos;est pas un objet JSON.</source>
        <translation>Initial data: %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Données initiales : décision incorrecte (%1).</source>
        <translation>Initial data: incorrect decision (%1).</translation>
    </message>
    <message>
        <source>Données initiales : %1 nomme un établissement inconnu (%2) ; les établissements d&apos;une décision doivent exister ou figurer dans &quot;establishments&quot;.</source>
        <translation>Initial data: %1 names an unknown establishment (%2); a decision&apos;s establishments must exist or be listed in &quot;establishments&quot;.</translation>
    </message>
    <message>
        <source>Données initiales : la décision %1 n&apos;a pas pu être créée.</source>
        <translation>Initial data: decision %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>envoie des demandes à l&apos;ASP par la file d&apos;envoi, une seule fois chacune</source>
        <translation>sends claims to the ASP through the sending queue, each exactly once</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: “%1”.</translation>
    </message>
    <message>
        <source>--claim N et --all-ready ne vont pas ensemble.</source>
        <translation>--claim N and --all-ready do not go together.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli send --db DONNÉES [--claim N | --all-ready] [--service URL] [--keychain]
  apdesk-cli --db DONNÉES send … (--db avant la commande)

« Envoyer à l&apos;UD » en ligne de commande. --claim N met la demande N en file d&apos;envoi ; --all-ready y met toutes les demandes en préparation sans problème bloquant (les autres sont listées dans « notReady »). Les contrôles passent d&apos;abord : une demande avec un problème bloquant reste en préparation. Une demande en file d&apos;envoi ne se modifie plus. Puis tout ce qui attend dans la file est envoyé, chaque demande avec sa clé d&apos;envoi : le service n&apos;enregistre jamais deux fois la même demande, même si la commande est relancée ou interrompue. Sans --claim ni --all-ready, la commande envoie seulement ce qui attend déjà.

Le service est --service URL, ou la variable APDESK_SERVICE_URL. L&apos;identifiant est la variable APDESK_USER ; le mot de passe est lu sur la première ligne de l&apos;entrée standard ou, avec --keychain, dans le trousseau du système, où « Se souvenir de moi » du programme l&apos;a gardé ; jamais sur la ligne de commande.

Affiche en JSON (format apdesk-send) les demandes mises en file (« queued »), celles qui ne l&apos;ont pas été et pourquoi, puis le nombre d&apos;envois reçus par le service (« sent »), refusés (« rejected ») et à réessayer (« retrying »), avec leurs messages.

Exemple :
  printf &apos;%s\n&apos; &quot;$MOT_DE_PASSE&quot; | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite send --all-ready --service http://127.0.0.1:18080
  APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite send --keychain

Codes de sortie : 0 tout ce qui était en file est reçu par le service, 1 une demande refusée (problème bloquant, refus du service) ou connexion refusée, 2 ligne de commande incorrecte, 3 données illisibles, 4 des demandes attendent dans la file (service injoignable ou sans réponse) : relancez la commande plus tard.
</source>
        <translation>Usage: apdesk-cli send --db STORE [--claim N | --all-ready] [--service URL] [--keychain]
  apdesk-cli --db STORE send … (--db before the command)

“Envoyer à l&apos;UD” from the command line. --claim N queues claim N for sending; --all-ready queues every claim in preparation without a blocking problem (the others are listed in “notReady”). The checks run first: a claim with a blocking problem stays in preparation. A queued claim can no longer be changed. Then everything waiting in the queue is sent, each claim with its sending key: the service never records the same claim twice, even when the command is run again or interrupted. Without --claim or --all-ready, the command only sends what is already waiting.

The service is --service URL, or the APDESK_SERVICE_URL variable. The identifier is the APDESK_USER variable; the password is read from the first line of standard input or, with --keychain, from the system&apos;s keyring, where the program&apos;s “Se souvenir de moi” kept it; never from the command line.

Prints as JSON (format apdesk-send) the claims queued (“queued”), those that were not and why, then the number of sendings the service received (“sent”), refused (“rejected”) and to try again (“retrying”), with their messages.

Example:
  printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite send --all-ready --service http://127.0.0.1:18080
  APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite send --keychain

Exit codes: 0 everything queued was received by the service, 1 a claim refused (blocking problem, refused by the service) or login refused, 2 wrong command line, 3 unreadable data, 4 claims wait in the queue (service unreachable or not answering): run the command again later.
</translation>
    </message>
</context>
<context>
    <name>ServiceContext</name>
    <message>
        <source>La bibliothèque libsodium n&apos;a pas pu être initialisée.</source>
        <translation>The libsodium library could not be initialised.</translation>
    </message>
    <message>
        <source>Le service ne peut pas écouter sur %1:%2 (%3).</source>
        <translation>The service cannot listen on %1:%2 (%3).</translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP est momentanément indisponible. Vos demandes seront envoyées dès son retour.</source>
        <translation>The ASP service is temporarily unavailable. Your requests will be sent as soon as it is back.</translation>
    </message>
    <message>
        <source>Vous devez être connecté pour cette opération.</source>
        <translation>You must be logged in for this operation.</translation>
    </message>
    <message>
        <source>Votre session a expiré ou a été fermée : reconnectez-vous.</source>
        <translation>Your session has expired or has been closed: log in again.</translation>
    </message>
    <message>
        <source>Vous devez d&apos;abord changer votre mot de passe provisoire et renseigner votre question secrète.</source>
        <translation>You must first change your temporary password and set your secret question.</translation>
    </message>
    <message>
        <source>Le service a rencontré une erreur interne. Réessayez plus tard.</source>
        <translation>The service encountered an internal error. Try again later.</translation>
    </message>
    <message>
        <source>Les routes d&apos;administration de ce service sont réservées au programme qui l&apos;a démarré.</source>
        <translation>This service&apos;s administration routes are reserved for the program that started it.</translation>
    </message>
    <message>
        <source>La table des taux intégrée au service ne se lit pas.</source>
        <translation>The rates table built into the service cannot be read.</translation>
    </message>
</context>
<context>
    <name>ServiceSession</name>
    <message>
        <source>L&apos;adresse du service de l&apos;ASP est attendue : --service URL ou la variable APDESK_SERVICE_URL (par exemple http://127.0.0.1:18080).</source>
        <translation>The ASP service&apos;s address is expected: --service URL or the APDESK_SERVICE_URL variable (for example http://127.0.0.1:18080).</translation>
    </message>
    <message>
        <source>--service attend une adresse http:// ou https://, « %1 » a été donné.</source>
        <translation>--service expects an http:// or https:// address, “%1” was given.</translation>
    </message>
    <message>
        <source>L&apos;identifiant est attendu dans la variable APDESK_USER, et le mot de passe sur l&apos;entrée standard.</source>
        <translation>The identifier is expected in the APDESK_USER variable, and the password on standard input.</translation>
    </message>
    <message>
        <source>Le mot de passe de %1 est attendu sur la première ligne de l&apos;entrée standard.</source>
        <translation>The password of %1 is expected on the first line of standard input.</translation>
    </message>
    <message>
        <source>Le compte %1 doit d&apos;abord terminer sa première connexion dans le programme (mot de passe et question secrète).</source>
        <translation>Account %1 must first complete its first login in the program (password and secret question).</translation>
    </message>
    <message>
        <source>Le trousseau ne garde aucun mot de passe pour %1 : connectez-vous une fois dans le programme avec « Se souvenir de moi », ou donnez le mot de passe sur l&apos;entrée standard (sans --keychain).</source>
        <translation>The keyring keeps no password for %1: log in once in the program with “Se souvenir de moi”, or give the password on standard input (without --keychain).</translation>
    </message>
    <message>
        <source>Le trousseau de mots de passe du système n&apos;a pas répondu ou a refusé la lecture. Donnez le mot de passe sur l&apos;entrée standard (sans --keychain).</source>
        <translation>The system&apos;s password keyring did not answer or refused the read. Give the password on standard input (without --keychain).</translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is mandatory.</translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe ne respecte pas toutes les règles.</source>
        <translation>The new password does not meet all the rules.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit être différent du mot de passe actuel.</source>
        <translation>The new password must be different from the current password.</translation>
    </message>
    <message>
        <source>Votre question secrète est déjà renseignée.</source>
        <translation>Your secret question has already been set.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>lire le réglage « %1 »</source>
        <translation>read the setting “%1”</translation>
    </message>
    <message>
        <source>Un réglage doit avoir un nom.</source>
        <translation>A setting must have a name.</translation>
    </message>
    <message>
        <source>enregistrer le réglage « %1 »</source>
        <translation>save the setting “%1”</translation>
    </message>
    <message>
        <source>supprimer le réglage « %1 »</source>
        <translation>delete the setting “%1”</translation>
    </message>
</context>
<context>
    <name>Siren</name>
    <message>
        <source>Aucun SIREN saisi : 9 chiffres sont attendus (par exemple 732 829 320).</source>
        <translation>No SIREN entered: 9 digits are expected (for example 732 829 320).</translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un SIREN ne compte que des chiffres, 9 en tout.</source>
        <translation>The character %1 (position %2) is not a digit: a SIREN has only digits, 9 in all.</translation>
    </message>
    <message>
        <source>14 chiffres trouvés : c&apos;est un SIRET. Un SIREN compte 9 chiffres, les 9 premiers du SIRET (%1).</source>
        <translation>14 digits found: this is a SIRET. A SIREN has 9 digits, the first 9 of the SIRET (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Un SIREN compte 9 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>A SIREN has 9 digits: %n found in “%1”.</numerusform>
            <numerusform>A SIREN has 9 digits: %n found in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le SIREN %1, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation>The check digit does not match: check the SIREN %1; a digit has probably been mistyped or two digits swapped.</translation>
    </message>
</context>
<context>
    <name>Siret</name>
    <message>
        <source>Aucun SIRET saisi : 14 chiffres sont attendus (par exemple 732 829 320 00074).</source>
        <translation>No SIRET entered: 14 digits are expected (for example 732 829 320 00074).</translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un SIRET ne compte que des chiffres, 14 en tout.</source>
        <translation>The character %1 (position %2) is not a digit: a SIRET has only digits, 14 in all.</translation>
    </message>
    <message>
        <source>9 chiffres trouvés : c&apos;est sans doute un SIREN. Un SIRET compte 14 chiffres, le SIREN suivi des 5 chiffres du NIC de l&apos;établissement.</source>
        <translation>9 digits found: this is probably a SIREN. A SIRET has 14 digits: the SIREN followed by the 5 digits of the establishment&apos;s NIC.</translation>
    </message>
    <message numerus="yes">
        <source>Un SIRET compte 14 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>A SIRET has 14 digits: %n found in “%1”.</numerusform>
            <numerusform>A SIRET has 14 digits: %n found in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>La clé de contrôle du SIREN (les 9 premiers chiffres, %1) ne correspond pas : vérifiez-les, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation>The check digit of the SIREN (the first 9 digits, %1) does not match: check them; a digit has probably been mistyped or two digits swapped.</translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le NIC %1. Pour un établissement de La Poste, la somme des 14 chiffres doit être un multiple de 5.</source>
        <translation>The check digit does not match: check the NIC %1. For a La Poste establishment, the sum of the 14 digits must be a multiple of 5.</translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le SIRET %1, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation>The check digit does not match: check the SIRET %1; a digit has probably been mistyped or two digits swapped.</translation>
    </message>
</context>
<context>
    <name>SpaceRoutes</name>
    <message>
        <source>Un compte existe déjà pour ce SIRET. Contactez l&apos;utilisateur déjà créé pour cet établissement (%1) : il peut vous ajouter comme utilisateur.</source>
        <translation>An account already exists for this SIRET. Contact the user already created for this establishment (%1): they can add you as a user.</translation>
    </message>
    <message>
        <source>Un même identifiant peut gérer au plus %1 établissements.</source>
        <translation>A single user ID can manage at most %1 establishments.</translation>
    </message>
    <message>
        <source>Votre demande de création d&apos;espace a expiré ou est inconnue : recommencez depuis « Créer mon espace ».</source>
        <translation>Your space creation request has expired or is unknown: start again from “Create my space”.</translation>
    </message>
    <message>
        <source>Cette adresse électronique est déjà celle d&apos;un utilisateur de l&apos;extranet : connectez-vous avec son identifiant pour ajouter cet établissement.</source>
        <translation>This email address already belongs to an extranet user: log in with that user&apos;s ID to add this establishment.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée. Vous recevrez sous 48 heures au plus trois messages : votre identifiant, votre mot de passe et la confirmation de votre habilitation.</source>
        <translation>Your request has been registered. Within 48 hours at most, you will receive three messages: your user ID, your password and the confirmation of your access authorisation.</translation>
    </message>
    <message>
        <source>zéro</source>
        <translation>zero</translation>
    </message>
    <message>
        <source>un</source>
        <translation>one</translation>
    </message>
    <message>
        <source>deux</source>
        <translation>two</translation>
    </message>
    <message>
        <source>trois</source>
        <translation>three</translation>
    </message>
    <message>
        <source>quatre</source>
        <translation>four</translation>
    </message>
    <message>
        <source>cinq</source>
        <translation>five</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>sept</source>
        <translation>seven</translation>
    </message>
    <message>
        <source>huit</source>
        <translation>eight</translation>
    </message>
    <message>
        <source>neuf</source>
        <translation>nine</translation>
    </message>
    <message>
        <source>dix</source>
        <translation>ten</translation>
    </message>
    <message>
        <source>Combien font %1 plus %2 ? Répondez en chiffres.</source>
        <translation>What is %1 plus %2? Answer in figures.</translation>
    </message>
    <message>
        <source>Combien font %1 moins %2 ? Répondez en chiffres.</source>
        <translation>What is %1 minus %2? Answer in figures.</translation>
    </message>
    <message>
        <source>La réponse au contrôle de sécurité ne correspond pas, ou le contrôle a expiré : répondez au nouveau contrôle (image ou question).</source>
        <translation>The answer to the security check does not match, or the check has expired: answer the new check (picture or question).</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>AP Desk prépare les demandes d&apos;indemnisation d&apos;activité partielle et gère les comptes de l&apos;extranet de l&apos;ASP (service simulé intégré par défaut).</source>
        <translation>AP Desk prepares short-time work (activité partielle) indemnification claims and manages ASP extranet accounts (built-in simulated service by default).</translation>
    </message>
    <message>
        <source>Affiche cette aide puis quitte.</source>
        <translation>Displays this help and exits.</translation>
    </message>
    <message>
        <source>Affiche la version puis quitte.</source>
        <translation>Displays the version and exits.</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr (défaut) ou en.</source>
        <translation>Interface language: fr (default) or en.</translation>
    </message>
    <message>
        <source>Dossier des données (défaut : %1).</source>
        <translation>Data folder (default: %1).</translation>
    </message>
    <message>
        <source>Écrit une image PNG de la première fenêtre puis quitte.</source>
        <translation>Writes a PNG image of the first window and exits.</translation>
    </message>
    <message>
        <source>Adresse d&apos;un service ASP simulé déjà lancé (défaut : le service intégré).</source>
        <translation>Address of a simulated ASP service already running (default: the built-in service).</translation>
    </message>
    <message>
        <source>Argument inattendu : %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Langue inconnue « %1 » : fr ou en est attendu.</source>
        <translation>Unknown language “%1”: fr or en is expected.</translation>
    </message>
    <message>
        <source>Pour les mesures du démarrage : quitte dès que la fenêtre est affichée, en écrivant l&apos;heure et le temps processeur.</source>
        <translation>For start-up measurements: quits as soon as the window is shown, printing the time and the CPU time used.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>affiche en JSON l&apos;état de chaque demande, dans le programme et à l&apos;ASP</source>
        <translation>prints as JSON each claim&apos;s state, in the program and at the ASP</translation>
    </message>
    <message>
        <source>status ne prend pas --claim : toutes les demandes sont affichées.</source>
        <translation>status takes no --claim: every claim is shown.</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation>Unexpected argument: “%1”.</translation>
    </message>
    <message>
        <source>Usage : apdesk-cli status --db DONNÉES [--establishment SIRET] [--service URL] [--keychain]
  apdesk-cli --db DONNÉES status … (--db avant la commande)

Affiche en JSON (format apdesk-status) chaque demande du fichier de données : son état dans le programme (preparation, queued, sent, refused), son envoi dans la file (état, tentatives, dernière erreur, prochaine tentative) et, pour les demandes envoyées, leur statut à l&apos;ASP (« asp » : numéro, version, statut et son historique daté, heures, montants, montant payé, motif d&apos;un rejet ; null pour une version que l&apos;ASP a remplacée par une correction). Le service, l&apos;identifiant et le mot de passe (entrée standard ou --keychain) se donnent comme pour « send ». Service injoignable : les états du programme sont affichés, « asp » vaut null.

Exemple :
  printf &apos;%s\n&apos; &quot;$MOT_DE_PASSE&quot; | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite status --service http://127.0.0.1:18080

Codes de sortie : 0 statuts lus, 1 connexion refusée, 2 ligne de commande incorrecte, 3 données illisibles, 4 service injoignable (états du programme seulement).
</source>
        <translation>Usage: apdesk-cli status --db STORE [--establishment SIRET] [--service URL] [--keychain]
  apdesk-cli --db STORE status … (--db before the command)

Prints as JSON (format apdesk-status) each claim of the store: its state in the program (preparation, queued, sent, refused), its sending in the queue (state, attempts, last error, next attempt) and, for the claims sent, their status at the ASP (“asp”: number, version, status and its dated history, hours, amounts, amount paid, reason of a rejection; null for a version the ASP has replaced with a correction). The service, the identifier and the password (standard input or --keychain) are given as for “send”. Service unreachable: the program&apos;s states are printed, “asp” is null.

Example:
  printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite status --service http://127.0.0.1:18080

Exit codes: 0 statuses read, 1 login refused, 2 wrong command line, 3 unreadable data, 4 service unreachable (the program&apos;s states only).
</translation>
    </message>
</context>
<context>
    <name>apdesk::aspsim::GuardedTcpServer</name>
    <message>
        <source>Le service reçoit trop de connexions : réessayez dans un instant.</source>
        <translation>The service is receiving too many connections: try again in a moment.</translation>
    </message>
    <message>
        <source>La requête est arrivée trop lentement.</source>
        <translation>The request arrived too slowly.</translation>
    </message>
    <message>
        <source>La requête dépasse %1 Mio.</source>
        <translation>The request exceeds %1 MiB.</translation>
    </message>
</context>
<context>
    <name>apdesk::client::AspClient</name>
    <message>
        <source>réponse incomplète</source>
        <translation>incomplete response</translation>
    </message>
</context>
<context>
    <name>apdesk::client::KeychainCredentialStore</name>
    <message>
        <source>Le trousseau de mots de passe du système ne répond pas : le mot de passe ne sera pas mémorisé.</source>
        <translation>The system password keychain is not responding: the password will not be remembered.</translation>
    </message>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible (%1) : le mot de passe ne sera pas mémorisé.</source>
        <translation>No password keychain is available (%1): the password will not be remembered.</translation>
    </message>
</context>
<context>
    <name>apdesk::client::MemoryCredentialStore</name>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible.</source>
        <translation>No password keychain is available.</translation>
    </message>
</context>
<context>
    <name>apdesk::sqlite</name>
    <message>
        <source>La copie de sauvegarde ne peut pas être écrite dans « %1 » : ce fichier existe déjà.</source>
        <translation>The backup copy cannot be written to “%1”: this file already exists.</translation>
    </message>
    <message>
        <source>copier la base de données dans « %1 »</source>
        <translation>copy the database to “%1”</translation>
    </message>
    <message>
        <source>Impossible de créer le fichier « %1 » : %2.</source>
        <translation>Cannot create the file “%1”: %2.</translation>
    </message>
    <message>
        <source>Impossible de restreindre les droits du fichier « %1 » à son propriétaire : %2.</source>
        <translation>Cannot restrict the permissions of the file “%1” to its owner: %2.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;existe pas : il n&apos;y a rien à mettre de côté.</source>
        <translation>The file “%1” does not exist: there is nothing to set aside.</translation>
    </message>
    <message>
        <source>Impossible de renommer « %1 » en « %2 » : %3.</source>
        <translation>Cannot rename “%1” to “%2”: %3.</translation>
    </message>
    <message>
        <source>Impossible de renommer « %1 » : %2. Le fichier est resté à sa place.</source>
        <translation>Cannot rename “%1”: %2. The file has stayed where it was.</translation>
    </message>
    <message>
        <source>commencer une transaction</source>
        <translation>begin a transaction</translation>
    </message>
    <message>
        <source>La transaction n&apos;est plus en cours.</source>
        <translation>The transaction is no longer in progress.</translation>
    </message>
    <message>
        <source>enregistrer les modifications</source>
        <translation>save the changes</translation>
    </message>
    <message>
        <source>lire la version des données</source>
        <translation>read the data version</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « %1 » réservé à son propriétaire.</source>
        <translation>Cannot create the folder “%1” for its owner only.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AccountRequestPage</name>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation>Don&apos;t forget to tick the terms of use before validating your request.</translation>
    </message>
    <message>
        <source>Création de compte d&apos;accès à l&apos;extranet Activité Partielle</source>
        <translation>Access account creation for the short-time work extranet</translation>
    </message>
    <message>
        <source>Les champs marqués d&apos;un * sont obligatoires. Les adresses électroniques se saisissent deux fois, à la main.</source>
        <translation>Fields marked with an * are mandatory. Email addresses are entered twice, by hand.</translation>
    </message>
    <message>
        <source>ENVOYER</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Dénomination *</source>
        <translation>Business name *</translation>
    </message>
    <message>
        <source>Libellé de voie *</source>
        <translation>Street address *</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Code postal *</source>
        <translation>Postcode *</translation>
    </message>
    <message>
        <source>Ville *</source>
        <translation>Town/City *</translation>
    </message>
    <message>
        <source>Adresse électronique *</source>
        <translation>Email address *</translation>
    </message>
    <message>
        <source>Confirmation de l&apos;adresse électronique *</source>
        <translation>Confirm email address *</translation>
    </message>
    <message>
        <source>Téléphone fixe *</source>
        <translation>Landline phone *</translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>Prénom *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Saisie manuelle obligatoire : le copier-coller est désactivé dans les champs d&apos;adresse électronique.</source>
        <translation>Manual entry required: copy and paste is disabled in the email address fields.</translation>
    </message>
    <message>
        <source>Question secrète</source>
        <translation>Secret question</translation>
    </message>
    <message>
        <source>Question secrète *</source>
        <translation>Secret question *</translation>
    </message>
    <message>
        <source>Réponse *</source>
        <translation>Answer *</translation>
    </message>
    <message>
        <source>Accepter les conditions générales d&apos;utilisation</source>
        <translation>Accept the terms of use</translation>
    </message>
    <message>
        <source>Le collage est refusé dans ce champ : saisissez l&apos;adresse à la main.</source>
        <translation>Pasting is not allowed in this field: type the address by hand.</translation>
    </message>
    <message>
        <source>%1 / %2 caractères</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Les deux adresses électroniques saisies ne sont pas identiques.</source>
        <translation>The two email addresses entered are not the same.</translation>
    </message>
    <message>
        <source>Corrigez les champs signalés avant d&apos;envoyer la demande.</source>
        <translation>Correct the highlighted fields before sending the request.</translation>
    </message>
    <message>
        <source>Envoi de la demande au service de l&apos;ASP…</source>
        <translation>Sending the request to the ASP service…</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AspHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AspStatusDialog</name>
    <message>
        <source>Suivi à l&apos;ASP — %1</source>
        <translation>Follow-up at the ASP — %1</translation>
    </message>
    <message>
        <source>Lecture du statut auprès de l&apos;ASP…</source>
        <translation>Reading the status from the ASP…</translation>
    </message>
    <message>
        <source>&amp;Étapes de la demande à l&apos;ASP</source>
        <translation>&amp;Steps of the claim at the ASP</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Le statut n&apos;a pas pu être lu : %1</source>
        <translation>The status could not be read: %1</translation>
    </message>
    <message>
        <source>L&apos;ASP n&apos;a pas encore reçu cette demande.</source>
        <translation>The ASP has not received this claim yet.</translation>
    </message>
    <message>
        <source>Demande n° %1, version %2 : &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Claim no. %1, version %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Calculé par l&apos;ASP : indemnités %1, allocation %2.</source>
        <translation>Computed by the ASP: indemnities %1, allocation %2.</translation>
    </message>
    <message>
        <source>Montant payé : %1.</source>
        <translation>Amount paid: %1.</translation>
    </message>
    <message>
        <source>&amp;Corriger (nouvelle version)…</source>
        <translation>&amp;Correct (new version)…</translation>
    </message>
    <message>
        <source>L&apos;ASP n&apos;a pas encore reçu la version %1 de cette demande.</source>
        <translation>The ASP has not received version %1 of this claim yet.</translation>
    </message>
    <message>
        <source>Cette version a été remplacée à l&apos;ASP par la version %1 :</source>
        <translation>At the ASP, this version has been replaced by version %1:</translation>
    </message>
    <message>
        <source>Une erreur à rectifier se corrige dans une nouvelle version de la demande (« Corriger ») : l&apos;ASP la paie en tenant compte de ce qu&apos;elle a déjà payé.</source>
        <translation>A mistake is corrected in a new version of the claim (“Correct”): the ASP pays it taking into account what it has already paid.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AuthorisationDialog</name>
    <message>
        <source>Autorisations préalables — %1</source>
        <translation>Prior authorisations — %1</translation>
    </message>
    <message>
        <source>Nouvelle demande d&apos;autorisation préalable</source>
        <translation>New request for prior authorisation</translation>
    </message>
    <message>
        <source>1 — Conjoncture économique</source>
        <translation>1 — Economic situation</translation>
    </message>
    <message>
        <source>2 — Difficultés d&apos;approvisionnement en matières premières ou énergie</source>
        <translation>2 — Difficulties in the supply of raw materials or energy</translation>
    </message>
    <message>
        <source>3 — Sinistre ou intempéries de caractère exceptionnel</source>
        <translation>3 — Exceptional disaster or bad weather</translation>
    </message>
    <message>
        <source>4 — Transformation, restructuration ou modernisation</source>
        <translation>4 — Transformation, restructuring or modernisation</translation>
    </message>
    <message>
        <source>5 — Autre circonstance de caractère exceptionnel</source>
        <translation>5 — Other exceptional circumstance</translation>
    </message>
    <message>
        <source>Droit commun</source>
        <translation>Common law</translation>
    </message>
    <message>
        <source>Activité partielle de longue durée (APLD)</source>
        <translation>Long-term short-time work (APLD)</translation>
    </message>
    <message>
        <source>par exemple 1 200</source>
        <translation>for example 1,200</translation>
    </message>
    <message>
        <source>En&amp;voyer la demande</source>
        <translation>Se&amp;nd the request</translation>
    </message>
    <message>
        <source>&amp;Motif *</source>
        <translation>&amp;Motive *</translation>
    </message>
    <message>
        <source>&amp;Début de la période *</source>
        <translation>Period &amp;start *</translation>
    </message>
    <message>
        <source>&amp;Fin de la période *</source>
        <translation>Period &amp;end *</translation>
    </message>
    <message>
        <source>F&amp;orme de la réduction *</source>
        <translation>F&amp;orm of the reduction *</translation>
    </message>
    <message>
        <source>&amp;Régime *</source>
        <translation>S&amp;cheme *</translation>
    </message>
    <message>
        <source>&amp;Salariés concernés *</source>
        <translation>Em&amp;ployees concerned *</translation>
    </message>
    <message>
        <source>&amp;Heures demandées *</source>
        <translation>&amp;Hours requested *</translation>
    </message>
    <message>
        <source>Les demandes n&apos;ont pas pu être lues : %1</source>
        <translation>The requests could not be read: %1</translation>
    </message>
    <message>
        <source>Heures demandées : %1</source>
        <translation>Hours requested: %1</translation>
    </message>
    <message>
        <source>un nombre d&apos;heures supérieur à zéro est attendu.</source>
        <translation>a number of hours above zero is expected.</translation>
    </message>
    <message>
        <source>La fin de la période ne peut pas précéder son début.</source>
        <translation>The end of the period cannot come before its start.</translation>
    </message>
    <message>
        <source>Demande n° %1 envoyée : l&apos;administration répond sous 48 heures ; sans réponse, elle est acceptée. La décision et son code secret arriveront dans la Messagerie.</source>
        <translation>Request no. %1 sent: the administration answers within 48 hours; without an answer, it is accepted. The decision and its secret code will arrive in the Messagerie.</translation>
    </message>
    <message>
        <source>&amp;Liste des demandes d&apos;autorisation</source>
        <translation>&amp;List of requests for authorisation</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AuthorisationRequestsModel</name>
    <message>
        <source>Réduction horaire, tout l&apos;établissement</source>
        <translation>Reduction of hours, whole establishment</translation>
    </message>
    <message>
        <source>Réduction horaire, partie de l&apos;établissement</source>
        <translation>Reduction of hours, part of the establishment</translation>
    </message>
    <message>
        <source>Fermeture temporaire, tout l&apos;établissement</source>
        <translation>Temporary closure, whole establishment</translation>
    </message>
    <message>
        <source>Fermeture temporaire, partie de l&apos;établissement</source>
        <translation>Temporary closure, part of the establishment</translation>
    </message>
    <message>
        <source>Acceptée : décision n° %1</source>
        <translation>Accepted: decision no. %1</translation>
    </message>
    <message>
        <source>Refusée : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Envoyée, en attente de réponse</source>
        <translation>Sent, waiting for an answer</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Envoyée le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Réponse de l&apos;administration</source>
        <translation>Administration&apos;s answer</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CarryOverDialog</name>
    <message>
        <source>Reprendre le mois précédent</source>
        <translation>Carry over the previous month</translation>
    </message>
    <message>
        <source>&amp;Salariés de %1</source>
        <translation>&amp;Employees of %1</translation>
    </message>
    <message>
        <source>&amp;Reprendre</source>
        <translation>&amp;Carry over</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) le mois précédent</source>
        <translation>
            <numerusform>%n employee the previous month</numerusform>
            <numerusform>%n employees the previous month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrivée(s)</source>
        <translation>
            <numerusform>%n arrival</numerusform>
            <numerusform>%n arrivals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n départ(s)</source>
        <translation>
            <numerusform>%n departure</numerusform>
            <numerusform>%n departures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) de contrat ou de salaire</source>
        <translation>
            <numerusform>%n contract or pay change</numerusform>
            <numerusform>%n contract or pay changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reprendre %n salarié(s)</source>
        <translation>
            <numerusform>&amp;Carry over %n employee</numerusform>
            <numerusform>&amp;Carry over %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Les salariés de la demande de %1 (version %2, %3) pour celle de %4, avec ce qui a changé depuis. Cochez ceux à reprendre : leur contrat et leur salaire sont repris tels qu&apos;ils sont aujourd&apos;hui. Rien n&apos;est écrit avant «&#xa0;Reprendre&#xa0;», et Ctrl+Z l&apos;annule en une fois.</source>
        <translation>The employees of the %1 claim (version %2, %3) for the %4 claim, with what changed since. Tick those to carry over: their contract and pay are taken as they are today. Nothing is written before “Carry&#xa0;over”, and Ctrl+Z undoes it in one step.</translation>
    </message>
    <message>
        <source>Reprendre aussi les &amp;heures : celles de la dernière semaine entière de %1, au prorata des jours de chaque semaine</source>
        <translation>Carry over the &amp;hours too: those of the last whole week of %1, prorated to the days of each week</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CarryOverModel</name>
    <message>
        <source>Déjà dans la demande</source>
        <translation>Already on the claim</translation>
    </message>
    <message>
        <source>Arrivée : entré(e) le %1</source>
        <translation>Arrival: joined on %1</translation>
    </message>
    <message>
        <source>Départ : sortie le %1</source>
        <translation>Departure: leaves on %1</translation>
    </message>
    <message>
        <source>Parti(e) le %1 : ne peut pas être repris(e)</source>
        <translation>Left on %1: cannot be carried over</translation>
    </message>
    <message>
        <source>Toujours dans l&apos;établissement</source>
        <translation>Still in the establishment</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 chômées</source>
        <translation>%1, %2 not worked (chômées)</translation>
    </message>
    <message>
        <source>%1, %2 travaillées</source>
        <translation>%1, %2 worked</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Salarié (coché : repris)</source>
        <translation>Employee (ticked: carried over)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Contrat ou salaire changé depuis</source>
        <translation>Contract or pay changed since</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n demi-journée(s) non travaillée(s)</source>
        <translation>
            <numerusform>%1, %n half-day not worked</numerusform>
            <numerusform>%1, %n half-days not worked</numerusform>
        </translation>
    </message>
    <message>
        <source>Heures (si reprises)</source>
        <translation>Hours (if carried over)</translation>
    </message>
    <message>
        <source>%1, %2 travaillées et %3 assimilées</source>
        <translation>%1, %2 worked and %3 treated as worked</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Changement du mot de passe</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Pour votre première connexion, choisissez un nouveau mot de passe. Vous vous connecterez ensuite avec celui-ci.</source>
        <translation>As this is your first login, choose a new password. You will then log in with it.</translation>
    </message>
    <message>
        <source>Choisissez un nouveau mot de passe. Vous vous connecterez ensuite avec celui-ci.</source>
        <translation>Choose a new password. You will then log in with it.</translation>
    </message>
    <message>
        <source>Mot de passe &amp;actuel *</source>
        <translation>&amp;Current password *</translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe *</source>
        <translation>&amp;New password *</translation>
    </message>
    <message>
        <source>&amp;Confirmation du mot de passe *</source>
        <translation>Con&amp;firm password *</translation>
    </message>
    <message>
        <source>Question &amp;secrète *</source>
        <translation>&amp;Secret question *</translation>
    </message>
    <message>
        <source>&amp;Réponse *</source>
        <translation>&amp;Answer *</translation>
    </message>
    <message>
        <source>Plus tard (déconnexion)</source>
        <translation>Later (log out)</translation>
    </message>
    <message>
        <source>Envoi au service de l&apos;ASP…</source>
        <translation>Sending to the ASP service…</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe actuel.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit respecter toutes les règles de la liste.</source>
        <translation>The new password must meet all the rules in the list.</translation>
    </message>
    <message>
        <source>Choisissez une question secrète et saisissez sa réponse.</source>
        <translation>Choose a secret question and enter its answer.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ChecksModel</name>
    <message>
        <source>Aucun problème : la demande peut être envoyée.</source>
        <translation>No problems: the claim can be sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) bloquant(s)</source>
        <translation>
            <numerusform>%n blocking problem</numerusform>
            <numerusform>%n blocking problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avertissement(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Avertissement</source>
        <translation>⚠ Warning</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>la demande</source>
        <translation>the claim</translation>
    </message>
    <message>
        <source>sem. du %1</source>
        <translation>wk of %1</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>✖ Bloquant</source>
        <translation>✖ Blocking</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimEmployeesDialog</name>
    <message>
        <source>Salariés de la demande</source>
        <translation>Employees of the claim</translation>
    </message>
    <message>
        <source>Cochez les salariés à déclarer dans la demande de %1 (%2). Espace coche ou décoche le salarié de la ligne courante.</source>
        <translation>Tick the employees to declare in the claim for %1 (%2). Space ticks or unticks the employee of the current row.</translation>
    </message>
    <message>
        <source>La demande de %1 n&apos;est plus en préparation : ses salariés ne se modifient plus.</source>
        <translation>The claim for %1 is no longer in preparation: its employees can no longer be changed.</translation>
    </message>
    <message>
        <source>&amp;Tout cocher</source>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <source>&amp;AJOUTER UNE LIGNE</source>
        <translation>&amp;ADD A LINE</translation>
    </message>
    <message>
        <source>&amp;IMPORTER…</source>
        <translation>&amp;IMPORT…</translation>
    </message>
    <message>
        <source>Nouvelle ligne</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>En&amp;registrer la ligne</source>
        <translation>&amp;Save the line</translation>
    </message>
    <message>
        <source>A&amp;bandonner la ligne</source>
        <translation>&amp;Discard the line</translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Salariés de l&apos;établissement</source>
        <translation>Employees of the e&amp;stablishment</translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) coché(s)</source>
        <translation>
            <numerusform>%n employee ticked</numerusform>
            <numerusform>%n employees ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> sur %n</source>
        <translation>
            <numerusform> out of %n</numerusform>
            <numerusform> out of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>La ligne n&apos;est pas enregistrée : corrigez les champs signalés.</source>
        <translation>The line is not saved: correct the fields shown.</translation>
    </message>
    <message>
        <source>%1 %2 est enregistré dans les salariés de l&apos;établissement et coché.</source>
        <translation>%1 %2 is saved in the establishment&apos;s employees and ticked.</translation>
    </message>
    <message>
        <source>Importer des salariés</source>
        <translation>Import employees</translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) ajouté(s)</source>
        <translation>
            <numerusform>%n employee added</numerusform>
            <numerusform>%n employees added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source> : ils sont cochés pour la demande.</source>
        <translation>: they are ticked for the claim.</translation>
    </message>
    <message>
        <source>Retirer des salariés de la demande</source>
        <translation>Remove employees from the claim</translation>
    </message>
    <message numerus="yes">
        <source>Des heures sont saisies pour %n salarié(s) décoché(s) : les retirer de la demande efface leurs heures.</source>
        <translation>
            <numerusform>Hours are entered for %n unticked employee: removing them from the claim erases their hours.</numerusform>
            <numerusform>Hours are entered for %n unticked employees: removing them from the claim erases their hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer quand même ces salariés de la demande ?</source>
        <translation>Remove these employees from the claim anyway?</translation>
    </message>
    <message>
        <source>&amp;Retirer et effacer leurs heures</source>
        <translation>&amp;Remove and erase their hours</translation>
    </message>
    <message>
        <source>&amp;Ne pas retirer</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <source>C&amp;hangements de contrat…</source>
        <translation>C&amp;ontract changes…</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le salarié dont le contrat change.</source>
        <translation>First choose the employee whose contract changes.</translation>
    </message>
    <message numerus="yes">
        <source>Changements de contrat de %1 %2 enregistrés : %n changement(s).</source>
        <translation>
            <numerusform>Contract changes of %1 %2 saved: %n change.</numerusform>
            <numerusform>Contract changes of %1 %2 saved: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimListModel</name>
    <message>
        <source>Non calculée</source>
        <translation>Not calculated</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n bloquant(s)</source>
        <translation>
            <numerusform>⚠ %n blocking</numerusform>
            <numerusform>⚠ %n blocking</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrez la demande : le panneau « Contrôles » dit où est chaque problème.</source>
        <translation>Open the claim: the “Checks” panel shows where each problem is.</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Heures indemnisables</source>
        <translation>Indemnifiable hours</translation>
    </message>
    <message>
        <source>Indemnité</source>
        <translation>Indemnity</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Problèmes bloquants</source>
        <translation>Blocking problems</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimListPanel</name>
    <message>
        <source>&amp;Demandes de l&apos;établissement (Entrée pour ouvrir) :</source>
        <translation>Establishment&apos;s &amp;claims (Enter to open):</translation>
    </message>
    <message>
        <source>Créer une &amp;nouvelle demande</source>
        <translation>Create a &amp;new claim</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande</source>
        <translation>&amp;Open the claim</translation>
    </message>
    <message>
        <source>Choisissez un établissement pour voir ses demandes.</source>
        <translation>Choose an establishment to see its claims.</translation>
    </message>
    <message>
        <source>Aucune demande pour cet établissement : « Créer une nouvelle demande » avec le code secret de la notification de décision.</source>
        <translation>No claims for this establishment: “Create a new claim” with the secret code from the decision notification.</translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s).</source>
        <translation>
            <numerusform>%n claim.</numerusform>
            <numerusform>%n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimWindow</name>
    <message>
        <source>&amp;Heures des salariés</source>
        <translation>Employee &amp;hours</translation>
    </message>
    <message>
        <source>Totaux de la demande</source>
        <translation>Claim totals</translation>
    </message>
    <message>
        <source>Contrôles</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>&amp;Contrôles</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>&amp;Importer des heures…</source>
        <translation>&amp;Import hours…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Aller aux contrôles</source>
        <translation>Go to checks</translation>
    </message>
    <message>
        <source>Demande de %1 — %2</source>
        <translation>Claim for %1 — %2</translation>
    </message>
    <message>
        <source>Décision %1 : %2, du %3 au %4, %5 h autorisées.</source>
        <translation>Decision %1: %2, from %3 to %4, %5 h authorised.</translation>
    </message>
    <message>
        <source>fermeture temporaire (heures chômées saisies)</source>
        <translation>temporary closure (non-worked hours entered)</translation>
    </message>
    <message>
        <source>réduction de l&apos;horaire (heures travaillées saisies)</source>
        <translation>reduction in working hours (hours worked entered)</translation>
    </message>
    <message>
        <source>Décision %1 : inconnue de cet ordinateur (connectez-vous pour la récupérer) ; la demande est calculée comme une réduction d&apos;horaire.</source>
        <translation>Decision %1: unknown on this computer (log in to retrieve it); the claim is calculated as a reduction in working hours.</translation>
    </message>
    <message>
        <source>En préparation : chaque saisie est enregistrée aussitôt.</source>
        <translation>In preparation: every entry is saved immediately.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demande d&apos;indemnisation de %1&lt;/b&gt; — %2, SIRET %3&lt;br&gt;%4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;Indemnification claim for %1&lt;/b&gt; — %2, SIRET %3&lt;br&gt;%4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Importer des heures</source>
        <translation>Import hours</translation>
    </message>
    <message>
        <source>Importer des heures dans la demande</source>
        <translation>Import hours into the claim</translation>
    </message>
    <message>
        <source>En&amp;voyer à l&apos;UD…</source>
        <translation>Se&amp;nd to the UD…</translation>
    </message>
    <message numerus="yes">
        <source>La demande n&apos;est pas envoyée : %n problème(s) bloquant(s) à corriger d&apos;abord (panneau « Contrôles »).</source>
        <translation>
            <numerusform>The claim is not sent: %n blocking problem to correct first (“Contrôles” panel).</numerusform>
            <numerusform>The claim is not sent: %n blocking problems to correct first (“Contrôles” panel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Envoyer à l&apos;UD</source>
        <translation>Send to the UD</translation>
    </message>
    <message>
        <source>Une fois envoyée, la demande de %1 ne pourra plus être modifiée. Elle partira dès que le service de l&apos;ASP répondra, une seule fois même si l&apos;envoi est interrompu.

Envoyer la demande ?</source>
        <translation>Once sent, the claim for %1 can no longer be changed. It leaves as soon as the ASP service answers, exactly once even if the sending is interrupted.

Send the claim?</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>La demande est dans la file d&apos;envoi : elle ne se modifie plus et partira dès que le service de l&apos;ASP répondra.</source>
        <translation>The claim is in the sending queue: it can no longer be changed and leaves as soon as the ASP service answers.</translation>
    </message>
    <message>
        <source>En file d&apos;envoi : la demande partira dès que le service de l&apos;ASP répondra ; elle ne se modifie plus.</source>
        <translation>In the sending queue: the claim leaves as soon as the ASP service answers; it can no longer be changed.</translation>
    </message>
    <message>
        <source>Envoyée à l&apos;ASP : la demande ne se modifie plus.</source>
        <translation>Sent to the ASP: the claim can no longer be changed.</translation>
    </message>
    <message>
        <source>Refusée par l&apos;ASP (le motif est dans la messagerie) : elle peut être envoyée de nouveau.</source>
        <translation>Refused by the ASP (the reason is in the mailbox): it can be sent again.</translation>
    </message>
    <message>
        <source>Ce mois ne peut plus être modifié.</source>
        <translation>This month can no longer be changed.</translation>
    </message>
    <message>
        <source>Suivi à l&apos;&amp;ASP…</source>
        <translation>Follow-up at the &amp;ASP…</translation>
    </message>
    <message>
        <source>Demande de %1, version %2 — %3</source>
        <translation>Claim for %1, version %2 — %3</translation>
    </message>
    <message>
        <source>dossier-controle-%1.pdf</source>
        <translation>control-pack-%1.pdf</translation>
    </message>
    <message>
        <source>Dossier de contrôle (PDF)</source>
        <translation>Control pack (PDF)</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Dossier de contrôle écrit : %1 (%n page(s)).</source>
        <translation>
            <numerusform>Control pack written: %1 (%n page).</numerusform>
            <numerusform>Control pack written: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprendre le &amp;mois précédent…</source>
        <translation>Carry over the previous &amp;month…</translation>
    </message>
    <message numerus="yes">
        <source>Reprise de %n salarié(s) de %1</source>
        <translation>
            <numerusform>Carry-over of %n employee from %1</numerusform>
            <numerusform>Carry-over of %n employees from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) repris de %1 ; Ctrl+Z annule la reprise.</source>
        <translation>
            <numerusform>%n employee carried over from %1; Ctrl+Z undoes the carry-over.</numerusform>
            <numerusform>%n employees carried over from %1; Ctrl+Z undoes the carry-over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autres actions de la demande</source>
        <translation>More actions of the claim</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pourquoi ce montant ?</source>
        <translation>Why this amount?</translation>
    </message>
    <message>
        <source>&amp;Salariés…</source>
        <translation>&amp;Employees…</translation>
    </message>
    <message>
        <source>&amp;Dossier de contrôle…</source>
        <translation>&amp;Control pack…</translation>
    </message>
    <message>
        <source>Salariés de la demande</source>
        <translation>Employees of the claim</translation>
    </message>
    <message>
        <source>Dossier de contrôle de la demande, en PDF</source>
        <translation>The claim&apos;s control pack, as PDF</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ContractChangesDialog</name>
    <message>
        <source>forfait jours</source>
        <translation>forfait jours</translation>
    </message>
    <message>
        <source>%1 h par semaine</source>
        <translation>%1 h a week</translation>
    </message>
    <message>
        <source>Contrat de départ : %1, taux horaire brut %2</source>
        <translation>Starting contract: %1, gross hourly pay %2</translation>
    </message>
    <message>
        <source>, net habituel %1</source>
        <translation>, usual net %1</translation>
    </message>
    <message>
        <source>Changements de contrat — %1 %2</source>
        <translation>Contract changes — %1 %2</translation>
    </message>
    <message>
        <source>Chaque changement s&apos;applique à partir de sa date d&apos;effet : le plafond de chaque jour et son montant horaire suivent le contrat de ce jour.</source>
        <translation>Each change applies from its effective date: each day&apos;s cap and hourly amount follow that day&apos;s contract.</translation>
    </message>
    <message>
        <source>&amp;Supprimer le changement</source>
        <translation>&amp;Remove the change</translation>
    </message>
    <message>
        <source>Nouveau changement</source>
        <translation>New change</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>vide : inchangées</source>
        <translation>empty: unchanged</translation>
    </message>
    <message>
        <source>vide : inchangé</source>
        <translation>empty: unchanged</translation>
    </message>
    <message>
        <source>A&amp;jouter le changement</source>
        <translation>&amp;Add the change</translation>
    </message>
    <message>
        <source>&amp;Date d&apos;effet *</source>
        <translation>&amp;Effective date *</translation>
    </message>
    <message>
        <source>&amp;Heures hebdomadaires</source>
        <translation>&amp;Weekly hours</translation>
    </message>
    <message>
        <source>Taux horaire &amp;brut (€)</source>
        <translation>&amp;Gross hourly pay (€)</translation>
    </message>
    <message>
        <source>Taux horaire n&amp;et habituel (€)</source>
        <translation>Usual &amp;net hourly pay (€)</translation>
    </message>
    <message>
        <source>En&amp;registrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Changements enregistrés ou ajoutés</source>
        <translation>&amp;Changes saved or added</translation>
    </message>
    <message>
        <source>Le changement n&apos;est pas ajouté : corrigez les champs signalés.</source>
        <translation>The change is not added: correct the fields marked.</translation>
    </message>
    <message>
        <source>Changement du %1 ajouté : « Enregistrer » l&apos;écrit.</source>
        <translation>Change of %1 added: “Save” writes it.</translation>
    </message>
    <message>
        <source>Changement du %1 retiré : « Enregistrer » l&apos;écrit.</source>
        <translation>Change of %1 removed: “Save” writes it.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ContractChangesModel</name>
    <message>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>inchangées</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Heures hebdomadaires</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation>Gross hourly pay</translation>
    </message>
    <message>
        <source>Taux horaire net habituel</source>
        <translation>Usual net hourly pay</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ControlPackJob</name>
    <message>
        <source>Écriture du dossier de contrôle…</source>
        <translation>Writing the control pack…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossier de contrôle (PDF)</source>
        <translation>Control pack (PDF)</translation>
    </message>
    <message>
        <source>Avancement de l&apos;écriture du dossier de contrôle</source>
        <translation>Progress of the control pack&apos;s writing</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CreateClaimDialog</name>
    <message>
        <source>Créer une nouvelle demande</source>
        <translation>Create a new claim</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — SIRET %2&lt;br&gt;Saisissez le code secret de 10 caractères qui figure sur la notification de décision d&apos;autorisation, puis choisissez le mois de la demande.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — SIRET %2&lt;br&gt;Enter the 10-character secret code shown on the authorisation decision notification, then choose the month of the claim.</translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation>&amp;Verify the code</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Mois de la demande (un jour du mois) :</source>
        <translation>&amp;Month of the claim (any day of the month):</translation>
    </message>
    <message>
        <source>&amp;créer</source>
        <translation>&amp;create</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Code secret de la décision :</source>
        <translation>Decision &amp;secret code:</translation>
    </message>
    <message>
        <source>Hors ligne : le code est vérifié avec les décisions enregistrées sur cet ordinateur.</source>
        <translation>Offline: the code is checked against the decisions saved on this computer.</translation>
    </message>
    <message>
        <source>Récupération des décisions de l&apos;établissement…</source>
        <translation>Retrieving the establishment&apos;s decisions…</translation>
    </message>
    <message>
        <source>Décisions de l&apos;établissement à jour.</source>
        <translation>The establishment&apos;s decisions are up to date.</translation>
    </message>
    <message>
        <source>Les décisions n&apos;ont pas pu être récupérées (%1) : celles enregistrées sur cet ordinateur sont utilisées.</source>
        <translation>The decisions could not be retrieved (%1): those saved on this computer are used.</translation>
    </message>
    <message>
        <source>Saisissez le code secret de la notification de décision (10 lettres et chiffres).</source>
        <translation>Enter the secret code from the decision notification (10 letters and digits).</translation>
    </message>
    <message>
        <source>Le code secret ne contient que des lettres et des chiffres ; « %1 » contient un autre caractère.</source>
        <translation>The secret code contains only letters and digits; “%1” contains another character.</translation>
    </message>
    <message numerus="yes">
        <source>Le code secret compte 10 caractères ; vous en avez saisi %n.</source>
        <translation>
            <numerusform>The secret code has 10 characters; you have entered %n.</numerusform>
            <numerusform>The secret code has 10 characters; you have entered %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune décision d&apos;autorisation n&apos;est connue pour cet établissement. Une demande se crée après la décision de l&apos;unité départementale.</source>
        <translation>No authorisation decision is known for this establishment. A claim is created after the decision of the departmental office (unité départementale).</translation>
    </message>
    <message>
        <source>Aucune décision de cet établissement n&apos;est enregistrée sur cet ordinateur : connectez-vous une fois pour récupérer ses décisions, vous pourrez ensuite travailler hors ligne.</source>
        <translation>No decision for this establishment is saved on this computer: log in once to retrieve its decisions; you can then work offline.</translation>
    </message>
    <message>
        <source>Ce code est celui de la décision %1 (du %2 au %3), dont le délai de dépôt des demandes a pris fin le %4 : aucune demande ne peut plus être créée pour cette décision.</source>
        <translation>This code is that of decision %1 (%2 to %3), whose claim filing deadline ended on %4: no more claims can be created for this decision.</translation>
    </message>
    <message>
        <source>Ce code ne correspond à aucune décision de cet établissement. Vérifiez-le sur la notification de décision : 10 lettres et chiffres, sans confondre O et 0.</source>
        <translation>This code does not match any decision of this establishment. Check it on the decision notification: 10 letters and digits, without confusing O and 0.</translation>
    </message>
    <message>
        <source>Code reconnu : décision %1.</source>
        <translation>Code recognised: decision %1.</translation>
    </message>
    <message numerus="yes">
        <source>Décision %1
Période autorisée : du %2 au %3
Forme : %4
Dispositif : %5
Heures autorisées : %6 h pour %n salarié(s)</source>
        <translation>
            <numerusform>Decision %1
Authorised period: from %2 to %3
Form: %4
Scheme: %5
Authorised hours: %6 h for %n employee</numerusform>
            <numerusform>Decision %1
Authorised period: from %2 to %3
Form: %4
Scheme: %5
Authorised hours: %6 h for %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code vérifié, la décision s&apos;affiche ici.</source>
        <translation>Once the code has been checked, the decision is shown here.</translation>
    </message>
    <message>
        <source>Demande de %1</source>
        <translation>Claim for %1</translation>
    </message>
    <message>
        <source>La demande de %1 existe déjà : « créer » l&apos;ouvre.</source>
        <translation>The claim for %1 already exists: “create” opens it.</translation>
    </message>
    <message>
        <source>Mois précédent</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Mois suivant</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Jours du mois</source>
        <translation>Days of the month</translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent</source>
        <translation>&amp;Carry over the previous month&apos;s employees</translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent (la demande existe déjà)</source>
        <translation>&amp;Carry over the previous month&apos;s employees (the claim already exists)</translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent (%1 n&apos;a pas de demande)</source>
        <translation>&amp;Carry over the previous month&apos;s employees (%1 has no claim)</translation>
    </message>
    <message>
        <source>Ce qui a changé depuis (arrivées, départs, contrats, salaires) est montré avant que rien ne soit écrit.</source>
        <translation>What changed since (arrivals, departures, contracts, pay) is shown before anything is written.</translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés de la demande de %1</source>
        <translation>&amp;Carry over the employees of the %1 claim</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CreateSpaceWizard</name>
    <message>
        <source>Votre demande a été envoyée</source>
        <translation>Your request has been sent</translation>
    </message>
    <message>
        <source>&lt;p&gt;Après validation de votre demande, l&apos;ASP vous enverra &lt;b&gt;3 courriels&lt;/b&gt; dans un délai de &lt;b&gt;48 heures&lt;/b&gt; au plus, à l&apos;adresse &lt;b&gt;%1&lt;/b&gt; :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;votre identifiant ;&lt;/li&gt;&lt;li&gt;votre mot de passe provisoire, à changer à la première connexion ;&lt;/li&gt;&lt;li&gt;la confirmation de votre habilitation.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;L&apos;identifiant et le mot de passe y figurent entre crochets [ ] : ne recopiez pas les crochets.&lt;/p&gt;&lt;p&gt;Si vous ne les recevez pas, regardez dans le dossier des courriers indésirables (spam), puis contactez l&apos;assistance : &lt;a href=&quot;mailto:contact-ap@asp-public.fr&quot;&gt;contact-ap@asp-public.fr&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Dans AP Desk, ces courriels arrivent dans la &lt;b&gt;Messagerie&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Once your request has been validated, the ASP will send you &lt;b&gt;3 emails&lt;/b&gt; within &lt;b&gt;48 hours&lt;/b&gt; at most, to the address &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;your user ID;&lt;/li&gt;&lt;li&gt;your temporary password, to be changed when you first log in;&lt;/li&gt;&lt;li&gt;the confirmation of your access authorisation.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The user ID and the password appear in square brackets [ ]: do not copy the brackets.&lt;/p&gt;&lt;p&gt;If you do not receive them, look in your junk mail (spam) folder, then contact support: &lt;a href=&quot;mailto:contact-ap@asp-public.fr&quot;&gt;contact-ap@asp-public.fr&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;In AP Desk, these emails arrive in the &lt;b&gt;Mailbox&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Créer mon espace</source>
        <translation>Create my space</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CsvImportDialog</name>
    <message>
        <source>Les salariés dont le NIR est déjà enregistré sont mis à jour (contrat et salaire), les autres sont ajoutés ; tous sont cochés.</source>
        <translation>Employees whose NIR is already stored are updated (contract and pay), the others are added; all of them are ticked.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu : %2.</source>
        <translation>The file “%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>&amp;Problèmes du fichier</source>
        <translation>&amp;Problems in the file</translation>
    </message>
    <message>
        <source>&amp;Importer les lignes valides</source>
        <translation>&amp;Import the valid lines</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>Lecture et contrôle du fichier…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Arrêt de la lecture…</source>
        <translation>Stopping the reading…</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) lue(s)</source>
        <translation>
            <numerusform>%n line read</numerusform>
            <numerusform>%n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) valide(s)</source>
        <translation>
            <numerusform>%n valid line</numerusform>
            <numerusform>%n valid lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n refused line</numerusform>
            <numerusform>%n refused lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Les heures du fichier remplacent celles des mêmes semaines ; un salarié du fichier qui n&apos;est pas dans la demande y est ajouté. Ctrl+Z annule l&apos;import en une fois.</source>
        <translation>The file&apos;s hours replace those of the same weeks; an employee of the file who is not on the claim is added to it. Ctrl+Z undoes the whole import at once.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CsvProblemsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::DecisionListModel</name>
    <message>
        <source>du %1 au %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 — dépassée</source>
        <translation>%1 — passed</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dans %n jour(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Décision %1, %2 : %3</source>
        <translation>Decision %1, %2: %3</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Période autorisée</source>
        <translation>Authorised period</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Heures autorisées</source>
        <translation>Authorised hours</translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Date limite de dépôt</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>Demandes sur cet ordinateur</source>
        <translation>Claims on this computer</translation>
    </message>
    <message>
        <source>Enregistrée le</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>%1 (aujourd&apos;hui)</source>
        <translation>%1 (today)</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::DecisionsDialog</name>
    <message>
        <source>Décisions d&apos;autorisation — %1</source>
        <translation>Authorisation decisions — %1</translation>
    </message>
    <message>
        <source>&amp;Décisions de l&apos;établissement</source>
        <translation>&amp;Decisions of the establishment</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Actualisation auprès de l&apos;ASP…</source>
        <translation>Refreshing from the ASP…</translation>
    </message>
    <message>
        <source>Les décisions n&apos;ont pas pu être actualisées : %1 Celles enregistrées sur cet ordinateur restent utilisables.</source>
        <translation>The decisions could not be refreshed: %1 Those saved on this computer remain usable.</translation>
    </message>
    <message>
        <source>Aucune décision pour cet établissement. Une décision arrive après une demande d&apos;autorisation préalable acceptée.</source>
        <translation>No decision for this establishment. A decision comes after an accepted request for prior authorisation.</translation>
    </message>
    <message>
        <source>Aucune décision enregistrée sur cet ordinateur pour cet établissement : connectez-vous pour les récupérer.</source>
        <translation>No decision saved on this computer for this establishment: log in to fetch them.</translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s), à jour.</source>
        <translation>
            <numerusform>%n decision, up to date.</numerusform>
            <numerusform>%n decisions, up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hors ligne : %n décision(s) enregistrée(s) sur cet ordinateur.</source>
        <translation>
            <numerusform>Offline: %n decision saved on this computer.</numerusform>
            <numerusform>Offline: %n decisions saved on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SIRET %2
Les décisions d&apos;autorisation de l&apos;établissement, chacune avec la date limite de dépôt des demandes qu&apos;elle couvre. Le code secret figure sur la notification de décision reçue dans la Messagerie.</source>
        <translation>%1 — SIRET %2
The establishment&apos;s authorisation decisions, each with the filing deadline of the claims it covers. The secret code is printed on the notification of decision received in the Mailbox.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EmployeeChoiceModel</name>
    <message>
        <source>Forfait jours</source>
        <translation>Fixed days (forfait jours)</translation>
    </message>
    <message>
        <source>%1 h / semaine</source>
        <translation>%1 h / week</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation>Gross hourly pay</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message numerus="yes">
        <source>%1, puis %n changement(s)</source>
        <translation>
            <numerusform>%1, then %n change</numerusform>
            <numerusform>%1, then %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EmployeeLineForm</name>
    <message>
        <source>15 caractères, clé comprise</source>
        <translation>15 characters, key included</translation>
    </message>
    <message>
        <source>Heures hebdomadaires</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Forfait jours</source>
        <translation>Fixed days (forfait jours)</translation>
    </message>
    <message>
        <source>35 ou 7h30</source>
        <translation>35 or 7h30</translation>
    </message>
    <message>
        <source>12,50</source>
        <translation>12.50</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation</source>
        <translation>Apprentice or professionalisation contract</translation>
    </message>
    <message>
        <source>No&amp;m *</source>
        <translation>Last na&amp;me *</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>NI&amp;R *</source>
        <translation>NI&amp;R *</translation>
    </message>
    <message>
        <source>Matricu&amp;le</source>
        <translation>Staff num&amp;ber</translation>
    </message>
    <message>
        <source>Con&amp;trat *</source>
        <translation>Con&amp;tract *</translation>
    </message>
    <message>
        <source>Heures &amp;hebdomadaires *</source>
        <translation>Weekly &amp;hours *</translation>
    </message>
    <message>
        <source>Taux horaire &amp;brut (€) *</source>
        <translation>Gross hourl&amp;y pay (€) *</translation>
    </message>
    <message>
        <source>Taux horaire n&amp;et habituel (€)</source>
        <translation>Usual n&amp;et hourly pay (€)</translation>
    </message>
    <message>
        <source>Date d&apos;e&amp;ntrée</source>
        <translation>E&amp;ntry date</translation>
    </message>
    <message>
        <source>Date de s&amp;ortie</source>
        <translation>Exit dat&amp;e</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EstablishmentDialog</name>
    <message>
        <source>Fiche établissement — SIRET %1</source>
        <translation>Establishment record — SIRET %1</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Dénomination *</source>
        <translation>Business name *</translation>
    </message>
    <message>
        <source>Libellé de voie *</source>
        <translation>Street address *</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Code postal *</source>
        <translation>Postcode *</translation>
    </message>
    <message>
        <source>Ville *</source>
        <translation>Town/City *</translation>
    </message>
    <message>
        <source>Téléphone fixe *</source>
        <translation>Landline phone *</translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>Prénom *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Compte principal utilisateur</source>
        <translation>Main user account</translation>
    </message>
    <message>
        <source>chargement…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>Le nom, le prénom et l&apos;adresse électronique du premier utilisateur ne peuvent pas être modifiés.</source>
        <translation>The surname, first name and email address of the first user cannot be changed.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Enregistrement auprès du service de l&apos;ASP…</source>
        <translation>Saving with the ASP service…</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::GridFooterModel</name>
    <message>
        <source>Total, %1 : %2</source>
        <translation>Total, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n salarié(s))</source>
        <translation>
            <numerusform>Total (%n employee)</numerusform>
            <numerusform>Total (%n employees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridEditor</name>
    <message numerus="yes">
        <source>Effacement de %n case(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Le presse-papiers ne contient rien à coller.</source>
        <translation>The clipboard contains nothing to paste.</translation>
    </message>
    <message>
        <source>Collage refusé : la ligne %1 du texte copié a %2 case(s), la première en a %3 ; un bloc rectangulaire est attendu. Rien n&apos;a été modifié.</source>
        <translation>Paste rejected: line %1 of the copied text has %2 cell(s), the first has %3; a rectangular block is expected. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Collage refusé : le bloc copié (%1 ligne(s) × %2 colonne(s)) dépasse la grille à partir de la case choisie. Rien n&apos;a été modifié.</source>
        <translation>Paste rejected: the copied block (%1 row(s) × %2 column(s)) goes beyond the grid from the chosen cell. Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Collage refusé, ligne %1, colonne %2 du bloc copié (%3) : %4 Rien n&apos;a été modifié.</source>
        <translation>Paste rejected, row %1, column %2 of the copied block (%3): %4 Nothing has been changed.</translation>
    </message>
    <message>
        <source>Collage de %1 × %2 cases</source>
        <translation>Paste %1 × %2 cells</translation>
    </message>
    <message>
        <source>Cette étape ne peut plus être refaite : un de ses salariés n&apos;est plus dans la demande.</source>
        <translation>This step can no longer be replayed: one of its employees is no longer on the claim.</translation>
    </message>
    <message>
        <source>Collage refusé : aucune case du bloc (%1 ligne(s) × %2 colonne(s)) ne se saisit à partir de la case choisie ; les heures indemnisables et les montants sont calculés. Rien n&apos;a été modifié.</source>
        <translation>Paste refused: no cell of the block (%1 row(s) × %2 column(s)) can be entered from the chosen cell; indemnifiable hours and amounts are calculated. Nothing was changed.</translation>
    </message>
    <message>
        <source>Collage refusé : cette demande ne se modifie plus (elle a quitté la préparation). Rien n&apos;a été modifié.</source>
        <translation>Paste refused: this claim can no longer be changed (it has left preparation). Nothing was changed.</translation>
    </message>
    <message>
        <source>Collage refusé : la case « %1 » ne se saisit pas (ligne %2, colonne %3 du bloc copié). Rien n&apos;a été modifié.</source>
        <translation>Paste refused: the cell “%1” cannot be entered (row %2, column %3 of the copied block). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridModel</name>
    <message>
        <source>heures travaillées</source>
        <translation>hours worked</translation>
    </message>
    <message>
        <source>heures assimilées (congés, maladie)</source>
        <translation>hours treated as worked (leave, sickness)</translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation>non-worked hours</translation>
    </message>
    <message>
        <source>demi-journées non travaillées</source>
        <translation>non-worked half-days</translation>
    </message>
    <message>
        <source>heures indemnisables</source>
        <translation>indemnifiable hours</translation>
    </message>
    <message>
        <source>semaine du %1, %2</source>
        <translation>week of %1, %2</translation>
    </message>
    <message>
        <source>vide</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <source>, problème : %1</source>
        <translation>, problem: %1</translation>
    </message>
    <message>
        <source>Plafond de la semaine : %1 h</source>
        <translation>Week&apos;s ceiling: %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n problème(s)</source>
        <translation>
            <numerusform>%1, %n problem</numerusform>
            <numerusform>%1, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — matricule %2, NIR %3</source>
        <translation>%1 — employee number %2, NIR %3</translation>
    </message>
    <message>
        <source>Heures
indemnisables</source>
        <translation>Indemnifiable
hours</translation>
    </message>
    <message>
        <source>heures indemnisables du mois</source>
        <translation>indemnifiable hours for the month</translation>
    </message>
    <message>
        <source>Indemnité
salarié</source>
        <translation>Employee
indemnity</translation>
    </message>
    <message>
        <source>indemnité du salarié</source>
        <translation>employee&apos;s indemnity</translation>
    </message>
    <message>
        <source>Allocation
employeur</source>
        <translation>Employer
allowance</translation>
    </message>
    <message>
        <source>allocation de l&apos;employeur</source>
        <translation>employer&apos;s allowance</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation>Treated as worked</translation>
    </message>
    <message>
        <source>Chômées</source>
        <translation>Non-worked</translation>
    </message>
    <message>
        <source>½ j. non trav.</source>
        <translation>½ d. not worked</translation>
    </message>
    <message>
        <source>= Indemnisables</source>
        <translation>= Indemnifiable</translation>
    </message>
    <message>
        <source>Sem. %1
%2</source>
        <translation>Wk %1
%2</translation>
    </message>
    <message>
        <source>Cette case est calculée ou ne concerne pas ce salarié : elle ne se saisit pas.</source>
        <translation>This cell is calculated or does not apply to this employee: it cannot be edited.</translation>
    </message>
    <message>
        <source>« %1 » : un nombre entier de demi-journées est attendu (0 à 14 ; une journée = 2 demi-journées).</source>
        <translation>“%1”: a whole number of half-days is expected (0 to 14; one day = 2 half-days).</translation>
    </message>
    <message>
        <source>« %1 » : %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Saisie de %1</source>
        <translation>Entry in %1</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridView</name>
    <message>
        <source>Heures des salariés</source>
        <translation>Employee hours</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Coller</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Pourquoi ce montant ?</source>
        <translation>Why this amount?</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::LoginPage</name>
    <message>
        <source>Mon espace personnel</source>
        <translation>My personal space</translation>
    </message>
    <message>
        <source>Se souvenir de moi</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>&amp;User ID</translation>
    </message>
    <message>
        <source>Mot de &amp;passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Mot de passe oublié : recevoir un nouveau mot de passe</source>
        <translation>Forgotten password: receive a new password</translation>
    </message>
    <message>
        <source>J&apos;ai oublié mon identifiant</source>
        <translation>I have forgotten my user ID</translation>
    </message>
    <message>
        <source>Votre établissement n&apos;a pas encore d&apos;espace ?</source>
        <translation>Your establishment does not have a space yet?</translation>
    </message>
    <message>
        <source>CRÉER MON ESPACE</source>
        <translation>CREATE MY SPACE</translation>
    </message>
    <message>
        <source>Travailler hors ligne</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <source>Préparer les demandes sur cet ordinateur sans se connecter ; ce qui demande le service vous invitera à vous connecter.</source>
        <translation>Prepare claims on this computer without logging in; anything that needs the service will ask you to log in.</translation>
    </message>
    <message>
        <source>L&apos;identifiant est gardé dans les préférences, le mot de passe dans le trousseau sécurisé du système.</source>
        <translation>The user ID is kept in the preferences, the password in the system&apos;s secure keychain.</translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your user ID and your password.</translation>
    </message>
    <message>
        <source>Connexion au service de l&apos;ASP…</source>
        <translation>Connecting to the ASP service…</translation>
    </message>
    <message numerus="yes">
        <source>Il vous reste %n tentative(s) avant le verrouillage du compte.</source>
        <translation>
            <numerusform>You have %n attempt left before your account is locked.</numerusform>
            <numerusform>You have %n attempts left before your account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous pouvez de nouveau vous connecter.</source>
        <translation>You can log in again.</translation>
    </message>
    <message>
        <source>Votre compte est verrouillé après 3 essais infructueux. Nouvel essai possible dans %1.</source>
        <translation>Your account is locked after 3 unsuccessful attempts. You can try again in %1.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxModel</name>
    <message>
        <source>Reçu le</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Reçu le %1</source>
        <translation>Received on %1</translation>
    </message>
    <message>
        <source>Non lu, reçu le %1</source>
        <translation>Unread, received on %1</translation>
    </message>
    <message>
        <source>À : %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Objet : %1</source>
        <translation>Subject: %1</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxWatcher</name>
    <message>
        <source>Le service de l&apos;ASP auquel AP Desk est relié n&apos;expose pas de messagerie simulée (routes d&apos;administration absentes : lancez-le avec --admin).</source>
        <translation>The ASP service AP Desk is connected to does not offer a simulated mailbox (administration routes missing: start it with --admin).</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxWindow</name>
    <message>
        <source>Messagerie</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Courriels reçus</source>
        <translation>Emails received</translation>
    </message>
    <message>
        <source>Contenu du courriel</source>
        <translation>Email content</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Aucune adresse électronique n&apos;a encore été utilisée dans AP Desk : les courriels de l&apos;ASP apparaîtront ici après une demande de compte.</source>
        <translation>No email address has been used in AP Desk yet: emails from the ASP will appear here after an account request.</translation>
    </message>
    <message>
        <source>Aucun courriel pour %1.</source>
        <translation>No emails for %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n courriel(s) non lu(s).</source>
        <translation>
            <numerusform>%n unread email.</numerusform>
            <numerusform>%n unread emails.</numerusform>
        </translation>
    </message>
    <message>
        <source>De : %1
À : %2
Objet : %3

%4</source>
        <translation>From: %1
To: %2
Subject: %3

%4</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MainWindow</name>
    <message>
        <source>AP Desk — Activité partielle</source>
        <translation>AP Desk — Short-time work</translation>
    </message>
    <message>
        <source>Données : %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;AP Desk</source>
        <translation>&amp;About AP Desk</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Changer de mot de passe</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation>Account: %1</translation>
    </message>
    <message numerus="yes">
        <source>Messagerie (%n non lu(s))</source>
        <translation>
            <numerusform>Mailbox (%n unread)</numerusform>
            <numerusform>Mailbox (%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messagerie</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot de passe.</source>
        <translation>Your password has been changed. Log in with your new password.</translation>
    </message>
    <message>
        <source>Le mot de passe provisoire doit être changé à la première connexion.</source>
        <translation>The temporary password must be changed at first login.</translation>
    </message>
    <message>
        <source>Vous êtes déconnecté.</source>
        <translation>You are logged out.</translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous. Ce que vous aviez saisi est conservé.</source>
        <translation>Your session has expired: log in again. What you had entered has been kept.</translation>
    </message>
    <message>
        <source>À propos d&apos;AP Desk</source>
        <translation>About AP Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AP Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Préparation des demandes d&apos;indemnisation d&apos;activité partielle.&lt;/p&gt;&lt;p&gt;Service de l&apos;ASP : %2&lt;/p&gt;&lt;p&gt;Données : %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AP Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Preparation of short-time work (activité partielle) indemnification claims.&lt;/p&gt;&lt;p&gt;ASP service: %2&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demande d&apos;indemnisation</source>
        <translation>Indemnification claim</translation>
    </message>
    <message>
        <source>La demande ne peut pas être ouverte : %1</source>
        <translation>The claim cannot be opened: %1</translation>
    </message>
    <message>
        <source>Cette demande existait déjà : elle est ouverte, rien n&apos;a été dupliqué.</source>
        <translation>This claim already existed: it has been opened; nothing has been duplicated.</translation>
    </message>
    <message>
        <source>&amp;Réessayer l&apos;envoi</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <source>Non connecté</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Service injoignable</source>
        <translation>Service unreachable</translation>
    </message>
    <message>
        <source>aucune demande en attente d&apos;envoi</source>
        <translation>no claim waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n claim waiting to be sent</numerusform>
            <numerusform>%n claims waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PasswordChecklist</name>
    <message>
        <source>✔ %1 : respectée</source>
        <translation>✔ %1: met</translation>
    </message>
    <message>
        <source>✘ %1 : non respectée</source>
        <translation>✘ %1: not met</translation>
    </message>
    <message>
        <source>Les deux saisies sont identiques</source>
        <translation>The two entries match</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PortfolioModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dont %n en préparation)</source>
        <translation>
            <numerusform>%1 (%n in preparation)</numerusform>
            <numerusform>%1 (%n in preparation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dépassé de %n j</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n j</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Heures autorisées</source>
        <translation>Hours authorised</translation>
    </message>
    <message>
        <source>Utilisées</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Restantes</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Mois déposés</source>
        <translation>Months filed</translation>
    </message>
    <message>
        <source>Mois à déposer</source>
        <translation>Months to file</translation>
    </message>
    <message>
        <source>Prochain délai</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Jours restants</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>À traiter (le plus urgent d&apos;abord)</source>
        <translation>To deal with (most urgent first)</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PortfolioWindow</name>
    <message>
        <source>Portefeuille des établissements — AP Desk</source>
        <translation>Portfolio of establishments — AP Desk</translation>
    </message>
    <message>
        <source>nom ou SIRET</source>
        <translation>name or SIRET</translation>
    </message>
    <message>
        <source>Tous les établissements</source>
        <translation>All establishments</translation>
    </message>
    <message>
        <source>Ceux qui ont un problème</source>
        <translation>Those with a problem</translation>
    </message>
    <message>
        <source>Délai de dépôt proche ou dépassé</source>
        <translation>Filing deadline near or passed</translation>
    </message>
    <message>
        <source>Contingent presque ou tout utilisé</source>
        <translation>Contingent nearly or fully used</translation>
    </message>
    <message>
        <source>Des mois restent à déposer</source>
        <translation>Months still to file</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>A&amp;fficher :</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>É&amp;tablissements (Entrée pour ouvrir la demande à déposer) :</source>
        <translation>Es&amp;tablishments (Enter opens the claim to file):</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande</source>
        <translation>&amp;Open the claim</translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lecture du portefeuille…</source>
        <translation>Reading the portfolio…</translation>
    </message>
    <message>
        <source>Le portefeuille n&apos;a pas pu être lu : %1</source>
        <translation>The portfolio could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n établissement(s) affiché(s) sur %1.</source>
        <translation>
            <numerusform>%n establishment shown of %1.</numerusform>
            <numerusform>%n establishments shown of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n à traiter en priorité (délai proche ou dépassé, contingent épuisé).</source>
        <translation>
            <numerusform>%n to deal with first (deadline near or passed, contingent used up).</numerusform>
            <numerusform>%n to deal with first (deadline near or passed, contingent used up).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actualisation des décisions de %n établissement(s)…</source>
        <translation>
            <numerusform>Refreshing the decisions of %n establishment…</numerusform>
            <numerusform>Refreshing the decisions of %n establishments…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Décisions non actualisées (celles gardées sur cet ordinateur sont montrées) pour %1.</source>
        <translation>Decisions not refreshed (those kept on this computer are shown) for %1.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::RecoveryDialog</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>J&apos;ai oublié mon identifiant</source>
        <translation>I have forgotten my user ID</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et le résultat de l&apos;opération, puis cliquez sur « Continuer ».</source>
        <translation>Enter your user ID and the result of the calculation, then click “Continue”.</translation>
    </message>
    <message>
        <source>&amp;Identifiant *</source>
        <translation>&amp;User ID *</translation>
    </message>
    <message>
        <source>Opération :</source>
        <translation>Calculation:</translation>
    </message>
    <message>
        <source>&amp;Résultat de l&apos;opération *</source>
        <translation>&amp;Result of the calculation *</translation>
    </message>
    <message>
        <source>Adresse é&amp;lectronique *</source>
        <translation>&amp;Email address *</translation>
    </message>
    <message>
        <source>Question secrète :</source>
        <translation>Secret question:</translation>
    </message>
    <message>
        <source>&amp;Réponse *</source>
        <translation>&amp;Answer *</translation>
    </message>
    <message>
        <source>Interrogation du service de l&apos;ASP…</source>
        <translation>Querying the ASP service…</translation>
    </message>
    <message>
        <source>chargement…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>indisponible</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>Opération : %1</source>
        <translation>Calculation: %1</translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>Le résultat de l&apos;opération est un nombre entier, par exemple 12.</source>
        <translation>The result of the calculation is a whole number, for example 12.</translation>
    </message>
    <message>
        <source>Saisissez la réponse à votre question secrète.</source>
        <translation>Enter the answer to your secret question.</translation>
    </message>
    <message>
        <source>Un nouveau mot de passe vous a été envoyé par courriel. Vous devrez le changer à votre prochaine connexion.</source>
        <translation>A new password has been sent to you by email. You will have to change it the next time you log in.</translation>
    </message>
    <message>
        <source>Votre identifiant vous a été envoyé par courriel.</source>
        <translation>Your user ID has been sent to you by email.</translation>
    </message>
    <message>
        <source>Retour à la connexion</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <source>Saisissez l&apos;adresse électronique donnée lors de votre inscription et le résultat de l&apos;opération, puis cliquez sur « Continuer ».</source>
        <translation>Enter the e-mail address given when you registered and the result of the operation, then click “Continue”.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::SecurityCheckPage</name>
    <message>
        <source>Contrôle de sécurité</source>
        <translation>Security check</translation>
    </message>
    <message>
        <source>VALIDER</source>
        <translation>VALIDATE</translation>
    </message>
    <message>
        <source>Image de contrôle de sécurité</source>
        <translation>Security check image</translation>
    </message>
    <message>
        <source>Afficher une nouvelle image : utile si les caractères de celle-ci sont difficiles à lire.</source>
        <translation>Display a new image: useful if the characters in this one are hard to read.</translation>
    </message>
    <message>
        <source>Nouvelle image</source>
        <translation>New image</translation>
    </message>
    <message>
        <source>Accepter les conditions générales d&apos;utilisation</source>
        <translation>Accept the terms of use</translation>
    </message>
    <message>
        <source>Lire les conditions générales d&apos;utilisation</source>
        <translation>Read the terms of use</translation>
    </message>
    <message>
        <source>Caractères de l&apos;&amp;image *</source>
        <translation>Characters in the &amp;image *</translation>
    </message>
    <message>
        <source>Chargement de l&apos;image…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <source>Image indisponible</source>
        <translation>Image unavailable</translation>
    </message>
    <message>
        <source>Conditions générales d&apos;utilisation</source>
        <translation>Terms of use</translation>
    </message>
    <message>
        <source>Recopiez les caractères de l&apos;image.</source>
        <translation>Copy the characters in the image.</translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation>Don&apos;t forget to tick the terms of use before validating your request.</translation>
    </message>
    <message>
        <source>Vérification auprès du service de l&apos;ASP…</source>
        <translation>Checking with the ASP service…</translation>
    </message>
    <message>
        <source>Recopiez les caractères de l&apos;image (ou répondez à la question écrite qui peut la remplacer), acceptez les conditions générales d&apos;utilisation, puis cliquez sur « VALIDER ».</source>
        <translation>Copy the characters of the picture (or answer the written question that can replace it), accept the terms of use, then click “VALIDER”.</translation>
    </message>
    <message>
        <source>Je ne peux pas lire l&apos;image : répondre à une question écrite à la place</source>
        <translation>I cannot read the picture: answer a written question instead</translation>
    </message>
    <message>
        <source>Revenir à l&apos;image</source>
        <translation>Back to the picture</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Poser une nouvelle question.</source>
        <translation>Ask a new question.</translation>
    </message>
    <message>
        <source>&amp;Réponse à la question, en chiffres *</source>
        <translation>&amp;Answer to the question, in figures *</translation>
    </message>
    <message>
        <source>Chargement de la question…</source>
        <translation>Loading the question…</translation>
    </message>
    <message>
        <source>Question indisponible</source>
        <translation>Question unavailable</translation>
    </message>
    <message>
        <source>Répondez à la question, en chiffres.</source>
        <translation>Answer the question, in figures.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::SiretPage</name>
    <message>
        <source>Créer mon espace</source>
        <translation>Create my space</translation>
    </message>
    <message>
        <source>Saisissez le numéro SIRET de l&apos;établissement (14 chiffres, espaces et points acceptés). Un espace est créé par établissement.</source>
        <translation>Enter the establishment&apos;s SIRET number (14 digits; spaces and dots accepted). One space is created per establishment.</translation>
    </message>
    <message>
        <source>Numéro &amp;SIRET *</source>
        <translation>&amp;SIRET number *</translation>
    </message>
    <message>
        <source>SIRET valide : %1</source>
        <translation>Valid SIRET: %1</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::StoreProblemDialog</name>
    <message>
        <source>Données illisibles</source>
        <translation>Unreadable data</translation>
    </message>
    <message>
        <source>AP Desk peut commencer avec un nouveau fichier de données. L&apos;ancien fichier ne sera ni modifié ni supprimé : il sera conservé à côté, sous un nouveau nom, dans %1.</source>
        <translation>AP Desk can start with a new data file. The old file will be neither modified nor deleted: it will be kept alongside, under a new name, in %1.</translation>
    </message>
    <message>
        <source>Commencer avec un nouveau fichier</source>
        <translation>Start with a new file</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::UsersDialog</name>
    <message>
        <source>Utilisateurs de l&apos;établissement</source>
        <translation>Establishment users</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ajouter un utilisateur</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Ajouter l&apos;utilisateur</source>
        <translation>Add the user</translation>
    </message>
    <message>
        <source>&amp;Nom *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>&amp;Prénom *</source>
        <translation>&amp;First name *</translation>
    </message>
    <message>
        <source>Adresse é&amp;lectronique *</source>
        <translation>&amp;Email address *</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compte principal (personne à contacter)</source>
        <translation>Main account (contact person)</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation>Not all mandatory fields (marked with an *) have been filled in.</translation>
    </message>
    <message>
        <source>Utilisateur ajouté : ses identifiants lui sont envoyés par courriel à %1.</source>
        <translation>User added: their login details are being sent to them by email at %1.</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::WhyAmountDialog</name>
    <message>
        <source>en vigueur au %1</source>
        <translation>in force on %1</translation>
    </message>
    <message>
        <source>Pourquoi ce montant ? — %1 %2</source>
        <translation>Why this amount? — %1 %2</translation>
    </message>
    <message>
        <source>Détail du calcul</source>
        <translation>Calculation details</translation>
    </message>
    <message>
        <source>%1 %2, matricule %3</source>
        <translation>%1 %2, employee number %3</translation>
    </message>
    <message>
        <source>Forfait-jours (½ journée = 3,5 h).</source>
        <translation>Days-based contract (forfait jours) (½ day = 3.5 h).</translation>
    </message>
    <message>
        <source>Durée contractuelle : %1 h par semaine.</source>
        <translation>Contractual hours: %1 h per week.</translation>
    </message>
    <message>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation>Ceiling</translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation>Treated as worked</translation>
    </message>
    <message>
        <source>Indemnisables</source>
        <translation>Indemnifiable</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Total du mois</source>
        <translation>Month total</translation>
    </message>
    <message>
        <source>Rémunération horaire brute : %1.</source>
        <translation>Gross hourly pay: %1.</translation>
    </message>
    <message>
        <source>Rémunération horaire brute : manquante.</source>
        <translation>Gross hourly pay: missing.</translation>
    </message>
    <message>
        <source>Les montants n&apos;ont pas pu être calculés ; voir les problèmes ci-dessous.</source>
        <translation>The amounts could not be calculated; see the problems below.</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Indemnité du salarié</source>
        <translation>Employee&apos;s indemnity</translation>
    </message>
    <message>
        <source>Montant horaire %1 × %2 h = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Hourly amount %1 × %2 h = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allocation de l&apos;employeur</source>
        <translation>Employer&apos;s allowance</translation>
    </message>
    <message>
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Contrat et rémunération par période</source>
        <translation>Contract and pay by period</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Durée hebdomadaire</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation>Gross hourly pay</translation>
    </message>
    <message>
        <source>Indemnité horaire</source>
        <translation>Hourly indemnity</translation>
    </message>
    <message>
        <source>Allocation horaire</source>
        <translation>Hourly allocation</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>manquant</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Le contrat ou la rémunération change pendant le mois : le plafond de chaque jour suit le contrat de ce jour, et chaque période a son montant horaire (voir « Contrat et rémunération par période »).</source>
        <translation>The contract or pay changes during the month: each day&apos;s cap follows that day&apos;s contract, and each period has its hourly amount (see “Contract and pay by period”).</translation>
    </message>
    <message>
        <source>Somme des heures de chaque période × son montant horaire, arrondie au centime = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sum of each period&apos;s hours × its hourly amount, rounded to the cent = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::WorkspacePage</name>
    <message>
        <source>Établissement &amp;courant :</source>
        <translation>&amp;Current establishment:</translation>
    </message>
    <message>
        <source>Fiche établissement</source>
        <translation>Establishment record</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Ajouter un établissement</source>
        <translation>Add an establishment</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Demandes d&apos;indemnisation</source>
        <translation>Indemnification claims</translation>
    </message>
    <message>
        <source>Espace de travail</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Travail hors ligne</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <source>Aucun établissement n&apos;est encore rattaché à votre compte : il le sera dès que l&apos;ASP aura validé la demande.</source>
        <translation>No establishment is linked to your account yet: it will be as soon as the ASP has validated the request.</translation>
    </message>
    <message>
        <source>%1
SIRET %2
%3 %4</source>
        <translation>%1
SIRET %2
%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>Données de cet ordinateur : %n établissement(s) enregistré(s). Chaque saisie est enregistrée aussitôt.</source>
        <translation>
            <numerusform>Data on this computer: %n establishment saved. Every entry is saved immediately.</numerusform>
            <numerusform>Data on this computer: %n establishments saved. Every entry is saved immediately.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous travaillez sur cet ordinateur sans être connecté. Ce qui demande le service de l&apos;ASP (fiche établissement, utilisateurs, envoi des demandes, nouvelles décisions) vous invitera à vous connecter.</source>
        <translation>You are working on this computer without being logged in. Anything that needs the ASP service (establishment record, users, sending claims, new decisions) will ask you to log in.</translation>
    </message>
    <message>
        <source>%1
SIRET %2

</source>
        <translation>%1
SIRET %2

</translation>
    </message>
    <message>
        <source>Autorisations préalables</source>
        <translation>Prior authorisations</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>&amp;Portefeuille</source>
        <translation>&amp;Portfolio</translation>
    </message>
</context>
<context>
    <name>apdesk::ui::decisiontext</name>
    <message>
        <source>réduction de l&apos;horaire de tout l&apos;établissement</source>
        <translation>reduced hours across the whole establishment</translation>
    </message>
    <message>
        <source>réduction de l&apos;horaire d&apos;une partie de l&apos;établissement</source>
        <translation>reduced hours in part of the establishment</translation>
    </message>
    <message>
        <source>fermeture temporaire de tout l&apos;établissement</source>
        <translation>temporary closure of the whole establishment</translation>
    </message>
    <message>
        <source>fermeture temporaire d&apos;une partie de l&apos;établissement</source>
        <translation>temporary closure of part of the establishment</translation>
    </message>
    <message>
        <source>forme %1</source>
        <translation>form %1</translation>
    </message>
    <message>
        <source>activité partielle de longue durée (APLD)</source>
        <translation>long-term short-time work (APLD)</translation>
    </message>
    <message>
        <source>activité partielle de droit commun</source>
        <translation>common-law short-time work</translation>
    </message>
</context>
</TS>
