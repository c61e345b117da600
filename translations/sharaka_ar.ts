<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommandLine</name>
    <message>
        <source>Timeline, partner countries and outcome indicators of INTERPOL&apos;s Sharaka project.</source>
        <translation>الخط الزمني والبلدان الشريكة ومؤشرات النتائج لمشروع شراكة الذي ينفّذه الإنتربول.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or ar.</source>
        <translation>لغة الواجهة: en أو fr أو ar.</translation>
    </message>
    <message>
        <source>Open the dataset FILE instead of the embedded Sharaka data.</source>
        <translation>فتح مجموعة البيانات FILE بدلاً من بيانات شراكة المدمجة في البرنامج.</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has painted (for tests and benchmarks).</source>
        <translation>الخروج فور رسم النافذة الرئيسية (للاختبارات وقياس الأداء).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>وسيط غير متوقع: %1
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or ar.
</source>
        <translation>لغة غير معروفة «%1»: استخدم en أو fr أو ar.
</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
</context>
<context>
    <name>sharaka::CountryPanel</name>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>لا بلدان</numerusform>
            <numerusform>بلد واحد</numerusform>
            <numerusform>بلدان اثنان</numerusform>
            <numerusform>%n بلدان</numerusform>
            <numerusform>%n بلداً</numerusform>
            <numerusform>%n بلد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل بلد واحد</numerusform>
            <numerusform>المعروض %1 من أصل بلدين</numerusform>
            <numerusform>المعروض %1 من أصل %n بلدان</numerusform>
            <numerusform>المعروض %1 من أصل %n بلداً</numerusform>
            <numerusform>المعروض %1 من أصل %n بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, code or phase</source>
        <translation>التصفية حسب الاسم أو الرمز أو المرحلة</translation>
    </message>
    <message>
        <source>Type part of a country name, an ISO code or a phase to narrow the list</source>
        <translation>اكتب جزءاً من اسم بلد أو رمز ISO أو مرحلة لتضييق القائمة</translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation>انقر عنوان عمود للترتيب</translation>
    </message>
</context>
<context>
    <name>sharaka::CountryTableModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>الانضمام</translation>
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
        <translation>ينفّذه %1</translation>
    </message>
    <message>
        <source>Funded by %1</source>
        <translation>يموّله %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>sharaka::IndicatorChart</name>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>Exact figure</source>
        <translation>رقم دقيق</translation>
    </message>
    <message>
        <source>Lower bound (at least)</source>
        <translation>حدّ أدنى (على الأقل)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Close the dashboard</source>
        <translation>إغلاق لوحة المتابعة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Sources and Data Notes</source>
        <translation>المصادر و&amp;ملاحظات البيانات</translation>
    </message>
    <message>
        <source>Show the publications behind the figures and where they disagree</source>
        <translation>عرض المنشورات التي تستند إليها الأرقام ومواضع اختلافها</translation>
    </message>
    <message>
        <source>&amp;About Sharaka Dashboard</source>
        <translation>&amp;حول لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>البلدان الشريكة</translation>
    </message>
    <message>
        <source>Outcome indicators (totals for the whole project)</source>
        <translation>مؤشرات النتائج (المجاميع للمشروع بأكمله)</translation>
    </message>
    <message>
        <source>Sharaka Dashboard</source>
        <translation>لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>%1 — Sharaka Dashboard</source>
        <translation>%1 — لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>About Sharaka Dashboard</source>
        <translation>حول لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sharaka Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Timeline, partner countries and outcome indicators of Sharaka, INTERPOL&apos;s EU-funded counter-terrorism project in the Middle East and North Africa (2017 to 31 January 2023).&lt;/p&gt;&lt;p&gt;Every figure comes from the sources listed under Help ▸ Sources and Data Notes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;لوحة متابعة شراكة&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;الخط الزمني والبلدان الشريكة ومؤشرات النتائج لمشروع شراكة، وهو مشروع إقليمي لمكافحة الإرهاب في الشرق الأوسط وشمال أفريقيا نفّذه الإنتربول بتمويل من الاتحاد الأوروبي (من 2017 إلى 31 يناير 2023).&lt;/p&gt;&lt;p&gt;كل رقم مأخوذ من المصادر المدرجة في قائمة مساعدة ◂ المصادر وملاحظات البيانات.&lt;/p&gt;&lt;p&gt;مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق. بُني باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>event, then its description</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::SourcesPanel</name>
    <message>
        <source>date not given</source>
        <translation>التاريخ غير مذكور</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>No data notes in this dataset.</source>
        <translation>لا تتضمن مجموعة البيانات هذه أي ملاحظات.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>ملاحظات البيانات</translation>
    </message>
    <message>
        <source>Publications behind every figure and date</source>
        <translation>المنشورات التي يستند إليها كل رقم وتاريخ</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>المواضع التي تختلف فيها المصادر</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
</context>
<context>
    <name>sharaka::TimelineWidget</name>
    <message>
        <source>Only the year is known.</source>
        <translation>السنة وحدها معروفة.</translation>
    </message>
    <message>
        <source>Only the month is known.</source>
        <translation>الشهر وحده معروف.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>لا توجد أحداث مؤرّخة</translation>
    </message>
</context>
</TS>
