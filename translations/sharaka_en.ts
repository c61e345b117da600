<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DatasetReader</name>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>and %n more problem</numerusform>
            <numerusform>and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message numerus="yes">
        <source>must be the index of one of the %n periods (from 0), got %1</source>
        <translation>
            <numerusform>must be the index of the one period (0), got %1</numerusform>
            <numerusform>must be the index of one of the %n periods (from 0), got %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiActivityDetailsMapper</name>
    <message numerus="yes">
        <source>%n budgets, transactions, sectors or locations past the first %1 of their kind were not read</source>
        <translation>
            <numerusform>%n budget, transaction, sector or location past the first %1 of its kind was not read</numerusform>
            <numerusform>%n budgets, transactions, sectors or locations past the first %1 of their kind were not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n transactions of type %1 in %2 add up to %3, below zero: IATI gives money paid or received as positive amounts and corrections as negative ones; shown as published</source>
        <translation>
            <numerusform>the transaction of type %1 in %2 comes to %3, below zero: IATI gives money paid or received as positive amounts and corrections as negative ones; shown as published</numerusform>
            <numerusform>the %n transactions of type %1 in %2 add up to %3, below zero: IATI gives money paid or received as positive amounts and corrections as negative ones; shown as published</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiDatasetMapper</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiImport</name>
    <message numerus="yes">
        <source>the file holds %n activities; choose one by its iati-identifier</source>
        <translation>
            <numerusform>the file holds %n activity; choose it by its iati-identifier</numerusform>
            <numerusform>the file holds %n activities; choose one by its iati-identifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no activity %1: the file holds %n activities</source>
        <translation>
            <numerusform>there is no activity %1: the file holds %n activity</numerusform>
            <numerusform>there is no activity %1: the file holds %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiMappingLog</name>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>and %n more warning</numerusform>
            <numerusform>and %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiWords</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::CountryPanel</name>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::DatasetLoader</name>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>and %n more problem</numerusform>
            <numerusform>and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>and %n more warning</numerusform>
            <numerusform>and %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::FactsheetComposer</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events not listed here: %n (all in the dashboard)</source>
        <translation>
            <numerusform>Events not listed here: %n (all in the dashboard)</numerusform>
            <numerusform>Events not listed here: %n (all in the dashboard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charts not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>Charts not shown here: %n (all in the dashboard and its chart exports)</numerusform>
            <numerusform>Charts not shown here: %n (all in the dashboard and its chart exports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicators over time not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>Indicators over time not shown here: %n (all in the dashboard and its chart exports)</numerusform>
            <numerusform>Indicators over time not shown here: %n (all in the dashboard and its chart exports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data notes: %n, read in full in the dashboard under Help ▸ Sources and Data Notes.</source>
        <translation>
            <numerusform>Data notes: %n, read in full in the dashboard under Help ▸ Sources and Data Notes.</numerusform>
            <numerusform>Data notes: %n, read in full in the dashboard under Help ▸ Sources and Data Notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::IatiActivityPicker</name>
    <message numerus="yes">
        <source>%n of %1 activities shown</source>
        <translation>
            <numerusform>%n of %1 activities shown</numerusform>
            <numerusform>%n of %1 activities shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n activities. Choose the one to show.</source>
        <translation>
            <numerusform>“%1” holds %n activity.</numerusform>
            <numerusform>“%1” holds %n activities. Choose the one to show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::MapChart</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dots: the activity&apos;s %n places with coordinates; a number counts the places merged into one dot.</source>
        <translation>
            <numerusform>Dot: the activity&apos;s one place with coordinates.</numerusform>
            <numerusform>Dots: the activity&apos;s %n places with coordinates; a number counts the places merged into one dot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::SaveAllChartsCommand</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1; these could not be saved:</source>
        <translation>
            <numerusform>%n file saved in %1; these could not be saved:</numerusform>
            <numerusform>%n files saved in %1; these could not be saved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) saved in %1</source>
        <translation>
            <numerusform>Cancelled: %n file saved in %1</numerusform>
            <numerusform>Cancelled: %n files saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file saved in %1</numerusform>
            <numerusform>%n files saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::TimelineWidget</name>
    <message numerus="yes">
        <source>%n events here without room for a label:</source>
        <translation>
            <numerusform>%n event here without room for a label:</numerusform>
            <numerusform>%n events here without room for a label:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
