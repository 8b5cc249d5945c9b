<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AccountRequestForm</name>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caractères au plus (%2 saisis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux adresses électroniques saisies ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certains champs sont incorrects : voyez le message de chacun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminRoutes</name>
    <message>
        <source>Un nombre de secondes positif ou nul est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune image de sécurité en cours sous cet identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur true ou false est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;horloge du service ne peut pas avancer de plus de 100 ans en tout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Le service de l&apos;ASP est injoignable pour le moment. Vous pouvez continuer à travailler hors ligne : vos saisies sont enregistrées sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Le service de l&apos;ASP n&apos;a pas répondu en %n seconde(s). Vous pouvez réessayer plus tard ou continuer à travailler hors ligne.</source>
        <translation>
            <numerusform>Le service de l&apos;ASP n&apos;a pas répondu en %n seconde. Vous pouvez réessayer plus tard ou continuer à travailler hors ligne.</numerusform>
            <numerusform>Le service de l&apos;ASP n&apos;a pas répondu en %n secondes. Vous pouvez réessayer plus tard ou continuer à travailler hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP a donné une réponse inattendue (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur HTTP %1 sans message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AspSimMain</name>
    <message>
        <source>Service ASP simulé (extranet Activité partielle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port d&apos;écoute (0 : un port libre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier SQLite du service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active les routes /sim (messagerie, horloge, réseau, réponses des images de sécurité).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps de validation d&apos;une demande de compte, en secondes de temps du service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptes et établissements préexistants (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;écoute (127.0.0.1 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port attend un nombre entre 0 et 65535 (reçu : %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validation-delay attend un nombre de secondes (reçu : %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen attend une adresse IP (reçu : %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donne à chaque établissement créé une décision d&apos;autorisation de démonstration (année civile en cours, 10 000 heures, 50 salariés) et son courriel de notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps entre deux étapes de l&apos;instruction d&apos;une demande d&apos;indemnisation, en secondes de temps du service (0 : seules les routes /sim/claims les font avancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim-step attend un nombre de secondes (reçu : %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationDecisions</name>
    <message>
        <source>La période demandée (du %1 au %2) dépasse la durée maximale d&apos;une autorisation : %3 mois (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activité partielle de longue durée, décret 2020-926</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droit commun, décret 2020-1316</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette demande d&apos;autorisation est déjà décidée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationRoutes</name>
    <message>
        <source>Le motif du refus est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune demande d&apos;autorisation n&apos;a le numéro %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apprentissage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionnalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfait jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée du travail : %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salaire horaire brut : %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salaire horaire net habituel : %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat : %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement du contrat ou du salaire au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet établissement n&apos;a pas de demande pour %1 : il n&apos;y a rien à reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la durée du travail a changé depuis %1 : ses heures sont à saisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la forme de l&apos;activité partielle a changé depuis %1 : ses heures sont à saisir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverCommand</name>
    <message>
        <source>reprend les salariés (et leurs heures) de la demande du mois précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over attend --claim N, le numéro de la demande à remplir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-out : « %1 » n&apos;est pas un NIR : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-out : le NIR « %1 » n&apos;est pas parmi les salariés proposés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>vérifie un SIRET, un SIREN, un NIR, un téléphone, un code postal ou une adresse électronique</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-id attend un type et une valeur : apdesk-cli check-id TYPE VALEUR (types : %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type inconnu : « %1 ». Types possibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimChecks</name>
    <message>
        <source>Demande de %1 : le mois est hors de la période de la décision %2 (du %3 au %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : ce salarié figure deux fois dans la demande (même matricule ou même NIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne de la semaine du %1 : le matricule « %2 » n&apos;est celui d&apos;aucun salarié de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1 : %2 chômées dépassent le contingent restant de la décision %3 (%4 autorisées, %5 déjà demandées, reste %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1 : %2 salariés ont des heures chômées, la décision %3 en autorise %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1 : le délai de dépôt est dépassé (fin de la période autorisée le %2, dépôt possible jusqu&apos;au %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEmployee</name>
    <message>
        <source>%1 %2 (matricule %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEngine</name>
    <message>
        <source>%1, NIR : manquant ; le numéro de sécurité sociale est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, NIR : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : manquante ; elle est nécessaire au calcul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : %2 est sous le plancher de l&apos;indemnité (%3) sans que le salarié soit apprenti ou en contrat de professionnalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rémunération horaire brute : %2 dépasse 200 € de l&apos;heure ; vérifiez la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 chômées ce mois-ci et %3 plus tôt dans l&apos;année dépassent le contingent annuel de %4 par salarié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimInstruction</name>
    <message>
        <source>La demande n° %1 est déjà « %2 » : son instruction est terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n° %1 est « %2 » : elle ne peut plus être rejetée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n° %1 est « %2 » : elle ne peut être retirée que tant qu&apos;elle est en attente de validation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimJson</name>
    <message>
        <source>rien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 attendu, %3 trouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une date AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ou false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre entier positif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une durée entre guillemets (&quot;35&quot;, &quot;7,5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ou </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matricule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures assimilées à du travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, semaine du %2, %3 : %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas une demande au format JSON (position %1 : %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un mois AAAA-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un montant entre guillemets, jusqu&apos;à quatre décimales (&quot;12.34&quot;, &quot;5.4325&quot;), ou null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au moins un de weeklyHours, grossHourlyPay, usualNetHourlyPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une liste de changements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLineRepository</name>
    <message>
        <source>La semaine de la ligne manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les heures de la semaine du %1 ne peuvent pas être négatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La semaine du %1 n&apos;est pas dans le mois de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrer les heures de la semaine du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas dans l&apos;établissement de cette demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supprimer la ligne de la semaine du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire les lignes de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : une semaine n&apos;a pas de salarié dans la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajouter des salariés à la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirer des salariés de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrer les heures de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;est pas dans la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimOutbox</name>
    <message>
        <source>La décision n° %1 de cette demande n&apos;est pas connue du programme : connectez-vous une fois pour la télécharger, puis envoyez la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>La demande n&apos;est pas envoyée : %n problème(s) bloquant(s) à corriger d&apos;abord. Premier problème : %1</source>
        <translation>
            <numerusform>La demande n&apos;est pas envoyée : %n problème bloquant à corriger d&apos;abord. Premier problème : %1</numerusform>
            <numerusform>La demande n&apos;est pas envoyée : %n problèmes bloquants à corriger d&apos;abord. Premier problème : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Un envoi est déjà en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande n°%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReception</name>
    <message numerus="yes">
        <source>La demande n&apos;est pas reçue : %n problème(s) bloquant(s) à corriger. Premier problème : %1</source>
        <translation>
            <numerusform>La demande n&apos;est pas reçue : %n problème bloquant à corriger. Premier problème : %1</numerusform>
            <numerusform>La demande n&apos;est pas reçue : %n problèmes bloquants à corriger. Premier problème : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Une clé d&apos;envoi (idempotencyKey) et la demande (claim, un objet au format apdesk-claim) sont attendues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé d&apos;envoi doit compter de 8 à 100 lettres, chiffres, - ou _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De 8 à 100 lettres, chiffres, - ou _ sont attendus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette clé d&apos;envoi a déjà servi pour une autre demande (n° %1) : chaque envoi a sa propre clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande est celle du SIRET %1, pas de l&apos;établissement %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement n&apos;a pas de décision n° %1 : la demande se fait au titre d&apos;une de ses décisions d&apos;autorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois %1 est hors de la période autorisée par la décision n° %2 (du %3 au %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n° %1 de ce mois est déjà à l&apos;ASP (%2) : une nouvelle version ne peut être envoyée qu&apos;une fois celle-ci payée, rejetée ou retirée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>lire la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de la décision d&apos;autorisation manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois de la demande manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>créer la demande pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une demande existe déjà pour la décision %1 en %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la liste des demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande pour %1 a été envoyée : son statut ne peut plus changer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changer le statut de la demande pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>créer la version %1 de la demande pour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version %1 de la demande pour %2 existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copier la demande pour %1 dans sa correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande pour %1 n&apos;a pas été envoyée : modifiez-la directement, sans créer de correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRoutes</name>
    <message>
        <source>Aucune demande d&apos;indemnisation n&apos;a le numéro %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif du rejet est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsCommand</name>
    <message>
        <source>liste les demandes d&apos;un fichier de données avec leurs totaux calculés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detail s&apos;emploie avec --claim N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli claims --db DONNÉES [--establishment SIRET] [--claim N [--detail]] [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES claims … (--db avant la commande)

Calcule chaque demande à partir de ses lignes enregistrées (avec le contrat et le salaire copiés sur les lignes) et de la décision en cache, et affiche en JSON ses totaux : heures indemnisables, indemnité et allocation (en euros et en centimes), nombre de problèmes bloquants et d&apos;avertissements. Une décision absente du cache est supposée être une réduction d&apos;horaire de droit commun couvrant le mois (decisionKnown: false). Les heures indemnisables des demandes antérieures de l&apos;établissement (non refusées) comptent pour le contingent de la décision et pour le plafond annuel de chaque salarié. Avec --claim N --detail, affiche le résultat complet de la demande, au format de « compute » (docs/claim-json.md). --today donne la date du contrôle du délai de dépôt.

Exemple :
  apdesk-cli claims --db apdesk.sqlite

Codes de sortie : 0 demandes calculées sans problème bloquant, 1 au moins une demande avec un problème bloquant (affichée tout de même) ou demande introuvable, 2 ligne de commande incorrecte, 3 données illisibles.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calcule une demande d&apos;indemnisation décrite en JSON (heures, montants, contrôles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli compute DEMANDE.json [--rates TAUX.json]

Calcule une demande d&apos;indemnisation au format JSON « apdesk-claim » (voir docs/claim-json.md) avec la table des taux intégrée au programme, ou celle donnée par --rates, et affiche le résultat en JSON : pour chaque salarié et chaque semaine, le plafond, les heures travaillées, assimilées et chômées ; pour chaque salarié, l&apos;indemnité et l&apos;allocation en centimes avec les lignes de la table utilisées et leurs sources ; les totaux ; les problèmes avec leur niveau (bloquant ou avertissement).

Exemple :
  apdesk-cli compute tests/data/claims/march-2021-reduction.json

Codes de sortie : 0 demande calculée sans problème bloquant, 1 demande calculée avec au moins un problème bloquant (le résultat est tout de même affiché) ou fichier refusé (raison sur la sortie d&apos;erreur), 2 ligne de commande incorrecte.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ». Usage : apdesk-cli compute DEMANDE.json [--rates TAUX.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute attend le fichier de la demande : apdesk-cli compute DEMANDE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractChanges</name>
    <message>
        <source>La date d&apos;effet du changement manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement du %1 ne change rien : une nouvelle durée hebdomadaire ou un nouveau taux horaire est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement du %1 ne suit pas l&apos;entrée du salarié le %2 : une date d&apos;effet après l&apos;entrée est attendue (le contrat de départ se donne sans date d&apos;effet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement du %1 donne une durée hebdomadaire à un salarié au forfait jours : seuls ses taux horaires peuvent changer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement du %1 donne une durée hebdomadaire nulle : une durée supérieure à 0 est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement du %1 donne un taux horaire négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux changements prennent effet le %1 : un seul changement par jour est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPack</name>
    <message>
        <source>Bloquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne du barème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — matricule %3 — NIR %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfait-jours (½ journée = 3,5 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée contractuelle : %1 par semaine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortie le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rémunération horaire brute : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rémunération horaire brute : manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période du contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité due au salarié : %1 — allocation demandée : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montants non calculés : voir les contrôles de ce salarié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Desk %1 — dossier de contrôle de %2, %3 — édité le %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de contrôle — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de contrôle — demande d&apos;indemnisation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissement : %1 — SIRET %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision n° %1, du %2 au %3 : %4 autorisées, effectif autorisé %5 ; %6 déjà utilisées par les demandes antérieures de la décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision n° %1 : absente de cet ordinateur ; la demande est calculée comme une réduction d&apos;horaire de droit commun sur le mois, sans contrôle du contingent ni de l&apos;effectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois : %1 — version %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité due aux salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation demandée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun problème bloquant ni avertissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lignes du barème appliquées, avec leur source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail par salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du dossier de contrôle annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas pu être écrit en entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être écrit : vérifiez les droits d&apos;écriture du dossier et que le fichier n&apos;est pas ouvert ailleurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas : le dossier de contrôle ne peut pas y être écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;: %2 — barème %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message numerus="yes">
        <source>Votre compte est bloqué après 3 mots de passe erronés successifs. Il sera débloqué automatiquement dans %n minute(s).</source>
        <translation>
            <numerusform>Votre compte est bloqué après 3 mots de passe erronés successifs. Il sera débloqué automatiquement dans %n minute.</numerusform>
            <numerusform>Votre compte est bloqué après 3 mots de passe erronés successifs. Il sera débloqué automatiquement dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identifiant ou mot de passe incorrect. Après %n autre(s) erreur(s), votre compte sera bloqué pendant 30 minutes.</source>
        <translation>
            <numerusform>Identifiant ou mot de passe incorrect. Après %n autre erreur, votre compte sera bloqué pendant 30 minutes.</numerusform>
            <numerusform>Identifiant ou mot de passe incorrect. Après %n autres erreurs, votre compte sera bloqué pendant 30 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>Aucune date : une date jj/mm/aaaa est attendue (par exemple 01/03/2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date : une date jj/mm/aaaa est attendue (par exemple 01/03/2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date du calendrier (jour ou mois hors limites) : une date jj/mm/aaaa est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est ni oui ni non : « oui » ou « non » est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre de jours : des jours entiers ou des demi-journées sont attendus (par exemple 2 ou 1,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : les jours chômés se comptent par demi-journées (par exemple 1 ou 1,5), pas en fractions plus fines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDialect</name>
    <message>
        <source>point-virgule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virgule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvProblemCap</name>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s) de ce genre dans cette colonne, à partir de la ligne %1, non listé(s) : corrigez les premiers, puis relisez le fichier.</source>
        <translation>
            <numerusform>… et %n autre problème de ce genre dans cette colonne, à partir de la ligne %1, non listé : corrigez les premiers, puis relisez le fichier.</numerusform>
            <numerusform>… et %n autres problèmes de ce genre dans cette colonne, à partir de la ligne %1, non listés : corrigez les premiers, puis relisez le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s) de ce genre, à partir de la ligne %1, non listé(s) : corrigez les premiers, puis relisez le fichier.</source>
        <translation>
            <numerusform>… et %n autre problème de ce genre, à partir de la ligne %1, non listé : corrigez les premiers, puis relisez le fichier.</numerusform>
            <numerusform>… et %n autres problèmes de ce genre, à partir de la ligne %1, non listés : corrigez les premiers, puis relisez le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Guillemet non refermé : le champ ouvert par un guillemet ligne %1, colonne %2 se poursuit jusqu&apos;à la fin du fichier. Un guillemet fermant était attendu ; doublez les guillemets qui font partie du texte (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>ce chemin n&apos;est pas celui d&apos;un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le dossier « %1 » ne peut pas être créé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>réduction horaire, tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réduction horaire, partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermeture temporaire, tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermeture temporaire, partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droit commun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activité partielle de longue durée (APLD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conjoncture économique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficultés d&apos;approvisionnement en matières premières ou en énergie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinistre ou intempéries de caractère exceptionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transformation, restructuration ou modernisation de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autres circonstances de caractère exceptionnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCacheRepository</name>
    <message>
        <source>La décision « %1 » est incomplète (numéro, début et fin de période).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garder la décision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la décision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire les décisions du SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une date au format AAAA-MM-JJ est attendue (par exemple 2026-01-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période autorisée ne peut pas précéder son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La forme doit valoir 1 (réduction horaire, tout l&apos;établissement), 2 (réduction horaire, partie de l&apos;établissement), 3 (fermeture temporaire, tout l&apos;établissement) ou 4 (fermeture temporaire, partie de l&apos;établissement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le régime doit être « common » (droit commun) ou « apld » (activité partielle de longue durée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif doit valoir de 1 à 5 (1 conjoncture économique, 2 difficultés d&apos;approvisionnement, 3 sinistre ou intempéries, 4 transformation, restructuration ou modernisation, 5 autres circonstances exceptionnelles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nombre d&apos;heures supérieur à zéro est attendu, en texte, avec au plus deux décimales après un point (par exemple « 1234.50 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;effectif autorisé est un nombre de salariés, de 1 à 1 000 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code secret compte 10 caractères : lettres majuscules et chiffres, sans 0, O, 1 ni I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de décision compte au plus 40 lettres, chiffres, tirets ou soulignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les champs obligatoires de la décision ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certains champs de la décision sont incorrects : voyez le message de chacun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRoutes</name>
    <message>
        <source>Le service numérote lui-même les décisions : retirez ce champ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun établissement n&apos;a le SIRET %1 sur le service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Service de l&apos;ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP simulé n&apos;a pas pu démarrer : %1
Vous pouvez travailler hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le dossier des données %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Usage : apdesk-cli COMMANDE [ARGUMENTS…]

Outils d&apos;AP Desk en ligne de commande, pour les demandes d&apos;indemnisation de l&apos;activité partielle.

Commandes :
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune commande indiquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option inconnue : « %1 ». Voir « apdesk-cli --help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande inconnue : « %1 ». Commandes disponibles : %2. Voir « apdesk-cli --help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« apdesk-cli help » attend au plus un nom de commande, %1 reçus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commande inconnue : « %1 ». Commandes disponibles : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;option --db attend le fichier de données : apdesk-cli --db DONNÉES COMMANDE [ARGUMENTS…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » a été donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rien n&apos;a été donné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« --db %1 » doit être suivi d&apos;une commande qui utilise un fichier de données (%2) ; %3. Voir « apdesk-cli --help ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de données est indiqué deux fois : --db s&apos;emploie une seule fois, avant ou après le nom de la commande.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableClaim</name>
    <message>
        <source>La demande pour %1 n&apos;est plus en préparation : ses heures ne peuvent plus être modifiées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Aucune adresse électronique saisie : une adresse de la forme nom@exemple.fr est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse électronique contient une espace (position %1) : une adresse s&apos;écrit sans espace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il manque le caractère « @ » : une adresse de la forme nom@exemple.fr est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse contient %1 caractères « @ » : une adresse n&apos;en compte qu&apos;un, entre le nom et le domaine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue : %1 caractères au plus, %2 trouvés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien avant le caractère « @ » : le nom de la boîte aux lettres manque (nom@exemple.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La partie avant « @ » est trop longue : %1 caractères au plus, %2 trouvés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 n&apos;est pas permis dans une adresse électronique (avant « @ »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La partie avant « @ » ne peut ni commencer ni finir par un point, ni contenir deux points qui se suivent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien après le caractère « @ » : le domaine manque (nom@exemple.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 n&apos;est pas permis dans le domaine d&apos;une adresse électronique (après « @ »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le domaine « %1 » n&apos;a pas de point : un domaine complet est attendu, par exemple exemple.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le domaine « %1 » ne peut ni commencer ni finir par un point, ni contenir deux points qui se suivent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans le domaine « %1 », « %2 » ne peut ni commencer ni finir par un tiret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans le domaine « %1 », une partie dépasse 63 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le domaine « %1 » ne finit pas par une extension valable (comme .fr ou .com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeAmounts</name>
    <message>
        <source> par heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × SMIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMIC horaire brut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : la table des taux n&apos;a pas de taux pour ce régime le %2 (ligne du %3) ; le montant ne peut pas être calculé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de l&apos;indemnité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond de la rémunération (indemnité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation payé sous le SMIC : sa rémunération horaire, sans plancher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancher de l&apos;indemnité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond : rémunération nette horaire habituelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rémunération nette horaire habituelle : non renseignée, alors que l&apos;indemnité ne peut pas la dépasser à partir du 01/07/2021 ; le plafond n&apos;a pas été appliqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de l&apos;allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond de la rémunération (allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (APLD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (catégories à 70 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancher de l&apos;allocation (taux commun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rémunération horaire : le montant est trop grand pour être calculé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : les heures ou la rémunération sont trop grandes pour être calculées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APLD : allocation de droit commun du secteur, plus élevée, retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APLD : allocation de droit commun du secteur, moins élevée, non retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation payé sous le SMIC : allocation égale à l&apos;indemnité (reste à charge nul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation : allocation plafonnée à l&apos;indemnité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la table des taux n&apos;a pas de « %1 » le %2 (ligne du %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 ; l&apos;allocation APLD n&apos;a pas été comparée à celle du droit commun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 ; l&apos;allocation ne peut pas être calculée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation : pas de plancher de l&apos;allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APLD : la table n&apos;a pas de taux de droit commun pour le secteur à cette date ; allocation APLD retenue sans comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit commun : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h à %2 par heure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeCsv</name>
    <message>
        <source>Le fichier est vide : une ligne d&apos;en-tête était attendue (NIR, Matricule, Nom, Prénom, Heures hebdomadaires, Taux horaire brut…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ni « Heures hebdomadaires » ni « Forfait jours » dans la ligne d&apos;en-tête : l&apos;une des deux colonnes est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le matricule « %1 » figure déjà ligne %2 : chaque salarié a son propre matricule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom vide : le nom du salarié est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salarié qui n&apos;est pas au forfait jours, sans colonne « Heures hebdomadaires » : ses heures contractuelles sont attendues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : une durée hebdomadaire supérieure à 0 est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : une durée hebdomadaire de 48 heures au plus est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de sortie %1 précède la date d&apos;entrée %2 : une sortie après l&apos;entrée est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » diffère de la ligne %2 du salarié : une ligne de changement ne change que les heures hebdomadaires et les taux horaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune ligne sans date d&apos;effet pour le NIR %1 avant celle-ci : la ligne du contrat de départ du salarié est attendue d&apos;abord, puis ses changements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La ligne %1 du contrat de départ de ce salarié est refusée : ce changement ne peut pas s&apos;y ajouter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le NIR %1 figure déjà ligne %2 : un salarié par ligne est attendu (un changement de contrat se donne avec une « Date d&apos;effet »).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>Le NIR doit compter 15 caractères, clé comprise, sans espace ; « %1 » a été donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du salarié manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date d&apos;entrée du salarié %1 manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de sortie du salarié %1 précède sa date d&apos;entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée hebdomadaire du contrat du salarié %1 doit être positive (ou le salarié doit être au forfait jours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salaire horaire du salarié %1 ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un salarié de NIR %1 existe déjà dans cet établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajouter le salarié %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier le salarié %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas (ou plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la liste des salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire le salarié n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le NIR du salarié manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le NIR du salarié %1 manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter le contrat du salarié %1 sur les demandes en préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeWeeks</name>
    <message>
        <source>heures travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures assimilées à du travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demi-journées non travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, semaine du %2, %3 : %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cette semaine ne touche pas le mois de la demande (%1/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lignes pour la même semaine ; une seule est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est négatif ; un nombre d&apos;heures positif ou nul est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est négatif ; un nombre positif ou nul est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>des heures sont saisies hors de la période d&apos;emploi (entrée le %1, sortie le %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travaillées et assimilées (%1) dépassent le plafond de la semaine (%2) et le contrat (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travaillées %1 + assimilées %2 + chômées %3 dépassent le plafond de la semaine (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>cette donnée existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elle fait référence à une donnée qui n&apos;existe pas, ou une autre donnée en dépend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une valeur est manquante ou hors des limites permises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base de données est occupée par une autre opération, réessayez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur de la base de données (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de l&apos;opération « %1 » : le pilote SQLite de Qt n&apos;utilise pas la bibliothèque SQLite du programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentRepository</name>
    <message>
        <source>Le SIRET doit compter 14 chiffres sans espace ; « %1 » a été donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dénomination de l&apos;établissement manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le département doit s&apos;écrire en 2 ou 3 caractères (« 75 », « 2A », « 971 ») ; « %1 » a été donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un établissement de SIRET %1 existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajouter l&apos;établissement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier l&apos;établissement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas (ou plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la liste des établissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire l&apos;établissement n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentRoutes</name>
    <message>
        <source>Cet établissement n&apos;est pas rattaché à votre compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul le compte principal de l&apos;établissement (la personne à contacter) peut faire cette modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La requête est mal formée : certains champs n&apos;ont pas le type attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette personne est déjà utilisatrice de l&apos;établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un même identifiant peut gérer au plus %1 établissements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeSupport</name>
    <message>
        <source>L&apos;option %1 attend une valeur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de données « %1 » n&apos;existe pas : le chemin d&apos;un fichier créé par AP Desk est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier de données « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Le fichier de données compte %n établissement(s) : indiquez lequel avec --establishment SIRET.</source>
        <translation>
            <numerusform>Le fichier de données compte %n établissement : indiquez lequel avec --establishment SIRET.</numerusform>
            <numerusform>Le fichier de données compte %n établissements : indiquez lequel avec --establishment SIRET.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun établissement « %1 » dans le fichier de données : un SIRET ou un numéro d&apos;établissement enregistré est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, colonne %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, colonne %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attend le fichier de données : --db DONNÉES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours attend la demande : --claim N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today attend une date AAAA-MM-JJ, « %1 » a été donné.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>exporte en CSV les salariés d&apos;un établissement ou les heures d&apos;une demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli export --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--output FICHIER.csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « %1 » : %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileMark</name>
    <message>
        <source>un magasin de données d&apos;AP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base de données du service ASP simulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base de données d&apos;un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrenchHolidays</name>
    <message>
        <source>Jour de l&apos;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lundi de Pâques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fête du travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victoire 1945</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lundi de Pentecôte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Férié ; souvent « journée de solidarité » travaillée : les heures travaillées ce jour-là se saisissent comme travaillées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fête nationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assomption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toussaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice 1918</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noël</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendredi saint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alsace-Moselle (départements 57, 67, 68)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint-Étienne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrenchPhone</name>
    <message>
        <source>Aucun numéro de téléphone saisi : 10 chiffres sont attendus (par exemple 01 45 67 89 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas permis dans un numéro de téléphone : seuls des chiffres sont attendus, éventuellement précédés de « + ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun chiffre dans « %1 » : 10 chiffres sont attendus (par exemple 01 45 67 89 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone international lisible : après l&apos;indicatif +33, 9 chiffres sont attendus (+33 1 45 67 89 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;indicatif +%1 n&apos;est pas celui de la France (+33) ni d&apos;un département d&apos;outre-mer : un numéro français est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone attribué : vérifiez le nombre de chiffres et les premiers chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un numéro de téléphone français commence par 0 (ou par +33) : « %1 » commence par %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un numéro de téléphone compte 10 chiffres (par exemple 01 45 67 89 01) : %n trouvé(s).</source>
        <translation>
            <numerusform>Un numéro de téléphone compte 10 chiffres (par exemple 01 45 67 89 01) : %n trouvé.</numerusform>
            <numerusform>Un numéro de téléphone compte 10 chiffres (par exemple 01 45 67 89 01) : %n trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro %1 n&apos;est pas un numéro de téléphone attribué en France : vérifiez les premiers chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le %1 est un numéro de mobile : un numéro de téléphone fixe (01 à 05 ou 09) est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le %1 n&apos;est pas un numéro de téléphone fixe : un numéro commençant par 01 à 05 ou 09 est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>Colonne « %1 » inconnue : elle est ignorée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colonne « %1 » apparaît deux fois (colonnes %2 et %3) : une seule était attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne « %1 » introuvable dans la ligne d&apos;en-tête : elle est obligatoire. Colonnes trouvées : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) colonne(s) inconnue(s), ignorée(s) de même.</source>
        <translation>
            <numerusform>… et %n autre colonne inconnue, ignorée de même.</numerusform>
            <numerusform>… et %n autres colonnes inconnues, ignorées de même.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourlyPay</name>
    <message>
        <source>Aucun montant saisi : une rémunération horaire en euros est attendue (par exemple 12,34 ou 5,4325).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est négatif : un montant positif est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » a plus de quatre décimales : une rémunération horaire se saisit au dix-millième d&apos;euro près au plus (par exemple 5,4325).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour une rémunération horaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant : un nombre d&apos;euros est attendu, par exemple 12,34 ou 5,4325.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Aucune durée saisie : un nombre d&apos;heures est attendu (par exemple 7,5 ou 7h30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est négatif : un nombre d&apos;heures ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour une durée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : les minutes doivent être comprises entre 0 et 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » a plus de deux décimales : les heures se saisissent au centième (par exemple 7,25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une durée : un nombre d&apos;heures est attendu, par exemple 7,5 ou 7.5 ou 7h30 ou 7:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursCheck</name>
    <message>
        <source>La décision est une réduction d&apos;horaire : la colonne « Heures travaillées » (ou « Jours chômés » pour le forfait jours) est attendue, elle manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La décision est une fermeture temporaire : la colonne « Heures chômées » (ou « Jours chômés » pour le forfait jours) est attendue, elle manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun salarié de NIR %1 dans l&apos;établissement : le NIR d&apos;un salarié déjà enregistré est attendu (importez d&apos;abord le fichier des salariés).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le matricule « %1 » ne correspond pas au NIR %2, qui est celui du matricule « %3 » : les deux colonnes doivent désigner le même salarié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun salarié de matricule « %1 » dans l&apos;établissement : le matricule d&apos;un salarié déjà enregistré est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La semaine du %1 ne touche pas le mois de la demande (%2) : une date d&apos;une semaine (du lundi au dimanche) qui touche ce mois est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les heures de ce salarié pour la semaine du %1 figurent déjà ligne %2 : une ligne par salarié et par semaine est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salarié au forfait jours : les jours chômés sont attendus, les heures de la ligne sont ignorées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursCsv</name>
    <message>
        <source>Le fichier est vide : une ligne d&apos;en-tête était attendue (NIR ou Matricule, Semaine du, Heures travaillées…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ni « NIR » ni « Matricule » dans la ligne d&apos;en-tête : l&apos;une des deux colonnes est attendue pour reconnaître le salarié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune colonne d&apos;heures dans la ligne d&apos;en-tête : « Heures travaillées », « Heures assimilées », « Heures chômées » ou « Jours chômés » est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ni NIR ni matricule : l&apos;un des deux est attendu pour reconnaître le salarié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursImportCommand</name>
    <message numerus="yes">
        <source>Import de %n ligne(s) d&apos;heures</source>
        <translation>
            <numerusform>Import de %n ligne d&apos;heures</numerusform>
            <numerusform>Import de %n lignes d&apos;heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Écriture : %1 / %2 lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import refusé : %n problème(s) bloquant(s), rien n&apos;a été écrit. Corrigez le fichier, ou relancez avec --partial pour importer les lignes valides seulement.</source>
        <translation>
            <numerusform>Import refusé : %n problème bloquant, rien n&apos;a été écrit. Corrigez le fichier, ou relancez avec --partial pour importer les lignes valides seulement.</numerusform>
            <numerusform>Import refusé : %n problèmes bloquants, rien n&apos;a été écrit. Corrigez le fichier, ou relancez avec --partial pour importer les lignes valides seulement.</numerusform>
        </translation>
    </message>
    <message>
        <source>importe un fichier CSV de salariés ou d&apos;heures dans un fichier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli import --db DONNÉES employees|hours [--establishment SIRET] [--claim N] [--partial] FICHIER.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et contrôle de « %1 »…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les heures sont enregistrées, mais la demande n&apos;a pas pu être calculée : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Le salarié %1 %2 est incomplet (NIR, nom, date d&apos;entrée, durée ou salaire) : rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importer les salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importer les heures de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié n°%1 n&apos;existe pas dans l&apos;établissement de cette demande : rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La semaine du %1 n&apos;est pas dans le mois de la demande : rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des heures négatives ne s&apos;importent pas : rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le salarié %1 %2 : %3 Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>Le corps de la requête est vide : un objet JSON est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le corps de la requête n&apos;est pas du JSON valide (%1, à l&apos;octet %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un objet JSON est attendu, pas un tableau ni une valeur seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur true ou false est attendue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nombre entier est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un objet JSON est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La requête est mal formée : certains champs n&apos;ont pas le type attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le corps de la requête doit être envoyé en application/json (Content-Type reçu : « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La requête dépasse la taille maximale de %1 Mio (%2 octets reçus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mails</name>
    <message>
        <source>Bonjour %1 %2,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si vous ne trouvez pas l&apos;un de nos messages, regardez dans votre dossier de courriers indésirables, puis contactez l&apos;assistance : contact-ap@asp-public.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;équipe Activité partielle de l&apos;ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : votre identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre identifiant de connexion à l&apos;extranet Activité partielle est : [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie de l&apos;identifiant. Votre mot de passe vous est envoyé dans un autre message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : votre mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre mot de passe provisoire est : [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. Vous devrez le changer lors de votre première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : confirmation de votre habilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre habilitation à l&apos;extranet Activité partielle pour l&apos;établissement %1 (SIRET %2) est confirmée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectez-vous avec l&apos;identifiant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : votre nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre nouveau mot de passe est : [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie du mot de passe. Vous devrez le changer lors de votre prochaine connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : rappel de votre identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne recopiez pas les crochets [ ] : ils ne font pas partie de l&apos;identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de décision : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période autorisée : du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Régime : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures autorisées : %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectif autorisé : %1 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : notification de décision n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madame, Monsieur,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre demande d&apos;autorisation préalable d&apos;activité partielle pour l&apos;établissement %1 (SIRET %2) est acceptée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code secret de la décision : [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code vous sera demandé pour chaque demande d&apos;indemnisation au titre de cette décision : conservez-le. Ne recopiez pas les crochets [ ] : ils ne font pas partie du code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande n° %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures indemnisables : %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnités versées aux salariés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation demandée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant payé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;indemnisation n° %1 reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ASP a reçu la demande d&apos;indemnisation de l&apos;établissement %1 (SIRET %2). Elle est en attente de validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;indemnisation n° %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande d&apos;indemnisation de l&apos;établissement %1 (SIRET %2) est désormais : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période : du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures : %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectif : %1 salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;autorisation préalable n° %1 reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;unité départementale a reçu la demande d&apos;autorisation préalable d&apos;activité partielle de l&apos;établissement %1 (SIRET %2). Sans réponse de sa part dans les 48 heures, elle est acceptée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle : demande d&apos;autorisation préalable n° %1 refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande d&apos;autorisation préalable d&apos;activité partielle de l&apos;établissement %1 (SIRET %2) est refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du refus : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Aucun montant saisi : un montant en euros est attendu (par exemple 12,34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est négatif : un montant positif est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » a plus de deux décimales : les montants se saisissent au centime près (par exemple 12,34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est trop grand pour un montant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant : un nombre d&apos;euros est attendu, par exemple 12,34 ou 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Aucun numéro de sécurité sociale saisi : 15 caractères sont attendus, 13 chiffres et une clé de 2 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas permis : un numéro de sécurité sociale ne compte que des chiffres, avec 2A ou 2B en positions 6 et 7 pour un département de Corse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 caractères trouvés : il manque la clé de 2 chiffres. Un numéro de sécurité sociale compte 15 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un numéro de sécurité sociale compte 15 caractères (13 chiffres et une clé de 2 chiffres) : %n trouvé(s).</source>
        <translation>
            <numerusform>Un numéro de sécurité sociale compte 15 caractères (13 chiffres et une clé de 2 chiffres) : %n trouvé.</numerusform>
            <numerusform>Un numéro de sécurité sociale compte 15 caractères (13 chiffres et une clé de 2 chiffres) : %n trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le premier chiffre (%1) n&apos;est pas permis : il vaut 1 ou 2 (sexe), ou 3, 4, 7 ou 8 pour un numéro particulier ou provisoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé %1 ne correspond pas au numéro : la clé attendue est %2. Vérifiez les 13 premiers caractères et la clé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Impossible d&apos;ouvrir la base de données « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raison inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas une base de données. Il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données « %1 » est endommagée : la vérification de son intégrité a échoué. Elle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données « %1 » a été écrite par une version plus récente du programme (version %2 du schéma, cette version du programme connaît au plus la version %3). Elle n&apos;a pas été modifiée : installez la dernière version du programme pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie de sauvegarde de la base de données « %1 », nécessaire avant sa mise à jour, n&apos;a pas pu être faite : %2 La base n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La mise à jour de la base de données « %1 » vers la version %2 (%3) a échoué : %4. Elle a été annulée, la base est restée à la version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une copie de la base d&apos;avant la mise à jour se trouve dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide (0 octet) : ce n&apos;est pas une base de données. Il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas %2 : c&apos;est %3. Il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>lire l&apos;envoi n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changer le statut de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 ne peut pas être mise en file d&apos;envoi : son contenu ou sa clé d&apos;envoi est invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 est déjà en file d&apos;envoi ou envoyée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mettre la demande n°%1 en file d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé d&apos;envoi %1 a déjà servi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la file d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire les envois de la demande n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noter l&apos;envoi n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noter l&apos;échec de l&apos;envoi n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;est pas en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;envoi n°%1 n&apos;est plus en attente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noter le refus de l&apos;envoi n°%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 n&apos;est pas en file d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande n°%1 ne peut plus être retirée : un envoi a été tenté et le service l&apos;a peut-être déjà reçue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirer la demande n°%1 de la file d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Au moins %1 caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au moins un chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au moins un caractère spécial (ni lettre, ni chiffre, ni espace, par exemple ! ? # @ -)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message>
        <source>écrit le dossier de contrôle d&apos;une demande en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf attend --claim N, le numéro de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf attend le nom du fichier PDF à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli pdf --db DONNÉES --claim N FICHIER.pdf [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES pdf … (--db avant la commande)

Écrit le dossier de contrôle de la demande N : l&apos;établissement, la décision et le mois ; les totaux ; les contrôles avec leurs avertissements ; les lignes du barème appliquées (taux, planchers, plafonds), numérotées, avec leur source juridique ; puis pour chaque salarié les semaines avec leurs plafonds et leurs heures, la base horaire, chaque ligne du barème utilisée (par son numéro), l&apos;indemnité et l&apos;allocation. La demande est calculée comme par « claims ». Affiche en JSON le fichier écrit et son nombre de pages.

Exemple :
  apdesk-cli --db apdesk.sqlite pdf --claim 3 dossier-avril-2026.pdf

Codes de sortie : 0 dossier écrit, 1 demande introuvable, 2 ligne de commande incorrecte, 3 données illisibles ou fichier impossible à écrire.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Délai de dépôt dépassé depuis le %1 pour %2 (non déposée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingent épuisé : %1 utilisées sur %2 autorisées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plus que %n jour(s) pour déposer %1 (jusqu&apos;au %2).</source>
        <translation>
            <numerusform>Plus que %n jour pour déposer %1 (jusqu&apos;au %2).</numerusform>
            <numerusform>Plus que %n jours pour déposer %1 (jusqu&apos;au %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contingent presque épuisé : %1 utilisées sur %2 autorisées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune décision enregistrée : synchronisez les décisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioCommand</name>
    <message>
        <source>tableau de bord des établissements : décisions, heures, mois déposés, délais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli portfolio --db DONNÉES [--today AAAA-MM-JJ]
  apdesk-cli --db DONNÉES portfolio … (--db avant la commande)

Affiche en JSON chaque établissement du fichier de données, le plus urgent d&apos;abord : sa décision en cours (ou la dernière) et sa fin, les heures autorisées, utilisées par les demandes enregistrées (non refusées) et restantes, chaque mois commencé de chacune de ses décisions (déposé, en préparation ou non demandé) avec son délai de dépôt (6 mois après la fin de la période autorisée, 12 mois pour les périodes finissant en 2020) et les jours restants, et le problème le plus grave : délai dépassé, contingent épuisé, délai dans moins de 30 jours, contingent utilisé à 90 % ou plus, aucune décision. --today donne la date du jour (par défaut, celle de l&apos;ordinateur).

Exemple :
  apdesk-cli --db apdesk.sqlite portfolio

Codes de sortie : 0 tableau affiché, 2 ligne de commande incorrecte, 3 données illisibles.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>Aucun code postal saisi : 5 chiffres sont attendus (par exemple 75001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un code postal compte 5 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un code postal compte 5 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>Un code postal compte 5 chiffres : %n trouvé dans « %1 ».</numerusform>
            <numerusform>Un code postal compte 5 chiffres : %n trouvés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code postal %1 ne correspond à aucun département : 01000 à 95999 en métropole, 97100 à 97699 outre-mer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesTable</name>
    <message>
        <source>Aucune ligne de la table des taux (section « %1 ») ne couvre le %2 : le montant ne peut pas être calculé sans un taux en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesTableParser</name>
    <message>
        <source>rien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le nombre %1 (sans guillemets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table des taux, section « %1 », ligne %2, champ « %3 » : %4 attendu, %5 trouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ connu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une date AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une date après celle de la ligne précédente (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la source juridique de la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre positif entre guillemets (&quot;8.03&quot;) ou null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre positif entre guillemets (&quot;8.03&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un objet {common, protected, closed, apld}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un pourcentage entre guillemets (&quot;70&quot;) ou null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ou false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La table des taux n&apos;est pas un document JSON valide (position %1 : %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table des taux : la section « %1 » manque ou est vide (une liste de lignes datées est attendue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table des taux, section « %1 » : chaque ligne doit être un objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ common, protected, closed ou apld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table des taux : la section « %1 » manque. Depuis décembre 2026, les règles de l&apos;APLD et des apprentis sont dans la table ; reprenez cette section de resources/rates/rates.json (docs/claim-json.md, « Table des taux »).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>lit et contrôle un fichier CSV de salariés ou d&apos;heures, sans l&apos;importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli read employees|hours FICHIER.csv

Lit un fichier CSV de salariés (employees) ou d&apos;heures (hours) tel qu&apos;Excel ou LibreOffice l&apos;enregistrent (séparateur, encodage, décimales détectés ; voir docs/csv-formats.md), le contrôle sans l&apos;importer et affiche en JSON : le dialecte trouvé, les lignes valides et les problèmes, chacun avec sa ligne, sa colonne et un message. Les heures ne sont pas rapprochées d&apos;une demande : « import hours » le fait.

Exemple :
  apdesk-cli read employees tests/data/csv/employees-excel.csv

Codes de sortie : 0 fichier sans problème bloquant, 1 au moins un problème bloquant (le rapport est tout de même affiché), 2 ligne de commande incorrecte, 3 fichier illisible.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli read employees|hours FICHIER.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedClaim</name>
    <message>
        <source>En attente de validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours d&apos;instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paiement effectué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DI rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryRoutes</name>
    <message>
        <source>L&apos;ensemble des secrets (question/réponse secrètes) n&apos;étant pas renseigné pour votre compte utilisateur, merci de bien vouloir prendre contact avec le support spécifique de votre application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le résultat de l&apos;opération est incorrect, ou l&apos;opération a expiré : essayez avec une nouvelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette demande est inconnue ou a expiré : recommencez depuis le début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer un nouveau mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer votre identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de demandes pour ce compte : réessayez dans 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service reçoit trop de demandes de ce type : réessayez dans 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>La méthode %1 n&apos;est pas acceptée sur %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune ressource à l&apos;adresse %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Impossible d&apos;écrire l&apos;image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretQuestions</name>
    <message>
        <source>Quel est le nom de jeune fille de votre mère ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle est votre ville de naissance ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quel est le nom de votre premier animal de compagnie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quel était le nom de votre école primaire ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quel est le prénom de votre meilleur ami d&apos;enfance ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>Le fichier de données initiales n&apos;est pas un objet JSON valide (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;utilisateur %1 des données initiales n&apos;a pas pu être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : l&apos;établissement %1 nomme un utilisateur inconnu (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : l&apos;établissement %1 n&apos;a aucun utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;établissement %1 des données initiales n&apos;a pas pu être créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : un accès SYLAé/APEA nomme un SIRET invalide ou un utilisateur inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : l&apos;accès SYLAé/APEA de %1 n&apos;a pas pu être enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : %1 n&apos;est pas un objet JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : décision incorrecte (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : %1 nomme un établissement inconnu (%2) ; les établissements d&apos;une décision doivent exister ou figurer dans &quot;establishments&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données initiales : la décision %1 n&apos;a pas pu être créée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>envoie des demandes à l&apos;ASP par la file d&apos;envoi, une seule fois chacune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim N et --all-ready ne vont pas ensemble.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceContext</name>
    <message>
        <source>La bibliothèque libsodium n&apos;a pas pu être initialisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service ne peut pas écouter sur %1:%2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service de l&apos;ASP est momentanément indisponible. Vos demandes seront envoyées dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous devez être connecté pour cette opération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré ou a été fermée : reconnectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous devez d&apos;abord changer votre mot de passe provisoire et renseigner votre question secrète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service a rencontré une erreur interne. Réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les routes d&apos;administration de ce service sont réservées au programme qui l&apos;a démarré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La table des taux intégrée au service ne se lit pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSession</name>
    <message>
        <source>L&apos;adresse du service de l&apos;ASP est attendue : --service URL ou la variable APDESK_SERVICE_URL (par exemple http://127.0.0.1:18080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service attend une adresse http:// ou https://, « %1 » a été donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;identifiant est attendu dans la variable APDESK_USER, et le mot de passe sur l&apos;entrée standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe de %1 est attendu sur la première ligne de l&apos;entrée standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte %1 doit d&apos;abord terminer sa première connexion dans le programme (mot de passe et question secrète).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau ne garde aucun mot de passe pour %1 : connectez-vous une fois dans le programme avec « Se souvenir de moi », ou donnez le mot de passe sur l&apos;entrée standard (sans --keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau de mots de passe du système n&apos;a pas répondu ou a refusé la lecture. Donnez le mot de passe sur l&apos;entrée standard (sans --keychain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau mot de passe ne respecte pas toutes les règles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit être différent du mot de passe actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre question secrète est déjà renseignée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>lire le réglage « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un réglage doit avoir un nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrer le réglage « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supprimer le réglage « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Siren</name>
    <message>
        <source>Aucun SIREN saisi : 9 chiffres sont attendus (par exemple 732 829 320).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un SIREN ne compte que des chiffres, 9 en tout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 chiffres trouvés : c&apos;est un SIRET. Un SIREN compte 9 chiffres, les 9 premiers du SIRET (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un SIREN compte 9 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>Un SIREN compte 9 chiffres : %n trouvé dans « %1 ».</numerusform>
            <numerusform>Un SIREN compte 9 chiffres : %n trouvés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le SIREN %1, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Siret</name>
    <message>
        <source>Aucun SIRET saisi : 14 chiffres sont attendus (par exemple 732 829 320 00074).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le caractère %1 (position %2) n&apos;est pas un chiffre : un SIRET ne compte que des chiffres, 14 en tout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 chiffres trouvés : c&apos;est sans doute un SIREN. Un SIRET compte 14 chiffres, le SIREN suivi des 5 chiffres du NIC de l&apos;établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un SIRET compte 14 chiffres : %n trouvé(s) dans « %1 ».</source>
        <translation>
            <numerusform>Un SIRET compte 14 chiffres : %n trouvé dans « %1 ».</numerusform>
            <numerusform>Un SIRET compte 14 chiffres : %n trouvés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>La clé de contrôle du SIREN (les 9 premiers chiffres, %1) ne correspond pas : vérifiez-les, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le NIC %1. Pour un établissement de La Poste, la somme des 14 chiffres doit être un multiple de 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé de contrôle ne correspond pas : vérifiez le SIRET %1, un chiffre a sans doute été mal saisi ou deux chiffres ont été inversés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceRoutes</name>
    <message>
        <source>Un compte existe déjà pour ce SIRET. Contactez l&apos;utilisateur déjà créé pour cet établissement (%1) : il peut vous ajouter comme utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un même identifiant peut gérer au plus %1 établissements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre demande de création d&apos;espace a expiré ou est inconnue : recommencez depuis « Créer mon espace ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette adresse électronique est déjà celle d&apos;un utilisateur de l&apos;extranet : connectez-vous avec son identifiant pour ajouter cet établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre demande est enregistrée. Vous recevrez sous 48 heures au plus trois messages : votre identifiant, votre mot de passe et la confirmation de votre habilitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quatre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cinq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combien font %1 plus %2 ? Répondez en chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combien font %1 moins %2 ? Répondez en chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réponse au contrôle de sécurité ne correspond pas, ou le contrôle a expiré : répondez au nouveau contrôle (image ou question).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>AP Desk prépare les demandes d&apos;indemnisation d&apos;activité partielle et gère les comptes de l&apos;extranet de l&apos;ASP (service simulé intégré par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche cette aide puis quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche la version puis quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr (défaut) ou en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des données (défaut : %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit une image PNG de la première fenêtre puis quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;un service ASP simulé déjà lancé (défaut : le service intégré).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue inconnue « %1 » : fr ou en est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour les mesures du démarrage : quitte dès que la fenêtre est affichée, en écrivant l&apos;heure et le temps processeur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>affiche en JSON l&apos;état de chaque demande, dans le programme et à l&apos;ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status ne prend pas --claim : toutes les demandes sont affichées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : apdesk-cli status --db DONNÉES [--establishment SIRET] [--service URL] [--keychain]
  apdesk-cli --db DONNÉES status … (--db avant la commande)

Affiche en JSON (format apdesk-status) chaque demande du fichier de données : son état dans le programme (preparation, queued, sent, refused), son envoi dans la file (état, tentatives, dernière erreur, prochaine tentative) et, pour les demandes envoyées, leur statut à l&apos;ASP (« asp » : numéro, version, statut et son historique daté, heures, montants, montant payé, motif d&apos;un rejet ; null pour une version que l&apos;ASP a remplacée par une correction). Le service, l&apos;identifiant et le mot de passe (entrée standard ou --keychain) se donnent comme pour « send ». Service injoignable : les états du programme sont affichés, « asp » vaut null.

Exemple :
  printf &apos;%s\n&apos; &quot;$MOT_DE_PASSE&quot; | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite status --service http://127.0.0.1:18080

Codes de sortie : 0 statuts lus, 1 connexion refusée, 2 ligne de commande incorrecte, 3 données illisibles, 4 service injoignable (états du programme seulement).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::aspsim::GuardedTcpServer</name>
    <message>
        <source>Le service reçoit trop de connexions : réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La requête est arrivée trop lentement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La requête dépasse %1 Mio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::client::AspClient</name>
    <message>
        <source>réponse incomplète</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::client::KeychainCredentialStore</name>
    <message>
        <source>Le trousseau de mots de passe du système ne répond pas : le mot de passe ne sera pas mémorisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible (%1) : le mot de passe ne sera pas mémorisé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::client::MemoryCredentialStore</name>
    <message>
        <source>Aucun trousseau de mots de passe n&apos;est disponible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::sqlite</name>
    <message>
        <source>La copie de sauvegarde ne peut pas être écrite dans « %1 » : ce fichier existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copier la base de données dans « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le fichier « %1 » : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de restreindre les droits du fichier « %1 » à son propriétaire : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;existe pas : il n&apos;y a rien à mettre de côté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de renommer « %1 » en « %2 » : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de renommer « %1 » : %2. Le fichier est resté à sa place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commencer une transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La transaction n&apos;est plus en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrer les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lire la version des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « %1 » réservé à son propriétaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AccountRequestPage</name>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création de compte d&apos;accès à l&apos;extranet Activité Partielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les champs marqués d&apos;un * sont obligatoires. Les adresses électroniques se saisissent deux fois, à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVOYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dénomination *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé de voie *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation de l&apos;adresse électronique *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone fixe *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie manuelle obligatoire : le copier-coller est désactivé dans les champs d&apos;adresse électronique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question secrète *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepter les conditions générales d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le collage est refusé dans ce champ : saisissez l&apos;adresse à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux adresses électroniques saisies ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigez les champs signalés avant d&apos;envoyer la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi de la demande au service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AspHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AspStatusDialog</name>
    <message>
        <source>Suivi à l&apos;ASP — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du statut auprès de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Étapes de la demande à l&apos;ASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le statut n&apos;a pas pu être lu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ASP n&apos;a pas encore reçu cette demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande n° %1, version %2 : &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculé par l&apos;ASP : indemnités %1, allocation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant payé : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corriger (nouvelle version)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ASP n&apos;a pas encore reçu la version %1 de cette demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette version a été remplacée à l&apos;ASP par la version %1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur à rectifier se corrige dans une nouvelle version de la demande (« Corriger ») : l&apos;ASP la paie en tenant compte de ce qu&apos;elle a déjà payé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AuthorisationDialog</name>
    <message>
        <source>Autorisations préalables — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle demande d&apos;autorisation préalable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — Conjoncture économique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — Difficultés d&apos;approvisionnement en matières premières ou énergie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — Sinistre ou intempéries de caractère exceptionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — Transformation, restructuration ou modernisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — Autre circonstance de caractère exceptionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit commun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité partielle de longue durée (APLD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par exemple 1 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;voyer la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Début de la période *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fin de la période *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orme de la réduction *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Régime *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salariés concernés *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heures demandées *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les demandes n&apos;ont pas pu être lues : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures demandées : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre d&apos;heures supérieur à zéro est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période ne peut pas précéder son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande n° %1 envoyée : l&apos;administration répond sous 48 heures ; sans réponse, elle est acceptée. La décision et son code secret arriveront dans la Messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liste des demandes d&apos;autorisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::AuthorisationRequestsModel</name>
    <message>
        <source>Réduction horaire, tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduction horaire, partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermeture temporaire, tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermeture temporaire, partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptée : décision n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée, en attente de réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse de l&apos;administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CarryOverDialog</name>
    <message>
        <source>Reprendre le mois précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salariés de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) le mois précédent</source>
        <translation>
            <numerusform>%n salarié le mois précédent</numerusform>
            <numerusform>%n salariés le mois précédent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrivée(s)</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n départ(s)</source>
        <translation>
            <numerusform>%n départ</numerusform>
            <numerusform>%n départs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) de contrat ou de salaire</source>
        <translation>
            <numerusform>%n changement de contrat ou de salaire</numerusform>
            <numerusform>%n changements de contrat ou de salaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reprendre %n salarié(s)</source>
        <translation>
            <numerusform>&amp;Reprendre %n salarié</numerusform>
            <numerusform>&amp;Reprendre %n salariés</numerusform>
        </translation>
    </message>
    <message>
        <source>Les salariés de la demande de %1 (version %2, %3) pour celle de %4, avec ce qui a changé depuis. Cochez ceux à reprendre : leur contrat et leur salaire sont repris tels qu&apos;ils sont aujourd&apos;hui. Rien n&apos;est écrit avant «&#xa0;Reprendre&#xa0;», et Ctrl+Z l&apos;annule en une fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre aussi les &amp;heures : celles de la dernière semaine entière de %1, au prorata des jours de chaque semaine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CarryOverModel</name>
    <message>
        <source>Déjà dans la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée : entré(e) le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départ : sortie le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parti(e) le %1 : ne peut pas être repris(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toujours dans l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n semaine(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 chômées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salarié (coché : repris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat ou salaire changé depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n demi-journée(s) non travaillée(s)</source>
        <translation>
            <numerusform>%1, %n demi-journée non travaillée</numerusform>
            <numerusform>%1, %n demi-journées non travaillées</numerusform>
        </translation>
    </message>
    <message>
        <source>Heures (si reprises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 travaillées et %3 assimilées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Changement du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour votre première connexion, choisissez un nouveau mot de passe. Vous vous connecterez ensuite avec celui-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un nouveau mot de passe. Vous vous connecterez ensuite avec celui-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe &amp;actuel *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation du mot de passe *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &amp;secrète *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réponse *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus tard (déconnexion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi au service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit respecter toutes les règles de la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une question secrète et saisissez sa réponse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ChecksModel</name>
    <message>
        <source>Aucun problème : la demande peut être envoyée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) bloquant(s)</source>
        <translation>
            <numerusform>%n problème bloquant</numerusform>
            <numerusform>%n problèmes bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avertissement(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem. du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Bloquant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimEmployeesDialog</name>
    <message>
        <source>Salariés de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez les salariés à déclarer dans la demande de %1 (%2). Espace coche ou décoche le salarié de la ligne courante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande de %1 n&apos;est plus en préparation : ses salariés ne se modifient plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tout cocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AJOUTER UNE LIGNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMPORTER…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;registrer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandonner la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salariés de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) coché(s)</source>
        <translation>
            <numerusform>%n salarié coché</numerusform>
            <numerusform>%n salariés cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> sur %n</source>
        <translation>
            <numerusform> sur %n</numerusform>
            <numerusform> sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>La ligne n&apos;est pas enregistrée : corrigez les champs signalés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 est enregistré dans les salariés de l&apos;établissement et coché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) ajouté(s)</source>
        <translation>
            <numerusform>%n salarié ajouté</numerusform>
            <numerusform>%n salariés ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source> : ils sont cochés pour la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer des salariés de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Des heures sont saisies pour %n salarié(s) décoché(s) : les retirer de la demande efface leurs heures.</source>
        <translation>
            <numerusform>Des heures sont saisies pour %n salarié décoché : les retirer de la demande efface leurs heures.</numerusform>
            <numerusform>Des heures sont saisies pour %n salariés décochés : les retirer de la demande efface leurs heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer quand même ces salariés de la demande ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer et effacer leurs heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ne pas retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hangements de contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le salarié dont le contrat change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changements de contrat de %1 %2 enregistrés : %n changement(s).</source>
        <translation>
            <numerusform>Changements de contrat de %1 %2 enregistrés : %n changement.</numerusform>
            <numerusform>Changements de contrat de %1 %2 enregistrés : %n changements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimListModel</name>
    <message>
        <source>Non calculée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n bloquant(s)</source>
        <translation>
            <numerusform>⚠ %n bloquant</numerusform>
            <numerusform>⚠ %n bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrez la demande : le panneau « Contrôles » dit où est chaque problème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problèmes bloquants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimListPanel</name>
    <message>
        <source>&amp;Demandes de l&apos;établissement (Entrée pour ouvrir) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une &amp;nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un établissement pour voir ses demandes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune demande pour cet établissement : « Créer une nouvelle demande » avec le code secret de la notification de décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s).</source>
        <translation>
            <numerusform>%n demande.</numerusform>
            <numerusform>%n demandes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ClaimWindow</name>
    <message>
        <source>&amp;Heures des salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaux de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contrôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer des heures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aller aux contrôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision %1 : %2, du %3 au %4, %5 h autorisées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermeture temporaire (heures chômées saisies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réduction de l&apos;horaire (heures travaillées saisies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision %1 : inconnue de cet ordinateur (connectez-vous pour la récupérer) ; la demande est calculée comme une réduction d&apos;horaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En préparation : chaque saisie est enregistrée aussitôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demande d&apos;indemnisation de %1&lt;/b&gt; — %2, SIRET %3&lt;br&gt;%4&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des heures dans la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;voyer à l&apos;UD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>La demande n&apos;est pas envoyée : %n problème(s) bloquant(s) à corriger d&apos;abord (panneau « Contrôles »).</source>
        <translation>
            <numerusform>La demande n&apos;est pas envoyée : %n problème bloquant à corriger d&apos;abord (panneau « Contrôles »).</numerusform>
            <numerusform>La demande n&apos;est pas envoyée : %n problèmes bloquants à corriger d&apos;abord (panneau « Contrôles »).</numerusform>
        </translation>
    </message>
    <message>
        <source>Envoyer à l&apos;UD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une fois envoyée, la demande de %1 ne pourra plus être modifiée. Elle partira dès que le service de l&apos;ASP répondra, une seule fois même si l&apos;envoi est interrompu.

Envoyer la demande ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande est dans la file d&apos;envoi : elle ne se modifie plus et partira dès que le service de l&apos;ASP répondra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En file d&apos;envoi : la demande partira dès que le service de l&apos;ASP répondra ; elle ne se modifie plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée à l&apos;ASP : la demande ne se modifie plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusée par l&apos;ASP (le motif est dans la messagerie) : elle peut être envoyée de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce mois ne peut plus être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi à l&apos;&amp;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1, version %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier-controle-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de contrôle (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dossier de contrôle écrit : %1 (%n page(s)).</source>
        <translation>
            <numerusform>Dossier de contrôle écrit : %1 (%n page).</numerusform>
            <numerusform>Dossier de contrôle écrit : %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprendre le &amp;mois précédent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reprise de %n salarié(s) de %1</source>
        <translation>
            <numerusform>Reprise de %n salarié de %1</numerusform>
            <numerusform>Reprise de %n salariés de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n salarié(s) repris de %1 ; Ctrl+Z annule la reprise.</source>
        <translation>
            <numerusform>%n salarié repris de %1 ; Ctrl+Z annule la reprise.</numerusform>
            <numerusform>%n salariés repris de %1 ; Ctrl+Z annule la reprise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autres actions de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi ce montant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salariés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier de contrôle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de contrôle de la demande, en PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ContractChangesDialog</name>
    <message>
        <source>forfait jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h par semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat de départ : %1, taux horaire brut %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, net habituel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changements de contrat — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque changement s&apos;applique à partir de sa date d&apos;effet : le plafond de chaque jour et son montant horaire suivent le contrat de ce jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer le changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : inchangées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;jouter le changement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date d&apos;effet *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heures hebdomadaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire &amp;brut (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire n&amp;et habituel (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changements enregistrés ou ajoutés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement n&apos;est pas ajouté : corrigez les champs signalés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement du %1 ajouté : « Enregistrer » l&apos;écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement du %1 retiré : « Enregistrer » l&apos;écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ContractChangesModel</name>
    <message>
        <source>inchangé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inchangées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures hebdomadaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire net habituel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::ControlPackJob</name>
    <message>
        <source>Écriture du dossier de contrôle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de contrôle (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancement de l&apos;écriture du dossier de contrôle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CreateClaimDialog</name>
    <message>
        <source>Créer une nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — SIRET %2&lt;br&gt;Saisissez le code secret de 10 caractères qui figure sur la notification de décision d&apos;autorisation, puis choisissez le mois de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mois de la demande (un jour du mois) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code secret de la décision :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne : le code est vérifié avec les décisions enregistrées sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récupération des décisions de l&apos;établissement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions de l&apos;établissement à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les décisions n&apos;ont pas pu être récupérées (%1) : celles enregistrées sur cet ordinateur sont utilisées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez le code secret de la notification de décision (10 lettres et chiffres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code secret ne contient que des lettres et des chiffres ; « %1 » contient un autre caractère.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Le code secret compte 10 caractères ; vous en avez saisi %n.</source>
        <translation>
            <numerusform>Le code secret compte 10 caractères ; vous en avez saisi %n.</numerusform>
            <numerusform>Le code secret compte 10 caractères ; vous en avez saisi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune décision d&apos;autorisation n&apos;est connue pour cet établissement. Une demande se crée après la décision de l&apos;unité départementale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune décision de cet établissement n&apos;est enregistrée sur cet ordinateur : connectez-vous une fois pour récupérer ses décisions, vous pourrez ensuite travailler hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code est celui de la décision %1 (du %2 au %3), dont le délai de dépôt des demandes a pris fin le %4 : aucune demande ne peut plus être créée pour cette décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code ne correspond à aucune décision de cet établissement. Vérifiez-le sur la notification de décision : 10 lettres et chiffres, sans confondre O et 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code reconnu : décision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Décision %1
Période autorisée : du %2 au %3
Forme : %4
Dispositif : %5
Heures autorisées : %6 h pour %n salarié(s)</source>
        <translation>
            <numerusform>Décision %1
Période autorisée : du %2 au %3
Forme : %4
Dispositif : %5
Heures autorisées : %6 h pour %n salarié</numerusform>
            <numerusform>Décision %1
Période autorisée : du %2 au %3
Forme : %4
Dispositif : %5
Heures autorisées : %6 h pour %n salariés</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code vérifié, la décision s&apos;affiche ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande de %1 existe déjà : « créer » l&apos;ouvre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent (la demande existe déjà)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés du mois précédent (%1 n&apos;a pas de demande)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a changé depuis (arrivées, départs, contrats, salaires) est montré avant que rien ne soit écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprendre les salariés de la demande de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CreateSpaceWizard</name>
    <message>
        <source>Votre demande a été envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Après validation de votre demande, l&apos;ASP vous enverra &lt;b&gt;3 courriels&lt;/b&gt; dans un délai de &lt;b&gt;48 heures&lt;/b&gt; au plus, à l&apos;adresse &lt;b&gt;%1&lt;/b&gt; :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;votre identifiant ;&lt;/li&gt;&lt;li&gt;votre mot de passe provisoire, à changer à la première connexion ;&lt;/li&gt;&lt;li&gt;la confirmation de votre habilitation.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;L&apos;identifiant et le mot de passe y figurent entre crochets [ ] : ne recopiez pas les crochets.&lt;/p&gt;&lt;p&gt;Si vous ne les recevez pas, regardez dans le dossier des courriers indésirables (spam), puis contactez l&apos;assistance : &lt;a href=&quot;mailto:contact-ap@asp-public.fr&quot;&gt;contact-ap@asp-public.fr&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Dans AP Desk, ces courriels arrivent dans la &lt;b&gt;Messagerie&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer mon espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CsvImportDialog</name>
    <message>
        <source>Les salariés dont le NIR est déjà enregistré sont mis à jour (contrat et salaire), les autres sont ajoutés ; tous sont cochés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problèmes du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer les lignes valides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et contrôle du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt de la lecture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) lue(s)</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) valide(s)</source>
        <translation>
            <numerusform>%n ligne valide</numerusform>
            <numerusform>%n lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Les heures du fichier remplacent celles des mêmes semaines ; un salarié du fichier qui n&apos;est pas dans la demande y est ajouté. Ctrl+Z annule l&apos;import en une fois.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::CsvProblemsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::DecisionListModel</name>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (dans %n jour(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision %1, %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période autorisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures autorisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date limite de dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes sur cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aujourd&apos;hui)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::DecisionsDialog</name>
    <message>
        <source>Décisions d&apos;autorisation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Décisions de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualisation auprès de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les décisions n&apos;ont pas pu être actualisées : %1 Celles enregistrées sur cet ordinateur restent utilisables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune décision pour cet établissement. Une décision arrive après une demande d&apos;autorisation préalable acceptée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune décision enregistrée sur cet ordinateur pour cet établissement : connectez-vous pour les récupérer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s), à jour.</source>
        <translation>
            <numerusform>%n décision, à jour.</numerusform>
            <numerusform>%n décisions, à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hors ligne : %n décision(s) enregistrée(s) sur cet ordinateur.</source>
        <translation>
            <numerusform>Hors ligne : %n décision enregistrée sur cet ordinateur.</numerusform>
            <numerusform>Hors ligne : %n décisions enregistrées sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SIRET %2
Les décisions d&apos;autorisation de l&apos;établissement, chacune avec la date limite de dépôt des demandes qu&apos;elle couvre. Le code secret figure sur la notification de décision reçue dans la Messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EmployeeChoiceModel</name>
    <message>
        <source>Forfait jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h / semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matricule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, puis %n changement(s)</source>
        <translation>
            <numerusform>%1, puis %n changement</numerusform>
            <numerusform>%1, puis %n changements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EmployeeLineForm</name>
    <message>
        <source>15 caractères, clé comprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures hebdomadaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfait jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 ou 7h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenti ou contrat de professionnalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;m *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI&amp;R *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matricu&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;trat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures &amp;hebdomadaires *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire &amp;brut (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire n&amp;et habituel (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;e&amp;ntrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de s&amp;ortie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::EstablishmentDialog</name>
    <message>
        <source>Fiche établissement — SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dénomination *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé de voie *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone fixe *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte principal utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom, le prénom et l&apos;adresse électronique du premier utilisateur ne peuvent pas être modifiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement auprès du service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::GridFooterModel</name>
    <message>
        <source>Total, %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n salarié(s))</source>
        <translation>
            <numerusform>Total (%n salarié)</numerusform>
            <numerusform>Total (%n salariés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridEditor</name>
    <message numerus="yes">
        <source>Effacement de %n case(s)</source>
        <translation>
            <numerusform>Effacement de %n case</numerusform>
            <numerusform>Effacement de %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Le presse-papiers ne contient rien à coller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé : la ligne %1 du texte copié a %2 case(s), la première en a %3 ; un bloc rectangulaire est attendu. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé : le bloc copié (%1 ligne(s) × %2 colonne(s)) dépasse la grille à partir de la case choisie. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé, ligne %1, colonne %2 du bloc copié (%3) : %4 Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage de %1 × %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette étape ne peut plus être refaite : un de ses salariés n&apos;est plus dans la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé : aucune case du bloc (%1 ligne(s) × %2 colonne(s)) ne se saisit à partir de la case choisie ; les heures indemnisables et les montants sont calculés. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé : cette demande ne se modifie plus (elle a quitté la préparation). Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collage refusé : la case « %1 » ne se saisit pas (ligne %2, colonne %3 du bloc copié). Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridModel</name>
    <message>
        <source>heures travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures assimilées (congés, maladie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures chômées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demi-journées non travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaine du %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, problème : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond de la semaine : %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n problème(s)</source>
        <translation>
            <numerusform>%1, %n problème</numerusform>
            <numerusform>%1, %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — matricule %2, NIR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures
indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heures indemnisables du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité
salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indemnité du salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation
employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation de l&apos;employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chômées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½ j. non trav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= Indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sem. %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette case est calculée ou ne concerne pas ce salarié : elle ne se saisit pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : un nombre entier de demi-journées est attendu (0 à 14 ; une journée = 2 demi-journées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::HoursGridView</name>
    <message>
        <source>Heures des salariés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi ce montant ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::LoginPage</name>
    <message>
        <source>Mon espace personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se souvenir de moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de &amp;passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe oublié : recevoir un nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai oublié mon identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre établissement n&apos;a pas encore d&apos;espace ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRÉER MON ESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailler hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer les demandes sur cet ordinateur sans se connecter ; ce qui demande le service vous invitera à vous connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;identifiant est gardé dans les préférences, le mot de passe dans le trousseau sécurisé du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion au service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Il vous reste %n tentative(s) avant le verrouillage du compte.</source>
        <translation>
            <numerusform>Il vous reste %n tentative avant le verrouillage du compte.</numerusform>
            <numerusform>Il vous reste %n tentatives avant le verrouillage du compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous pouvez de nouveau vous connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre compte est verrouillé après 3 essais infructueux. Nouvel essai possible dans %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxModel</name>
    <message>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non lu, reçu le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxWatcher</name>
    <message>
        <source>Le service de l&apos;ASP auquel AP Desk est relié n&apos;expose pas de messagerie simulée (routes d&apos;administration absentes : lancez-le avec --admin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MailboxWindow</name>
    <message>
        <source>Messagerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriels reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu du courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune adresse électronique n&apos;a encore été utilisée dans AP Desk : les courriels de l&apos;ASP apparaîtront ici après une demande de compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun courriel pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n courriel(s) non lu(s).</source>
        <translation>
            <numerusform>%n courriel non lu.</numerusform>
            <numerusform>%n courriels non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>De : %1
À : %2
Objet : %3

%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::MainWindow</name>
    <message>
        <source>AP Desk — Activité partielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;AP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer de mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Messagerie (%n non lu(s))</source>
        <translation>
            <numerusform>Messagerie (%n non lu)</numerusform>
            <numerusform>Messagerie (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messagerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe provisoire doit être changé à la première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes déconnecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous. Ce que vous aviez saisi est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos d&apos;AP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AP Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Préparation des demandes d&apos;indemnisation d&apos;activité partielle.&lt;/p&gt;&lt;p&gt;Service de l&apos;ASP : %2&lt;/p&gt;&lt;p&gt;Données : %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande d&apos;indemnisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La demande ne peut pas être ouverte : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette demande existait déjà : elle est ouverte, rien n&apos;a été dupliqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réessayer l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service injoignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune demande en attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s) en attente d&apos;envoi</source>
        <translation>
            <numerusform>%n demande en attente d&apos;envoi</numerusform>
            <numerusform>%n demandes en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PasswordChecklist</name>
    <message>
        <source>✔ %1 : respectée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 : non respectée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies sont identiques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PortfolioModel</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (dont %n en préparation)</source>
        <translation>
            <numerusform>%1 (dont %n en préparation)</numerusform>
            <numerusform>%1 (dont %n en préparation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dépassé de %n j</source>
        <translation>
            <numerusform>dépassé de %n j</numerusform>
            <numerusform>dépassé de %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n j</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures autorisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois déposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois à déposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochain délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours restants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À traiter (le plus urgent d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::PortfolioWindow</name>
    <message>
        <source>Portefeuille des établissements — AP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom ou SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les établissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceux qui ont un problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de dépôt proche ou dépassé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingent presque ou tout utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des mois restent à déposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;tablissements (Entrée pour ouvrir la demande à déposer) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du portefeuille…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le portefeuille n&apos;a pas pu être lu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n établissement(s) affiché(s) sur %1.</source>
        <translation>
            <numerusform>%n établissement affiché sur %1.</numerusform>
            <numerusform>%n établissements affichés sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n à traiter en priorité (délai proche ou dépassé, contingent épuisé).</source>
        <translation>
            <numerusform>%n à traiter en priorité (délai proche ou dépassé, contingent épuisé).</numerusform>
            <numerusform>%n à traiter en priorité (délai proche ou dépassé, contingent épuisé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actualisation des décisions de %n établissement(s)…</source>
        <translation>
            <numerusform>Actualisation des décisions de %n établissement…</numerusform>
            <numerusform>Actualisation des décisions de %n établissements…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions non actualisées (celles gardées sur cet ordinateur sont montrées) pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::RecoveryDialog</name>
    <message>
        <source>Mot de passe oublié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai oublié mon identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et le résultat de l&apos;opération, puis cliquez sur « Continuer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiant *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Résultat de l&apos;opération *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse é&amp;lectronique *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question secrète :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réponse *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation du service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le résultat de l&apos;opération est un nombre entier, par exemple 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez la réponse à votre question secrète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un nouveau mot de passe vous a été envoyé par courriel. Vous devrez le changer à votre prochaine connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre identifiant vous a été envoyé par courriel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez l&apos;adresse électronique donnée lors de votre inscription et le résultat de l&apos;opération, puis cliquez sur « Continuer ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::SecurityCheckPage</name>
    <message>
        <source>Contrôle de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image de contrôle de sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher une nouvelle image : utile si les caractères de celle-ci sont difficiles à lire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepter les conditions générales d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire les conditions générales d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caractères de l&apos;&amp;image *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement de l&apos;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions générales d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recopiez les caractères de l&apos;image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;oubliez pas de cocher les conditions générales d&apos;utilisation avant de valider votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification auprès du service de l&apos;ASP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recopiez les caractères de l&apos;image (ou répondez à la question écrite qui peut la remplacer), acceptez les conditions générales d&apos;utilisation, puis cliquez sur « VALIDER ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ne peux pas lire l&apos;image : répondre à une question écrite à la place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poser une nouvelle question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réponse à la question, en chiffres *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement de la question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répondez à la question, en chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::SiretPage</name>
    <message>
        <source>Créer mon espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez le numéro SIRET de l&apos;établissement (14 chiffres, espaces et points acceptés). Un espace est créé par établissement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro &amp;SIRET *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET valide : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::StoreProblemDialog</name>
    <message>
        <source>Données illisibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP Desk peut commencer avec un nouveau fichier de données. L&apos;ancien fichier ne sera ni modifié ni supprimé : il sera conservé à côté, sous un nouveau nom, dans %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer avec un nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::UsersDialog</name>
    <message>
        <source>Utilisateurs de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse é&amp;lectronique *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte principal (personne à contacter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les champs obligatoires (marqués d&apos;un *) ne sont pas renseignés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur ajouté : ses identifiants lui sont envoyés par courriel à %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::WhyAmountDialog</name>
    <message>
        <source>en vigueur au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi ce montant ? — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail du calcul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, matricule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfait-jours (½ journée = 3,5 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée contractuelle : %1 h par semaine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travaillées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assimilées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rémunération horaire brute : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rémunération horaire brute : manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les montants n&apos;ont pas pu être calculés ; voir les problèmes ci-dessous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité du salarié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant horaire %1 × %2 h = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation de l&apos;employeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat et rémunération par période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée hebdomadaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux horaire brut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indemnité horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le contrat ou la rémunération change pendant le mois : le plafond de chaque jour suit le contrat de ce jour, et chaque période a son montant horaire (voir « Contrat et rémunération par période »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somme des heures de chaque période × son montant horaire, arrondie au centime = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::WorkspacePage</name>
    <message>
        <source>Établissement &amp;courant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes d&apos;indemnisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travail hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun établissement n&apos;est encore rattaché à votre compte : il le sera dès que l&apos;ASP aura validé la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SIRET %2
%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Données de cet ordinateur : %n établissement(s) enregistré(s). Chaque saisie est enregistrée aussitôt.</source>
        <translation>
            <numerusform>Données de cet ordinateur : %n établissement enregistré. Chaque saisie est enregistrée aussitôt.</numerusform>
            <numerusform>Données de cet ordinateur : %n établissements enregistrés. Chaque saisie est enregistrée aussitôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous travaillez sur cet ordinateur sans être connecté. Ce qui demande le service de l&apos;ASP (fiche établissement, utilisateurs, envoi des demandes, nouvelles décisions) vous invitera à vous connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SIRET %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorisations préalables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portefeuille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apdesk::ui::decisiontext</name>
    <message>
        <source>réduction de l&apos;horaire de tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réduction de l&apos;horaire d&apos;une partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermeture temporaire de tout l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermeture temporaire d&apos;une partie de l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activité partielle de longue durée (APLD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activité partielle de droit commun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
