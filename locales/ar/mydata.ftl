## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything (Arabic).

mydata-title = <b>بياناتي</b>
mydata-language = اللغة: { $name }
mydata-group = الوصف الذي اخترته: { $group }
mydata-none = غير محدد
mydata-consent = وافقت على إشعار الخصوصية بتاريخ { DATETIME($date, dateStyle: "long") }.
mydata-consent-withdrawn = سحبت موافقتك بتاريخ { DATETIME($date, dateStyle: "long") }. ومنذ ذلك الحين لا نجمع منك أي بيانات جديدة.
mydata-kept = <b>ما نحفظه منك</b>
mydata-records =
    { $kind ->
        [finished] الاستبيانات المكتملة
        [unfinished] الاستبيانات غير المكتملة
        [answers] إجابات الاستبيانات
        [votes] الأصوات في استطلاعات الرأي
        [photos] الصور
        [registrations] التسجيلات في الجلسات
        [subscriptions] مواضيع الإعلانات
       *[other] سجلات أخرى
    }: { $count }
mydata-nothing-kept = لا نحفظ منك أي إجابات أو أصوات أو صور.
mydata-no-consent = لا توجد موافقة منك على إشعار الخصوصية، لذلك لا أحفظ سوى لغتك.
mydata-answers = 📄 إجاباتي
mydata-export = 📥 تنزيل كل بياناتي (ملف)
mydata-change-group = تغيير «أيّ وصف ينطبق عليك؟»
mydata-withdraw = ✋ سحب موافقتي
mydata-delete = 🗑 حذف كل بياناتي
mydata-back = ⬅️ بياناتي

## My answers

mydata-answers-title = <b>إجاباتي</b>
mydata-answers-title-paged = <b>إجاباتي</b> · الصفحة { $page } من { $pages }
mydata-answers-none = لا توجد لديك بعد إجابات عن أي استبيان أو استطلاع رأي.
mydata-answers-finished =
    <b>{ $title }</b>
    تاريخ الإكمال: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    لم يكتمل بعد. آخر إجابة: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>استطلاعات الرأي</b>
mydata-answers-old-form = هذه النسخة من الاستبيان لم تعد مستخدمة، لذلك لا يمكن عرض أسئلتها هنا. إجاباتك موجودة في الملف الذي يضم كل بياناتك.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (تم التخطي)
mydata-answer-photo = 📷 صورة
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = التقييم: { $value } (من { $min } «{ $low }» إلى { $max } «{ $high }»)
mydata-answers-previous = الصفحة السابقة
mydata-answers-next = الصفحة التالية

## The file with all my data

mydata-export-caption = كل بياناتك في ملف واحد (JSON). يستطيع أي شخص يحصل على هذا الملف أن يقرأ إجاباتك، لذا يُرجى الاحتفاظ به في مكان آمن.
mydata-export-about = كل ما يحفظه بوت تقييم الاندماج في مدينة صوفيا عنك، في يوم طلبك. الرموز مكتوبة كما هي محفوظة، والنصوص بجانبها بلغتك.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>هل تريد سحب موافقتك؟</b>

    بعد ذلك لن نجمع منك أي بيانات جديدة. وللإجابة عن الاستبيان أو التصويت أو إرسال الصور مرة أخرى، يلزم الموافقة على إشعار الخصوصية من جديد.

    ماذا نفعل بما قدمته من قبل؟ القرار لك:
    <b>الاحتفاظ بإجاباتي للبحث:</b> تبقى إجاباتك وأصواتك وصورك لدى فريق التقييم، ولا تُستخدم إلا في تقارير تعرض الأرقام الإجمالية والأسماء المستعارة. تُزال الصور المعروضة للعامة. ونحذف الفئة التي تصفك. ونحتفظ بتاريخ موافقتك وتاريخ سحبها.
    <b>حذف كل شيء:</b> نحذف كل إجاباتك وأصواتك وصورك وقصصك. ولا تبقى إلا لغتك.
mydata-withdraw-keep = ✋ سحب الموافقة والاحتفاظ بإجاباتي للبحث
mydata-withdraw-delete = 🗑 سحب الموافقة وحذف كل شيء
mydata-withdraw-no = لا، أحتفظ بموافقتي
mydata-withdrawn = تم. سُحبت موافقتك. لا نجمع منك أي بيانات جديدة. وتبقى إجاباتك السابقة لدى فريق التقييم. ويمكنك هنا الاطلاع عليها أو تنزيلها أو حذفها في أي وقت.

## Deleting everything

mydata-delete-confirm = هل أحذف كل ما أحفظه عنك: إجاباتك عن الاستبيانات واستطلاعات الرأي، وصورك وقصصك، والفئة التي تصفك، وموافقتك؟ لا يمكن التراجع عن ذلك. تبقى لغتك فقط، لكي أتمكن من الرد عليك.
mydata-delete-yes = نعم، حذف كل شيء
mydata-delete-no = لا، أريد الاحتفاظ بها
mydata-deleted = تم. حُذفت بياناتك. لم نحتفظ إلا بلغتك. تبقى رسائلنا السابقة في هذه المحادثة، ومعها إجاباتك، في تيليغرام إلى أن تحذف المحادثة. مرحبًا بك مجددًا في أي وقت.
