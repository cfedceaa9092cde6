## صوت الصورة: صورة من المدينة وقصتها. المصطلحات: locales/GLOSSARY.md.

pv-intro =
    <b>📷 صوت الصورة</b>
    يُرجى مشاركة صورة من صوفيا: صورة لشيء يُظهر كيف يسير الاندماج في حياتك، ما الذي ينجح وما الذي لا ينجح. ثم يُرجى كتابة قصة هذه الصورة.

    <b>من أجل سلامتك:</b>
    • يُرجى عدم تصوير وجوه الأشخاص دون موافقتهم.
    • يُرجى التأكد من عدم ظهور أسماء أو عناوين أو لوحات أرقام السيارات أو وثائق في الصورة.
    • نحذف من كل صورة بيانات المكان وبيانات الهاتف أو الكاميرا.
    لا يُعرض أي شيء للعامة دون موافقتك ودون مراجعة من مشرفي المحتوى لدينا.
pv-theme-prompt = ما موضوع صورتك؟ يُرجى اختيار موضوع.
pv-theme-work = 💼 العمل
pv-theme-education = 🎓 التعليم والمدارس
pv-theme-housing = 🏠 السكن
pv-theme-health = 🩺 الصحة
pv-theme-safety = 🛡 الأمان
pv-theme-neighbourhood = 🤝 الحي والتواصل بين الناس
pv-theme-diversity = 🎭 التنوع الثقافي
pv-theme-services = 🏛 الخدمات العامة
pv-theme-other = ✳️ موضوع آخر
pv-theme-chosen = الموضوع: { $theme }
pv-resume = لديك مشاركة في صوت الصورة لم تكتمل بعد. سنكمل من حيث توقفت.
pv-no-draft = هذه المشاركة في صوت الصورة مغلقة. لإرسال صورة جديدة: /photo

pv-photos-prompt =
    يُرجى إرسال الصور الآن. الحد الأقصى لعدد الصور: { $max }.
    يمكنك إرسالها كصور أو كملفات للحفاظ على الجودة الكاملة. ويمكنك إرسال عدة صور معًا.
pv-photo-received =
    { $count ->
        [one] تم استلام الصورة.
        [zero] تم استلام الصورة رقم { $count }.
        [two] تم استلام الصورة رقم { $count }.
        [few] تم استلام الصورة رقم { $count }.
        [many] تم استلام الصورة رقم { $count }.
       *[other] تم استلام الصورة رقم { $count }.
    } الحد الأقصى لعدد الصور: { $max }. عند الاستعداد لكتابة القصة، يُرجى الضغط على «التالي».
pv-photo-received-last =
    { $count ->
        [one] تم استلام الصورة.
        [zero] تم استلام الصورة رقم { $count }.
        [two] تم استلام الصورة رقم { $count }.
        [few] تم استلام الصورة رقم { $count }.
        [many] تم استلام الصورة رقم { $count }.
       *[other] تم استلام الصورة رقم { $count }.
    } هذا هو الحد الأقصى لمشاركة واحدة. يُرجى الضغط على «التالي» لكتابة قصتها.
pv-album-received = تم استلام صورك. الحد الأقصى لعدد الصور في المشاركة الواحدة: { $max }. يُرجى الضغط على «التالي» لكتابة قصتها.
pv-photos-so-far = عدد الصور في هذه المشاركة: { $count } من { $max }.
pv-photos-more = يمكنك إرسال صورة أخرى، أو الضغط على «التالي» لكتابة القصة.
pv-photos-next = يُرجى الضغط على «التالي» لكتابة القصة.
pv-remove-button = 🗑 إزالة صورة
pv-remove-prompt = يُرجى اختيار الصورة التي ستُزال. الصور مرقّمة بترتيب إرسالها.
pv-remove-photo = 🗑 الصورة { $n }
pv-photo-removed = تمت إزالة الصورة وحذفها.
pv-photos-kept = عدد الصور المرسلة: { $count }. والآن القصة.
pv-photos-full = وصل عدد صورك إلى الحد الأقصى لمشاركة واحدة، وهو { $max }. لم تُضف هذه الصورة. يُرجى الضغط على «التالي» للمتابعة.
pv-duplicate = لقد أرسلت هذه الصورة من قبل. لم تُضف مرة أخرى.
pv-send-photo = يُرجى إرسال صورة هنا، كصورة أو كملف صورة.
pv-photo-not-now = لا نحتاج إلى صورة في هذه الخطوة. يُرجى الإجابة عن السؤال أعلاه.
pv-use-buttons = يُرجى استخدام الأزرار.
pv-next = التالي ➡️
pv-back = ⬅️ رجوع
pv-skip = تخطي
pv-stop = ✖️ إلغاء

pv-refused-not-an-image = هذا الملف ليس صورة. يُرجى إرسال صورة بصيغة JPEG أو PNG أو WebP أو HEIC.
pv-refused-unsupported-format = لا يمكن استخدام هذا النوع من الصور. يُرجى إرسال صورة بصيغة JPEG أو PNG أو WebP أو HEIC. لا يمكن استخدام الصور المتحركة وملفات GIF.
pv-refused-too-large-file = هذا الملف كبير جدًا. الحد الأقصى لحجم الملف 20 ميغابايت.
pv-refused-too-many-pixels = هذه الصورة كبيرة جدًا (عدد البكسلات كبير جدًا). يُرجى إرسال نسخة أصغر منها.
pv-refused-truncated = يبدو أن هذه الصورة تالفة أو غير كاملة. يُرجى إرسالها مرة أخرى.
pv-refused-too-small = هذه الصورة صغيرة جدًا. يُرجى إرسال صورة أكبر.
pv-refused-too-big-download = حجم هذا الملف أكبر من 20 ميغابايت. لا يسمح تيليغرام للبوتات باستلام ملفات بهذا الحجم. يُرجى إرساله كصورة، أو إرسال ملف أصغر.
pv-refused-download-failed = تعذّر استلام هذا الملف. يُرجى المحاولة مرة أخرى.
pv-refused-busy = يُرجى إرسال الصور واحدة تلو الأخرى. يُرجى انتظار الرد على الصورة السابقة، ثم إرسال هذه الصورة مرة أخرى.

pv-story-progress = <b>قصتك، السؤال { $n } من { $total }</b>
pv-story-see = ما الذي يظهر في هذه الصورة؟
pv-story-happening = ما الذي يحدث هنا فعلًا؟
pv-story-our-lives = ما علاقة هذا بحياتنا: بحياتك وحياة الناس من حولك؟
pv-story-why = لماذا يوجد هذا الوضع؟
pv-story-do = ماذا يمكننا أن نفعل حيال ذلك؟
pv-story-title = يُرجى كتابة عنوان قصير لصورتك.
pv-story-caption = في بضع جمل: ماذا تُظهر صورتك، ولماذا هي مهمة لك؟
pv-story-hint = يُرجى كتابة الإجابة بكلماتك الخاصة وبأي لغة، أو الضغط على «تخطي».
pv-story-too-long = هذه الإجابة طويلة جدًا. الحد الأقصى لعدد الحروف: { $max }.
pv-story-text-please = يُرجى كتابة إجابتك في رسالة نصية، أو الضغط على «تخطي».
pv-story-thanks = شكرًا لك على قصتك.
pv-story-label-see = ما أراه:
pv-story-label-happening = ما يحدث:
pv-story-label-our-lives = علاقته بحياتنا:
pv-story-label-why = لماذا هو هكذا:
pv-story-label-do = ما يمكننا فعله:
pv-story-label-title = العنوان:
pv-story-label-caption = الوصف:

pv-recognisable-question = هل يمكن التعرّف على الأشخاص في صورتك، مثلًا من وجوههم؟
pv-recognisable-yes = نعم
pv-recognisable-no = لا، لا يمكن التعرّف على أحد
pv-recognisable-unsure = لا أعرف بالتأكيد
pv-agreement-question = هل وافق هؤلاء الأشخاص على تصويرهم وعلى عرض الصورة؟
pv-agreement-yes = نعم، وافقوا
pv-agreement-no = لا، أو لا أعرف
pv-research-only-note = شكرًا لك على حرصك. لم يوافق الأشخاص الظاهرون في الصورة، لذلك لن يراها إلا فريق البحث. ولن تُعرض للعامة أبدًا.

pv-display-question =
    من يمكنه رؤية صورتك وقصتك؟
    يمكنك تغيير ذلك أو سحب موافقتك لاحقًا في /mydata
pv-display-named = للعامة، مع اسمي الأول ({ $name })
pv-display-anonymous = للعامة، دون اسمي
pv-display-research = فريق البحث فقط
pv-current-choice = ✓ { $choice }
pv-display-short-named = للعامة، مع اسمك الأول ({ $name })
pv-display-short-anonymous = للعامة، دون اسمك
pv-display-short-research = فريق البحث فقط

pv-confirm-title = <b>يُرجى مراجعة مشاركتك</b>
pv-summary-theme = الموضوع: { $theme }
pv-summary-photos = عدد الصور: { $count }
pv-summary-no-story = لم تُكتب قصة.
pv-summary-people = الأشخاص في الصورة: { $answer }
pv-summary-unanswered = لا توجد إجابة
pv-summary-people-none = لا يمكن التعرّف على أحد
pv-summary-people-agreed = يمكن التعرّف عليهم، وقد وافقوا
pv-summary-people-no-agreement = يمكن التعرّف عليهم، دون موافقتهم
pv-summary-display = من يمكنه رؤيتها: { $display }
pv-confirm-moderation = قبل عرض أي شيء للعامة، يراجعه مشرف المحتوى.
pv-send = ✅ إرسال
pv-submitted = شكرًا لك! تم إرسال مشاركتك في صوت الصورة. سنخبرك عندما يراجعها مشرف المحتوى. يمكنك رؤيتها أو تغيير من يمكنه رؤيتها أو حذفها في /mydata
pv-discarded = تم الإيقاف. حُذفت صور هذه المشاركة وقصتها.
pv-limit-day = شكرًا لك على كل صورك! الحد الأقصى لعدد المشاركات التي يمكن للشخص الواحد بدؤها في صوت الصورة خلال 24 ساعة: { $max }. يمكنك بدء مشاركة جديدة ابتداءً من: { DATETIME($date, dateStyle: "long") }، الساعة { $time } (بتوقيت صوفيا).
pv-limit-waiting =
    { $count ->
        [zero] لا توجد لديك مشاركات بانتظار مراجعة مشرف المحتوى.
        [one] لديك مشاركة واحدة في صوت الصورة بانتظار مراجعة مشرف المحتوى.
        [two] لديك مشاركتان في صوت الصورة بانتظار مراجعة مشرف المحتوى.
        [few] لديك { $count } مشاركات في صوت الصورة بانتظار مراجعة مشرف المحتوى.
        [many] لديك { $count } مشاركة في صوت الصورة بانتظار مراجعة مشرف المحتوى.
       *[other] لديك { $count } مشاركة في صوت الصورة بانتظار مراجعة مشرف المحتوى.
    } يمكنك إرسال مشاركة جديدة بعد أن يراجعها مشرف المحتوى. سنخبرك عندما يحدث ذلك.
pv-limit-photos = وصل عدد صورك المرسلة إلى الحد الأقصى الذي يمكن للشخص الواحد الاحتفاظ به هنا، وهو { $max }. لإرسال صورة جديدة، يُرجى حذف مشاركة أقدم في /mydata

pv-channel-header = <b>📷 صوت الصورة · { $theme }</b>
pv-channel-by = تصوير: { $name }

pv-review-title = <b>مشاركة في صوت الصورة رقم { $id }</b> (بانتظار المراجعة: { $waiting })
pv-review-photo = الصورة { $n } من { $total }
pv-review-display-named = للعامة، مع الاسم الأول: { $name }
pv-review-display-anonymous = للعامة، دون اسم
pv-review-display-research = فريق البحث فقط
pv-review-changed = غيّر صاحب المشاركة من يمكنه رؤيتها. يُرجى مراجعتها مرة أخرى.
pv-review-done-approved = ✅ تم قبول المشاركة رقم { $id }.
pv-review-done-rejected = ❌ تم رفض المشاركة رقم { $id }. السبب: { $reason }
pv-review-approve = ✅ قبول
pv-review-reject = ❌ رفض
pv-review-next = المشاركة التالية ➡️
pv-review-back = ⬅️ رجوع
pv-review-empty = لا توجد مشاركات في صوت الصورة بانتظار المراجعة.
pv-review-already-decided = صدر قرار بشأن هذه المشاركة من قبل.
pv-review-approved = تم القبول.
pv-review-rejected = تم الرفض.
pv-reject-prompt = لماذا تُرفض المشاركة رقم { $id }؟
pv-reject-off-theme = لا تتعلق بموضوع من مواضيع التقييم
pv-reject-face = تُظهر وجه شخص دون موافقته
pv-reject-personal-data = تظهر بيانات شخصية (أسماء، عناوين، لوحات أرقام)
pv-reject-offensive = محتوى مسيء أو يحض على الكراهية
pv-reject-quality = جودة الصورة ضعيفة جدًا
pv-reject-other = سبب آخر
pv-reason-write = يُرجى كتابة سبب رفض المشاركة رقم { $id } في رسالة واحدة (الحد الأقصى لعدد الحروف: { $max }). سيقرأ صاحب المشاركة السبب كما هو مكتوب تمامًا. للتوقف، يُرجى الضغط على «رجوع» أو إرسال /cancel
pv-reason-empty = السبب فارغ.
pv-reason-too-long = هذا السبب طويل جدًا (عدد الحروف: { $length }).
pv-reason-text-please = يُرجى كتابة السبب في رسالة نصية.
pv-note-approved-public = خبر جيد: تم قبول صورتك في صوت الصورة عن موضوع «{ $theme }». وهي معروضة الآن للعامة كما اخترت. يمكنك تغيير ذلك أو سحب موافقتك في أي وقت في /mydata
pv-note-approved = تم قبول صورتك في صوت الصورة عن موضوع «{ $theme }». وهي محفوظة لفريق البحث فقط كما اخترت. يمكنك تغيير ذلك في /mydata
pv-note-approved-waiting = خبر جيد: تم قبول صورتك في صوت الصورة عن موضوع «{ $theme }». ستُعرض للعامة كما اخترت فور أن تصبح قناتنا العامة جاهزة، وسنخبرك عندها. يمكنك تغيير ذلك أو سحب موافقتك في أي وقت في /mydata
pv-note-now-public = صورتك في صوت الصورة عن موضوع «{ $theme }» معروضة الآن للعامة كما اخترت. يمكنك تغيير ذلك أو سحب موافقتك في أي وقت في /mydata
pv-note-rejected-intro = شكرًا لك على صورتك في صوت الصورة عن موضوع «{ $theme }». قرر مشرف المحتوى عدم عرضها للعامة.
pv-note-rejected-reason = السبب: { $reason }.
pv-note-rejected-note = توضيح مشرف المحتوى: { $reason }
pv-note-rejected-after = تبقى الصورة لدى فريق البحث فقط. يمكنك حذفها في /mydata

pv-my-button = 📷 صوري في صوت الصورة
pv-my-title = <b>صوري في صوت الصورة</b>
pv-my-empty = لا توجد صور مرسلة بعد. لإرسال صورة: /photo
pv-my-item = { $theme } · { DATETIME($date, dateStyle: "medium") } · { $status }
pv-my-back = ⬅️ بياناتي
pv-my-back-list = ⬅️ صوري
pv-status-draft = غير مكتملة
pv-status-submitted = بانتظار المراجعة
pv-status-approved = مقبولة
pv-status-public = مقبولة ومعروضة للعامة
pv-status-approved-waiting = مقبولة، بانتظار القناة العامة
pv-status-rejected = لا تُعرض للعامة
pv-status-withdrawn = سُحبت من العرض العام
pv-my-status = الحالة: { $status }
pv-my-reason = السبب: { $reason }
pv-my-research-only = يمكن التعرّف على الأشخاص في هذه الصورة دون موافقتهم، لذلك لا يراها إلا فريق البحث.
pv-my-change-prompt = من يمكنه رؤيتها؟ يُرجى الاختيار للتغيير:
pv-my-changed = تم الحفظ.
pv-my-unchanged = هذا هو اختيارك الحالي.
pv-my-withdrawn = تم الحفظ. لم تعد صورتك معروضة للعامة. أصبحت لدى فريق البحث فقط.
pv-my-back-to-review = تم الحفظ. سيراجع مشرف المحتوى صورتك مرة أخرى قبل عرضها للعامة.
pv-my-review-name = تم الحفظ. سيراجع مشرف المحتوى صورتك مرة أخرى قبل عرضها مع اسمك الأول. حتى ذلك الحين تبقى معروضة للعامة دون اسمك.
pv-my-delete = 🗑 حذف هذه المشاركة
pv-my-delete-confirm = هل أحذف هذه المشاركة وصورها وقصتها؟ لا يمكن التراجع عن ذلك.
pv-my-delete-yes = نعم، أريد الحذف
pv-my-delete-no = لا، أريد الإبقاء عليها
pv-my-deleted = تم الحذف. لم تعد صور هذه المشاركة وقصتها موجودة.
