<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityFigures</name>
    <message>
        <source>share not given</source>
        <translation>part non précisée</translation>
    </message>
    <message>
        <source>significance not given</source>
        <translation>importance non précisée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committed: %1 · Spent: %2 (%3 of committed)</source>
        <translation>Engagé&#xa0;: %1 · Dépensé&#xa0;: %2 (%3 de l’engagé)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Millions de %1</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Significance (0 to 4)</source>
        <translation>Importance (de 0 à 4)</translation>
    </message>
    <message>
        <source>Share of the activity (%)</source>
        <translation>Part de l’activité (%)</translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation>Décaissements prévus</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Spent (disbursements and expenditure)</source>
        <translation>Dépensé (décaissements et dépenses)</translation>
    </message>
    <message>
        <source>%1 of committed</source>
        <translation>%1 de l’engagé</translation>
    </message>
    <message>
        <source>not targeted</source>
        <translation>non ciblé</translation>
    </message>
    <message>
        <source>significant objective</source>
        <translation>objectif significatif</translation>
    </message>
    <message>
        <source>principal objective</source>
        <translation>objectif principal</translation>
    </message>
    <message>
        <source>principal objective and in support of an action programme</source>
        <translation>objectif principal et à l’appui d’un programme d’action</translation>
    </message>
    <message>
        <source>explicit primary objective</source>
        <translation>objectif premier explicite</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: --to names the file being converted (%2); write the conversion to another file.</source>
        <translation>%1&#xa0;: --to désigne le fichier en cours de conversion (%2)&#xa0;; écrivez la conversion dans un autre fichier.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set); --check, --list-charts, --export and --export-all work without one.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: aucun affichage (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;; --check, --list-charts, --export et --export-all fonctionnent sans affichage.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the chart ids of a list; Arabic: an Arabic comma and a left-to-right mark, so the Latin ids read as one run</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid in the system&apos;s encoding for file names (UTF-8); rename the file.</source>
        <translation>L’argument «&#xa0;%1&#xa0;» n’est pas valide dans le codage des noms de fichiers du système (UTF-8)&#xa0;; renommez le fichier.</translation>
    </message>
    <message>
        <source>Cannot open the window: no display could be opened (DISPLAY &quot;%1&quot;, WAYLAND_DISPLAY &quot;%2&quot;); --check, --list-charts, --export and --export-all work without one.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: aucun affichage n’a pu être ouvert (DISPLAY «&#xa0;%1&#xa0;», WAYLAND_DISPLAY «&#xa0;%2&#xa0;»)&#xa0;; --check, --list-charts, --export et --export-all fonctionnent sans affichage.</translation>
    </message>
    <message>
        <source>Cannot open the window: no display could be opened; --check, --list-charts, --export and --export-all work without one.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: aucun affichage n’a pu être ouvert&#xa0;; --check, --list-charts, --export et --export-all fonctionnent sans affichage.</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>is not an IATI activity file, so it holds no activities to choose from</source>
        <translation>n’est pas un fichier d’activités IATI et ne contient donc aucune activité à choisir</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2 characters</source>
        <translation>compte %1 caractères&#xa0;; la limite est de %2 caractères</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and hyphens (at most 64), got &quot;%1&quot;</source>
        <translation>doit être fait de minuscules, de chiffres et de traits d’union (64 au plus), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must have an English text (&quot;en&quot;), the fallback for every language</source>
        <translation>doit avoir un texte anglais («&#xa0;en&#xa0;»), utilisé pour toute langue absente</translation>
    </message>
    <message>
        <source>must list at least one id</source>
        <translation>doit indiquer au moins un identifiant</translation>
    </message>
    <message>
        <source>refers to unknown source id &quot;%1&quot;</source>
        <translation>renvoie à un identifiant de source inconnu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ends (%1) before the project starts (%2)</source>
        <translation>se termine (%1) avant le début du projet (%2)</translation>
    </message>
    <message>
        <source>must be an http or https address, got &quot;%1&quot;</source>
        <translation>doit être une adresse http ou https, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>identifiant de source en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>doit indiquer au moins une source</translation>
    </message>
    <message>
        <source>duplicate phase id &quot;%1&quot;</source>
        <translation>identifiant de phase en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be at most %1 characters, got &quot;%2&quot;</source>
        <translation>doit compter au plus %1 caractères, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate footnote id &quot;%1&quot;</source>
        <translation>identifiant de note de bas de page en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-2 code (two capital letters), got &quot;%1&quot;</source>
        <translation>doit être un code ISO 3166-1 alpha-2 (deux majuscules), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate country code &quot;%1&quot;</source>
        <translation>code de pays en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refers to unknown phase id &quot;%1&quot;</source>
        <translation>renvoie à un identifiant de phase inconnu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refers to unknown footnote id &quot;%1&quot;</source>
        <translation>renvoie à un identifiant de note de bas de page inconnu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, got %2</source>
        <translation>doit être un nombre entier de 0 à %1, et non %2</translation>
    </message>
    <message>
        <source>duplicate indicator id &quot;%1&quot;</source>
        <translation>identifiant d’indicateur en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation>identifiant de graphique en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refers to unknown indicator id &quot;%1&quot;</source>
        <translation>renvoie à un identifiant d’indicateur inconnu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>duplicate milestone id &quot;%1&quot;</source>
        <translation>identifiant d’événement en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate note id &quot;%1&quot;</source>
        <translation>identifiant de note en double&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a number from -%1 to %1, got %2</source>
        <translation>doit être un nombre de -%1 à %1, et non %2</translation>
    </message>
    <message>
        <source>is not allowed together with a &quot;bound&quot;</source>
        <translation>n’est pas admis avec «&#xa0;bound&#xa0;»</translation>
    </message>
    <message>
        <source>has %1 charts; the limit is %2 charts</source>
        <translation>compte %1 graphiques&#xa0;; la limite est de %2 graphiques</translation>
    </message>
    <message>
        <source>lists %1 indicators; the limit is %2 indicators</source>
        <translation>énumère %1 indicateurs&#xa0;; la limite est de %2 indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>must be the index of one of the %n periods (from 0), got %1</source>
        <translation>
            <numerusform>doit être l’indice de l’une des %n période (à partir de 0), reçu %1</numerusform>
            <numerusform>doit être l’indice de l’une des %n périodes (à partir de 0), reçu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a currency of the finance amounts, got &quot;%1&quot;</source>
        <translation>doit être une devise des montants de finance, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is &quot;sectors&quot;, but the dataset has no sectors</source>
        <translation>vaut «&#xa0;sectors&#xa0;», mais le jeu de données n’a pas de secteurs</translation>
    </message>
    <message>
        <source>is &quot;policyMarkers&quot;, but the dataset has no policy markers</source>
        <translation>vaut «&#xa0;policyMarkers&#xa0;», mais le jeu de données n’a pas de marqueurs de politique</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100, got %1</source>
        <translation>doit être un pourcentage de 0 à 100, et non %1</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code like &quot;EUR&quot;, got &quot;%1&quot;</source>
        <translation>doit être un code ISO 4217 de trois lettres comme «&#xa0;EUR&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must have both a latitude and a longitude, or neither</source>
        <translation>doit avoir une latitude et une longitude, ou aucune des deux</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>file does not exist</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>est un dossier, pas un fichier de jeu de données</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); only regular files are read</source>
        <translation>n’est pas un fichier ordinaire (tube, socket ou périphérique)&#xa0;; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>est un lien symbolique vers un fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); only regular files are written</source>
        <translation>n’est pas un fichier ordinaire (tube, socket ou périphérique)&#xa0;; seuls les fichiers ordinaires sont écrits</translation>
    </message>
    <message>
        <source>is the dataset file being read; it is never replaced, choose another file</source>
        <translation>est le fichier de jeu de données en cours de lecture&#xa0;; il n’est jamais remplacé, choisissez un autre fichier</translation>
    </message>
</context>
<context>
    <name>IatiActivityDetailsMapper</name>
    <message numerus="yes">
        <source>%n budgets, transactions, sectors or locations past the first %1 of their kind were not read</source>
        <translation>
            <numerusform>%n budget, transaction, secteur ou lieu au-delà des %1 premiers de son genre n’a pas été lu</numerusform>
            <numerusform>%n budgets, transactions, secteurs ou lieux au-delà des %1 premiers de leur genre n’ont pas été lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut connu, ignoré</translation>
    </message>
    <message>
        <source>no amount, ignored</source>
        <translation>aucun montant, ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre, ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code ISO 4217, ignoré</translation>
    </message>
    <message>
        <source>%1 has no currency and the activity no default-currency, ignored</source>
        <translation>%1 n’a pas de devise et l’activité pas de default-currency, ignoré</translation>
    </message>
    <message>
        <source>%1 is beyond any published amount, ignored</source>
        <translation>%1 dépasse tout montant publié, ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known transaction type, transaction ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de transaction connu, transaction ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 to 4, the marker is shown without it</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas entre 0 et 4, le marqueur est montré sans</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is not a latitude and longitude, not drawn on the map</source>
        <translation>«&#xa0;%1 %2&#xa0;» n’est pas une latitude et une longitude, non dessiné sur la carte</translation>
    </message>
    <message numerus="yes">
        <source>the %n transactions of type %1 in %2 add up to %3, below zero: IATI gives money paid or received as positive amounts and corrections as negative ones; shown as published</source>
        <translation>
            <numerusform>la transaction de type %1 en %2 s’élève à %3, sous zéro&#xa0;: l’IATI inscrit l’argent versé ou reçu en montants positifs et les corrections en montants négatifs&#xa0;; affichée telle que publiée</numerusform>
            <numerusform>les %n transactions de type %1 en %2 totalisent %3, sous zéro&#xa0;: l’IATI inscrit l’argent versé ou reçu en montants positifs et les corrections en montants négatifs&#xa0;; affichées telles que publiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiDatasetMapper</name>
    <message>
        <source>a document without a title; its address stands as the title</source>
        <translation>un document sans titre&#xa0;: son adresse tient lieu de titre</translation>
    </message>
    <message>
        <source>a document without a title or address; listed as &quot;not given&quot;</source>
        <translation>un document sans titre ni adresse&#xa0;; listé comme «&#xa0;non précisé&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; the document is listed without a link</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https&#xa0;; le document est listé sans lien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strict web address; linked as &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web stricte&#xa0;; lien vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>an organisation without a name; its ref &quot;%1&quot; stands in</source>
        <translation>une organisation sans nom&#xa0;; sa référence «&#xa0;%1&#xa0;» en tient lieu</translation>
    </message>
    <message>
        <source>an organisation without a name or ref; shown as &quot;not given&quot;</source>
        <translation>une organisation sans nom ni référence&#xa0;; affichée comme «&#xa0;non précisé&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 code, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code ISO 3166-1 alpha-2, ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown by the dashboard, ignored: %1</source>
        <translation>non affiché par le tableau de bord, ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IatiImport</name>
    <message>
        <source>the file holds no iati-activity</source>
        <translation>le fichier ne contient aucun élément iati-activity</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n activities; choose one by its iati-identifier</source>
        <translation>
            <numerusform>le fichier contient %n activité&#xa0;; choisissez-en une par son iati-identifier</numerusform>
            <numerusform>le fichier contient %n activités&#xa0;; choisissez-en une par son iati-identifier</numerusform>
        </translation>
    </message>
    <message>
        <source>no activity with iati-identifier &quot;%1&quot;</source>
        <translation>aucune activité n’a l’iati-identifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>document type declarations (DTDs) are refused</source>
        <translation>les déclarations de type de document (DTD) sont refusées</translation>
    </message>
    <message>
        <source>entity reference &quot;&amp;%1;&quot; is refused</source>
        <translation>la référence d’entité «&#xa0;&amp;%1;&#xa0;» est refusée</translation>
    </message>
    <message>
        <source>no root element: the file is empty</source>
        <translation>aucun élément racine&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>not an IATI activity file: the root element is &lt;%1&gt;, not &lt;iati-activities&gt;</source>
        <translation>pas un fichier d’activités IATI&#xa0;: l’élément racine est &lt;%1&gt;, et non &lt;iati-activities&gt;</translation>
    </message>
    <message>
        <source>IATI version &quot;%1&quot; is not 2.01, 2.02 or 2.03; read with the 2.03 rules and the older code names</source>
        <translation>la version IATI «&#xa0;%1&#xa0;» n’est ni 2.01, ni 2.02, ni 2.03&#xa0;; lue selon les règles de la 2.03 et les anciens noms de codes</translation>
    </message>
    <message>
        <source>reading cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <source>activity &quot;%1&quot;</source>
        <translation>activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file holds %1 activities; only the first %2 are listed (choose another by its iati-identifier)</source>
        <translation>le fichier contient %1 activités&#xa0;; seules les %2 premières sont listées (choisissez-en une autre par son iati-identifier)</translation>
    </message>
    <message>
        <source>%1 activities have iati-identifier &quot;%2&quot; (at positions %3); choose one with --activity-index</source>
        <translation>%1 activités ont l’iati-identifier «&#xa0;%2&#xa0;» (aux positions %3)&#xa0;; choisissez-en une avec --activity-index</translation>
    </message>
    <message numerus="yes">
        <source>there is no activity %1: the file holds %n activities</source>
        <translation>
            <numerusform>il n’y a pas d’activité %1&#xa0;: le fichier contient %n activité</numerusform>
            <numerusform>il n’y a pas d’activité %1&#xa0;: le fichier contient %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>activity %1 has iati-identifier &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>l’activité %1 a l’iati-identifier «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes (%2 MiB), the limit for IATI activity files</source>
        <translation>le fichier dépasse %1 octets (%2 Mio), la limite des fichiers d’activités IATI</translation>
    </message>
    <message>
        <source>a single text, comment or tag is longer than %1 MiB; no published activity has one, so the file is refused</source>
        <translation>un texte, un commentaire ou une balise dépasse à lui seul %1 Mio&#xa0;; aucune activité publiée n’en a de tel, le fichier est donc refusé</translation>
    </message>
</context>
<context>
    <name>IatiMappingContext</name>
    <message>
        <source>the text is %1 characters long; shown cut to %2 characters</source>
        <translation>le texte compte %1 caractères&#xa0;; il est affiché coupé à %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as %2 (commas taken as thousands separators)</source>
        <translation>«&#xa0;%1&#xa0;» est lu comme %2 (virgules prises pour des séparateurs de milliers)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre, ignoré</translation>
    </message>
</context>
<context>
    <name>IatiMappingLog</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>et %n autre avertissement</numerusform>
            <numerusform>et %n autres avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiResultsMapper</name>
    <message>
        <source>actual %1 (period %2 to %3) is drawn rounded to %4</source>
        <translation>la valeur réelle %1 (période du %2 au %3) est représentée arrondie à %4</translation>
    </message>
    <message>
        <source>%1 is beyond the figures the dashboard holds (±10¹²), ignored</source>
        <translation>%1 dépasse les chiffres que le tableau de bord accepte (±10¹²), ignoré</translation>
    </message>
    <message>
        <source>given only by %1: the parts of a percentage do not add up to the whole, so none is shown</source>
        <translation>donné seulement par %1&#xa0;: les parts d’un pourcentage ne s’additionnent pas en un total, aucun n’est donc affiché</translation>
    </message>
    <message>
        <source>the whole is the sum of the parts by %1; the parts by %2 are another split of the same whole, not added</source>
        <translation>le total est la somme des parts par %1&#xa0;; les parts par %2 sont une autre répartition du même total, non additionnées</translation>
    </message>
    <message>
        <source>a period without a start or end date (period-start, period-end), left out</source>
        <translation>une période sans date de début ni de fin (period-start, period-end), laissée de côté</translation>
    </message>
</context>
<context>
    <name>IatiTimelineMapper</name>
    <message>
        <source>no date at all (activity-date, budget, transaction or result period): the dashboard needs at least one</source>
        <translation>aucune date (activity-date, budget, transaction ou période de résultat)&#xa0;: le tableau de bord en demande au moins une</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity-date type (1 to 4, or start-planned, start-actual, end-planned, end-actual), ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’activity-date (1 à 4, ou start-planned, start-actual, end-planned, end-actual), ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD, ignored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de la forme AAAA-MM-JJ, ignorée</translation>
    </message>
    <message>
        <source>a second date of type %1, ignored</source>
        <translation>une deuxième date de type %1, ignorée</translation>
    </message>
    <message>
        <source>no start date (activity-date type 1 or 2); the project span starts on %1, the earliest date the activity gives</source>
        <translation>aucune date de début (activity-date de type 1 ou 2)&#xa0;; la durée du projet commence le %1, la première date que donne l’activité</translation>
    </message>
</context>
<context>
    <name>IatiWords</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>IATI activity %1</source>
        <translation>Activité IATI %1</translation>
    </message>
    <message>
        <source>Share of the activity by recipient country: %1.</source>
        <translation>Part de l’activité par pays bénéficiaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>region %1 (vocabulary %2)</source>
        <translation>région %1 (vocabulaire %2)</translation>
    </message>
    <message>
        <source>Recipient regions: %1.</source>
        <translation>Régions bénéficiaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Résultat %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicateur %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>valeur réelle %1</translation>
    </message>
    <message>
        <source>%1 (measure &quot;%2&quot;: %3)</source>
        <translation>%1 (mesure «&#xa0;%2&#xa0;»&#xa0;: %3)</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (qualitative): %2</source>
        <translation>%1 (qualitatif)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Indicators without a reported actual value, not charted: %1.</source>
        <translation>Indicateurs sans valeur réelle communiquée, non représentés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Indicators whose latest actual is below 0 or above 1,000,000,000, not charted: %1.</source>
        <translation>Indicateurs dont la dernière valeur réelle est inférieure à 0 ou supérieure à 1&#xa0;000&#xa0;000&#xa0;000, non représentés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Indicators with a measure that is not an IATI code (1 to 5), not charted: %1.</source>
        <translation>Indicateurs dont la mesure n’est pas un code IATI (1 à 5), non représentés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Qualitative indicators without any comment on their actuals: %1.</source>
        <translation>Indicateurs qualitatifs sans aucun commentaire sur leurs valeurs réelles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Periods that end before they start, as published (drawn from the earlier date to the later): %1.</source>
        <translation>Périodes qui finissent avant de commencer, telles que publiées (représentées de la date la plus ancienne à la plus récente)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>The actual start is given as %1, a date still to come.</source>
        <translation>Le début effectif est donné au %1, une date encore à venir.</translation>
    </message>
    <message>
        <source>The actual end is given as %1, a date still to come.</source>
        <translation>La fin effective est donnée au %1, une date encore à venir.</translation>
    </message>
    <message>
        <source>The actual end (%1) comes before the actual start (%2).</source>
        <translation>La fin effective (%1) précède le début effectif (%2).</translation>
    </message>
    <message>
        <source>The planned end (%1) comes before the planned start (%2).</source>
        <translation>La fin prévue (%1) précède le début prévu (%2).</translation>
    </message>
    <message>
        <source>The actual start (%1) comes after the planned end (%2).</source>
        <translation>Le début effectif (%1) suit la fin prévue (%2).</translation>
    </message>
    <message>
        <source>Dates as published, which contradict each other or are still to come: %1</source>
        <translation>Dates telles que publiées, contradictoires ou encore à venir&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>Pays bénéficiaires</translation>
    </message>
    <message>
        <source>Results indicators: reported actuals against targets</source>
        <translation>Indicateurs de résultats&#xa0;: valeurs réelles communiquées et cibles</translation>
    </message>
    <message>
        <source>Activity dates</source>
        <translation>Dates de l’activité</translation>
    </message>
    <message>
        <source>Budget and spending per year (%1)</source>
        <translation>Budget et dépenses par année (%1)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>Marqueurs de politique</translation>
    </message>
    <message>
        <source>Key figures: money and results</source>
        <translation>Chiffres clés&#xa0;: financement et résultats</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, options propres à Qt comprises.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>objet non fermé</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>deux-points manquant après un nom</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>tableau non fermé</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>virgule manquante entre deux valeurs</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>fin non valide après un nombre</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>chaîne UTF-8 non valide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non fermée</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>objet manquant après une virgule</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>document imbriqué trop profondément</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>document trop volumineux</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>données superflues à la fin du document</translation>
    </message>
</context>
<context>
    <name>TargetFormat</name>
    <message>
        <source>%1% of target</source>
        <translation>%1&#xa0;% de la cible</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Valeur de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Une valeur plus basse est meilleure</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Target not reached</source>
        <translation>Cible non atteinte</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the event happened on this date or before</comment>
        <translation>%1 au plus tard</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>%1 au plus tôt</translation>
    </message>
</context>
<context>
    <name>sharaka::AboutText</name>
    <message>
        <source>This dataset names no sources.</source>
        <translation>Ce jeu de données ne cite aucune source.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; The figures and dates come from %1 public documents by:</source>
        <translation>&lt;b&gt;Données.&lt;/b&gt; Les chiffres et les dates proviennent de %1&#xa0;documents publics publiés par les organismes suivants&#xa0;:</translation>
    </message>
    <message>
        <source>Each one is listed, with its address, under Help ▸ Sources and Data Notes, together with the points where the sources disagree.</source>
        <translation>Chacun est indiqué, avec son adresse, sous Aide ▸ Sources et notes sur les données, ainsi que les points sur lesquels les sources divergent.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sharaka Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Timeline, partner countries and outcome indicators of Sharaka, INTERPOL&apos;s EU-funded counter-terrorism project in the Middle East and North Africa (2017 to 31 January 2023).&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): you may use, study, share and change it. The source code is part of every copy you receive; see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;. There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (running on Qt %4) and Qt Charts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tableau de bord Sharaka&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Chronologie, pays partenaires et indicateurs de résultats de Sharaka, projet de lutte contre le terrorisme mené par INTERPOL au Moyen-Orient et en Afrique du Nord avec un financement de l’Union européenne (de 2017 au 31&#xa0;janvier 2023).&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; Logiciel libre distribué sous la licence publique générale GNU, version&#xa0;3 ou ultérieure (GPL-3.0-or-later)&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et le modifier. Le code source fait partie de chaque copie que vous recevez&#xa0;; voir &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;la licence&lt;/a&gt;. Il n’y a aucune garantie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Réalisé avec&lt;/b&gt; Qt %3 (exécuté avec Qt %4) et Qt Charts.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sharaka::AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartExportActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
    <message>
        <source>Cannot Save Chart</source>
        <translation>Impossible d’enregistrer le graphique</translation>
    </message>
    <message>
        <source>Cannot save %1: the format &quot;%2&quot; is not supported. Use PNG, JPEG, SVG or PDF.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le format «&#xa0;%2&#xa0;» n’est pas pris en charge. Utilisez PNG, JPEG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Graphique enregistré sous %1</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, JPEG, SVG or PDF file (%1)</source>
        <translation>Enregistrer ce graphique dans un fichier PNG, JPEG, SVG ou PDF (%1)</translation>
    </message>
    <message>
        <source>Save this chart as a picture or a PDF, laid out for the size you choose</source>
        <translation>Enregistrer ce graphique en tant qu’image ou PDF, mis en page pour la taille choisie</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Copy this chart as a picture (%1)</source>
        <translation>Copier ce graphique en tant qu’image (%1)</translation>
    </message>
    <message>
        <source>Save Chart Data As</source>
        <translation>Enregistrer les données du graphique sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Save Chart Data</source>
        <translation>Impossible d’enregistrer les données du graphique</translation>
    </message>
    <message>
        <source>Chart data saved as %1</source>
        <translation>Données du graphique enregistrées sous %1</translation>
    </message>
    <message>
        <source>Chart copied as a picture, as SVG and its data as CSV</source>
        <translation>Graphique copié en image, en SVG et ses données en CSV</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as a bitmap, as SVG and its data as CSV</source>
        <translation>Copier ce graphique dans le presse-papiers en image matricielle, en SVG et ses données en CSV</translation>
    </message>
    <message>
        <source>Save &amp;Data As…</source>
        <translation>Enregistrer les &amp;données sous…</translation>
    </message>
    <message>
        <source>Save the figures of this chart as a CSV file</source>
        <translation>Enregistrer les chiffres de ce graphique dans un fichier CSV</translation>
    </message>
    <message>
        <source>Save the figures of this chart, with their targets, baselines, units and sources, as a CSV file</source>
        <translation>Enregistrer les chiffres de ce graphique, avec leurs cibles, valeurs de référence, unités et sources, dans un fichier CSV</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartExporter</name>
    <message>
        <source>The size %1 is not supported: each side must be between %2 and %3 pixels.</source>
        <translation>La taille %1 n’est pas prise en charge&#xa0;: chaque côté doit mesurer entre %2 et %3&#xa0;pixels.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;.</source>
        <translation>Graphique inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot encode the image: %1</source>
        <translation>Impossible d’encoder l’image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing.</source>
        <translation>Impossible de commencer le dessin SVG.</translation>
    </message>
    <message>
        <source>Cannot start the PDF drawing.</source>
        <translation>Impossible de commencer le dessin PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The drawing is not valid SVG.</source>
        <translation>Le dessin n’est pas un SVG valide.</translation>
    </message>
    <message>
        <source>Cannot encode the image as PNG.</source>
        <translation>Impossible d’encoder l’image en PNG.</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartTableToggle</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>Show as Chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show the numbers as a bar chart</source>
        <translation>Afficher les chiffres sous forme de diagramme en barres</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Afficher les chiffres sous forme de tableau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
</context>
<context>
    <name>sharaka::CheckReport</name>
    <message>
        <source>%1: OK (countries: %2, indicators: %3, charts: %4, milestones: %5, sources: %6)</source>
        <translation>%1&#xa0;: OK (pays&#xa0;: %2, indicateurs&#xa0;: %3, graphiques&#xa0;: %4, événements&#xa0;: %5, sources&#xa0;: %6)</translation>
    </message>
</context>
<context>
    <name>sharaka::CommandLineParser</name>
    <message>
        <source>Interface language: en, fr or ar (all: every language, for --export-all and --export-factsheet).</source>
        <translation>Langue de l’interface&#xa0;: en, fr ou ar (all&#xa0;: toutes les langues, pour --export-all et --export-factsheet).</translation>
    </message>
    <message>
        <source>Open the dataset FILE instead of the embedded Sharaka data.</source>
        <translation>Ouvrir le jeu de données FILE au lieu des données Sharaka intégrées.</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has painted (for tests and benchmarks).</source>
        <translation>Quitter dès que la fenêtre principale est affichée (pour les tests et les mesures de performance).</translation>
    </message>
    <message>
        <source>Validate the dataset FILE, print &quot;FILE: OK&quot; with its counts or every problem, and exit (status 1 on problems).</source>
        <translation>Vérifier le jeu de données FILE, afficher «&#xa0;FILE&#xa0;: OK&#xa0;» avec le nombre d’éléments ou chaque problème, puis quitter (code 1 en cas de problème).</translation>
    </message>
    <message>
        <source>The activity (its iati-identifier) to show, check or convert when the dataset FILE is an IATI activity file.</source>
        <translation>L’activité (son iati-identifier) à afficher, vérifier ou convertir quand le fichier de jeu de données FILE est un fichier d’activités IATI.</translation>
    </message>
    <message>
        <source>Write the dataset FILE (e.g. an IATI activity) in the dashboard&apos;s own format to the file given by --to, and exit.</source>
        <translation>Écrire le jeu de données FILE (par exemple une activité IATI) au format propre du tableau de bord dans le fichier indiqué par --to, puis quitter.</translation>
    </message>
    <message>
        <source>The dataset file --convert writes.</source>
        <translation>Le fichier de jeu de données qu’écrit --convert.</translation>
    </message>
    <message>
        <source>Timeline, partner countries and outcome indicators of INTERPOL&apos;s Sharaka project.</source>
        <translation>Chronologie, pays partenaires et indicateurs de résultats du projet Sharaka d’INTERPOL.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plus d’une fois.</translation>
    </message>
    <message>
        <source>--%1 needs a value; it was given an empty one.</source>
        <translation>--%1 nécessite une valeur&#xa0;; la valeur donnée est vide.</translation>
    </message>
    <message>
        <source>--check does not go with --%1.</source>
        <translation>--check ne peut pas être utilisé avec --%1.</translation>
    </message>
    <message>
        <source>--convert does not go with --%1.</source>
        <translation>--convert ne peut pas être utilisé avec --%1.</translation>
    </message>
    <message>
        <source>--convert FILE needs --to FILE, and --to goes only with --convert.</source>
        <translation>--convert FILE demande --to FILE, et --to ne s’emploie qu’avec --convert.</translation>
    </message>
    <message>
        <source>--activity picks an activity of the file given by --data, --check or --convert.</source>
        <translation>--activity choisit une activité du fichier indiqué par --data, --check ou --convert.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr, ar or all.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, fr, ar ou all.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or ar.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, fr ou ar.</translation>
    </message>
    <message>
        <source>The activity to show, check or convert by its position in the IATI activity file (1 for the first), e.g. when two activities share an iati-identifier.</source>
        <translation>L’activité à afficher, vérifier ou convertir, par sa position dans le fichier d’activités IATI (1 pour la première), par exemple quand deux activités ont le même iati-identifier.</translation>
    </message>
    <message>
        <source>--activity-index takes a whole number from 1, not &quot;%1&quot;.</source>
        <translation>--activity-index attend un nombre entier à partir de 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sharaka::CountryPanel</name>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1 sur %n</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, code or phase</source>
        <translation>Filtrer par nom, code ou phase</translation>
    </message>
    <message>
        <source>Type part of a country name, an ISO code or a phase to narrow the list</source>
        <translation>Saisissez une partie du nom d’un pays, un code ISO ou une phase pour restreindre la liste</translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation>Cliquez sur un en-tête de colonne pour trier</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <source>Name, ISO code and phase of every partner country; sortable by column</source>
        <translation>Nom, code ISO et phase de chaque pays partenaire&#xa0;; tri possible par colonne</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtrer par nom ou code</translation>
    </message>
    <message>
        <source>Type part of a country name or an ISO code to narrow the list</source>
        <translation>Saisissez une partie du nom d’un pays ou un code ISO pour restreindre la liste</translation>
    </message>
    <message>
        <source>Name and ISO code of every country; sortable by column</source>
        <translation>Nom et code ISO de chaque pays&#xa0;; tri possible par colonne</translation>
    </message>
</context>
<context>
    <name>sharaka::CountryTableModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
</context>
<context>
    <name>sharaka::DatasetController</name>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Jeux de données &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Re&amp;load Dataset</source>
        <translation>Re&amp;charger le jeu de données</translation>
    </message>
    <message>
        <source>Read the open dataset file again</source>
        <translation>Relire le fichier du jeu de données ouvert</translation>
    </message>
    <message>
        <source>Show &amp;Sharaka Data</source>
        <translation>Afficher les données &amp;Sharaka</translation>
    </message>
    <message>
        <source>Return to the Sharaka dataset built into the dashboard</source>
        <translation>Revenir au jeu de données Sharaka intégré au tableau de bord</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>Opened “%1”; fields unknown to this version were ignored.</source>
        <translation>«&#xa0;%1&#xa0;» ouvert&#xa0;; les champs inconnus de cette version ont été ignorés.</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>«&#xa0;%1&#xa0;» ouvert</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>“%1” changed on disk. Choose File ▸ Reload Dataset to show the changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque. Choisissez Fichier ▸ Recharger le jeu de données pour afficher les modifications.</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted; the data shown stays as it was loaded.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé ou supprimé&#xa0;; les données affichées restent telles qu’elles ont été chargées.</translation>
    </message>
    <message>
        <source>Show another project&apos;s dataset file (JSON) or an IATI activity file (XML)</source>
        <translation>Afficher le fichier de jeu de données d’un autre projet (JSON) ou un fichier d’activités IATI (XML)</translation>
    </message>
    <message>
        <source>Dataset files (*.json *.xml);;IATI activity files (*.xml);;All files (*)</source>
        <translation>Fichiers de jeu de données (*.json *.xml);;Fichiers d’activités IATI (*.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sharaka::DatasetLoader</name>
    <message>
        <source>file is larger than %1 bytes (%2 MiB)</source>
        <translation>le fichier dépasse %1 octets (%2 Mio)</translation>
    </message>
    <message>
        <source>file is %1 bytes; datasets are limited to %2 bytes (%3 MiB)</source>
        <translation>le fichier fait %1 octets&#xa0;; un jeu de données est limité à %2 octets (%3 Mio)</translation>
    </message>
    <message>
        <source>more than one byte-order mark at the start of the file</source>
        <translation>plus d’une marque d’ordre des octets au début du fichier</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text</source>
        <translation>le fichier n’est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>JSON is nested more than %1 levels deep</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>et %n autre avertissement</numerusform>
            <numerusform>et %n autres avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::ExportBatch</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation>un fichier du même nom occupe déjà cet emplacement</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportCommand</name>
    <message>
        <source>%1: the dataset has no charts to export.</source>
        <translation>%1&#xa0;: le jeu de données n’a aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;; the charts are: %2.</source>
        <translation>Graphique inconnu «&#xa0;%1&#xa0;»&#xa0;; les graphiques sont&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportCommandOptions</name>
    <message>
        <source>Print the id of every chart, one per line, and exit.</source>
        <translation>Afficher l’identifiant de chaque graphique, un par ligne, puis quitter.</translation>
    </message>
    <message>
        <source>Save the chart given by --chart as FILE and exit; the format comes from the suffix (.png, .jpg, .jpeg, .svg, .pdf; .csv for its data).</source>
        <translation>Enregistrer le graphique indiqué par --chart dans FILE puis quitter&#xa0;; le format dépend de l’extension (.png, .jpg, .jpeg, .svg, .pdf&#xa0;; .csv pour ses données).</translation>
    </message>
    <message>
        <source>Save every chart into DIR (created if missing) and exit. With --lang all, into DIR/&lt;lang&gt;/.</source>
        <translation>Enregistrer tous les graphiques dans DIR (créé s’il n’existe pas) puis quitter. Avec --lang all, dans DIR/&lt;lang&gt;/.</translation>
    </message>
    <message>
        <source>The chart to --export (see --list-charts).</source>
        <translation>Le graphique à exporter avec --export (voir --list-charts).</translation>
    </message>
    <message>
        <source>Format for --export-all: png, jpg, svg or pdf (default png).</source>
        <translation>Format pour --export-all&#xa0;: png, jpg, svg ou pdf (png par défaut).</translation>
    </message>
    <message>
        <source>Size of exported charts in pixels, WIDTHxHEIGHT (default 1600x900).</source>
        <translation>Taille des graphiques exportés en pixels, LARGEURxHAUTEUR (1600x900 par défaut).</translation>
    </message>
    <message>
        <source>Save the factsheet (a designed page of the project, its key figures, map, timeline, charts and sources) as the PDF file FILE and exit. With --lang all, one file per language beside FILE (FILE-en.pdf…).</source>
        <translation>Enregistrer la fiche d’information (une page composée&#xa0;: le projet, ses chiffres clés, la carte, la chronologie, les graphiques et les sources) dans le fichier PDF FILE puis quitter. Avec --lang all, un fichier par langue à côté de FILE (FILE-en.pdf…).</translation>
    </message>
    <message>
        <source>Paper of the factsheet: a4 or letter (default a4).</source>
        <translation>Papier de la fiche d’information&#xa0;: a4 ou letter (a4 par défaut).</translation>
    </message>
    <message>
        <source>--paper needs --export-factsheet.</source>
        <translation>--paper nécessite --export-factsheet.</translation>
    </message>
    <message>
        <source>--%1 needs --export or --export-all.</source>
        <translation>--%1 nécessite --export ou --export-all.</translation>
    </message>
    <message>
        <source>Use only one of --list-charts, --export, --export-all and --export-factsheet.</source>
        <translation>Utilisez une seule des options --list-charts, --export, --export-all et --export-factsheet.</translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot;: use WIDTHxHEIGHT, each between %2 and %3 pixels, for example 1600x900.</source>
        <translation>Taille non valide «&#xa0;%1&#xa0;»&#xa0;: utilisez LARGEURxHAUTEUR, chacune entre %2 et %3&#xa0;pixels, par exemple 1600x900.</translation>
    </message>
    <message>
        <source>--%1 does not go with --list-charts.</source>
        <translation>--%1 ne peut pas être utilisé avec --list-charts.</translation>
    </message>
    <message>
        <source>--format is for --export-all; --export takes the format from the file&apos;s suffix.</source>
        <translation>--format s’utilise avec --export-all&#xa0;; --export déduit le format de l’extension du fichier.</translation>
    </message>
    <message>
        <source>--export needs --chart ID (see --list-charts).</source>
        <translation>--export nécessite --chart ID (voir --list-charts).</translation>
    </message>
    <message>
        <source>--size is for pictures; a .csv file holds the chart&apos;s data.</source>
        <translation>--size vaut pour les images&#xa0;; un fichier .csv contient les données du graphique.</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown file suffix; use .png, .jpg, .jpeg, .svg, .pdf or .csv.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: extension de fichier inconnue&#xa0;; utilisez .png, .jpg, .jpeg, .svg, .pdf ou .csv.</translation>
    </message>
    <message>
        <source>--chart is for --export; --export-all saves every chart.</source>
        <translation>--chart s’utilise avec --export&#xa0;; --export-all enregistre tous les graphiques.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use png, jpg, svg or pdf.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez png, jpg, svg ou pdf.</translation>
    </message>
    <message>
        <source>--%1 does not go with --export-factsheet.</source>
        <translation>--%1 ne peut pas être utilisé avec --export-factsheet.</translation>
    </message>
    <message>
        <source>Cannot save the factsheet as %1: use a .pdf file name.</source>
        <translation>Impossible d’enregistrer la fiche d’information sous %1&#xa0;: utilisez un nom de fichier en .pdf.</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation>Papier inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez a4 ou letter.</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportFactsheetCommand</name>
    <message>
        <source>factsheet-%1.pdf</source>
        <translation>fiche-%1.pdf</translation>
    </message>
    <message>
        <source>Export Factsheet</source>
        <translation>Exporter la fiche d’information</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot Export Factsheet</source>
        <translation>Impossible d’exporter la fiche d’information</translation>
    </message>
    <message>
        <source>Factsheet saved as %1</source>
        <translation>Fiche d’information enregistrée sous %1</translation>
    </message>
    <message>
        <source>Export &amp;Factsheet…</source>
        <translation>Exporter la &amp;fiche d’information…</translation>
    </message>
    <message>
        <source>Save a one-page factsheet of the project as PDF: key figures, map, timeline, charts and sources</source>
        <translation>Enregistrer en PDF une fiche d’information d’une page sur le projet&#xa0;: chiffres clés, carte, chronologie, graphiques et sources</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportOptionsDialog</name>
    <message>
        <source>Save All Charts</source>
        <translation>Enregistrer tous les graphiques</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (HD, slides)</source>
        <translation>%1 (HD, diaporamas)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 (Full HD)</source>
        <translation>%1 (Full HD)</translation>
    </message>
    <message>
        <source>%1 (4K, print)</source>
        <translation>%1 (4K, impression)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Size of the saved picture in pixels; the chart is laid out for it, so text stays readable at every size</source>
        <translation>Taille de l’image enregistrée en pixels&#xa0;; le graphique est mis en page pour elle, le texte reste donc lisible à toutes les tailles</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond t&amp;ransparent</translation>
    </message>
    <message>
        <source>Only PNG and SVG files can have a transparent background</source>
        <translation>Seuls les fichiers PNG et SVG peuvent avoir un fond transparent</translation>
    </message>
    <message>
        <source>Every &amp;language (one folder per language)</source>
        <translation>Toutes les lan&amp;gues (un dossier par langue)</translation>
    </message>
    <message>
        <source>Saves each chart in English, French and Arabic, into the sub-folders en, fr and ar</source>
        <translation>Enregistre chaque graphique en anglais, en français et en arabe, dans les sous-dossiers en, fr et ar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>sharaka::FactsheetComposer</name>
    <message>
        <source>%1: factsheet</source>
        <translation>%1&#xa0;: fiche d’information</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership not given</source>
        <translation>Adhésion non précisée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <source>Events not listed here: %n (all in the dashboard)</source>
        <translation>
            <numerusform>Événement non listé ici&#xa0;: %n (dans le tableau de bord)</numerusform>
            <numerusform>Événements non listés ici&#xa0;: %n (tous dans le tableau de bord)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>Data notes: %n, read in full in the dashboard under Help ▸ Sources and Data Notes.</source>
        <translation>
            <numerusform>Note sur les données&#xa0;: %n, à lire en entier dans le tableau de bord sous Aide ▸ Sources et notes sur les données.</numerusform>
            <numerusform>Notes sur les données&#xa0;: %n, à lire en entier dans le tableau de bord sous Aide ▸ Sources et notes sur les données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on %1 with %2</source>
        <translation>Réalisé le %1 avec %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Sharaka Dashboard %1</source>
        <translation>Tableau de bord Sharaka %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Targets and actuals over time</source>
        <translation>Cibles et valeurs réelles dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>Indicators over time not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>Indicateur dans le temps non montré ici&#xa0;: %n (tous dans le tableau de bord et ses exports de graphiques)</numerusform>
            <numerusform>Indicateurs dans le temps non montrés ici&#xa0;: %n (tous dans le tableau de bord et ses exports de graphiques)</numerusform>
        </translation>
    </message>
    <message>
        <source>Money and sectors</source>
        <translation>Financement et secteurs</translation>
    </message>
    <message numerus="yes">
        <source>Charts not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>Graphique non montré ici&#xa0;: %n (tous dans le tableau de bord et ses exports de graphiques)</numerusform>
            <numerusform>Graphiques non montrés ici&#xa0;: %n (tous dans le tableau de bord et ses exports de graphiques)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::FactsheetWriter</name>
    <message>
        <source>Cannot start the PDF drawing.</source>
        <translation>Impossible de commencer le dessin PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::HeaderPanel</name>
    <message>
        <source>Implemented by %1</source>
        <translation>Mis en œuvre par %1</translation>
    </message>
    <message>
        <source>Funded by %1</source>
        <translation>Financé par %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name (what the name means); translate as %1 alone where the name is a word of the language</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Show the first lines of the description only</source>
        <translation>N’afficher que les premières lignes de la description</translation>
    </message>
    <message>
        <source>Show the whole description</source>
        <translation>Afficher toute la description</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiActivityListModel</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>an iati-identifier that several activities of the file share: this is the second of three</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiActivityPicker</name>
    <message numerus="yes">
        <source>%n of %1 activities shown</source>
        <translation>
            <numerusform>%n activité affichée sur %1</numerusform>
            <numerusform>%n activités affichées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an Activity</source>
        <translation>Choisir une activité</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n activities. Choose the one to show.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n activité. Choisissez celle à afficher.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n activités. Choisissez celle à afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search identifier, title, dates or countries</source>
        <translation>Rechercher par identifiant, titre, dates ou pays</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Rechercher des activités</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiFileOpener</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading IATI File</source>
        <translation>Lecture du fichier IATI</translation>
    </message>
    <message>
        <source>Listing the activities of “%1”…</source>
        <translation>Liste des activités de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Reading activity “%1”…</source>
        <translation>Lecture de l’activité «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>sharaka::IndicatorModel</name>
    <message>
        <source>Lower bound (at least)</source>
        <translation>Borne inférieure (au moins)</translation>
    </message>
    <message>
        <source>Exact figure</source>
        <translation>Chiffre exact</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nature du chiffre</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% de la cible</translation>
    </message>
    <message>
        <source>Running total to the end of %1</source>
        <translation>Total cumulé jusqu’à la fin de %1</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>Dernière période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>sharaka::JsonDatasetReader</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <source>an object of texts by language code</source>
        <translation>un objet de textes par code de langue</translation>
    </message>
    <message>
        <source>is not a language code like &quot;en&quot;, ignored</source>
        <translation>n’est pas un code de langue comme «&#xa0;en&#xa0;», ignoré</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an id string, got %1</source>
        <translation>doit être une chaîne d’identifiant, et non %1</translation>
    </message>
    <message>
        <source>must be &quot;year&quot;, &quot;month&quot; or &quot;day&quot;, got &quot;%1&quot;</source>
        <translation>doit être «&#xa0;year&#xa0;», «&#xa0;month&#xa0;» ou «&#xa0;day&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a real date of the form %1 (precision %2), got &quot;%3&quot;</source>
        <translation>doit être une date valide au format %1 (précision&#xa0;: %2), et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>doit être «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2</source>
        <translation>la version %1 n’est pas prise en charge&#xa0;; ce programme lit la version %2</translation>
    </message>
    <message>
        <source>must be &quot;exact&quot; or &quot;atLeast&quot;, got &quot;%1&quot;</source>
        <translation>doit être «&#xa0;exact&#xa0;» ou «&#xa0;atLeast&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be a real date of the form YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>doit être une date valide au format AAAA-MM-JJ (précision&#xa0;: jour), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be &quot;on&quot;, &quot;notAfter&quot; or &quot;notBefore&quot;, got &quot;%1&quot;</source>
        <translation>doit être «&#xa0;on&#xa0;», «&#xa0;notAfter&#xa0;» ou «&#xa0;notBefore&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; the source is listed without a link</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https&#xa0;; la source est listée sans lien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strict web address; linked as &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web stricte&#xa0;; lien vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>must be &quot;bar&quot;, &quot;map&quot;, &quot;finance&quot;, &quot;sectors&quot; or &quot;policyMarkers&quot;, got &quot;%1&quot;</source>
        <translation>doit être «&#xa0;bar&#xa0;», «&#xa0;map&#xa0;», «&#xa0;finance&#xa0;», «&#xa0;sectors&#xa0;» ou «&#xa0;policyMarkers&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sharaka::KeyFigureTile</name>
    <message>
        <source>lower bound: at least %1</source>
        <translation>borne inférieure&#xa0;: au moins %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Enter to show its chart.</source>
        <translation>Appuyez sur Entrée pour afficher son graphique.</translation>
    </message>
</context>
<context>
    <name>sharaka::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the dashboard</source>
        <translation>Fermer le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Sources and Data Notes</source>
        <translation>&amp;Sources et notes sur les données</translation>
    </message>
    <message>
        <source>Show the publications behind the figures and where they disagree</source>
        <translation>Afficher les publications dont proviennent les chiffres et les points où elles divergent</translation>
    </message>
    <message>
        <source>&amp;About Sharaka Dashboard</source>
        <translation>À &amp;propos du tableau de bord Sharaka</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <source>Sharaka Dashboard</source>
        <translation>Tableau de bord Sharaka</translation>
    </message>
    <message>
        <source>%1 — Sharaka Dashboard</source>
        <translation>%1 — Tableau de bord Sharaka</translation>
    </message>
    <message>
        <source>About Sharaka Dashboard</source>
        <translation>À propos du tableau de bord Sharaka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>event, then its description</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the dashboard</source>
        <translation>Afficher la liste des raccourcis clavier du tableau de bord</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event, then its sources</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sharaka::MapChart</name>
    <message>
        <source>Not on the map (no shape for the code): %1</source>
        <translation>Absents de la carte (aucun tracé pour le code)&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The designations employed and the presentation of material on this map do not imply the expression of any opinion whatsoever on the part of the European Union concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries.</source>
        <translation>Les appellations employées et la présentation des données sur cette carte n’impliquent de la part de l’Union européenne aucune prise de position quant au statut juridique des pays, territoires, villes ou zones ou de leurs autorités, ni quant au tracé de leurs frontières ou limites.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Natural Earth</source>
        <translation>Réalisé avec Natural Earth</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message numerus="yes">
        <source>Dots: the activity&apos;s %n places with coordinates; a number counts the places merged into one dot.</source>
        <translation>
            <numerusform>Points&#xa0;: le lieu de l’activité doté de coordonnées&#xa0;; un nombre compte les lieux fondus en un seul point.</numerusform>
            <numerusform>Points&#xa0;: les %n lieux de l’activité dotés de coordonnées&#xa0;; un nombre compte les lieux fondus en un seul point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::PdfTextLayer</name>
    <message>
        <source>Cannot make the PDF&apos;s text searchable: %1</source>
        <translation>Impossible de rendre le texte du PDF interrogeable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not the PDF text module of this version</source>
        <translation>ce n’est pas le module de texte PDF de cette version</translation>
    </message>
</context>
<context>
    <name>sharaka::PeriodModel</name>
    <message>
        <source>Targets and actuals over time: %1</source>
        <translation>Cibles et valeurs réelles dans le temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Valeur réelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>Valeur de référence (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Valeur de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>valeur réelle %1</translation>
    </message>
    <message>
        <source>no actual reported</source>
        <translation>aucune valeur réelle communiquée</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>Comment on the actual: %1</source>
        <translation>Commentaire sur la valeur réelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment on the target: %1</source>
        <translation>Commentaire sur la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Comment on the actual</source>
        <translation>Commentaire sur la valeur réelle</translation>
    </message>
</context>
<context>
    <name>sharaka::PrintController</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Sharaka Dashboard</source>
        <translation>Tableau de bord Sharaka</translation>
    </message>
    <message>
        <source>Sharaka chart</source>
        <translation>Graphique Sharaka</translation>
    </message>
    <message>
        <source>Print Dashboard</source>
        <translation>Imprimer le tableau de bord</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Imprimer le graphique</translation>
    </message>
    <message>
        <source>Print Preview: Dashboard</source>
        <translation>Aperçu avant impression&#xa0;: tableau de bord</translation>
    </message>
    <message>
        <source>Print Preview: Chart</source>
        <translation>Aperçu avant impression&#xa0;: graphique</translation>
    </message>
    <message>
        <source>&amp;Print Dashboard…</source>
        <translation>&amp;Imprimer le tableau de bord…</translation>
    </message>
    <message>
        <source>Print the whole dashboard on one page</source>
        <translation>Imprimer tout le tableau de bord sur une page</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Show how the dashboard will look on paper</source>
        <translation>Montrer l’aspect du tableau de bord sur papier</translation>
    </message>
    <message>
        <source>Print C&amp;hart…</source>
        <translation>Imprimer le &amp;graphique…</translation>
    </message>
    <message>
        <source>Print the chart that has keyboard focus (or the first chart) on one page</source>
        <translation>Imprimer sur une page le graphique qui a le focus clavier (ou le premier graphique)</translation>
    </message>
    <message>
        <source>Chart Print Previe&amp;w…</source>
        <translation>Aperçu avant impression du gra&amp;phique…</translation>
    </message>
    <message>
        <source>Show how the chart will look on paper</source>
        <translation>Montrer l’aspect du graphique sur papier</translation>
    </message>
    <message>
        <source>There is no chart “%1” to print.</source>
        <translation>Il n’existe aucun graphique «&#xa0;%1&#xa0;» à imprimer.</translation>
    </message>
    <message>
        <source>The printer “%1” could not be opened.</source>
        <translation>Impossible d’ouvrir l’imprimante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sharaka factsheet</source>
        <translation>Fiche d’information Sharaka</translation>
    </message>
    <message>
        <source>Print Preview: Factsheet</source>
        <translation>Aperçu avant impression&#xa0;: fiche d’information</translation>
    </message>
    <message>
        <source>Print Factsheet</source>
        <translation>Imprimer la fiche d’information</translation>
    </message>
    <message>
        <source>Print Fac&amp;tsheet…</source>
        <translation>Imprimer la fic&amp;he d’information…</translation>
    </message>
    <message>
        <source>Print the factsheet: key figures, map, timeline, charts and sources on one page</source>
        <translation>Imprimer la fiche d’information&#xa0;: chiffres clés, carte, chronologie, graphiques et sources sur une page</translation>
    </message>
    <message>
        <source>Show how the factsheet will look on paper</source>
        <translation>Montrer l’aspect de la fiche d’information sur papier</translation>
    </message>
    <message>
        <source>Factsheet Print Pr&amp;eview…</source>
        <translation>Aperçu avant impressio&amp;n de la fiche…</translation>
    </message>
</context>
<context>
    <name>sharaka::ProblemsDialog</name>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>Impossible d’ouvrir le jeu de données</translation>
    </message>
    <message>
        <source>“%1” was not opened because of the problems below. The dashboard still shows the data it showed before.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été ouvert en raison des problèmes ci-dessous. Le tableau de bord affiche toujours les données précédentes.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <source>Copy every problem to the clipboard</source>
        <translation>Copier tous les problèmes dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>sharaka::SaveAllChartsCommand</name>
    <message>
        <source>Save All Charts Into Folder</source>
        <translation>Enregistrer tous les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>Saving charts…</source>
        <translation>Enregistrement des graphiques…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>Enregistrer tous les graphiques</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save All Charts</source>
        <translation>Impossible d’enregistrer tous les graphiques</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1; these could not be saved:</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1&#xa0;; les fichiers suivants n’ont pas pu être enregistrés&#xa0;:</numerusform>
            <numerusform>%n fichiers enregistrés dans %1&#xa0;; les fichiers suivants n’ont pas pu être enregistrés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) saved in %1</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier enregistré dans %1</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;All Charts…</source>
        <translation>&amp;Enregistrer tous les graphiques…</translation>
    </message>
    <message>
        <source>Save every chart into one folder as PNG, JPEG, SVG or PDF, optionally in every language</source>
        <translation>Enregistrer tous les graphiques dans un dossier au format PNG, JPEG, SVG ou PDF, éventuellement dans toutes les langues</translation>
    </message>
</context>
<context>
    <name>sharaka::ShareModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Policy marker</source>
        <translation>Marqueur de politique</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Share of the activity</source>
        <translation>Part de l’activité</translation>
    </message>
</context>
<context>
    <name>sharaka::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Élément suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Previous or next event on the timeline</source>
        <translation>Événement précédent ou suivant de la chronologie</translation>
    </message>
    <message>
        <source>First or last event on the timeline</source>
        <translation>Premier ou dernier événement de la chronologie</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Début, Fin</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <comment>keys for the previous, then the next event; in a right-to-left language Right goes back: Right, Left</comment>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <comment>a language whose menus have no mnemonics (Arabic) says: Alt, then the arrow keys</comment>
        <translation>Alt + lettre soulignée</translation>
    </message>
</context>
<context>
    <name>sharaka::SourcesPanel</name>
    <message>
        <source>date not given</source>
        <translation>date non précisée</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data notes in this dataset.</source>
        <translation>Ce jeu de données ne contient aucune note sur les données.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>Notes sur les données</translation>
    </message>
    <message>
        <source>Publications behind every figure and date</source>
        <translation>Publications d’où proviennent tous les chiffres et toutes les dates</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Points sur lesquels les sources divergent</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>language not given</source>
        <translation>langue non précisée</translation>
    </message>
    <message>
        <source>Sources and data notes</source>
        <translation>Sources et notes sur les données</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Organisations participantes</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>type non précisé</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Related activities</source>
        <translation>Activités liées</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Organisations taking part in the activity, and related activities</source>
        <translation>Organisations qui participent à l’activité, et activités liées</translation>
    </message>
</context>
<context>
    <name>sharaka::TimelineWidget</name>
    <message>
        <source>Only the year is known.</source>
        <translation>Seule l’année est connue.</translation>
    </message>
    <message>
        <source>Only the month is known.</source>
        <translation>Seul le mois est connu.</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>Aucun événement daté</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Project timeline, event %1 of %2. The left and right arrow keys, Home and End move between events.</source>
        <translation>Chronologie du projet, événement %1 sur %2. Les touches fléchées gauche et droite, Début et Fin permettent de passer d’un événement à l’autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n events here without room for a label:</source>
        <translation>
            <numerusform>%n événement dont l’étiquette ne tient pas ici&#xa0;:</numerusform>
            <numerusform>%n événements dont l’étiquette ne tient pas ici&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to step through them; the arrow keys move through every event.</source>
        <translation>Cliquez pour les parcourir un par un&#xa0;; les touches fléchées parcourent tous les événements.</translation>
    </message>
    <message>
        <source>Partner countries, no date of change given by the sources: %1</source>
        <translation>Pays partenaires (date du changement non précisée par les sources)&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between membership groups</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
</TS>
