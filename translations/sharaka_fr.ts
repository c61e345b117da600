<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>Timeline, partner countries and outcome indicators of INTERPOL&apos;s Sharaka project.</source>
        <translation>Chronologie, pays partenaires et indicateurs de résultats du projet Sharaka d’INTERPOL.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or ar.</source>
        <translation>Langue de l’interface&#xa0;: en, fr ou ar.</translation>
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
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or ar.
</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en, fr ou ar.
</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
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
    <name>sharaka::HeaderPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
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
</context>
<context>
    <name>sharaka::IndicatorChart</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exact figure</source>
        <translation>Chiffre exact</translation>
    </message>
    <message>
        <source>Lower bound (at least)</source>
        <translation>Valeur minimale (au moins)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <source>Outcome indicators (totals for the whole project)</source>
        <translation>Indicateurs de résultats (totaux pour l’ensemble du projet)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Sharaka Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Timeline, partner countries and outcome indicators of Sharaka, INTERPOL&apos;s EU-funded counter-terrorism project in the Middle East and North Africa (2017 to 31 January 2023).&lt;/p&gt;&lt;p&gt;Every figure comes from the sources listed under Help ▸ Sources and Data Notes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tableau de bord Sharaka&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Chronologie, pays partenaires et indicateurs de résultats de Sharaka, projet de lutte contre le terrorisme mené par INTERPOL au Moyen-Orient et en Afrique du Nord avec un financement de l’Union européenne (de 2017 au 31&#xa0;janvier 2023).&lt;/p&gt;&lt;p&gt;Chaque chiffre provient des sources indiquées sous Aide ▸ Sources et notes sur les données.&lt;/p&gt;&lt;p&gt;Distribué sous licence publique générale GNU, version&#xa0;3 ou ultérieure. Réalisé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>event, then its description</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::SourcesPanel</name>
    <message>
        <source>date not given</source>
        <translation>date non indiquée</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>No data notes in this dataset.</source>
        <translation>Ce jeu de données ne contient aucune note.</translation>
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
        <translation>Publications dont proviennent chaque chiffre et chaque date</translation>
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
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>Aucun événement daté</translation>
    </message>
</context>
</TS>
