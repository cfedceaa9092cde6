## نظرسنجی‌ها (Farsi). Key terms: see locales/GLOSSARY.md. RTL: every line starts with a Persian word.

## نظرسنجی‌ای که همراه ربات است: پرسش کارزار.
poll-economic-migrants-question = با کدام دیدگاه درباره مهاجران اقتصادی موافق هستید؟
poll-economic-migrants-option-1 = در کل، آن‌ها با کار سخت و افراد بااستعدادشان به کشور کمک می‌کنند
poll-economic-migrants-option-2 = در کل، آن‌ها باری بر دوش کشور هستند، چون شغل‌ها و مسکن را می‌گیرند و از خدمات درمانی استفاده می‌کنند

## رأی دادن
polls-list-title = <b>نظرسنجی‌هایی</b> که اکنون باز هستند. برای رأی دادن یکی را انتخاب کنید:
polls-list-line = نظرسنجی { $number }: { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = اکنون هیچ نظرسنجی بازی وجود ندارد. لطفاً بعداً دوباره سر بزنید.
polls-closed-list = 🏁 نتیجه نظرسنجی‌های بسته‌شده
polls-closed-title = <b>نظرسنجی‌های بسته‌شده</b>. برای دیدن نتیجه نهایی، یکی را انتخاب کنید:
polls-closed-empty = هنوز هیچ نظرسنجی‌ای بسته نشده است.
polls-open-list = 📊 نظرسنجی‌های باز
polls-not-found = این نظرسنجی پیدا نشد یا باز نیست.
polls-other = 📊 نظرسنجی‌های دیگر
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = لطفاً یک پاسخ را انتخاب کنید.
polls-hint-multiple = لطفاً یک یا چند پاسخ را انتخاب کنید و سپس «ارسال» را بزنید.
polls-hint-change = تا وقتی نظرسنجی باز است، می‌توانید رأی خود را تغییر دهید.
polls-hint-final = بعداً نمی‌توانید رأی خود را تغییر دهید.
polls-hint-closes = نظرسنجی تا این زمان باز است: { DATETIME($date, dateStyle: "long") }، ساعت { $time } (به وقت صوفیه).
polls-join-lines =
    { $first }
    { $rest }
polls-join-cells = { $first } · { $rest }
polls-join-comma = { $first }، { $rest }
polls-option-line =
    پاسخ { $number }: { $label }{ $mine ->
        [yes] {" "}· ✔️ رأی شما
       *[no] {""}
    }
polls-option-button =
    { $mine ->
        [yes] ✓{" "}
       *[no] {""}
    }{ $number }. { SHORT($label) }
polls-option-ticked = ☑️ { $number }. { SHORT($label) }
polls-option-unticked = ⬜ { $number }. { SHORT($label) }
polls-send = ✅ ارسال
polls-choose-one = لطفاً دست‌کم یک پاسخ را انتخاب کنید.
polls-saved = سپاس! رأی شما ثبت شد.
polls-changed = رأی شما تغییر کرد.
polls-same = رأی فعلی شما همین است.
polls-locked = شما قبلاً در این نظرسنجی رأی داده‌اید. در این نظرسنجی نمی‌توان رأی را تغییر داد.
polls-locked-toast = در این نظرسنجی نمی‌توان رأی را تغییر داد.
polls-closed = این نظرسنجی بسته شده است. از علاقه شما سپاسگزاریم! نتیجه نهایی را در ادامه می‌بینید.
polls-closed-toast = این نظرسنجی بسته شده است.
polls-audience = این نظرسنجی فقط برای برخی گروه‌های مردم است. از علاقه شما سپاسگزاریم! می‌توانید در نظرسنجی‌های دیگر رأی دهید.
polls-change = ✏️ تغییر رأی من
polls-change-lead =
    { $multiple ->
        [yes] لطفاً پاسخ‌های تازه خود را علامت بزنید و سپس «ارسال» را بزنید. پاسخ‌های فعلی شما از قبل علامت خورده‌اند.
       *[no] لطفاً پاسخ تازه خود را انتخاب کنید. رأی فعلی شما با ✓ مشخص شده است.
    }

## نتیجه‌ها. درصدها عدد صحیح هستند و جمعشان 100 است (روش بزرگ‌ترین باقی‌مانده).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>نتیجه نهایی</b>
       *[no] 📊 <b>نتیجه تا این لحظه</b>
    }
    { $question }
polls-result-line =
    پاسخ { $number }: { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [one] { NUMBER($count) } رأی
       *[other] { NUMBER($count) } رأی
    }{ $mine ->
        [yes] {" "}· ✔️ رأی شما
       *[no] {""}
    }
polls-results-total =
    تعداد رأی‌هایی که در این نتیجه شمرده شده‌اند: { NUMBER($count) }. { $multiple ->
        [yes] امکان انتخاب بیش از یک پاسخ بود؛ درصدها سهم هر پاسخ از همه پاسخ‌های انتخاب‌شده‌اند.{" "}
       *[no] {""}
    }درصدها طوری گرد شده‌اند که جمعشان 100 شود.
polls-results-step =
    { $closed ->
        [yes] برای حفظ حریم خصوصی رأی‌دهندگان، نتیجه فقط پس از هر { $step } رأی به‌روز می‌شد؛ بنابراین ممکن است چند رأی آخر در اینجا شمرده نشده باشند.
       *[no] نتیجه پس از هر { $step } رأی به‌روز می‌شود تا هیچ‌کس نتواند بفهمد یک نفر به چه رأی داده است. ممکن است تازه‌ترین رأی‌ها، شاید رأی شما، هنوز شمرده نشده باشند.
    }
polls-results-waiting =
    { $closed ->
        [yes] تعداد رأی‌ها در این نظرسنجی کمتر از { $step } است؛ برای حفظ حریم خصوصی رأی‌دهندگان، نتیجه نشان داده نمی‌شود.
       *[no] نتیجه وقتی نشان داده می‌شود که تعداد رأی‌ها به { $step } برسد تا هیچ‌کس نتواند بفهمد یک نفر به چه رأی داده است.
    }
polls-split-title = <b>به تفکیک گروه</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [one] { NUMBER($count) } رأی
       *[other] { NUMBER($count) } رأی
    }
    { $cells }
polls-split-cell = پاسخ { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = شهروندان بلغارستان
polls-split-foreign-national = شهروندان خارجی (خارج از اتحادیه اروپا)
polls-split-eu-citizen = شهروندان اتحادیه اروپا
polls-split-other = مهمانان شهر و کسانی که گروه خود را نگفته‌اند
polls-split-waiting = نتیجه به تفکیک گروه وقتی نشان داده می‌شود که افراد کافی رأی داده باشند: دست‌کم { $threshold } نفر در هر گروه.
polls-split-hidden = برای حفظ حریم خصوصی، گروه‌هایی که کمتر از { $threshold } رأی دارند جداگانه نشان داده نمی‌شوند.
polls-split-at-close = نتیجه به تفکیک گروه وقتی نشان داده می‌شود که نظرسنجی بسته شود تا نتوان از تغییرهای کوچک در یک گروه فهمید کسی به چه رأی داده است.

## کارکنان: ساختن نظرسنجی در گفتگو
polls-new-resume = یک نظرسنجی ناتمام دارید. از همان جایی که ماندید ادامه می‌دهیم. (با /cancel حذف می‌شود.)
polls-new-slug =
    <b>نظرسنجی تازه.</b> اول یک نام کوتاه برای لینک بفرستید، مثلاً <code>metro-safety</code>: حروف کوچک لاتین، رقم و خط تیره، حداکثر 40 حرف.
    لینک این خواهد بود: t.me/…?start=poll_<i>نام</i>. برای توقف: /cancel
polls-new-slug-bad = این نام قابل استفاده نیست. لطفاً فقط از حروف کوچک لاتین، رقم و خط تیره استفاده کنید (از 2 تا 40 حرف).
polls-new-slug-taken = نام { $slug } برای نظرسنجی دیگری استفاده شده است. لطفاً نام دیگری انتخاب کنید.
polls-new-question = لطفاً پرسش را به این زبان بفرستید: { $language }.
polls-new-too-long = متن خیلی طولانی است. لطفاً حداکثر { $most } حرف بنویسید.
polls-new-empty = بعد از حذف نویسه‌های نامرئی، متنی در این پیام باقی نمی‌ماند. لطفاً دوباره آن را بنویسید.
polls-new-options = لطفاً پاسخ‌ها را به این زبان بفرستید: { $language }. هر پاسخ در یک خط (از 2 تا { $most } پاسخ).
polls-new-translate-options =
    لطفاً { $count } پاسخ را به این زبان بفرستید: { $language }. هر پاسخ در یک خط، به این ترتیب:
    { $reference }
polls-new-options-bad = لطفاً بین 2 تا { $most } پاسخ بفرستید، هر پاسخ در یک خط.
polls-new-options-count = لطفاً دقیقاً { $count } پاسخ بفرستید، هر پاسخ در یک خط، به همان ترتیب زبان اول.
polls-new-languages =
    ذخیره شد. زبان‌هایی که تا حالا نوشته شده: { $done }.
    کسانی که زبان دیگری دارند نظرسنجی را به زبان پشتیبان می‌بینند. زبانی اضافه کنید یا ادامه دهید.
polls-new-languages-done = ادامه ➡️
polls-new-kind = مردم بتوانند یک پاسخ انتخاب کنند یا چند پاسخ؟
polls-new-single = یک پاسخ
polls-new-multiple = چند پاسخ
polls-new-change = آیا مردم تا وقتی نظرسنجی باز است می‌توانند رأی خود را تغییر دهند؟
polls-new-yes = بله
polls-new-no = نه
polls-new-audience = چه کسانی می‌توانند رأی دهند؟ همه، یا فقط گروه‌هایی که علامت می‌زنید.
polls-new-everyone = همه
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = ادامه ➡️
polls-new-closes = نظرسنجی کی بسته شود؟ تاریخ و ساعت را به وقت صوفیه بفرستید، مثلاً { $example }، یا دکمه را بزنید.
polls-new-no-end = بدون زمان پایان
polls-new-closes-bad = لطفاً تاریخ و ساعتی در آینده بفرستید، مثلاً 2026-12-31 18:00.
polls-new-summary =
    <b>نظرسنجی { $slug }</b>
    { $question }
    تعداد پاسخ‌ها: { $count }. چند پاسخ: { $multiple ->
        [yes] بله
       *[no] نه
    }. تغییر رأی: { $change ->
        [yes] بله
       *[no] نه
    }.
    چه کسانی رأی می‌دهند: { $audience }. پایان: { $closes }. زبان‌ها: { $languages }.
polls-new-open = ▶️ باز کردن همین حالا
polls-new-keep = 💾 ذخیره به‌صورت پیش‌نویس
polls-new-discard = 🗑 حذف
polls-new-opened =
    نظرسنجی { $slug } باز شد. لینک آن:
    { $link }
polls-new-kept = نظرسنجی { $slug } به‌صورت پیش‌نویس ذخیره شد. برای باز کردن: /openpoll { $slug }
polls-new-discarded = پیش‌نویس { $slug } حذف شد.
polls-new-cancelled = متوقف شد. نظرسنجی ناتمام حذف شد و چیزی از آن نگه داشته نشد.
polls-new-gone = این پیش‌نویس دیگر وجود ندارد. برای شروع نظرسنجی تازه: /newpoll
polls-new-use-buttons = لطفاً در این مرحله از دکمه‌ها استفاده کنید.

## کارکنان: مدیریت نظرسنجی‌ها
polls-staff-list-title = <b>همه نظرسنجی‌ها</b> (نام · وضعیت · رأی‌ها):
polls-staff-line =
    نظرسنجی { $slug } · { $state ->
        [open] باز
        [closed] بسته
        [scheduled] زمان‌بندی‌شده
       *[draft] پیش‌نویس
    } · { NUMBER($count) }
polls-staff-list-empty = هنوز نظرسنجی‌ای وجود ندارد. برای ساختن: /newpoll
polls-staff-usage = لطفاً نام نظرسنجی را اضافه کنید: /{ $command } نام
polls-staff-unknown = نظرسنجی‌ای با نام { $slug } وجود ندارد. فهرست همه نظرسنجی‌ها: /polllist
polls-staff-unfinished = نظرسنجی { $slug } هنوز در حال ساخت است. اول آن را تمام کنید یا با /cancel لغو کنید.
polls-staff-already =
    نظرسنجی { $slug } همین حالا هم { $state ->
        [open] باز
        [closed] بسته
        [scheduled] زمان‌بندی‌شده
       *[draft] پیش‌نویس
    } است.
polls-staff-opened =
    نظرسنجی { $slug } باز شد. لینک آن:
    { $link }
polls-staff-closed = نظرسنجی { $slug } بسته شد. هر کس اکنون آن را باز کند نتیجه نهایی را می‌بیند.
polls-chart-caption =
    📊 <b>{ $question }</b>
    نظرسنجی { $slug } · { $state ->
        [open] باز
        [closed] بسته
        [scheduled] زمان‌بندی‌شده
       *[draft] پیش‌نویس
    } · { $count ->
        [one] { NUMBER($count) } رأی
       *[other] { NUMBER($count) } رأی
    }
    گروه‌هایی که کمتر از { $threshold } رأی دارند در نمودار نشان داده نمی‌شوند.
polls-chart-votes = رأی‌ها
polls-chart-note = مجموع رأی‌ها: { NUMBER($count) }. برای حفظ حریم خصوصی، گروه‌هایی که کمتر از { $threshold } رأی دارند نشان داده نمی‌شوند.
