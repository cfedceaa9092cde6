## الإعلانات: المواضيع التي يشترك فيها الناس، وما يرسله إليهم الموظفون.
## المصطلحات: انظر locales/GLOSSARY.md (إعلان، موضوع، الاشتراك، نتائج التقييم).

topics-button = 📢 الإعلانات
topics-title = <b>📢 الإعلانات</b>
topics-explain = يُرجى اختيار المواضيع التي تهمك. عندما يكون هناك خبر جديد في موضوع منها، أرسل إليك رسالة. يمكنك تغيير الاختيار في أي وقت.
topic-name =
    { $topic ->
        [sessions] 📅 الجلسات الإعلامية
        [results] 📈 نتائج التقييم وخطة الاندماج في المدينة
       *[polls] 📊 استطلاعات الرأي الجديدة
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = تم الاشتراك: { $topic }
topics-unsubscribed = تم إلغاء الاشتراك: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>جلستك الإعلامية</b>
broadcast-open-poll = 📊 فتح الاستطلاع
broadcast-stop = 🔕 إلغاء الاشتراك في هذا الموضوع

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>إعلان جديد.</b> ما موضوعه؟ لن يصل إلا إلى المشتركين في هذا الموضوع.
broadcast-new-resume = لديك إعلان لم يكتمل. هذه هي الخطوة التي توقفت عندها.
broadcast-new-gone = هذا الإعلان لم يعد موجودًا. يُرجى البدء من جديد: /broadcast
broadcast-new-discard = 🗑 حذف
broadcast-new-discarded = تم حذف الإعلان. لم يُرسل أي شيء.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = الجميع
broadcast-new-narrow =
    <b>من يتلقى الإعلان؟</b> الموضوع: { $topic }
    يمكن إرساله فقط إلى من يقرؤون بلغة واحدة، أو إلى فئة واحدة فقط.
    عدد المستلمين الآن: { $count }
broadcast-new-next = التالي ➡️
broadcast-new-text =
    <b>يُرجى كتابة الإعلان</b> وإرساله في رسالة واحدة (الحد الأقصى لعدد الحروف: { $most }). يمكن أيضًا إرسال صورة واحدة.
    لغة هذا النص: { $language }
    يتلقى كل شخص النص بلغته إذا كان مكتوبًا بها. ويتلقى الباقون النص بهذه اللغة: { $fallback } (وإن لم يوجد، نصًا آخر مكتوبًا). للكتابة بلغة أخرى، يُرجى اختيارها أدناه.
    النصوص المكتوبة: { $written }
    الصورة: { $photo ->
        [yes] مضافة
       *[no] لا توجد
    }
broadcast-new-no-photo = إزالة الصورة
broadcast-new-preview-button = 👀 معاينة
broadcast-new-text-saved = تم الحفظ. لغة النص: { $language }
broadcast-new-empty = النص فارغ. يُرجى كتابة الإعلان.
broadcast-new-too-long = عدد حروف هذا النص { $count }، والحد الأقصى { $most }. يُرجى تقصيره وإرساله مرة أخرى.
broadcast-new-use-buttons = يُرجى استخدام الأزرار أدناه.
broadcast-new-use-text = يُرجى إرسال الإعلان نصًا، أو إرسال صورة واحدة.
broadcast-new-photo-saved = تمت إضافة الصورة. أُزيلت منها بيانات الموقع والكاميرا.
broadcast-new-photo-not-now = يمكن إضافة صورة أثناء كتابة نص الإعلان: /broadcast
broadcast-new-photo-bad = لا يمكن استخدام هذه الصورة. يُرجى إرسال صورة أخرى.
broadcast-new-preview =
    <b>معاينة.</b> في الأعلى ما سيراه من يقرؤون بلغتك.
    عدد المستلمين: { $count }
broadcast-new-preview-line = القراء بلغة { $language }: { $count }، النص: { $text }
broadcast-new-send = ✅ إرسال ({ $count })
broadcast-new-edit = ✏️ تغيير النص
broadcast-new-nobody = لن يتلقى أحد هذا الإعلان: لا يوجد من يطابق هذا الاختيار. يُرجى تغيير الاختيار أو حذف الإعلان.
broadcast-new-no-sessions = الإعلانات للمسجلين في جلسة غير متاحة بعد.
broadcast-queued = الإعلان رقم { $id } في الطريق. عدد المستلمين: { $count }. يمكن متابعة الإرسال أدناه.

# staff: progress and report
broadcast-progress = 📢 الإعلان رقم { $id }: جارٍ الإرسال. أُرسل: { $sent } · لم يصل: { $failed } · في الانتظار: { $waiting }
broadcast-cancel = ✋ إيقاف الإعلان
broadcast-report =
    📢 <b>الإعلان رقم { $id }: { $state ->
        [cancelled] أُوقف
       *[done] اكتمل
    }.</b>
    أُرسل: { $sent } من { $total }
    لم يصل: { $failed } (حظروا البوت: { $blocked })
    أُوقف: { $cancelled }
    انقطع الإرسال، وربما وصل: { $unknown }
broadcast-cancelled = تم الإيقاف. عدد الرسائل التي لن تُرسل: { $count }
broadcast-cancelled-already = هذا الإعلان متوقف بالفعل.
broadcast-list-title = <b>آخر الإعلانات</b>
broadcast-list-line =
    الإعلان رقم { $id } · { $audience } · { $state ->
        [cancelled] أُوقف
        [done] اكتمل
       *[sending] جارٍ الإرسال
    } · أُرسل { $sent } من { $total }
broadcast-list-empty = لم يُرسل أي إعلان بعد.
broadcast-to-session = المسجلون في جلسة
broadcast-session-button = 📢 رسالة إلى المسجلين
