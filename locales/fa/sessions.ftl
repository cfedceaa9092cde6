## جلسه‌های اطلاع‌رسانی میانجی مردمی (Farsi). Key terms: see locales/GLOSSARY.md. RTL: every line starts with a Persian word.

## سطرهای یک جلسه (فهرست، کارت، پیام‌ها)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 زمان: { DATETIME($date, dateStyle: "full") }، از ساعت { $start } تا { $end } (به وقت صوفیه)
sessions-where = 📍 مکان: { $venue }، { $address }
sessions-interpretation = 🗣 ترجمه همزمان به: { $languages }
sessions-no-interpretation = 🗣 به زبان بلغاری، بدون ترجمه همزمان
sessions-seats = 💺 جای خالی: { $left } از { $capacity }
sessions-full =
    💺 جای خالی نمانده است. { $waiting ->
        [0] فهرست انتظار هنوز خالی است.
       *[other] تعداد افراد در فهرست انتظار: { $waiting }.
    }
sessions-notes = 📝 خوب است بدانید: { $notes }
sessions-join = { $first }، { $rest }
sessions-lines =
    { $first }
    { $rest }

## فهرست
sessions-list-title = <b>جلسه‌های اطلاع‌رسانی</b> میانجی مردمی در مراکز ادغام مهاجران. همه دعوت هستند و شرکت رایگان است. صفحه { $page } از { $pages }.
sessions-list-empty = اکنون هیچ جلسه اطلاع‌رسانی برنامه‌ریزی نشده است. لطفاً بعداً دوباره سر بزنید.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ قبلی
sessions-later = بعدی ▶️
sessions-all = 📅 همه جلسه‌ها

## کارت جلسه
sessions-register = ✍️ ثبت‌نام
sessions-join-waiting = ⏳ ثبت‌نام در فهرست انتظار
sessions-unregister = ❌ لغو ثبت‌نام من
sessions-calendar = 📆 افزودن به تقویم
sessions-map = 🗺 نمایش روی نقشه
sessions-open-card = 📅 دیدن جلسه
sessions-you-registered = ✅ ثبت‌نام شما در این جلسه انجام شده است.
sessions-you-waiting = ⏳ شماره شما در فهرست انتظار: { $position }. اگر جایی خالی شود، نوبت شما جلو می‌رود و به شما خبر می‌دهیم.
sessions-registered = ✅ انجام شد: ثبت‌نام شما انجام شد. پیش از جلسه برایتان یادآوری می‌فرستیم.
sessions-registered-toast = ثبت‌نام شما انجام شد.
sessions-waiting = ⏳ همه جاها پر است. شماره شما در فهرست انتظار: { $position }. اگر جایی خالی شود، نوبت شما خودکار جلو می‌رود و به شما خبر می‌دهیم.
sessions-waiting-toast = در فهرست انتظار هستید.
sessions-already-registered = ثبت‌نام شما از قبل انجام شده است.
sessions-already-waiting = از قبل در فهرست انتظار هستید.
sessions-closed = ثبت‌نام در این جلسه بسته است: جلسه لغو شده یا شروع شده است.
sessions-needs-consent = برای ثبت‌نام، لطفاً اول با اطلاعیه حریم خصوصی موافقت کنید.
sessions-unregister-confirm = ثبت‌نام شما در «{ $title }» لغو شود؟
sessions-unregister-yes = بله، لغو شود
sessions-unregister-no = نه، بماند
sessions-unregistered = ثبت‌نام شما لغو شد. تا وقتی جای خالی هست، می‌توانید دوباره ثبت‌نام کنید.
sessions-unregistered-toast = ثبت‌نام لغو شد.
sessions-not-registered = شما در این جلسه ثبت‌نام نکرده‌اید.
sessions-calendar-sent = فایل تقویم پایین است. آن را باز کنید تا جلسه به تقویم شما اضافه شود.
sessions-calendar-alarm = یادآوری: { $title }
sessions-no-map = برای این مکان هنوز نقشه‌ای نیست.

## پیام‌هایی که ربات بعداً می‌فرستد
sessions-moved-up = 🎉 خبر خوب: جایی خالی شد. اکنون ثبت‌نام شما در این جلسه اطلاع‌رسانی انجام شده است.
sessions-cancelled-notice = ❌ متأسفیم: این جلسه اطلاع‌رسانی لغو شد و برگزار نمی‌شود.
sessions-changed-notice = ✏️ این جلسه اطلاع‌رسانی تغییر کرده است. لطفاً جزئیات تازه را ببینید.
sessions-reminder = ⏰ یادآوری: جلسه اطلاع‌رسانی { $hours } ساعت دیگر شروع می‌شود.
sessions-announce-new = 📣 جلسه اطلاع‌رسانی تازه میانجی مردمی:
sessions-announce-cancelled = 📣 این جلسه اطلاع‌رسانی لغو شد:

## کارکنان: ساختن و ویرایش جلسه در گفتگو
sessions-new-title = لطفاً عنوان جلسه اطلاع‌رسانی را بفرستید. این عنوان به همه زبان‌ها نشان داده می‌شود؛ پس از آن می‌توانید عنوان را به زبان‌های دیگر هم بنویسید. (برای توقف: /cancel)
sessions-new-titles = عنوان برای همه زبان‌ها: «{ $title }». می‌توانید عنوان را به یک زبان بنویسید (✅ = نوشته شده). هر وقت کافی بود، «بعدی» را بزنید.
sessions-new-title-lang = لطفاً عنوان را به این زبان بفرستید: { $language }.
sessions-new-start = جلسه کی شروع می‌شود؟ لطفاً تاریخ و ساعت را (به وقت صوفیه) بفرستید، برای نمونه: { $example }
sessions-new-start-bad = متأسفیم، این تاریخ و ساعت خوانده نشد. لطفاً این‌طور بنویسید: { $example }
sessions-new-start-past = این زمان گذشته است. لطفاً زمانی در آینده بفرستید، برای نمونه: { $example }
sessions-new-end = جلسه چقدر طول می‌کشد؟ از پایین انتخاب کنید یا ساعت پایان را بفرستید، برای نمونه 20:00.
sessions-new-hours =
    { $hours } ساعت{ $minutes ->
        [0] {""}
       *[other] {" "}و { $minutes } دقیقه
    }
sessions-new-end-bad = متأسفیم، این ساعت پایانی بعد از شروع نیست. لطفاً آن را مثل 20:00 بفرستید یا یک دکمه را انتخاب کنید.
sessions-new-venue = جلسه کجاست؟ یک مکان ذخیره‌شده را انتخاب کنید یا مکان تازه‌ای اضافه کنید.
sessions-new-venue-first = جلسه کجاست؟ هنوز مکان ذخیره‌شده‌ای نیست: لطفاً یک مکان اضافه کنید.
sessions-new-venue-add = ➕ مکان تازه
sessions-new-venue-name = لطفاً نام مکان را بفرستید، برای نمونه نام مرکز ادغام.
sessions-new-venue-address = لطفاً نشانی «{ $name }» را بفرستید.
sessions-new-venue-coords = لطفاً موقعیت مکان را برای نقشه بفرستید: یک موقعیت مکانی در تلگرام بفرستید یا مختصات را بنویسید، برای نمونه 42.6977, 23.3219. یا «رد شدن» را بزنید: آن‌وقت مردم فقط نشانی را می‌بینند.
sessions-new-coords-bad = متأسفیم، این مختصات نیست. لطفاً آن را مثل 42.6977, 23.3219 بفرستید، موقعیت مکانی بفرستید یا «رد شدن» را بزنید.
sessions-new-languages = ترجمه همزمان به چه زبان‌هایی خواهد بود؟ روی یک زبان بزنید تا انتخاب یا حذف شود (✅ = انتخاب‌شده)، سپس «بعدی» را بزنید.
sessions-new-capacity = چند جا هست؟ لطفاً عددی از 1 تا { $most } بفرستید.
sessions-new-capacity-bad = لطفاً یک عدد صحیح از 1 تا { $most } بفرستید.
sessions-new-capacity-low = تعداد ثبت‌نام‌شده‌ها هم‌اکنون { $count } است. تعداد جاها نمی‌تواند کمتر از این باشد.
sessions-new-notes = آیا چیزی هست که مردم باید بدانند، مثلاً چه چیزی همراه بیاورند یا سالن را چطور پیدا کنند؟ آن را بفرستید یا «رد شدن» را بزنید.
sessions-new-too-long = این متن خیلی بلند است: لطفاً حداکثر { $most } نویسه.
sessions-new-use-buttons = لطفاً در این مرحله از دکمه‌ها استفاده کنید.
sessions-new-next = بعدی ➡️
sessions-new-skip = رد شدن
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>لطفاً جلسه اطلاع‌رسانی را بررسی کنید:</b>
sessions-new-publish = ✅ انتشار
sessions-new-keep = 💾 نگه‌داشتن به‌عنوان پیش‌نویس
sessions-new-discard = 🗑 حذف پیش‌نویس
sessions-new-published = منتشر شد. مردم آن را در /sessions می‌بینند.
sessions-new-kept = به‌عنوان پیش‌نویس نگه داشته شد. آن را در /sessionlist پیدا می‌کنید و می‌توانید از همان‌جا منتشرش کنید.
sessions-new-discarded = پیش‌نویس حذف شد.
sessions-new-resume = یک جلسه اطلاع‌رسانی ناتمام دارید. از همان‌جا که ماندید ادامه می‌دهیم. (برای حذف آن: /cancel)
sessions-new-gone = این پیش‌نویس دیگر وجود ندارد. برای شروع یک جلسه تازه: /newsession
sessions-edit-menu = <b>چه چیزی را می‌خواهید تغییر دهید؟</b> تغییرها همان لحظه ذخیره می‌شوند. اگر زمان یا مکان یک جلسه منتشرشده تغییر کند، به همه ثبت‌نام‌شده‌ها و افراد فهرست انتظار خبر داده می‌شود.
sessions-edit-title = عنوان
sessions-edit-start = شروع
sessions-edit-end = پایان
sessions-edit-venue = مکان
sessions-edit-languages = ترجمه همزمان
sessions-edit-capacity = جاها
sessions-edit-notes = یادداشت‌ها
sessions-edit-done = ✅ تمام
sessions-edit-finished = ویرایش تمام شد. همه جلسه‌ها در /sessionlist هستند.
sessions-field-missing = هنوز تعیین نشده
sessions-staff-titles = 🌐 عنوان جداگانه به زبان‌های: { $languages }
sessions-staff-when-missing = 🕒 زمان: هنوز تعیین نشده
sessions-staff-where-missing = 📍 مکان: هنوز تعیین نشده
sessions-staff-coords = 🗺 نقشه: { $coords }
sessions-staff-capacity = 💺 جاها: { $capacity }
sessions-staff-capacity-missing = 💺 جاها: { $missing }

## کارکنان: فهرست، کارت جلسه، فهرست ثبت‌نام‌ها
sessions-staff-title = <b>جلسه‌های اطلاع‌رسانی</b> (پیش‌نویس‌ها، جلسه‌های آینده و جلسه‌های 30 روز گذشته). صفحه { $page } از { $pages }. برای باز کردن یک جلسه، شماره آن را بزنید.
sessions-staff-empty = هنوز هیچ جلسه اطلاع‌رسانی‌ای نیست. با دکمه پایین یا با /newsession یک جلسه بسازید.
sessions-staff-item = شماره { $number }: { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 پیش‌نویس
        [upcoming] 🟢 منتشرشده
        [past] ⚪ برگزارشده
       *[cancelled] ❌ لغوشده
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · ثبت‌نام‌شده: { $registered }/{ $capacity }، در انتظار: { $waiting }
sessions-staff-line-undated = 📝 پیش‌نویس · <b>{ $title }</b> · هنوز بدون تاریخ
sessions-staff-open = { $number }
sessions-staff-new = ➕ جلسه تازه
sessions-staff-edit = ✏️ ویرایش
sessions-staff-people = 👥 ثبت‌نام‌ها
sessions-staff-cancel = ❌ لغو جلسه
sessions-staff-back = ⬅️ همه جلسه‌ها
sessions-staff-back-one = ⬅️ بازگشت به جلسه
sessions-staff-cancel-confirm =
    آیا «{ $title }» لغو شود؟ { $count ->
        [0] هنوز کسی ثبت‌نام نکرده است.
       *[other] به { $count } نفر ثبت‌نام‌شده یا در انتظار خبر داده می‌شود.
    } این کار برگشت‌پذیر نیست.
sessions-staff-cancel-yes = بله، جلسه لغو شود
sessions-staff-cancel-no = نه، بماند
sessions-staff-cancelled =
    جلسه لغو شد. { $count ->
        [0] کسی ثبت‌نام نکرده بود.
       *[other] به { $count } نفر خبر می‌دهیم.
    }
sessions-staff-publish-past = زمان شروع این پیش‌نویس گذشته است. برای تعیین زمان تازه «ویرایش» را بزنید.
sessions-staff-people-title = <b>ثبت‌نام‌ها: { $title }</b> · ثبت‌نام‌شده: { $registered }/{ $capacity }، در انتظار: { $waiting }. نامی نگه داشته نمی‌شود: هر کس با یک نام مستعار نشان داده می‌شود.
sessions-staff-waiting-title = <b>فهرست انتظار</b>
sessions-staff-person = شماره { $number }: { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = هنوز کسی ثبت‌نام نکرده است.
