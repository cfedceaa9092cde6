## استطلاعات الرأي (Arabic). Key terms: see locales/GLOSSARY.md. RTL: every line starts with an Arabic word.

## استطلاع الرأي الذي يأتي مع البوت: سؤال الحملة.
poll-economic-migrants-question = أيّ رأي عن المهاجرين الاقتصاديين أقرب إلى رأيك؟
poll-economic-migrants-option-1 = بشكل عام، يدعمون الدولة بعملهم الجاد وبمواهبهم
poll-economic-migrants-option-2 = بشكل عام، هم عبء على الدولة لأنهم يأخذون فرص العمل والمساكن ويستفيدون من الرعاية الصحية

## التصويت
polls-list-title = <b>استطلاعات الرأي</b> المفتوحة الآن. يُرجى اختيار استطلاع للتصويت:
polls-list-line = الاستطلاع { $number }: { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = لا توجد استطلاعات رأي مفتوحة الآن. يُرجى العودة لاحقًا.
polls-closed-list = 🏁 نتائج الاستطلاعات المغلقة
polls-closed-title = <b>استطلاعات الرأي المغلقة</b>. يُرجى اختيار استطلاع لرؤية نتائجه النهائية:
polls-closed-empty = لا توجد استطلاعات رأي مغلقة بعد.
polls-open-list = 📊 الاستطلاعات المفتوحة
polls-not-found = لم يتم العثور على استطلاع الرأي هذا، أو أنه غير مفتوح.
polls-other = 📊 استطلاعات أخرى
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = يُرجى اختيار إجابة واحدة.
polls-hint-multiple = يُرجى اختيار إجابة واحدة أو أكثر، ثم الضغط على «إرسال».
polls-hint-change = يمكنك تغيير صوتك ما دام الاستطلاع مفتوحًا.
polls-hint-final = لا يمكن تغيير الصوت لاحقًا.
polls-hint-closes = الاستطلاع مفتوح حتى: { DATETIME($date, dateStyle: "long") }، الساعة { $time } (بتوقيت صوفيا).
polls-join-lines =
    { $first }
    { $rest }
polls-join-cells = { $first } · { $rest }
polls-join-comma = { $first }، { $rest }
polls-option-line =
    الإجابة { $number }: { $label }{ $mine ->
        [yes] {" "}· ✔️ صوتك
       *[no] {""}
    }
polls-option-button =
    { $mine ->
        [yes] ✓{" "}
       *[no] {""}
    }{ $number }. { SHORT($label) }
polls-option-ticked = ☑️ { $number }. { SHORT($label) }
polls-option-unticked = ⬜ { $number }. { SHORT($label) }
polls-send = ✅ إرسال
polls-choose-one = يُرجى اختيار إجابة واحدة على الأقل.
polls-saved = شكرًا لك! تم حفظ صوتك.
polls-changed = تم تغيير صوتك.
polls-same = هذا هو صوتك بالفعل.
polls-locked = لديك صوت محفوظ في هذا الاستطلاع بالفعل. لا يمكن تغيير الصوت في هذا الاستطلاع.
polls-locked-toast = لا يمكن تغيير الصوت في هذا الاستطلاع.
polls-closed = هذا الاستطلاع مغلق. شكرًا لاهتمامك! هذه هي النتائج النهائية.
polls-closed-toast = هذا الاستطلاع مغلق.
polls-audience = هذا الاستطلاع مخصص لبعض الفئات فقط. شكرًا لاهتمامك! يمكنك التصويت في الاستطلاعات الأخرى.
polls-change = ✏️ تغيير صوتي
polls-change-lead =
    { $multiple ->
        [yes] يُرجى تحديد إجاباتك الجديدة ثم الضغط على «إرسال». إجاباتك الحالية محددة بالفعل.
       *[no] يُرجى اختيار إجابتك الجديدة. صوتك الحالي عليه العلامة ✓.
    }

## النتائج. النسب أعداد صحيحة مجموعها 100 (طريقة أكبر باقٍ).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>النتائج النهائية</b>
       *[no] 📊 <b>النتائج حتى الآن</b>
    }
    { $question }
polls-result-line =
    الإجابة { $number }: { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { NUMBER($count) } أصوات
        [many] { NUMBER($count) } صوتًا
       *[other] { NUMBER($count) } صوت
    }{ $mine ->
        [yes] {" "}· ✔️ صوتك
       *[no] {""}
    }
polls-results-total =
    عدد الأصوات المحسوبة في هذه النتائج: { NUMBER($count) }. { $multiple ->
        [yes] كان يمكن اختيار أكثر من إجابة، لذلك النسب محسوبة من مجموع الإجابات المختارة.{" "}
       *[no] {""}
    }النسب مقرّبة بحيث يكون مجموعها 100.
polls-results-step =
    { $closed ->
        [yes]
            لحماية خصوصية المصوّتين، كانت النتائج تُحدَّث فقط { $step ->
                [two] بعد كل صوتين
                [few] بعد كل { $step } أصوات
                [many] بعد كل { $step } صوتًا
               *[other] بعد كل { $step } صوت
            }، لذلك قد لا تكون الأصوات الأخيرة محسوبة هنا.
       *[no]
            تُحدَّث النتائج { $step ->
                [two] بعد كل صوتين
                [few] بعد كل { $step } أصوات
                [many] بعد كل { $step } صوتًا
               *[other] بعد كل { $step } صوت
            }، حتى لا يستطيع أحد معرفة كيف صوّت شخص بعينه. قد لا تكون أحدث الأصوات، وربما صوتك، محسوبة بعد.
    }
polls-results-waiting =
    { $closed ->
        [yes] عدد الأصوات في هذا الاستطلاع أقل من { $step }، لذلك لا تُعرض نتائجه حمايةً لخصوصية المصوّتين.
       *[no] ستظهر النتائج عندما يصل عدد الأصوات إلى { $step }، حتى لا يستطيع أحد معرفة كيف صوّت شخص بعينه.
    }
polls-split-title = <b>حسب الفئة</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { NUMBER($count) } أصوات
        [many] { NUMBER($count) } صوتًا
       *[other] { NUMBER($count) } صوت
    }
    { $cells }
polls-split-cell = الإجابة { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = مواطنون بلغاريون
polls-split-foreign-national = أجانب (من خارج الاتحاد الأوروبي)
polls-split-eu-citizen = مواطنون من الاتحاد الأوروبي
polls-split-other = زوار المدينة ومن لم يذكروا فئتهم
polls-split-waiting = تظهر النتائج حسب الفئة عندما يصوّت عدد كافٍ من الناس: { $threshold } على الأقل في كل فئة.
polls-split-hidden = لحماية الخصوصية، لا تظهر بشكل منفصل الفئات التي يقل عدد أصواتها عن { $threshold }.
polls-split-at-close = تظهر النتائج حسب الفئة عند إغلاق الاستطلاع، حتى لا يمكن معرفة صوت أي شخص من تغيّرات صغيرة داخل فئة واحدة.

## الموظفون: إنشاء استطلاع رأي في المحادثة
polls-new-resume = لديك استطلاع لم يكتمل. سنكمل من حيث توقفت. (الأمر /cancel يحذفه.)
polls-new-slug =
    <b>استطلاع جديد.</b> أولًا، اسم قصير للرابط، مثل <code>metro-safety</code>: حروف لاتينية صغيرة وأرقام وشرطات، حتى 40 حرفًا.
    سيكون الرابط t.me/…?start=poll_<i>الاسم</i>. للإيقاف: /cancel
polls-new-slug-bad = لا يمكن استخدام هذا الاسم. يُرجى استخدام حروف لاتينية صغيرة وأرقام وشرطات فقط (من 2 إلى 40 حرفًا).
polls-new-slug-taken = الاسم { $slug } مستخدم لاستطلاع آخر. يُرجى اختيار اسم آخر.
polls-new-question = يُرجى إرسال السؤال باللغة: { $language }.
polls-new-too-long = النص طويل جدًا. الحد الأقصى لعدد الحروف: { $most }.
polls-new-empty = لا يبقى أي نص في هذه الرسالة بعد إزالة الرموز غير المرئية. يُرجى كتابتها من جديد.
polls-new-options = يُرجى إرسال الإجابات باللغة: { $language }، كل إجابة في سطر. عدد الإجابات من 2 إلى { $most }.
polls-new-translate-options =
    يُرجى إرسال الإجابات باللغة: { $language }، وعددها { $count }، كل إجابة في سطر، بهذا الترتيب:
    { $reference }
polls-new-options-bad = يُرجى إرسال الإجابات، كل إجابة في سطر. عدد الإجابات من 2 إلى { $most }.
polls-new-options-count = يُرجى إرسال الإجابات كل إجابة في سطر، وبنفس ترتيب اللغة الأولى. عدد الإجابات المطلوب بالضبط: { $count }.
polls-new-languages =
    تم الحفظ. اللغات المكتوبة حتى الآن: { $done }.
    من يستخدم لغة أخرى يرى الاستطلاع باللغة الاحتياطية. يمكنك إضافة لغة أو المتابعة.
polls-new-languages-done = متابعة ➡️
polls-new-kind = هل يختار الناس إجابة واحدة أم عدة إجابات؟
polls-new-single = إجابة واحدة
polls-new-multiple = عدة إجابات
polls-new-change = هل يمكن للناس تغيير أصواتهم ما دام الاستطلاع مفتوحًا؟
polls-new-yes = نعم
polls-new-no = لا
polls-new-audience = من يمكنه التصويت؟ الجميع، أو الفئات المحددة فقط.
polls-new-everyone = الجميع
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = متابعة ➡️
polls-new-closes = متى يُغلق الاستطلاع؟ يُرجى إرسال التاريخ والوقت بتوقيت صوفيا، مثل { $example }، أو الضغط على الزر.
polls-new-no-end = بدون موعد إغلاق
polls-new-closes-bad = يُرجى إرسال تاريخ ووقت في المستقبل، مثل 2026-12-31 18:00.
polls-new-summary =
    <b>الاستطلاع { $slug }</b>
    { $question }
    عدد الإجابات: { $count }. عدة إجابات: { $multiple ->
        [yes] نعم
       *[no] لا
    }. تغيير الصوت: { $change ->
        [yes] نعم
       *[no] لا
    }.
    من يصوّت: { $audience }. الإغلاق: { $closes }. اللغات: { $languages }.
polls-new-open = ▶️ فتح الآن
polls-new-keep = 💾 حفظ كمسودة
polls-new-discard = 🗑 حذف
polls-new-opened =
    الاستطلاع { $slug } مفتوح الآن. رابطه:
    { $link }
polls-new-kept = تم حفظ الاستطلاع { $slug } كمسودة. لفتحه: /openpoll { $slug }
polls-new-discarded = تم حذف المسودة { $slug }.
polls-new-cancelled = تم الإيقاف. حُذف الاستطلاع غير المكتمل، ولم يُحفظ أي شيء منه.
polls-new-gone = هذه المسودة لم تعد موجودة. لبدء استطلاع جديد: /newpoll
polls-new-use-buttons = يُرجى استخدام الأزرار في هذه الخطوة.

## الموظفون: إدارة استطلاعات الرأي
polls-staff-list-title = <b>جميع الاستطلاعات</b> (الاسم · الحالة · الأصوات):
polls-staff-line =
    استطلاع { $slug } · { $state ->
        [open] مفتوح
        [closed] مغلق
        [scheduled] مجدول
       *[draft] مسودة
    } · { NUMBER($count) }
polls-staff-list-empty = لا توجد استطلاعات بعد. لإنشاء استطلاع: /newpoll
polls-staff-usage = يُرجى إضافة اسم الاستطلاع: /{ $command } الاسم
polls-staff-unknown = لا يوجد استطلاع باسم { $slug }. لعرض جميع الاستطلاعات: /polllist
polls-staff-unfinished = الاستطلاع { $slug } ما زال قيد الإنشاء. يُرجى إكماله أولًا أو إلغاؤه بالأمر /cancel
polls-staff-already =
    الاستطلاع { $slug } { $state ->
        [open] مفتوح
        [closed] مغلق
        [scheduled] مجدول
       *[draft] مسودة
    } بالفعل.
polls-staff-opened =
    الاستطلاع { $slug } مفتوح الآن. رابطه:
    { $link }
polls-staff-closed = تم إغلاق الاستطلاع { $slug }. من يفتحه الآن يرى النتائج النهائية.
polls-chart-caption =
    📊 <b>{ $question }</b>
    استطلاع { $slug } · { $state ->
        [open] مفتوح
        [closed] مغلق
        [scheduled] مجدول
       *[draft] مسودة
    } · { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { NUMBER($count) } أصوات
        [many] { NUMBER($count) } صوتًا
       *[other] { NUMBER($count) } صوت
    }
    لا تظهر في الرسم البياني الفئات التي يقل عدد أصواتها عن { $threshold }.
polls-chart-votes = الأصوات
polls-chart-note = مجموع الأصوات: { NUMBER($count) }. لحماية الخصوصية، لا تظهر الفئات التي يقل عدد أصواتها عن { $threshold }.
