## اطلاعیه‌ها: موضوع‌هایی که مردم مشترک آن‌ها می‌شوند، و آنچه کارکنان برایشان می‌فرستند.
## اصطلاحات: locales/GLOSSARY.md را ببینید (اطلاعیه، موضوع، مشترک شدن، نتایج ارزیابی).

topics-button = 📢 اطلاعیه‌ها
topics-title = <b>📢 اطلاعیه‌ها</b>
topics-explain = لطفاً موضوع‌هایی را که می‌خواهید درباره‌شان خبر بگیرید انتخاب کنید. وقتی در یک موضوع خبر تازه‌ای باشد، برایتان پیام می‌فرستم. هر وقت بخواهید می‌توانید انتخاب خود را تغییر دهید.
topic-name =
    { $topic ->
        [sessions] 📅 جلسه‌های اطلاع‌رسانی
        [results] 📈 نتایج ارزیابی و برنامه ادغام شهر
       *[polls] 📊 نظرسنجی‌های تازه
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = مشترک شدید: { $topic }
topics-unsubscribed = اشتراک شما لغو شد: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>جلسه اطلاع‌رسانی شما</b>
broadcast-open-poll = 📊 باز کردن نظرسنجی
broadcast-stop = 🔕 لغو اشتراک این موضوع

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>اطلاعیه تازه.</b> درباره چیست؟ فقط کسانی که مشترک این موضوع هستند آن را می‌گیرند.
broadcast-new-resume = یک اطلاعیه نیمه‌کاره دارید. این همان جایی است که در آن ماندید.
broadcast-new-gone = این اطلاعیه دیگر وجود ندارد. لطفاً دوباره شروع کنید: /broadcast
broadcast-new-discard = 🗑 حذف
broadcast-new-discarded = اطلاعیه حذف شد. چیزی فرستاده نشد.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = همه
broadcast-new-narrow =
    <b>چه کسانی آن را بگیرند؟</b> موضوع: { $topic }
    می‌توانید آن را فقط برای کسانی که به یک زبان می‌خوانند، یا فقط برای یک گروه بفرستید.
    تعداد گیرندگان اکنون: { $count }
broadcast-new-next = بعدی ➡️
broadcast-new-text =
    <b>لطفاً اطلاعیه را بنویسید</b> و در یک پیام بفرستید (حداکثر { $most } حرف). می‌توانید یک عکس هم بفرستید.
    زبان این متن: { $language }
    هر کس متن را به زبان خودش می‌گیرد، اگر به آن زبان نوشته باشید. بقیه متن را به این زبان می‌گیرند: { $fallback } (اگر نباشد، متن دیگری که نوشته‌اید). برای نوشتن به زبان دیگر، لطفاً آن را در پایین انتخاب کنید.
    متن‌های نوشته‌شده: { $written }
    عکس: { $photo ->
        [yes] اضافه شده
       *[no] ندارد
    }
broadcast-new-no-photo = برداشتن عکس
broadcast-new-preview-button = 👀 پیش‌نمایش
broadcast-new-text-saved = ذخیره شد. زبان متن: { $language }
broadcast-new-empty = متن خالی است. لطفاً اطلاعیه را بنویسید.
broadcast-new-too-long = این متن { $count } حرف دارد و حداکثر { $most } حرف جا می‌شود. لطفاً آن را کوتاه‌تر کنید و دوباره بفرستید.
broadcast-new-use-buttons = لطفاً از دکمه‌های پایین استفاده کنید.
broadcast-new-use-text = لطفاً اطلاعیه را به صورت متن بفرستید، یا یک عکس بفرستید.
broadcast-new-photo-saved = عکس اضافه شد. داده‌های مکان و دوربین از آن پاک شد.
broadcast-new-photo-not-now = وقتی متن یک اطلاعیه را می‌نویسید می‌توانید عکس اضافه کنید: /broadcast
broadcast-new-photo-bad = نمی‌توانم از این عکس استفاده کنم. لطفاً عکس دیگری بفرستید.
broadcast-new-preview =
    <b>پیش‌نمایش.</b> بالا همان چیزی است که خوانندگان زبان شما می‌بینند.
    تعداد گیرندگان: { $count }
broadcast-new-preview-line = خوانندگان زبان { $language }: { $count }، متن: { $text }
broadcast-new-send = ✅ فرستادن ({ $count })
broadcast-new-edit = ✏️ تغییر متن
broadcast-new-nobody = هیچ‌کس این اطلاعیه را نمی‌گیرد: کسی با این انتخاب جور نیست. لطفاً انتخاب را تغییر دهید یا اطلاعیه را حذف کنید.
broadcast-new-no-sessions = اطلاعیه برای ثبت‌نام‌کنندگان یک جلسه هنوز در دسترس نیست.
broadcast-queued = اطلاعیه شماره { $id } در راه است. تعداد گیرندگان: { $count }. در پایین می‌توانید روند فرستادن را ببینید.

# staff: progress and report
broadcast-progress = 📢 اطلاعیه شماره { $id }: در حال فرستادن. فرستاده‌شده: { $sent } · نرسیده: { $failed } · در انتظار: { $waiting }
broadcast-cancel = ✋ توقف اطلاعیه
broadcast-report =
    📢 <b>اطلاعیه شماره { $id }: { $state ->
        [cancelled] متوقف شد
       *[done] تمام شد
    }.</b>
    فرستاده‌شده: { $sent } از { $total }
    نرسیده: { $failed } (ربات را مسدود کرده‌اند: { $blocked })
    متوقف‌شده: { $cancelled }
    قطع‌شده، شاید رسیده: { $unknown }
broadcast-cancelled = متوقف شد. تعداد پیام‌هایی که فرستاده نمی‌شوند: { $count }
broadcast-cancelled-already = این اطلاعیه قبلاً متوقف شده است.
broadcast-list-title = <b>آخرین اطلاعیه‌ها</b>
broadcast-list-line =
    اطلاعیه شماره { $id } · { $audience } · { $state ->
        [cancelled] متوقف شد
        [done] تمام شد
       *[sending] در حال فرستادن
    } · فرستاده‌شده { $sent } از { $total }
broadcast-list-empty = هنوز هیچ اطلاعیه‌ای فرستاده نشده است.
broadcast-to-session = ثبت‌نام‌کنندگان یک جلسه
broadcast-session-button = 📢 پیام به ثبت‌نام‌کنندگان
