## الجلسات الإعلامية لأمين المظالم (Arabic). Key terms: see locales/GLOSSARY.md. RTL: every line starts with an Arabic word.

## أسطر الجلسة الواحدة (القائمة، البطاقة، الرسائل)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 الموعد: { DATETIME($date, dateStyle: "full") }، من { $start } إلى { $end } (بتوقيت صوفيا)
sessions-where = 📍 المكان: { $venue }، { $address }
sessions-interpretation = 🗣 الترجمة الفورية إلى: { $languages }
sessions-no-interpretation = 🗣 باللغة البلغارية، دون ترجمة فورية
sessions-seats = 💺 المقاعد المتاحة: { $left } من { $capacity }
sessions-full =
    💺 لا توجد مقاعد متاحة. { $waiting ->
        [0] قائمة الانتظار فارغة حاليًا.
       *[other] عدد الأشخاص في قائمة الانتظار: { $waiting }.
    }
sessions-notes = 📝 معلومات مفيدة: { $notes }
sessions-join = { $first }، { $rest }
sessions-lines =
    { $first }
    { $rest }

## القائمة
sessions-list-title = <b>الجلسات الإعلامية</b> لأمين المظالم في مراكز اندماج المهاجرين. الجميع مرحَّب بهم، والمشاركة مجانية. الصفحة { $page } من { $pages }.
sessions-list-empty = لا توجد جلسات إعلامية مخطط لها الآن. يُرجى العودة لاحقًا.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ الأقدم
sessions-later = التالية ▶️
sessions-all = 📅 كل الجلسات

## بطاقة الجلسة
sessions-register = ✍️ التسجيل
sessions-join-waiting = ⏳ الانضمام إلى قائمة الانتظار
sessions-unregister = ❌ إلغاء تسجيلي
sessions-calendar = 📆 إضافة إلى التقويم
sessions-map = 🗺 عرض على الخريطة
sessions-open-card = 📅 عرض الجلسة
sessions-you-registered = ✅ تم تسجيلك في هذه الجلسة.
sessions-you-waiting = ⏳ رقمك في قائمة الانتظار: { $position }. إذا أصبح مقعد متاحًا، يتقدم دورك في القائمة ونخبرك بذلك.
sessions-registered = ✅ تم: تم تسجيلك. سنرسل لك تذكيرًا قبل الجلسة.
sessions-registered-toast = تم تسجيلك.
sessions-waiting = ⏳ كل المقاعد محجوزة. رقمك في قائمة الانتظار: { $position }. إذا أصبح مقعد متاحًا، يتقدم دورك في القائمة تلقائيًا ونخبرك بذلك.
sessions-waiting-toast = تمت إضافتك إلى قائمة الانتظار.
sessions-already-registered = تم تسجيلك من قبل.
sessions-already-waiting = اسمك في قائمة الانتظار من قبل.
sessions-closed = التسجيل في هذه الجلسة مغلق: أُلغيت الجلسة، أو بدأت بالفعل.
sessions-needs-consent = للتسجيل، يُرجى أولًا الموافقة على إشعار الخصوصية.
sessions-unregister-confirm = هل نلغي تسجيلك في «{ $title }»؟
sessions-unregister-yes = نعم، إلغاء التسجيل
sessions-unregister-no = لا، إبقاء التسجيل
sessions-unregistered = تم إلغاء تسجيلك. يمكنك التسجيل مرة أخرى ما دامت هناك مقاعد متاحة.
sessions-unregistered-toast = تم إلغاء التسجيل.
sessions-not-registered = لا يوجد تسجيل لك في هذه الجلسة.
sessions-calendar-sent = ملف التقويم في الأسفل. يُرجى فتحه لإضافة الجلسة إلى تقويمك.
sessions-calendar-alarm = تذكير: { $title }
sessions-no-map = لا توجد خريطة لهذا المكان بعد.

## رسائل يرسلها البوت لاحقًا
sessions-moved-up = 🎉 خبر سار: أصبح مقعد متاحًا. تم تسجيلك الآن في هذه الجلسة الإعلامية.
sessions-cancelled-notice = ❌ نأسف: أُلغيت هذه الجلسة الإعلامية. لن تُعقد.
sessions-changed-notice = ✏️ تغيّرت تفاصيل هذه الجلسة الإعلامية. يُرجى الاطلاع على التفاصيل الجديدة.
sessions-reminder =
    ⏰ تذكير: تبدأ الجلسة الإعلامية بعد { $hours ->
        [one] ساعة واحدة.
        [two] ساعتين.
        [few] { $hours } ساعات.
       *[other] { $hours } ساعة.
    }
sessions-announce-new = 📣 جلسة إعلامية جديدة لأمين المظالم:
sessions-announce-cancelled = 📣 أُلغيت هذه الجلسة الإعلامية:

## الموظفون: إنشاء جلسة وتعديلها في المحادثة
sessions-new-title = يُرجى إرسال عنوان الجلسة الإعلامية. يظهر العنوان بكل اللغات، وبعده يمكنك إضافة عنوان بلغات أخرى. (الإيقاف: /cancel)
sessions-new-titles = العنوان لكل اللغات: «{ $title }». يمكنك إضافة عنوان بلغة معيّنة (✅ = مكتوب). يُرجى الضغط على «التالي» عند الانتهاء.
sessions-new-title-lang = يُرجى إرسال العنوان بهذه اللغة: { $language }.
sessions-new-start = متى تبدأ الجلسة؟ يُرجى إرسال التاريخ والوقت (بتوقيت صوفيا)، مثلًا: { $example }
sessions-new-start-bad = عذرًا، تعذّرت قراءة هذا التاريخ والوقت. يُرجى كتابتهما هكذا: { $example }
sessions-new-start-past = هذا الوقت مضى بالفعل. يُرجى إرسال وقت في المستقبل، مثلًا: { $example }
sessions-new-end = كم تستمر الجلسة؟ يُرجى الاختيار من الأسفل، أو إرسال وقت الانتهاء، مثلًا 20:00.
sessions-new-hours =
    { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    }{ $minutes ->
        [0] {""}
       *[other] {" "}و{ $minutes } دقيقة
    }
sessions-new-end-bad = عذرًا، هذا ليس وقت انتهاء بعد البداية. يُرجى إرساله هكذا: 20:00، أو اختيار زر.
sessions-new-venue = أين تُعقد الجلسة؟ يُرجى اختيار مكان محفوظ أو إضافة مكان جديد.
sessions-new-venue-first = أين تُعقد الجلسة؟ لا توجد أماكن محفوظة بعد: يُرجى إضافة مكان.
sessions-new-venue-add = ➕ مكان جديد
sessions-new-venue-name = يُرجى إرسال اسم المكان، مثلًا اسم مركز الاندماج.
sessions-new-venue-address = يُرجى إرسال عنوان «{ $name }».
sessions-new-venue-coords = يُرجى إرسال موقع المكان للخريطة: مشاركة موقع في تيليغرام، أو إرسال الإحداثيات، مثلًا 42.6977, 23.3219. أو الضغط على «تخطي»: عندها يرى الناس العنوان فقط.
sessions-new-coords-bad = عذرًا، هذه ليست إحداثيات. يُرجى إرسالها هكذا: 42.6977, 23.3219، أو مشاركة موقع، أو الضغط على «تخطي».
sessions-new-languages = إلى أي لغات ستكون الترجمة الفورية؟ يُرجى الضغط على لغة لاختيارها أو إزالتها (✅ = مختارة)، ثم على «التالي».
sessions-new-capacity = كم عدد المقاعد؟ يُرجى إرسال رقم من 1 إلى { $most }.
sessions-new-capacity-bad = يُرجى إرسال عدد صحيح من 1 إلى { $most }.
sessions-new-capacity-low = عدد المسجلين الآن: { $count }. لا يمكن أن يكون عدد المقاعد أقل من ذلك.
sessions-new-notes = هل هناك ما يجب أن يعرفه الناس، مثلًا ماذا يحضرون أو كيف يجدون القاعة؟ يُرجى إرساله، أو الضغط على «تخطي».
sessions-new-too-long = النص طويل جدًا: الحد الأقصى { $most } حرفًا.
sessions-new-use-buttons = يُرجى استخدام الأزرار في هذه الخطوة.
sessions-new-next = التالي ➡️
sessions-new-skip = تخطي
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>يُرجى مراجعة الجلسة الإعلامية:</b>
sessions-new-publish = ✅ نشر
sessions-new-keep = 💾 حفظ كمسودة
sessions-new-discard = 🗑 حذف المسودة
sessions-new-published = تم النشر. يرى الناس الجلسة في /sessions
sessions-new-kept = تم الحفظ كمسودة. المسودة موجودة في /sessionlist ويمكن نشرها من هناك.
sessions-new-discarded = تم حذف المسودة.
sessions-new-resume = لديك جلسة إعلامية لم تكتمل. لنكمل من حيث توقفت. (الحذف: /cancel)
sessions-new-gone = هذه المسودة لم تعد موجودة. لبدء جلسة جديدة: /newsession
sessions-edit-menu = <b>ما الذي يجب تغييره؟</b> تُحفظ التغييرات فورًا. إذا تغيّر وقت جلسة منشورة أو مكانها، يصل إشعار إلى كل المسجلين والمنتظرين.
sessions-edit-title = العنوان
sessions-edit-start = البداية
sessions-edit-end = النهاية
sessions-edit-venue = المكان
sessions-edit-languages = الترجمة الفورية
sessions-edit-capacity = المقاعد
sessions-edit-notes = الملاحظات
sessions-edit-done = ✅ تم
sessions-edit-finished = انتهى التعديل. كل الجلسات في /sessionlist
sessions-field-missing = غير محدد بعد
sessions-staff-titles = 🌐 عناوين خاصة باللغات: { $languages }
sessions-staff-when-missing = 🕒 الموعد: غير محدد بعد
sessions-staff-where-missing = 📍 المكان: غير محدد بعد
sessions-staff-coords = 🗺 الخريطة: { $coords }
sessions-staff-capacity = 💺 المقاعد: { $capacity }
sessions-staff-capacity-missing = 💺 المقاعد: { $missing }

## الموظفون: القائمة، بطاقة الجلسة، قائمة المسجلين
sessions-staff-title = <b>الجلسات الإعلامية</b> (المسودات، والجلسات القادمة، وجلسات آخر 30 يومًا). الصفحة { $page } من { $pages }. يُرجى الضغط على رقم لفتح الجلسة.
sessions-staff-empty = لا توجد جلسات إعلامية بعد. يمكنك إنشاء جلسة بالزر في الأسفل أو بالأمر /newsession
sessions-staff-item = رقم { $number }: { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 مسودة
        [upcoming] 🟢 منشورة
        [past] ⚪ انتهت
       *[cancelled] ❌ ملغاة
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · المسجلون: { $registered }/{ $capacity }، المنتظرون: { $waiting }
sessions-staff-line-undated = 📝 مسودة · <b>{ $title }</b> · دون تاريخ بعد
sessions-staff-open = { $number }
sessions-staff-new = ➕ جلسة جديدة
sessions-staff-edit = ✏️ تعديل
sessions-staff-people = 👥 المسجلون
sessions-staff-cancel = ❌ إلغاء الجلسة
sessions-staff-back = ⬅️ كل الجلسات
sessions-staff-back-one = ⬅️ العودة إلى الجلسة
sessions-staff-cancel-confirm =
    هل نلغي «{ $title }»؟ { $count ->
        [0] لا يوجد مسجلون بعد.
       *[other] عدد المسجلين والمنتظرين الذين سيصلهم إشعار: { $count }.
    } لا يمكن التراجع عن ذلك.
sessions-staff-cancel-yes = نعم، إلغاء الجلسة
sessions-staff-cancel-no = لا، إبقاء الجلسة
sessions-staff-cancelled =
    تم إلغاء الجلسة. { $count ->
        [0] لم يكن هناك مسجلون.
       *[other] عدد الذين نرسل لهم إشعارًا: { $count }.
    }
sessions-staff-publish-past = وقت بداية هذه المسودة مضى. يُرجى الضغط على «تعديل» لتحديد وقت جديد.
sessions-staff-people-title = <b>المسجلون في: { $title }</b> · المسجلون: { $registered }/{ $capacity }، المنتظرون: { $waiting }. لا تُحفظ الأسماء: يظهر كل شخص باسم مستعار.
sessions-staff-waiting-title = <b>قائمة الانتظار</b>
sessions-staff-person = رقم { $number }: { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = لم يسجّل أحد بعد.
