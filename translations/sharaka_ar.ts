<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActivityFigures</name>
    <message>
        <source>share not given</source>
        <translation>الحصة غير محددة</translation>
    </message>
    <message>
        <source>significance not given</source>
        <translation>الأهمية غير محددة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <source>Committed: %1 · Spent: %2 (%3 of committed)</source>
        <translation>الملتزم به: %1 · المنفَق: %2 (%3 من الملتزم به)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>النفقات</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>ملايين ⁨%1⁩</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>المبلغ بعملة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Significance (0 to 4)</source>
        <translation>الأهمية (من 0 إلى 4)</translation>
    </message>
    <message>
        <source>Share of the activity (%)</source>
        <translation>حصة النشاط (%)</translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation>المدفوعات المقررة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>الملتزم به</translation>
    </message>
    <message>
        <source>Spent (disbursements and expenditure)</source>
        <translation>المنفَق (المدفوعات والنفقات)</translation>
    </message>
    <message>
        <source>%1 of committed</source>
        <translation>%1 من الملتزم به</translation>
    </message>
    <message>
        <source>not targeted</source>
        <translation>غير مستهدف</translation>
    </message>
    <message>
        <source>significant objective</source>
        <translation>هدف مهم</translation>
    </message>
    <message>
        <source>principal objective</source>
        <translation>هدف رئيسي</translation>
    </message>
    <message>
        <source>principal objective and in support of an action programme</source>
        <translation>هدف رئيسي ودعم لبرنامج عمل</translation>
    </message>
    <message>
        <source>explicit primary objective</source>
        <translation>هدف أساسي صريح</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: --to names the file being converted (%2); write the conversion to another file.</source>
        <translation>%1: الخيار ‎--to يشير إلى الملف الجاري تحويله، وهو %2؛ اكتب ناتج التحويل في ملف آخر.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set); --check, --list-charts, --export and --export-all work without one.</source>
        <translation>تعذّر فتح النافذة: لا توجد شاشة (المتغيران DISPLAY و WAYLAND_DISPLAY غير معرَّفين)؛ تعمل الخيارات ‎--check و‎--list-charts و‎--export و‎--export-all من دون شاشة.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the chart ids of a list; Arabic: an Arabic comma and a left-to-right mark, so the Latin ids read as one run</comment>
        <translation>،‎ </translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is not valid in the system&apos;s encoding for file names (UTF-8); rename the file.</source>
        <translation>الوسيط «%1» غير صالح في ترميز أسماء الملفات في النظام، وهو UTF-8؛ أعد تسمية الملف.</translation>
    </message>
    <message>
        <source>Cannot open the window: no display could be opened (DISPLAY &quot;%1&quot;, WAYLAND_DISPLAY &quot;%2&quot;); --check, --list-charts, --export and --export-all work without one.</source>
        <translation>تعذّر فتح النافذة: تعذّر الاتصال بأي شاشة، فقيمة DISPLAY هي «%1» وقيمة WAYLAND_DISPLAY هي «%2»؛ تعمل الخيارات ‎--check و‎--list-charts و‎--export و‎--export-all من دون شاشة.</translation>
    </message>
    <message>
        <source>Cannot open the window: no display could be opened; --check, --list-charts, --export and --export-all work without one.</source>
        <translation>تعذّر فتح النافذة: تعذّر الاتصال بأي شاشة؛ تعمل الخيارات ‎--check و‎--list-charts و‎--export و‎--export-all من دون شاشة.</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>ولا مشكلات أخرى</numerusform>
            <numerusform>ومشكلة أخرى واحدة</numerusform>
            <numerusform>ومشكلتان أخريان</numerusform>
            <numerusform>و%n مشكلات أخرى</numerusform>
            <numerusform>و%n مشكلةً أخرى</numerusform>
            <numerusform>و%n مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>is not an IATI activity file, so it holds no activities to choose from</source>
        <translation>ليس ملف أنشطة IATI، فلا يضم أنشطة للاختيار منها</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>حقل مطلوب غير موجود</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2 characters</source>
        <translation>عدد أحرفه %1، والحد الأقصى %2</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and hyphens (at most 64), got &quot;%1&quot;</source>
        <translation>يجب أن يتكون من أحرف لاتينية صغيرة وأرقام وشرطات (64 على الأكثر)، لا «%1»</translation>
    </message>
    <message>
        <source>must have an English text (&quot;en&quot;), the fallback for every language</source>
        <translation>يجب أن يتضمن نصًا بالإنجليزية («en»‎)، وهو البديل لكل لغة</translation>
    </message>
    <message>
        <source>must list at least one id</source>
        <translation>يجب أن يتضمن معرِّفًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>refers to unknown source id &quot;%1&quot;</source>
        <translation>يشير إلى معرِّف مصدر غير معروف «%1»</translation>
    </message>
    <message>
        <source>ends (%1) before the project starts (%2)</source>
        <translation>ينتهي (%1) قبل بداية المشروع (%2)</translation>
    </message>
    <message>
        <source>must be an http or https address, got &quot;%1&quot;</source>
        <translation>يجب أن يكون عنوان http أو https، لا «%1»</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>معرِّف مصدر مكرر «%1»</translation>
    </message>
    <message>
        <source>must list at least one source</source>
        <translation>يجب أن يتضمن مصدرًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>duplicate phase id &quot;%1&quot;</source>
        <translation>معرِّف مرحلة مكرر «%1»</translation>
    </message>
    <message>
        <source>must be at most %1 characters, got &quot;%2&quot;</source>
        <translation>يجب ألا يتجاوز %1 أحرف، لا «%2»</translation>
    </message>
    <message>
        <source>duplicate footnote id &quot;%1&quot;</source>
        <translation>معرِّف حاشية مكرر «%1»</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-2 code (two capital letters), got &quot;%1&quot;</source>
        <translation>يجب أن يكون رمز ISO 3166-1 alpha-2‎ (حرفان لاتينيان كبيران)، لا «%1»</translation>
    </message>
    <message>
        <source>duplicate country code &quot;%1&quot;</source>
        <translation>رمز بلد مكرر «%1»</translation>
    </message>
    <message>
        <source>refers to unknown phase id &quot;%1&quot;</source>
        <translation>يشير إلى معرِّف مرحلة غير معروف «%1»</translation>
    </message>
    <message>
        <source>refers to unknown footnote id &quot;%1&quot;</source>
        <translation>يشير إلى معرِّف حاشية غير معروف «%1»</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, got %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى %1، لا %2</translation>
    </message>
    <message>
        <source>duplicate indicator id &quot;%1&quot;</source>
        <translation>معرِّف مؤشر مكرر «%1»</translation>
    </message>
    <message>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation>معرِّف مخطط مكرر «%1»</translation>
    </message>
    <message>
        <source>refers to unknown indicator id &quot;%1&quot;</source>
        <translation>يشير إلى معرِّف مؤشر غير معروف «%1»</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>ينتهي (%1) قبل أن يبدأ (%2)</translation>
    </message>
    <message>
        <source>duplicate milestone id &quot;%1&quot;</source>
        <translation>معرِّف حدث مكرر «%1»</translation>
    </message>
    <message>
        <source>duplicate note id &quot;%1&quot;</source>
        <translation>معرِّف ملاحظة مكرر «%1»</translation>
    </message>
    <message>
        <source>must be a number from -%1 to %1, got %2</source>
        <translation>يجب أن يكون عددًا من -%1 إلى %1، لا %2</translation>
    </message>
    <message>
        <source>is not allowed together with a &quot;bound&quot;</source>
        <translation>غير مسموح به مع «bound»</translation>
    </message>
    <message>
        <source>has %1 charts; the limit is %2 charts</source>
        <translation>يضم %1 مخططًا؛ والحد الأقصى %2 مخطط</translation>
    </message>
    <message>
        <source>lists %1 indicators; the limit is %2 indicators</source>
        <translation>يضم %1 مؤشرًا؛ والحد الأقصى %2 مؤشر</translation>
    </message>
    <message numerus="yes">
        <source>must be the index of one of the %n periods (from 0), got %1</source>
        <translation>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
            <numerusform>يجب أن يكون رقم إحدى الفترات وعددها %n (بدءًا من 0)، والمعطى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a currency of the finance amounts, got &quot;%1&quot;</source>
        <translation>يجب أن تكون عملةً من عملات مبالغ finance، لا «%1»</translation>
    </message>
    <message>
        <source>is &quot;sectors&quot;, but the dataset has no sectors</source>
        <translation>قيمته «sectors»، لكن مجموعة البيانات بلا قطاعات</translation>
    </message>
    <message>
        <source>is &quot;policyMarkers&quot;, but the dataset has no policy markers</source>
        <translation>قيمته «policyMarkers»، لكن مجموعة البيانات بلا مؤشرات سياسات</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100, got %1</source>
        <translation>يجب أن تكون نسبةً مئوية من 0 إلى 100، لا %1</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code like &quot;EUR&quot;, got &quot;%1&quot;</source>
        <translation>يجب أن يكون رمز ISO 4217 من ثلاثة أحرف مثل «EUR»، لا «%1»</translation>
    </message>
    <message>
        <source>must have both a latitude and a longitude, or neither</source>
        <translation>يجب أن يكون له خط عرض وخط طول معًا، أو لا شيء منهما</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>مجلد، وليس ملف مجموعة بيانات</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); only regular files are read</source>
        <translation>ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)؛ لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>رابط رمزي إلى ملف غير موجود</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); only regular files are written</source>
        <translation>ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)؛ لا يُكتب إلا في الملفات العادية</translation>
    </message>
    <message>
        <source>is the dataset file being read; it is never replaced, choose another file</source>
        <translation>هو ملف مجموعة البيانات قيد القراءة؛ لا يُستبدل أبدًا، فاختر ملفًا آخر</translation>
    </message>
</context>
<context>
    <name>IatiActivityDetailsMapper</name>
    <message numerus="yes">
        <source>%n budgets, transactions, sectors or locations past the first %1 of their kind were not read</source>
        <translation>
            <numerusform>لم يُقرأ أي بند بعد أول %1 من نوعه</numerusform>
            <numerusform>لم يُقرأ بند واحد (ميزانية أو معاملة أو قطاع أو موقع) بعد أول %1 من نوعه</numerusform>
            <numerusform>لم يُقرأ بندان (ميزانية أو معاملة أو قطاع أو موقع) بعد أول %1 من نوعهما</numerusform>
            <numerusform>لم تُقرأ %n بنود (ميزانيات أو معاملات أو قطاعات أو مواقع) بعد أول %1 من نوعها</numerusform>
            <numerusform>لم يُقرأ %n بندًا (ميزانيات أو معاملات أو قطاعات أو مواقع) بعد أول %1 من نوعها</numerusform>
            <numerusform>لم يُقرأ %n بند (ميزانيات أو معاملات أو قطاعات أو مواقع) بعد أول %1 من نوعها</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status, ignored</source>
        <translation>«%1» ليست حالة معروفة، فتم تجاهلها</translation>
    </message>
    <message>
        <source>no amount, ignored</source>
        <translation>بلا مبلغ، فتم تجاهله</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, ignored</source>
        <translation>«%1» ليس عددًا، فتم تجاهله</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code, ignored</source>
        <translation>«%1» ليس رمز ISO 4217، فتم تجاهله</translation>
    </message>
    <message>
        <source>%1 has no currency and the activity no default-currency, ignored</source>
        <translation>‏%1 بلا عملة، وليس للنشاط default-currency، فتم تجاهله</translation>
    </message>
    <message>
        <source>%1 is beyond any published amount, ignored</source>
        <translation>‏%1 يتجاوز أي مبلغ منشور، فتم تجاهله</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known transaction type, transaction ignored</source>
        <translation>«%1» ليس نوع معاملة معروفًا، فتم تجاهل المعاملة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 to 4, the marker is shown without it</source>
        <translation>«%1» ليست من 0 إلى 4، فيُعرض المؤشر بدونها</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is not a latitude and longitude, not drawn on the map</source>
        <translation>«%1 %2» ليس خط عرض وخط طول، فلا يُرسم على الخريطة</translation>
    </message>
    <message numerus="yes">
        <source>the %n transactions of type %1 in %2 add up to %3, below zero: IATI gives money paid or received as positive amounts and corrections as negative ones; shown as published</source>
        <translation>
            <numerusform>لا معاملات من النوع %1 بعملة %2، والمجموع %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرض كما نُشر</numerusform>
            <numerusform>المعاملة من النوع %1 بعملة %2 قيمتها %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرضت كما نُشرت</numerusform>
            <numerusform>المعاملتان من النوع %1 بعملة %2 مجموعهما %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرضتا كما نُشرتا</numerusform>
            <numerusform>المعاملات الـ%n من النوع %1 بعملة %2 مجموعها %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرضت كما نُشرت</numerusform>
            <numerusform>المعاملات الـ%n من النوع %1 بعملة %2 مجموعها %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرضت كما نُشرت</numerusform>
            <numerusform>المعاملات الـ%n من النوع %1 بعملة %2 مجموعها %3، أي دون الصفر: يسجّل معيار IATI الأموال المدفوعة أو المقبوضة بمبالغ موجبة والتصحيحات بمبالغ سالبة؛ عُرضت كما نُشرت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiDatasetMapper</name>
    <message>
        <source>a document without a title; its address stands as the title</source>
        <translation>مستند بلا عنوان؛ يحلّ رابطه محلّ العنوان</translation>
    </message>
    <message>
        <source>a document without a title or address; listed as &quot;not given&quot;</source>
        <translation>مستند بلا عنوان ولا رابط؛ أُدرج بوصفه «غير محدد»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; the document is listed without a link</source>
        <translation>«%1» ليس عنوان http أو https؛ أُدرج المستند دون رابط</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strict web address; linked as &quot;%2&quot;</source>
        <translation>«%1» ليس عنوان ويب صارمًا؛ الرابط هو «%2»</translation>
    </message>
    <message>
        <source>an organisation without a name; its ref &quot;%1&quot; stands in</source>
        <translation>منظمة بلا اسم؛ يحلّ مرجعها «%1» محلّه</translation>
    </message>
    <message>
        <source>an organisation without a name or ref; shown as &quot;not given&quot;</source>
        <translation>منظمة بلا اسم ولا مرجع؛ تظهر بوصفها «غير محدد»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 code, ignored</source>
        <translation>«%1» ليس رمزًا من ISO 3166-1 alpha-2، فتم تجاهله</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ولا شيء آخر</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown by the dashboard, ignored: %1</source>
        <translation>لا تعرضه لوحة المعلومات، فتم تجاهله: %1</translation>
    </message>
</context>
<context>
    <name>IatiImport</name>
    <message>
        <source>the file holds no iati-activity</source>
        <translation>لا يضم الملف أي عنصر iati-activity</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n activities; choose one by its iati-identifier</source>
        <translation>
            <numerusform>لا يضم الملف أي نشاط؛ اختر نشاطًا بمعرّفه iati-identifier</numerusform>
            <numerusform>يضم الملف نشاطًا واحدًا؛ اختره بمعرّفه iati-identifier</numerusform>
            <numerusform>يضم الملف نشاطين؛ اختر أحدهما بمعرّفه iati-identifier</numerusform>
            <numerusform>يضم الملف %n أنشطة؛ اختر أحدها بمعرّفه iati-identifier</numerusform>
            <numerusform>يضم الملف %n نشاطًا؛ اختر أحدها بمعرّفه iati-identifier</numerusform>
            <numerusform>يضم الملف %n نشاط؛ اختر أحدها بمعرّفه iati-identifier</numerusform>
        </translation>
    </message>
    <message>
        <source>no activity with iati-identifier &quot;%1&quot;</source>
        <translation>لا يوجد نشاط بالمعرّف iati-identifier «%1‎»</translation>
    </message>
    <message>
        <source>document type declarations (DTDs) are refused</source>
        <translation>إعلانات نوع المستند (DTD) مرفوضة</translation>
    </message>
    <message>
        <source>entity reference &quot;&amp;%1;&quot; is refused</source>
        <translation>مرجع الكيان «‎&amp;%1;‎» مرفوض</translation>
    </message>
    <message>
        <source>no root element: the file is empty</source>
        <translation>لا يوجد عنصر جذر: الملف فارغ</translation>
    </message>
    <message>
        <source>not an IATI activity file: the root element is &lt;%1&gt;, not &lt;iati-activities&gt;</source>
        <translation>ليس ملف أنشطة IATI: العنصر الجذر هو &lt;%1&gt;‎ وليس &lt;iati-activities&gt;‎</translation>
    </message>
    <message>
        <source>IATI version &quot;%1&quot; is not 2.01, 2.02 or 2.03; read with the 2.03 rules and the older code names</source>
        <translation>إصدار IATI «%1‎» ليس 2.01 ولا 2.02 ولا 2.03؛ قُرئ بقواعد 2.03 وأسماء الرموز القديمة</translation>
    </message>
    <message>
        <source>reading cancelled</source>
        <translation>أُلغيت القراءة</translation>
    </message>
    <message>
        <source>activity &quot;%1&quot;</source>
        <translation>النشاط «%1‎»</translation>
    </message>
    <message>
        <source>the file holds %1 activities; only the first %2 are listed (choose another by its iati-identifier)</source>
        <translation>يضم الملف %1 نشاطًا؛ لا تُسرد إلا أول %2 منها (اختر غيرها بمعرّفه iati-identifier)</translation>
    </message>
    <message>
        <source>%1 activities have iati-identifier &quot;%2&quot; (at positions %3); choose one with --activity-index</source>
        <translation>عدد الأنشطة التي تحمل المعرّف iati-identifier «%2‎»: %1 (في المواضع %3)؛ اختر أحدها باستخدام ‎--activity-index</translation>
    </message>
    <message numerus="yes">
        <source>there is no activity %1: the file holds %n activities</source>
        <translation>
            <numerusform>لا يوجد نشاط رقم %1: لا يضم الملف أي نشاط</numerusform>
            <numerusform>لا يوجد نشاط رقم %1: يضم الملف نشاطًا واحدًا</numerusform>
            <numerusform>لا يوجد نشاط رقم %1: يضم الملف نشاطين</numerusform>
            <numerusform>لا يوجد نشاط رقم %1: يضم الملف %n أنشطة</numerusform>
            <numerusform>لا يوجد نشاط رقم %1: يضم الملف %n نشاطًا</numerusform>
            <numerusform>لا يوجد نشاط رقم %1: يضم الملف %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>activity %1 has iati-identifier &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>النشاط رقم %1 يحمل المعرّف iati-identifier «%2‎» لا «%3‎»</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes (%2 MiB), the limit for IATI activity files</source>
        <translation>حجم الملف يتجاوز %1 بايت (%2 MiB)، وهو الحد الأقصى لملفات أنشطة IATI</translation>
    </message>
    <message>
        <source>a single text, comment or tag is longer than %1 MiB; no published activity has one, so the file is refused</source>
        <translation>نص أو تعليق أو وسم واحد أطول من %1 MiB؛ لا يوجد مثله في أي نشاط منشور، لذا رُفض الملف</translation>
    </message>
</context>
<context>
    <name>IatiMappingContext</name>
    <message>
        <source>the text is %1 characters long; shown cut to %2 characters</source>
        <translation>يبلغ طول النص %1 حرفًا؛ يُعرض مقطوعًا عند %2 حرفًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as %2 (commas taken as thousands separators)</source>
        <translation>«%1» قُرئ %2 (الفواصل فواصلُ آلاف)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, ignored</source>
        <translation>«%1» ليس عددًا، فتم تجاهله</translation>
    </message>
</context>
<context>
    <name>IatiMappingLog</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>ولا تحذيرات أخرى</numerusform>
            <numerusform>وتحذير آخر واحد</numerusform>
            <numerusform>وتحذيران آخران</numerusform>
            <numerusform>و%n تحذيرات أخرى</numerusform>
            <numerusform>و%n تحذيرًا آخر</numerusform>
            <numerusform>و%n تحذير آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiResultsMapper</name>
    <message>
        <source>actual %1 (period %2 to %3) is drawn rounded to %4</source>
        <translation>القيمة الفعلية %1 (الفترة من %2 إلى %3) مرسومة مقرّبة إلى %4</translation>
    </message>
    <message>
        <source>%1 is beyond the figures the dashboard holds (±10¹²), ignored</source>
        <translation>%1 يتجاوز الأرقام التي تقبلها لوحة المعلومات (±10¹²)، فتم تجاهله</translation>
    </message>
    <message>
        <source>given only by %1: the parts of a percentage do not add up to the whole, so none is shown</source>
        <translation>لم يُعطَ إلا حسب %1: أجزاء النسبة المئوية لا تُجمع في كلٍّ واحد، فلا يُعرض شيء</translation>
    </message>
    <message>
        <source>the whole is the sum of the parts by %1; the parts by %2 are another split of the same whole, not added</source>
        <translation>الكل هو مجموع الأجزاء حسب %1؛ والأجزاء حسب %2 تقسيم آخر للكل نفسه، فلم تُجمع</translation>
    </message>
    <message>
        <source>a period without a start or end date (period-start, period-end), left out</source>
        <translation>فترة بلا تاريخ بداية ولا نهاية (period-start، period-end)، فتُركت</translation>
    </message>
</context>
<context>
    <name>IatiTimelineMapper</name>
    <message>
        <source>no date at all (activity-date, budget, transaction or result period): the dashboard needs at least one</source>
        <translation>لا تاريخ على الإطلاق (activity-date أو budget أو transaction أو فترة نتيجة): تحتاج لوحة المعلومات إلى تاريخ واحد على الأقل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity-date type (1 to 4, or start-planned, start-actual, end-planned, end-actual), ignored</source>
        <translation>«%1» ليس نوعًا من أنواع activity-date (من 1 إلى 4، أو start-planned وstart-actual وend-planned وend-actual)، فتم تجاهله</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD, ignored</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD، فتم تجاهله</translation>
    </message>
    <message>
        <source>a second date of type %1, ignored</source>
        <translation>تاريخ ثانٍ من النوع %1، فتم تجاهله</translation>
    </message>
    <message>
        <source>no start date (activity-date type 1 or 2); the project span starts on %1, the earliest date the activity gives</source>
        <translation>لا تاريخ بداية (activity-date من النوع 1 أو 2)؛ تبدأ مدة المشروع في %1، أقدم تاريخ يذكره النشاط</translation>
    </message>
</context>
<context>
    <name>IatiWords</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>IATI activity %1</source>
        <translation>نشاط IATI ‎%1</translation>
    </message>
    <message>
        <source>Share of the activity by recipient country: %1.</source>
        <translation>حصة النشاط حسب البلد المستفيد: %1.</translation>
    </message>
    <message>
        <source>region %1 (vocabulary %2)</source>
        <translation>المنطقة ‎%1‎ (المفردات ‎%2‎)</translation>
    </message>
    <message>
        <source>Recipient regions: %1.</source>
        <translation>المناطق المستفيدة: %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>النتيجة %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>المؤشر %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>القيمة الفعلية %1</translation>
    </message>
    <message>
        <source>%1 (measure &quot;%2&quot;: %3)</source>
        <translation>%1 (المقياس «%2»: %3)</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (qualitative): %2</source>
        <translation>%1 (نوعي): %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Indicators without a reported actual value, not charted: %1.</source>
        <translation>مؤشرات لم تُبلَّغ قيمتها الفعلية، فلم تُرسم: %1.</translation>
    </message>
    <message>
        <source>Indicators whose latest actual is below 0 or above 1,000,000,000, not charted: %1.</source>
        <translation>مؤشرات آخر قيمة فعلية لها دون الصفر أو فوق مليار، فلم تُرسم: %1.</translation>
    </message>
    <message>
        <source>Indicators with a measure that is not an IATI code (1 to 5), not charted: %1.</source>
        <translation>مؤشرات مقياسها ليس رمزًا من رموز IATI (من 1 إلى 5)، فلم تُرسم: %1.</translation>
    </message>
    <message>
        <source>Qualitative indicators without any comment on their actuals: %1.</source>
        <translation>مؤشرات نوعية بلا أي تعليق على قيمها الفعلية: %1.</translation>
    </message>
    <message>
        <source>Periods that end before they start, as published (drawn from the earlier date to the later): %1.</source>
        <translation>فترات تنتهي قبل أن تبدأ، كما نُشرت (مرسومة من التاريخ الأقدم إلى الأحدث): %1.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البداية المقررة</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <source>The actual start is given as %1, a date still to come.</source>
        <translation>البداية الفعلية مذكورة في %1، وهو تاريخ لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>The actual end is given as %1, a date still to come.</source>
        <translation>النهاية الفعلية مذكورة في %1، وهو تاريخ لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>The actual end (%1) comes before the actual start (%2).</source>
        <translation>النهاية الفعلية (%1) تسبق البداية الفعلية (%2).</translation>
    </message>
    <message>
        <source>The planned end (%1) comes before the planned start (%2).</source>
        <translation>النهاية المقررة (%1) تسبق البداية المقررة (%2).</translation>
    </message>
    <message>
        <source>The actual start (%1) comes after the planned end (%2).</source>
        <translation>البداية الفعلية (%1) تلي النهاية المقررة (%2).</translation>
    </message>
    <message>
        <source>Dates as published, which contradict each other or are still to come: %1</source>
        <translation>تواريخ كما نُشرت، متناقضة أو لم تأتِ بعد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ولا شيء آخر</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>البلدان المستفيدة</translation>
    </message>
    <message>
        <source>Results indicators: reported actuals against targets</source>
        <translation>مؤشرات النتائج: القيم الفعلية المُبلَّغ عنها مقابل الأهداف</translation>
    </message>
    <message>
        <source>Activity dates</source>
        <translation>تواريخ النشاط</translation>
    </message>
    <message>
        <source>Budget and spending per year (%1)</source>
        <translation>الميزانية والإنفاق حسب السنة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>مؤشرات السياسات</translation>
    </message>
    <message>
        <source>Key figures: money and results</source>
        <translation>الأرقام الرئيسية: التمويل والنتائج</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>عرض التعليمات عن خيارات سطر الأوامر.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>عرض التعليمات مع خيارات Qt الخاصة.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>عرض معلومات الإصدار.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[الخيارات]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>خيار غير معروف «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>خيارات غير معروفة: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>تنقص قيمة بعد «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>قيمة غير متوقعة بعد «%1».</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>لا خطأ</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>لم يُغلَق الكائن</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>تنقص النقطتان بعد الاسم</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>لم تُغلَق المصفوفة</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>تنقص الفاصلة بين قيمتين</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>قيمة غير صالحة</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>نهاية غير صالحة بعد رقم</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>رقم غير صالح</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>تسلسل هروب غير صالح</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>سلسلة UTF-8 غير صالحة</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>لم تُغلَق السلسلة النصية</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>ينقص كائن بعد الفاصلة</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>مستويات التداخل في المستند كثيرة جدًا</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>المستند كبير جدًا</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>بيانات زائدة في نهاية المستند</translation>
    </message>
</context>
<context>
    <name>TargetFormat</name>
    <message>
        <source>%1% of target</source>
        <translation>%1% من الهدف</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>الهدف: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>خط الأساس: %1</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>القيمة الأدنى أفضل</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>تحقق الهدف</translation>
    </message>
    <message>
        <source>Target not reached</source>
        <translation>لم يتحقق الهدف</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the event happened on this date or before</comment>
        <translation>بحلول %1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>في %1 أو بعده</translation>
    </message>
</context>
<context>
    <name>sharaka::AboutText</name>
    <message>
        <source>This dataset names no sources.</source>
        <translation>لا تذكر مجموعة البيانات هذه أي مصادر.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; The figures and dates come from %1 public documents by:</source>
        <translation>&lt;b&gt;البيانات.&lt;/b&gt; الأرقام والتواريخ مأخوذة من وثائق عامة (عددها %1) صادرة عن:</translation>
    </message>
    <message>
        <source>Each one is listed, with its address, under Help ▸ Sources and Data Notes, together with the points where the sources disagree.</source>
        <translation>كل منها مدرج مع عنوانه في قائمة مساعدة ◂ المصادر والملاحظات على البيانات، إلى جانب المواضع التي تختلف فيها المصادر.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sharaka Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Timeline, partner countries and outcome indicators of Sharaka, INTERPOL&apos;s EU-funded counter-terrorism project in the Middle East and North Africa (2017 to 31 January 2023).&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): you may use, study, share and change it. The source code is part of every copy you receive; see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;. There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %3 (running on Qt %4) and Qt Charts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;لوحة متابعة شراكة&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;الخط الزمني والبلدان الشريكة ومؤشرات النتائج لمشروع شراكة، وهو مشروع إقليمي لمكافحة الإرهاب في الشرق الأوسط وشمال أفريقيا نفّذه الإنتربول بتمويل من الاتحاد الأوروبي (من 2017 إلى 31 يناير 2023).&lt;/p&gt;%2&lt;p&gt;&lt;b&gt;الترخيص.&lt;/b&gt; برنامج حر مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق (GPL-3.0-or-later): يحق لك استخدامه ودراسته ومشاركته وتعديله. الشيفرة المصدرية جزء من كل نسخة تتلقاها؛ راجع &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;نص الرخصة&lt;/a&gt;. لا يوجد أي ضمان.&lt;/p&gt;&lt;p&gt;&lt;b&gt;بُني باستخدام&lt;/b&gt; Qt %3 (ويعمل على Qt %4) وQt Charts.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sharaka::AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartExportActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>صورة JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>حفظ المخطط باسم</translation>
    </message>
    <message>
        <source>Cannot Save Chart</source>
        <translation>تعذّر حفظ المخطط</translation>
    </message>
    <message>
        <source>Cannot save %1: the format &quot;%2&quot; is not supported. Use PNG, JPEG, SVG or PDF.</source>
        <translation>تعذّر حفظ %1: التنسيق «%2» غير مدعوم. استخدم PNG أو JPEG أو SVG أو PDF.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>حُفظ المخطط باسم %1</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>حفظ المخطط باسم…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, JPEG, SVG or PDF file (%1)</source>
        <translation>حفظ هذا المخطط في ملف PNG أو JPEG أو SVG أو PDF (%1)</translation>
    </message>
    <message>
        <source>Save this chart as a picture or a PDF, laid out for the size you choose</source>
        <translation>حفظ هذا المخطط صورةً أو ملف PDF منسّقًا بالحجم الذي تختاره</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>نسخ المخطط</translation>
    </message>
    <message>
        <source>Copy this chart as a picture (%1)</source>
        <translation>نسخ هذا المخطط صورةً (%1)</translation>
    </message>
    <message>
        <source>Save Chart Data As</source>
        <translation>حفظ بيانات المخطط باسم</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Save Chart Data</source>
        <translation>تعذّر حفظ بيانات المخطط</translation>
    </message>
    <message>
        <source>Chart data saved as %1</source>
        <translation>حُفظت بيانات المخطط باسم %1</translation>
    </message>
    <message>
        <source>Chart copied as a picture, as SVG and its data as CSV</source>
        <translation>نُسخ المخطط صورةً وبصيغة SVG، ونُسخت بياناته بصيغة CSV</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as a bitmap, as SVG and its data as CSV</source>
        <translation>نسخ هذا المخطط إلى الحافظة صورةً نقطية وبصيغة SVG، وبياناته بصيغة CSV</translation>
    </message>
    <message>
        <source>Save &amp;Data As…</source>
        <translation>حفظ البيانات باسم…</translation>
    </message>
    <message>
        <source>Save the figures of this chart as a CSV file</source>
        <translation>حفظ أرقام هذا المخطط في ملف CSV</translation>
    </message>
    <message>
        <source>Save the figures of this chart, with their targets, baselines, units and sources, as a CSV file</source>
        <translation>حفظ أرقام هذا المخطط، مع أهدافها وخطوط أساسها ووحداتها ومصادرها، في ملف CSV</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartExporter</name>
    <message>
        <source>The size %1 is not supported: each side must be between %2 and %3 pixels.</source>
        <translation>الحجم %1 غير مدعوم: يجب أن يكون كل بُعد بين %2 و%3 بكسل.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;.</source>
        <translation>مخطط غير معروف «%1».</translation>
    </message>
    <message>
        <source>Cannot encode the image: %1</source>
        <translation>تعذّر ترميز الصورة: %1</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing.</source>
        <translation>تعذّر بدء رسم SVG.</translation>
    </message>
    <message>
        <source>Cannot start the PDF drawing.</source>
        <translation>تعذّر بدء رسم PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The drawing is not valid SVG.</source>
        <translation>الرسم ليس ملف SVG صالحًا.</translation>
    </message>
    <message>
        <source>Cannot encode the image as PNG.</source>
        <translation>تعذّر ترميز الصورة بصيغة PNG.</translation>
    </message>
</context>
<context>
    <name>sharaka::ChartTableToggle</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (جدول)</translation>
    </message>
    <message>
        <source>Show as Chart</source>
        <translation>العرض في مخطط</translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>العرض في جدول</translation>
    </message>
    <message>
        <source>Show the numbers as a bar chart</source>
        <translation>عرض الأرقام في مخطط أعمدة</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>عرض الأرقام في جدول</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>العرض في جدول</translation>
    </message>
</context>
<context>
    <name>sharaka::CheckReport</name>
    <message>
        <source>%1: OK (countries: %2, indicators: %3, charts: %4, milestones: %5, sources: %6)</source>
        <translation>%1: OK (البلدان: %2، المؤشرات: %3، المخططات: %4، الأحداث: %5، المصادر: %6)</translation>
    </message>
</context>
<context>
    <name>sharaka::CommandLineParser</name>
    <message>
        <source>Interface language: en, fr or ar (all: every language, for --export-all and --export-factsheet).</source>
        <translation>لغة الواجهة: en أو fr أو ar (all: كل اللغات، مع ‎--export-all و‎--export-factsheet).</translation>
    </message>
    <message>
        <source>Open the dataset FILE instead of the embedded Sharaka data.</source>
        <translation>فتح مجموعة البيانات FILE بدلًا من بيانات شراكة المدمجة في البرنامج.</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has painted (for tests and benchmarks).</source>
        <translation>الخروج فور رسم النافذة الرئيسية (للاختبارات وقياس الأداء).</translation>
    </message>
    <message>
        <source>Validate the dataset FILE, print &quot;FILE: OK&quot; with its counts or every problem, and exit (status 1 on problems).</source>
        <translation>التحقق من مجموعة البيانات FILE، وطباعة «FILE: OK» مع أعدادها أو كل مشكلة فيها، ثم الخروج (رمز الخروج 1 عند وجود مشكلات).</translation>
    </message>
    <message>
        <source>The activity (its iati-identifier) to show, check or convert when the dataset FILE is an IATI activity file.</source>
        <translation>النشاط (بمعرّفه iati-identifier) المراد عرضه أو فحصه أو تحويله عندما يكون ملف مجموعة البيانات FILE ملف أنشطة IATI.</translation>
    </message>
    <message>
        <source>Write the dataset FILE (e.g. an IATI activity) in the dashboard&apos;s own format to the file given by --to, and exit.</source>
        <translation>كتابة مجموعة البيانات FILE (نشاط IATI مثلًا) بتنسيق لوحة المتابعة الخاص في الملف المحدد بالخيار ‎--to ثم الخروج.</translation>
    </message>
    <message>
        <source>The dataset file --convert writes.</source>
        <translation>ملف مجموعة البيانات الذي يكتبه الخيار ‎--convert.</translation>
    </message>
    <message>
        <source>Timeline, partner countries and outcome indicators of INTERPOL&apos;s Sharaka project.</source>
        <translation>الخط الزمني والبلدان الشريكة ومؤشرات النتائج لمشروع شراكة الذي نفّذه الإنتربول.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>ورد الخيار ‎--%1 أكثر من مرة.</translation>
    </message>
    <message>
        <source>--%1 needs a value; it was given an empty one.</source>
        <translation>يتطلب الخيار ‎--%1 قيمة غير فارغة؛ وقد أُعطي قيمة فارغة.</translation>
    </message>
    <message>
        <source>--check does not go with --%1.</source>
        <translation>لا يُستخدم الخيار ‎--check مع ‎--%1.</translation>
    </message>
    <message>
        <source>--convert does not go with --%1.</source>
        <translation>لا يُستخدم الخيار ‎--convert مع ‎--%1.</translation>
    </message>
    <message>
        <source>--convert FILE needs --to FILE, and --to goes only with --convert.</source>
        <translation>‎--convert FILE يحتاج إلى ‎--to FILE، ولا يُستخدم ‎--to إلا مع ‎--convert.</translation>
    </message>
    <message>
        <source>--activity picks an activity of the file given by --data, --check or --convert.</source>
        <translation>‎--activity يختار نشاطًا من الملف المحدد بالخيار ‎--data أو ‎--check أو ‎--convert.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr, ar or all.</source>
        <translation>لغة غير معروفة «%1»: استخدم en أو fr أو ar أو all.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr or ar.</source>
        <translation>لغة غير معروفة «%1»: استخدم en أو fr أو ar.</translation>
    </message>
    <message>
        <source>The activity to show, check or convert by its position in the IATI activity file (1 for the first), e.g. when two activities share an iati-identifier.</source>
        <translation>النشاط المراد عرضه أو فحصه أو تحويله بحسب موضعه في ملف أنشطة IATI (1 للأول)، مثلًا عندما يشترك نشاطان في معرّف iati-identifier واحد.</translation>
    </message>
    <message>
        <source>--activity-index takes a whole number from 1, not &quot;%1&quot;.</source>
        <translation>‎--activity-index يأخذ عددًا صحيحًا ابتداءً من 1، لا «%1‎».</translation>
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
            <numerusform>%n بلدًا</numerusform>
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
            <numerusform>المعروض %1 من أصل %n بلدًا</numerusform>
            <numerusform>المعروض %1 من أصل %n بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, code or phase</source>
        <translation>التصفية حسب الاسم أو الرمز أو المرحلة</translation>
    </message>
    <message>
        <source>Type part of a country name, an ISO code or a phase to narrow the list</source>
        <translation>اكتب جزءًا من اسم بلد أو رمز ISO أو مرحلة لتضييق القائمة</translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation>انقر عنوان عمود للترتيب</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>تصفية البلدان</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>البلدان الشريكة</translation>
    </message>
    <message>
        <source>Name, ISO code and phase of every partner country; sortable by column</source>
        <translation>اسم كل بلد شريك ورمز ISO الخاص به ومرحلة انضمامه؛ يمكن الترتيب حسب العمود</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>التصفية حسب الاسم أو الرمز</translation>
    </message>
    <message>
        <source>Type part of a country name or an ISO code to narrow the list</source>
        <translation>اكتب جزءًا من اسم بلد أو رمز ISO لتضييق القائمة</translation>
    </message>
    <message>
        <source>Name and ISO code of every country; sortable by column</source>
        <translation>اسم كل بلد ورمز ISO الخاص به؛ يمكن الترتيب حسب العمود</translation>
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
    <name>sharaka::DatasetController</name>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>فتح مجموعة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>مجموعات البيانات المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Re&amp;load Dataset</source>
        <translation>إعادة تحميل مجموعة البيانات</translation>
    </message>
    <message>
        <source>Read the open dataset file again</source>
        <translation>قراءة ملف مجموعة البيانات المفتوحة من جديد</translation>
    </message>
    <message>
        <source>Show &amp;Sharaka Data</source>
        <translation>عرض بيانات شراكة</translation>
    </message>
    <message>
        <source>Return to the Sharaka dataset built into the dashboard</source>
        <translation>العودة إلى مجموعة بيانات شراكة المدمجة في لوحة المتابعة</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>فتح مجموعة بيانات</translation>
    </message>
    <message>
        <source>Opened “%1”; fields unknown to this version were ignored.</source>
        <translation>فُتح «%1»؛ وتم تجاهل الحقول التي لا يعرفها هذا الإصدار.</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>فُتح «%1»</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (غير موجود)</translation>
    </message>
    <message>
        <source>“%1” changed on disk. Choose File ▸ Reload Dataset to show the changes.</source>
        <translation>تغيّر «%1» على القرص. اختر ملف ◂ إعادة تحميل مجموعة البيانات لعرض التغييرات.</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted; the data shown stays as it was loaded.</source>
        <translation>نُقل «%1» أو حُذف؛ وتبقى البيانات المعروضة كما حُمّلت.</translation>
    </message>
    <message>
        <source>Show another project&apos;s dataset file (JSON) or an IATI activity file (XML)</source>
        <translation>عرض ملف مجموعة البيانات لمشروع آخر (JSON) أو ملف أنشطة IATI (XML)</translation>
    </message>
    <message>
        <source>Dataset files (*.json *.xml);;IATI activity files (*.xml);;All files (*)</source>
        <translation>ملفات مجموعات البيانات ‎(*.json *.xml);;ملفات أنشطة IATI (*.xml);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>sharaka::DatasetLoader</name>
    <message>
        <source>file is larger than %1 bytes (%2 MiB)</source>
        <translation>حجم الملف يتجاوز %1 بايت (%2 MiB)</translation>
    </message>
    <message>
        <source>file is %1 bytes; datasets are limited to %2 bytes (%3 MiB)</source>
        <translation>حجم الملف %1 بايت؛ والحد الأقصى لمجموعة البيانات %2 بايت (%3 MiB)</translation>
    </message>
    <message>
        <source>more than one byte-order mark at the start of the file</source>
        <translation>أكثر من علامة ترتيب بايتات واحدة في بداية الملف</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text</source>
        <translation>الملف ليس نصًا صالحًا بترميز UTF-8‎</translation>
    </message>
    <message>
        <source>JSON is nested more than %1 levels deep</source>
        <translation>عدد مستويات التداخل في JSON‎ أكبر من الحد الأقصى %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر القراءة: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation>
            <numerusform>ولا مشكلات أخرى</numerusform>
            <numerusform>ومشكلة أخرى واحدة</numerusform>
            <numerusform>ومشكلتان أخريان</numerusform>
            <numerusform>و%n مشكلات أخرى</numerusform>
            <numerusform>و%n مشكلةً أخرى</numerusform>
            <numerusform>و%n مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more warnings</source>
        <translation>
            <numerusform>ولا تحذيرات أخرى</numerusform>
            <numerusform>وتحذير آخر واحد</numerusform>
            <numerusform>وتحذيران آخران</numerusform>
            <numerusform>و%n تحذيرات أخرى</numerusform>
            <numerusform>و%n تحذيرًا آخر</numerusform>
            <numerusform>و%n تحذير آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::ExportBatch</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation>يوجد ملف بالاسم نفسه في هذا الموضع</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>تعذّر إنشاء المجلد %1: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportCommand</name>
    <message>
        <source>%1: the dataset has no charts to export.</source>
        <translation>%1‎: لا تحتوي مجموعة البيانات على أي مخطط للتصدير.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;; the charts are: %2.</source>
        <translation>مخطط غير معروف «%1»؛ المخططات المتاحة هي: %2.</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportCommandOptions</name>
    <message>
        <source>Print the id of every chart, one per line, and exit.</source>
        <translation>طباعة معرّف كل مخطط، واحدًا في كل سطر، ثم الخروج.</translation>
    </message>
    <message>
        <source>Save the chart given by --chart as FILE and exit; the format comes from the suffix (.png, .jpg, .jpeg, .svg, .pdf; .csv for its data).</source>
        <translation>حفظ المخطط المحدد بالخيار ‎--chart في FILE ثم الخروج؛ يُحدَّد التنسيق من لاحقة الملف (‎.png و‎.jpg و‎.jpeg و‎.svg و‎.pdf؛ و‎.csv لبياناته).</translation>
    </message>
    <message>
        <source>Save every chart into DIR (created if missing) and exit. With --lang all, into DIR/&lt;lang&gt;/.</source>
        <translation>حفظ كل المخططات في DIR (يُنشأ إن لم يكن موجودًا) ثم الخروج. ومع ‎--lang all تُحفظ في DIR/&lt;lang&gt;/.</translation>
    </message>
    <message>
        <source>The chart to --export (see --list-charts).</source>
        <translation>المخطط المراد تصديره بالخيار ‎--export (انظر ‎--list-charts).</translation>
    </message>
    <message>
        <source>Format for --export-all: png, jpg, svg or pdf (default png).</source>
        <translation>التنسيق مع ‎--export-all: png أو jpg أو svg أو pdf (الافتراضي png).</translation>
    </message>
    <message>
        <source>Size of exported charts in pixels, WIDTHxHEIGHT (default 1600x900).</source>
        <translation>حجم المخططات المصدَّرة بالبكسل، بالصيغة WIDTHxHEIGHT (الافتراضي 1600x900).</translation>
    </message>
    <message>
        <source>Save the factsheet (a designed page of the project, its key figures, map, timeline, charts and sources) as the PDF file FILE and exit. With --lang all, one file per language beside FILE (FILE-en.pdf…).</source>
        <translation>حفظ صحيفة الوقائع (صفحة مصمَّمة عن المشروع وأرقامه الرئيسية وخريطته وخطه الزمني ومخططاته ومصادره) في ملف PDF باسم FILE ثم الخروج. مع ‎--lang all، ملف لكل لغة بجانب FILE (‎FILE-en.pdf…).</translation>
    </message>
    <message>
        <source>Paper of the factsheet: a4 or letter (default a4).</source>
        <translation>ورق صحيفة الوقائع: a4 أو letter (الافتراضي a4).</translation>
    </message>
    <message>
        <source>--paper needs --export-factsheet.</source>
        <translation>يتطلب الخيار ‎--paper الخيار ‎--export-factsheet.</translation>
    </message>
    <message>
        <source>--%1 needs --export or --export-all.</source>
        <translation>يتطلب الخيار ‎--%1 أحد الخيارين ‎--export أو ‎--export-all.</translation>
    </message>
    <message>
        <source>Use only one of --list-charts, --export, --export-all and --export-factsheet.</source>
        <translation>استخدم خيارًا واحدًا فقط من ‎--list-charts و‎--export و‎--export-all و‎--export-factsheet.</translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot;: use WIDTHxHEIGHT, each between %2 and %3 pixels, for example 1600x900.</source>
        <translation>حجم غير صالح «%1»: استخدم الصيغة WIDTHxHEIGHT، بحيث تكون كل قيمة بين %2 و%3 بكسل، مثل 1600x900.</translation>
    </message>
    <message>
        <source>--%1 does not go with --list-charts.</source>
        <translation>لا يُستخدم الخيار ‎--%1 مع ‎--list-charts.</translation>
    </message>
    <message>
        <source>--format is for --export-all; --export takes the format from the file&apos;s suffix.</source>
        <translation>الخيار ‎--format خاص بـ‎--export-all؛ أما ‎--export فيأخذ التنسيق من لاحقة الملف.</translation>
    </message>
    <message>
        <source>--export needs --chart ID (see --list-charts).</source>
        <translation>يتطلب ‎--export الخيار ‎--chart ID (انظر ‎--list-charts).</translation>
    </message>
    <message>
        <source>--size is for pictures; a .csv file holds the chart&apos;s data.</source>
        <translation>‎--size للصور؛ أما ملف ‎.csv فيضم بيانات المخطط.</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown file suffix; use .png, .jpg, .jpeg, .svg, .pdf or .csv.</source>
        <translation>تعذّر التصدير إلى %1: لاحقة الملف غير معروفة؛ استخدم ‎.png أو ‎.jpg أو ‎.jpeg أو ‎.svg أو ‎.pdf أو ‎.csv.</translation>
    </message>
    <message>
        <source>--chart is for --export; --export-all saves every chart.</source>
        <translation>الخيار ‎--chart خاص بـ‎--export؛ أما ‎--export-all فيحفظ كل المخططات.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use png, jpg, svg or pdf.</source>
        <translation>تنسيق غير معروف «%1»: استخدم png أو jpg أو svg أو pdf.</translation>
    </message>
    <message>
        <source>--%1 does not go with --export-factsheet.</source>
        <translation>لا يُستخدم الخيار ‎--%1 مع ‎--export-factsheet.</translation>
    </message>
    <message>
        <source>Cannot save the factsheet as %1: use a .pdf file name.</source>
        <translation>تعذّر حفظ صحيفة الوقائع باسم %1‎: استخدم اسم ملف ينتهي بـ‎.pdf.</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or letter.</source>
        <translation>ورق غير معروف «%1»: استخدم a4 أو letter.</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportFactsheetCommand</name>
    <message>
        <source>factsheet-%1.pdf</source>
        <translation>factsheet-%1.pdf</translation>
    </message>
    <message>
        <source>Export Factsheet</source>
        <translation>تصدير صحيفة الوقائع</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (‎*.pdf)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Cannot Export Factsheet</source>
        <translation>تعذّر تصدير صحيفة الوقائع</translation>
    </message>
    <message>
        <source>Factsheet saved as %1</source>
        <translation>حُفظت صحيفة الوقائع باسم %1</translation>
    </message>
    <message>
        <source>Export &amp;Factsheet…</source>
        <translation>تصدير صحيفة الوقائع…</translation>
    </message>
    <message>
        <source>Save a one-page factsheet of the project as PDF: key figures, map, timeline, charts and sources</source>
        <translation>حفظ صحيفة وقائع من صفحة واحدة عن المشروع بتنسيق PDF: الأرقام الرئيسية والخريطة والخط الزمني والمخططات والمصادر</translation>
    </message>
</context>
<context>
    <name>sharaka::ExportOptionsDialog</name>
    <message>
        <source>Save All Charts</source>
        <translation>حفظ كل المخططات</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>%1 (HD, slides)</source>
        <translation>%1 (HD، عروض تقديمية)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (افتراضي)</translation>
    </message>
    <message>
        <source>%1 (Full HD)</source>
        <translation>%1 (Full HD)</translation>
    </message>
    <message>
        <source>%1 (4K, print)</source>
        <translation>%1 (4K، طباعة)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Size of the saved picture in pixels; the chart is laid out for it, so text stays readable at every size</source>
        <translation>حجم الصورة المحفوظة بالبكسل؛ يُنسَّق المخطط وفقًا له، فيبقى النص مقروءًا في كل الأحجام</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>الارتفاع:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>خلفية شفافة</translation>
    </message>
    <message>
        <source>Only PNG and SVG files can have a transparent background</source>
        <translation>لا يمكن أن تكون الخلفية شفافة إلا في ملفات PNG وSVG</translation>
    </message>
    <message>
        <source>Every &amp;language (one folder per language)</source>
        <translation>كل اللغات (مجلد لكل لغة)</translation>
    </message>
    <message>
        <source>Saves each chart in English, French and Arabic, into the sub-folders en, fr and ar</source>
        <translation>يحفظ كل مخطط بالإنجليزية والفرنسية والعربية في المجلدات الفرعية en وfr وar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>sharaka::FactsheetComposer</name>
    <message>
        <source>%1: factsheet</source>
        <translation>%1: صحيفة وقائع</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وحدث آخر</numerusform>
            <numerusform>وحدثان آخران</numerusform>
            <numerusform>و%n أحداث أخرى</numerusform>
            <numerusform>و%n حدثًا آخر</numerusform>
            <numerusform>و%n حدث آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership not given</source>
        <translation>العضوية غير محددة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Made on %1 with %2</source>
        <translation>أُعدّت في %1 باستخدام %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Events not listed here: %n (all in the dashboard)</source>
        <translation>
            <numerusform>لا أحداث أخرى خارج هذه القائمة</numerusform>
            <numerusform>حدث واحد غير مدرج هنا (في لوحة المتابعة)</numerusform>
            <numerusform>حدثان غير مدرجين هنا (في لوحة المتابعة)</numerusform>
            <numerusform>%n أحداث غير مدرجة هنا (كلها في لوحة المتابعة)</numerusform>
            <numerusform>%n حدثًا غير مدرج هنا (كلها في لوحة المتابعة)</numerusform>
            <numerusform>%n حدث غير مدرج هنا (كلها في لوحة المتابعة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data notes: %n, read in full in the dashboard under Help ▸ Sources and Data Notes.</source>
        <translation>
            <numerusform>لا ملاحظات على البيانات.</numerusform>
            <numerusform>ملاحظة واحدة على البيانات، نصّها الكامل في لوحة المتابعة ضمن مساعدة ◂ المصادر والملاحظات على البيانات.</numerusform>
            <numerusform>ملاحظتان على البيانات، نصّهما الكامل في لوحة المتابعة ضمن مساعدة ◂ المصادر والملاحظات على البيانات.</numerusform>
            <numerusform>%n ملاحظات على البيانات، نصّها الكامل في لوحة المتابعة ضمن مساعدة ◂ المصادر والملاحظات على البيانات.</numerusform>
            <numerusform>%n ملاحظةً على البيانات، نصّها الكامل في لوحة المتابعة ضمن مساعدة ◂ المصادر والملاحظات على البيانات.</numerusform>
            <numerusform>%n ملاحظة على البيانات، نصّها الكامل في لوحة المتابعة ضمن مساعدة ◂ المصادر والملاحظات على البيانات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharaka Dashboard %1</source>
        <translation>لوحة متابعة شراكة %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Targets and actuals over time</source>
        <translation>الأهداف والقيم الفعلية عبر الزمن</translation>
    </message>
    <message numerus="yes">
        <source>Indicators over time not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد المؤشرات عبر الزمن غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
        </translation>
    </message>
    <message>
        <source>Money and sectors</source>
        <translation>التمويل والقطاعات</translation>
    </message>
    <message numerus="yes">
        <source>Charts not shown here: %n (all in the dashboard and its chart exports)</source>
        <translation>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
            <numerusform>عدد الرسوم البيانية غير المعروضة هنا: %n (كلها في لوحة المعلومات وتصدير رسومها)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::FactsheetWriter</name>
    <message>
        <source>Cannot start the PDF drawing.</source>
        <translation>تعذّر بدء رسم PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1‎: %2</translation>
    </message>
</context>
<context>
    <name>sharaka::HeaderPanel</name>
    <message>
        <source>Implemented by %1</source>
        <translation>بتنفيذ %1</translation>
    </message>
    <message>
        <source>Funded by %1</source>
        <translation>بتمويل من %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name (what the name means); translate as %1 alone where the name is a word of the language</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Show the first lines of the description only</source>
        <translation>عرض الأسطر الأولى من الوصف فقط</translation>
    </message>
    <message>
        <source>Show the whole description</source>
        <translation>عرض الوصف كاملًا</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiActivityListModel</name>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>an iati-identifier that several activities of the file share: this is the second of three</comment>
        <translation>%1 (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiActivityPicker</name>
    <message numerus="yes">
        <source>%n of %1 activities shown</source>
        <translation>
            <numerusform>لا نشاط معروض من %1</numerusform>
            <numerusform>نشاط واحد معروض من %1</numerusform>
            <numerusform>نشاطان معروضان من %1</numerusform>
            <numerusform>%n أنشطة معروضة من %1</numerusform>
            <numerusform>%n نشاطًا معروضًا من %1</numerusform>
            <numerusform>%n نشاط معروض من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an Activity</source>
        <translation>اختيار نشاط</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n activities. Choose the one to show.</source>
        <translation>
            <numerusform>لا يضم «%1‎» أي نشاط. اختر النشاط المراد عرضه.</numerusform>
            <numerusform>يضم «%1‎» نشاطًا واحدًا. اختر النشاط المراد عرضه.</numerusform>
            <numerusform>يضم «%1‎» نشاطين. اختر النشاط المراد عرضه.</numerusform>
            <numerusform>يضم «%1‎» %n أنشطة. اختر النشاط المراد عرضه.</numerusform>
            <numerusform>يضم «%1‎» %n نشاطًا. اختر النشاط المراد عرضه.</numerusform>
            <numerusform>يضم «%1‎» %n نشاط. اختر النشاط المراد عرضه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search identifier, title, dates or countries</source>
        <translation>البحث في المعرّف أو العنوان أو التواريخ أو البلدان</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>البحث في الأنشطة</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
</context>
<context>
    <name>sharaka::IatiFileOpener</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reading IATI File</source>
        <translation>قراءة ملف IATI</translation>
    </message>
    <message>
        <source>Listing the activities of “%1”…</source>
        <translation>سرد أنشطة «%1‎»…</translation>
    </message>
    <message>
        <source>Reading activity “%1”…</source>
        <translation>قراءة النشاط «%1‎»…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>قراءة «%1‎»…</translation>
    </message>
</context>
<context>
    <name>sharaka::IndicatorModel</name>
    <message>
        <source>Lower bound (at least)</source>
        <translation>حدّ أدنى (على الأقل)</translation>
    </message>
    <message>
        <source>Exact figure</source>
        <translation>رقم دقيق</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>نوع الرقم</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% من الهدف</translation>
    </message>
    <message>
        <source>Running total to the end of %1</source>
        <translation>المجموع التراكمي حتى نهاية %1</translation>
    </message>
    <message>
        <source>Latest period: %1</source>
        <translation>آخر فترة: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
</context>
<context>
    <name>sharaka::JsonDatasetReader</name>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عددًا</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>حقل غير معروف، تم تجاهله</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>يجب أن تكون القيمة كائنًا، لا %1</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>يجب أن تكون القيمة %1، لا %2</translation>
    </message>
    <message>
        <source>an object of texts by language code</source>
        <translation>كائنًا من النصوص حسب رمز اللغة</translation>
    </message>
    <message>
        <source>is not a language code like &quot;en&quot;, ignored</source>
        <translation>ليس رمز لغة مثل «en»‎، تم تجاهله</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>يجب أن تكون القيمة سلسلة نصية، لا %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be an id string, got %1</source>
        <translation>يجب أن تكون القيمة سلسلة معرِّف، لا %1</translation>
    </message>
    <message>
        <source>must be &quot;year&quot;, &quot;month&quot; or &quot;day&quot;, got &quot;%1&quot;</source>
        <translation>يجب أن تكون القيمة «year» أو «month» أو «day»، لا «%1»</translation>
    </message>
    <message>
        <source>must be a real date of the form %1 (precision %2), got &quot;%3&quot;</source>
        <translation>يجب أن يكون تاريخًا حقيقيًا بالشكل %1 (الدقة %2)، لا «%3»</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>يجب أن تكون القيمة «%1»، لا «%2»</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2</source>
        <translation>الإصدار %1 غير مدعوم؛ يقرأ هذا البرنامج الإصدار %2</translation>
    </message>
    <message>
        <source>must be &quot;exact&quot; or &quot;atLeast&quot;, got &quot;%1&quot;</source>
        <translation>يجب أن تكون القيمة «exact» أو «atLeast»، لا «%1»</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>must be a real date of the form YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>يجب أن يكون تاريخًا حقيقيًا بالشكل YYYY-MM-DD‎، لا «%1»</translation>
    </message>
    <message>
        <source>must be &quot;on&quot;, &quot;notAfter&quot; or &quot;notBefore&quot;, got &quot;%1&quot;</source>
        <translation>يجب أن تكون القيمة «on» أو «notAfter» أو «notBefore»، لا «%1»</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>قيمة بسيطة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; the source is listed without a link</source>
        <translation>«%1» ليس عنوان http أو https؛ أُدرج المصدر دون رابط</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strict web address; linked as &quot;%2&quot;</source>
        <translation>«%1» ليس عنوان ويب صارمًا؛ الرابط هو «%2»</translation>
    </message>
    <message>
        <source>must be &quot;bar&quot;, &quot;map&quot;, &quot;finance&quot;, &quot;sectors&quot; or &quot;policyMarkers&quot;, got &quot;%1&quot;</source>
        <translation>يجب أن تكون «bar» أو «map» أو «finance» أو «sectors» أو «policyMarkers»، لا «%1»</translation>
    </message>
</context>
<context>
    <name>sharaka::KeyFigureTile</name>
    <message>
        <source>lower bound: at least %1</source>
        <translation>حد أدنى: %1 على الأقل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to show its chart.</source>
        <translation>اضغط Enter لعرض مخططه.</translation>
    </message>
</context>
<context>
    <name>sharaka::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Close the dashboard</source>
        <translation>إغلاق لوحة المتابعة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Sources and Data Notes</source>
        <translation>المصادر والملاحظات على البيانات</translation>
    </message>
    <message>
        <source>Show the publications behind the figures and where they disagree</source>
        <translation>عرض المنشورات التي تستند إليها الأرقام ومواضع اختلافها</translation>
    </message>
    <message>
        <source>&amp;About Sharaka Dashboard</source>
        <translation>حول لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>البلدان الشريكة</translation>
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
        <source>%1: %2</source>
        <comment>event, then its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the dashboard</source>
        <translation>سرد كل اختصارات لوحة المفاتيح في لوحة المتابعة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
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
        <translation>غير موجود على الخريطة (لا شكل للرمز): %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>The designations employed and the presentation of material on this map do not imply the expression of any opinion whatsoever on the part of the European Union concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries.</source>
        <translation>لا تنطوي التسميات المستخدمة في هذه الخريطة ولا طريقة عرض المادة فيها على الإعراب عن أي رأي كان من جانب الاتحاد الأوروبي بشأن المركز القانوني لأي بلد أو إقليم أو مدينة أو منطقة أو لسلطات أي منها، أو بشأن تعيين تخومها أو حدودها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وحدث آخر</numerusform>
            <numerusform>وحدثان آخران</numerusform>
            <numerusform>و%n أحداث أخرى</numerusform>
            <numerusform>و%n حدثًا آخر</numerusform>
            <numerusform>و%n حدث آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Natural Earth</source>
        <translation>أُعدّت باستخدام Natural Earth</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message numerus="yes">
        <source>Dots: the activity&apos;s %n places with coordinates; a number counts the places merged into one dot.</source>
        <translation>
            <numerusform>النقاط: لا أماكن للنشاط ذات إحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
            <numerusform>النقاط: مكان النشاط الوحيد ذو الإحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
            <numerusform>النقاط: مكانا النشاط ذوا الإحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
            <numerusform>النقاط: أماكن النشاط الـ%n ذات الإحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
            <numerusform>النقاط: أماكن النشاط الـ%n ذات الإحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
            <numerusform>النقاط: أماكن النشاط الـ%n ذات الإحداثيات؛ ويعدّ الرقم الأماكن المدمجة في نقطة واحدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharaka::PdfTextLayer</name>
    <message>
        <source>Cannot make the PDF&apos;s text searchable: %1</source>
        <translation>تعذّر جعل نص ملف PDF قابلًا للبحث: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1‎: %2</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>تعذّر تحميل %1: %2</translation>
    </message>
    <message>
        <source>not the PDF text module of this version</source>
        <translation>ليس وحدة نص PDF الخاصة بهذا الإصدار</translation>
    </message>
</context>
<context>
    <name>sharaka::PeriodModel</name>
    <message>
        <source>Targets and actuals over time: %1</source>
        <translation>الأهداف والقيم الفعلية عبر الزمن: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>خط الأساس (%1): %2</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>خط الأساس: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>القيمة الفعلية %1</translation>
    </message>
    <message>
        <source>no actual reported</source>
        <translation>لم تُبلَّغ قيمة فعلية</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Comment on the actual: %1</source>
        <translation>تعليق على القيمة الفعلية: %1</translation>
    </message>
    <message>
        <source>Comment on the target: %1</source>
        <translation>تعليق على الهدف: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Comment on the actual</source>
        <translation>تعليق على القيمة الفعلية</translation>
    </message>
</context>
<context>
    <name>sharaka::PrintController</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Sharaka Dashboard</source>
        <translation>لوحة متابعة شراكة</translation>
    </message>
    <message>
        <source>Sharaka chart</source>
        <translation>مخطط شراكة</translation>
    </message>
    <message>
        <source>Print Dashboard</source>
        <translation>طباعة لوحة المتابعة</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>طباعة المخطط</translation>
    </message>
    <message>
        <source>Print Preview: Dashboard</source>
        <translation>معاينة الطباعة: لوحة المتابعة</translation>
    </message>
    <message>
        <source>Print Preview: Chart</source>
        <translation>معاينة الطباعة: المخطط</translation>
    </message>
    <message>
        <source>&amp;Print Dashboard…</source>
        <translation>طباعة لوحة المتابعة…</translation>
    </message>
    <message>
        <source>Print the whole dashboard on one page</source>
        <translation>طباعة لوحة المتابعة كاملة على صفحة واحدة</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Show how the dashboard will look on paper</source>
        <translation>عرض شكل لوحة المتابعة على الورق</translation>
    </message>
    <message>
        <source>Print C&amp;hart…</source>
        <translation>طباعة المخطط…</translation>
    </message>
    <message>
        <source>Print the chart that has keyboard focus (or the first chart) on one page</source>
        <translation>طباعة المخطط الذي عليه تركيز لوحة المفاتيح (أو المخطط الأول) على صفحة واحدة</translation>
    </message>
    <message>
        <source>Chart Print Previe&amp;w…</source>
        <translation>معاينة طباعة المخطط…</translation>
    </message>
    <message>
        <source>Show how the chart will look on paper</source>
        <translation>عرض شكل المخطط على الورق</translation>
    </message>
    <message>
        <source>There is no chart “%1” to print.</source>
        <translation>لا يوجد مخطط «%1» لطباعته.</translation>
    </message>
    <message>
        <source>The printer “%1” could not be opened.</source>
        <translation>تعذّر فتح الطابعة «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>تعذّرت كتابة «%1».</translation>
    </message>
    <message>
        <source>Sharaka factsheet</source>
        <translation>صحيفة وقائع شراكة</translation>
    </message>
    <message>
        <source>Print Preview: Factsheet</source>
        <translation>معاينة الطباعة: صحيفة الوقائع</translation>
    </message>
    <message>
        <source>Print Factsheet</source>
        <translation>طباعة صحيفة الوقائع</translation>
    </message>
    <message>
        <source>Print Fac&amp;tsheet…</source>
        <translation>طباعة صحيفة الوقائع…</translation>
    </message>
    <message>
        <source>Print the factsheet: key figures, map, timeline, charts and sources on one page</source>
        <translation>طباعة صحيفة الوقائع: الأرقام الرئيسية والخريطة والخط الزمني والمخططات والمصادر في صفحة واحدة</translation>
    </message>
    <message>
        <source>Show how the factsheet will look on paper</source>
        <translation>عرض شكل صحيفة الوقائع على الورق</translation>
    </message>
    <message>
        <source>Factsheet Print Pr&amp;eview…</source>
        <translation>معاينة طباعة صحيفة الوقائع…</translation>
    </message>
</context>
<context>
    <name>sharaka::ProblemsDialog</name>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>تعذّر فتح مجموعة البيانات</translation>
    </message>
    <message>
        <source>“%1” was not opened because of the problems below. The dashboard still shows the data it showed before.</source>
        <translation>لم يُفتح «%1» بسبب المشكلات أدناه. ولا تزال لوحة المتابعة تعرض البيانات التي كانت تعرضها من قبل.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Copy every problem to the clipboard</source>
        <translation>نسخ كل المشكلات إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>sharaka::SaveAllChartsCommand</name>
    <message>
        <source>Save All Charts Into Folder</source>
        <translation>حفظ كل المخططات في مجلد</translation>
    </message>
    <message>
        <source>Saving charts…</source>
        <translation>جارٍ حفظ المخططات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>حفظ كل المخططات</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ولا شيء غيرها.</numerusform>
            <numerusform>… وملف آخر.</numerusform>
            <numerusform>… وملفان آخران.</numerusform>
            <numerusform>… و%n ملفات أخرى.</numerusform>
            <numerusform>… و%n ملفًا آخر.</numerusform>
            <numerusform>… و%n ملف آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save All Charts</source>
        <translation>تعذّر حفظ كل المخططات</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1; these could not be saved:</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
            <numerusform>حُفظ ملف واحد في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
            <numerusform>حُفظ ملفان في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
            <numerusform>حُفظت %n ملفات في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
            <numerusform>حُفظ %n ملفًا في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
            <numerusform>حُفظ %n ملف في %1؛ وتعذّر حفظ الملفات التالية:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) saved in %1</source>
        <translation>
            <numerusform>أُلغي الحفظ: لم يُحفظ أي ملف في %1</numerusform>
            <numerusform>أُلغي الحفظ: حُفظ ملف واحد في %1</numerusform>
            <numerusform>أُلغي الحفظ: حُفظ ملفان في %1</numerusform>
            <numerusform>أُلغي الحفظ: حُفظت %n ملفات في %1</numerusform>
            <numerusform>أُلغي الحفظ: حُفظ %n ملفًا في %1</numerusform>
            <numerusform>أُلغي الحفظ: حُفظ %n ملف في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف في %1</numerusform>
            <numerusform>حُفظ ملف واحد في %1</numerusform>
            <numerusform>حُفظ ملفان في %1</numerusform>
            <numerusform>حُفظت %n ملفات في %1</numerusform>
            <numerusform>حُفظ %n ملفًا في %1</numerusform>
            <numerusform>حُفظ %n ملف في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;All Charts…</source>
        <translation>حفظ كل المخططات…</translation>
    </message>
    <message>
        <source>Save every chart into one folder as PNG, JPEG, SVG or PDF, optionally in every language</source>
        <translation>حفظ كل المخططات في مجلد واحد بتنسيق PNG أو JPEG أو SVG أو PDF، وبكل اللغات إن شئت</translation>
    </message>
</context>
<context>
    <name>sharaka::ShareModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Policy marker</source>
        <translation>مؤشر السياسات</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>Share of the activity</source>
        <translation>حصة النشاط</translation>
    </message>
</context>
<context>
    <name>sharaka::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>عنصر التحكم التالي أو السابق</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab‏، Shift+Tab</translation>
    </message>
    <message>
        <source>Previous or next event on the timeline</source>
        <translation>الحدث السابق أو التالي في الخط الزمني</translation>
    </message>
    <message>
        <source>First or last event on the timeline</source>
        <translation>الحدث الأول أو الأخير في الخط الزمني</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home‏، End</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>فتح قائمة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <comment>keys for the previous, then the next event; in a right-to-left language Right goes back: Right, Left</comment>
        <translation>السهم الأيمن، السهم الأيسر</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <comment>a language whose menus have no mnemonics (Arabic) says: Alt, then the arrow keys</comment>
        <translation>Alt، ثم مفاتيح الأسهم</translation>
    </message>
</context>
<context>
    <name>sharaka::SourcesPanel</name>
    <message>
        <source>date not given</source>
        <translation>التاريخ غير محدد</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>No data notes in this dataset.</source>
        <translation>لا تتضمن مجموعة البيانات هذه أي ملاحظات على البيانات.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>ملاحظات على البيانات</translation>
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
    <message>
        <source>language not given</source>
        <translation>اللغة غير محددة</translation>
    </message>
    <message>
        <source>Sources and data notes</source>
        <translation>المصادر والملاحظات على البيانات</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>المنظمات المشاركة</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>النوع غير محدد</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Related activities</source>
        <translation>الأنشطة المرتبطة</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Organisations taking part in the activity, and related activities</source>
        <translation>المنظمات المشاركة في النشاط، والأنشطة المرتبطة به</translation>
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
        <source>No dated events</source>
        <translation>لا توجد أحداث مؤرّخة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Project timeline, event %1 of %2. The left and right arrow keys, Home and End move between events.</source>
        <translation>الخط الزمني للمشروع، الحدث %1 من %2. ينتقل مفتاح السهم الأيمن إلى الحدث السابق والأيسر إلى التالي، وينتقل Home وEnd إلى الحدث الأول والأخير.</translation>
    </message>
    <message numerus="yes">
        <source>%n events here without room for a label:</source>
        <translation>
            <numerusform>لا أحداث هنا بلا مساحة لتسمية:</numerusform>
            <numerusform>حدث واحد هنا بلا مساحة لتسميته:</numerusform>
            <numerusform>حدثان هنا بلا مساحة لتسميتهما:</numerusform>
            <numerusform>%n أحداث هنا بلا مساحة لتسمياتها:</numerusform>
            <numerusform>%n حدثًا هنا بلا مساحة لتسمياتها:</numerusform>
            <numerusform>%n حدث هنا بلا مساحة لتسمياتها:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وحدث آخر</numerusform>
            <numerusform>وحدثان آخران</numerusform>
            <numerusform>و%n أحداث أخرى</numerusform>
            <numerusform>و%n حدثًا آخر</numerusform>
            <numerusform>و%n حدث آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to step through them; the arrow keys move through every event.</source>
        <translation>انقر للتنقل بينها واحدًا تلو الآخر؛ وتتنقل مفاتيح الأسهم بين كل الأحداث.</translation>
    </message>
    <message>
        <source>Partner countries, no date of change given by the sources: %1</source>
        <translation>البلدان الشريكة (تاريخ التغيير غير محدد في المصادر): %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between membership groups</comment>
        <translation>؛ </translation>
    </message>
</context>
</TS>
