## صدای عکس: عکسی از شهر و داستان آن. اصطلاحات: locales/GLOSSARY.md.

pv-intro =
    <b>📷 صدای عکس</b>
    صوفیه را از نگاه خودتان به ما نشان دهید. از چیزی عکس بگیرید که نشان می‌دهد ادغام در زندگی شما چطور پیش می‌رود: چه چیزی خوب است و چه چیزی نه. بعد داستان این عکس را تعریف کنید.

    <b>برای امنیت شما:</b>
    • لطفاً بدون رضایت افراد از چهره آن‌ها عکس نگیرید.
    • دقت کنید که نام، آدرس، پلاک ماشین و مدارک در عکس دیده نشود.
    • ما اطلاعات مکان و اطلاعات گوشی یا دوربین را از همه عکس‌ها پاک می‌کنیم.
    هیچ چیزی بدون رضایت شما و بدون بررسی ناظران محتوای ما به‌طور عمومی نشان داده نمی‌شود.
pv-theme-prompt = عکس شما درباره چیست؟ لطفاً یک موضوع را انتخاب کنید.
pv-theme-work = 💼 کار
pv-theme-education = 🎓 آموزش و مدرسه
pv-theme-housing = 🏠 مسکن
pv-theme-health = 🩺 سلامت
pv-theme-safety = 🛡 امنیت
pv-theme-neighbourhood = 🤝 محله و ارتباط میان مردم
pv-theme-diversity = 🎭 تنوع فرهنگی
pv-theme-services = 🏛 خدمات عمومی
pv-theme-other = ✳️ موضوع دیگر
pv-theme-chosen = موضوع: { $theme }
pv-resume = شما یک ارسال ناتمام در صدای عکس دارید. از همان جایی که مانده بودید ادامه می‌دهیم.
pv-no-draft = این ارسال در صدای عکس بسته شده است. برای فرستادن عکس تازه: /photo

pv-photos-prompt =
    لطفاً اکنون از 1 تا { $max } عکس بفرستید.
    می‌توانید آن‌ها را به‌صورت عکس یا به‌صورت فایل بفرستید تا کیفیت کامل بماند. می‌توانید چند عکس را با هم بفرستید.
pv-photo-received =
    { $count ->
        [one] عکس دریافت شد.
       *[other] عکس شماره { $count } دریافت شد.
    } در مجموع تا { $max } عکس می‌توانید بفرستید. هر وقت آماده تعریف داستان بودید، «بعدی» را بزنید.
pv-album-received = عکس‌های شما دریافت شد. در مجموع تا { $max } عکس می‌توانید بفرستید. برای تعریف داستان آن‌ها «بعدی» را بزنید.
pv-photos-kept = تعداد عکس‌های فرستاده‌شده: { $count }. حالا نوبت داستان است.
pv-photos-full = شما { $max } عکس فرستاده‌اید و این حداکثر تعداد برای یک ارسال است. این عکس اضافه نشد. برای ادامه «بعدی» را بزنید.
pv-duplicate = شما این عکس را قبلاً فرستاده‌اید. دوباره اضافه نشد.
pv-send-photo = لطفاً اینجا یک عکس بفرستید، به‌صورت عکس یا به‌صورت فایل.
pv-photo-not-now = در این مرحله عکس لازم نیست. لطفاً به پرسش بالا پاسخ دهید.
pv-use-buttons = لطفاً از دکمه‌ها استفاده کنید.
pv-next = بعدی ➡️
pv-skip = رد شدن
pv-stop = ✖️ لغو

pv-refused-not-an-image = این فایل عکس نیست. لطفاً یک عکس با قالب JPEG، PNG، WebP یا HEIC بفرستید.
pv-refused-unsupported-format = از این نوع عکس نمی‌شود استفاده کرد. لطفاً عکسی با قالب JPEG، PNG، WebP یا HEIC بفرستید. عکس متحرک و GIF قابل استفاده نیست.
pv-refused-too-large-file = این فایل خیلی بزرگ است. حجم فایل حداکثر 20 مگابایت است.
pv-refused-too-many-pixels = این عکس خیلی بزرگ است (پیکسل‌های آن خیلی زیاد است). لطفاً نسخه کوچک‌تری از آن بفرستید.
pv-refused-truncated = به نظر می‌رسد این عکس خراب یا ناقص است. لطفاً دوباره آن را بفرستید.
pv-refused-too-small = این عکس خیلی کوچک است. لطفاً عکس بزرگ‌تری بفرستید.
pv-refused-too-big-download = حجم این فایل بیشتر از 20 مگابایت است. تلگرام اجازه نمی‌دهد ربات‌ها فایل‌هایی به این بزرگی دریافت کنند. لطفاً آن را به‌صورت عکس بفرستید، یا فایل کوچک‌تری بفرستید.
pv-refused-download-failed = دریافت این فایل ممکن نشد. لطفاً دوباره امتحان کنید.

pv-story-progress = <b>داستان شما، پرسش { $n } از { $total }</b>
pv-story-see = در این عکس چه می‌بینید؟
pv-story-happening = اینجا واقعاً چه اتفاقی می‌افتد؟
pv-story-our-lives = این موضوع چه ربطی به زندگی ما دارد، به زندگی شما و مردم اطرافتان؟
pv-story-why = چرا این وضعیت وجود دارد؟
pv-story-do = ما برای آن چه کاری می‌توانیم بکنیم؟
pv-story-title = لطفاً یک عنوان کوتاه برای عکستان بنویسید.
pv-story-caption = در چند جمله: عکس شما چه چیزی را نشان می‌دهد و چرا برایتان مهم است؟
pv-story-hint = پاسخ را با کلمات خودتان و به هر زبانی که می‌خواهید بنویسید. یا «رد شدن» را بزنید.
pv-story-too-long = این پاسخ خیلی طولانی است. لطفاً آن را کمتر از { $max } حرف بنویسید.
pv-story-text-please = لطفاً پاسخ خود را به‌صورت پیام متنی بنویسید، یا «رد شدن» را بزنید.
pv-story-thanks = از داستانتان سپاسگزاریم.
pv-story-label-see = آنچه می‌بینم:
pv-story-label-happening = آنچه اتفاق می‌افتد:
pv-story-label-our-lives = ربط آن به زندگی ما:
pv-story-label-why = چرا این‌طور است:
pv-story-label-do = آنچه می‌توانیم بکنیم:
pv-story-label-title = عنوان:
pv-story-label-caption = توضیح:

pv-recognisable-question = آیا می‌شود افراد داخل عکس شما را شناخت، مثلاً از روی چهره؟
pv-recognisable-yes = بله
pv-recognisable-no = نه، کسی را نمی‌شود شناخت
pv-recognisable-unsure = مطمئن نیستم
pv-agreement-question = آیا این افراد رضایت دادند که از آن‌ها عکس گرفته شود و عکس نشان داده شود؟
pv-agreement-yes = بله، رضایت دادند
pv-agreement-no = نه، یا نمی‌دانم
pv-research-only-note = از دقت شما سپاسگزاریم. افراد داخل عکس رضایت نداده‌اند، بنابراین فقط گروه پژوهش آن را می‌بیند. این عکس هرگز به‌طور عمومی نشان داده نمی‌شود.

pv-display-question =
    چه کسی می‌تواند عکس و داستان شما را ببیند؟
    بعداً می‌توانید این را تغییر دهید یا رضایت خود را پس بگیرید: /mydata
pv-display-named = عمومی، با نام کوچک من ({ $name })
pv-display-anonymous = عمومی، بدون نام من
pv-display-research = فقط گروه پژوهش
pv-current-choice = ✓ { $choice }
pv-display-short-named = عمومی، با نام کوچک شما ({ $name })
pv-display-short-anonymous = عمومی، بدون نام شما
pv-display-short-research = فقط گروه پژوهش

pv-confirm-title = <b>لطفاً ارسال خود را بررسی کنید</b>
pv-summary-theme = موضوع: { $theme }
pv-summary-photos = تعداد عکس‌ها: { $count }
pv-summary-no-story = داستانی نوشته نشده است.
pv-summary-people = افراد داخل عکس: { $answer }
pv-summary-unanswered = بدون پاسخ
pv-summary-people-none = کسی را نمی‌شود شناخت
pv-summary-people-agreed = قابل شناسایی هستند و رضایت داده‌اند
pv-summary-people-no-agreement = قابل شناسایی هستند، بدون رضایت خودشان
pv-summary-display = چه کسی می‌تواند ببیند: { $display }
pv-confirm-moderation = پیش از اینکه چیزی به‌طور عمومی نشان داده شود، ناظر محتوا آن را بررسی می‌کند.
pv-send = ✅ ارسال
pv-submitted = سپاسگزاریم! ارسال شما در صدای عکس فرستاده شد. وقتی ناظر محتوا آن را بررسی کند، به شما خبر می‌دهیم. در /mydata می‌توانید آن را ببینید، تغییر دهید چه کسی آن را ببیند، یا آن را حذف کنید.
pv-discarded = متوقف شد. عکس‌ها و داستان این ارسال حذف شدند.

pv-channel-header = <b>📷 صدای عکس · { $theme }</b>
pv-channel-by = عکس از { $name }

pv-review-title = <b>ارسال شماره { $id } در صدای عکس</b> (در انتظار بررسی: { $waiting })
pv-review-photo = عکس { $n } از { $total }
pv-review-approve = ✅ تأیید
pv-review-reject = ❌ رد کردن
pv-review-next = ارسال بعدی ➡️
pv-review-back = ⬅️ بازگشت
pv-review-empty = هیچ ارسالی در صدای عکس در انتظار بررسی نیست.
pv-review-already-decided = درباره این ارسال قبلاً تصمیم گرفته شده است.
pv-review-approved = تأیید شد.
pv-review-rejected = رد شد.
pv-reject-prompt = چرا ارسال شماره { $id } رد می‌شود؟
pv-reject-off-theme = به موضوعی از ارزیابی ربطی ندارد
pv-reject-face = چهره کسی را بدون رضایت او نشان می‌دهد
pv-reject-personal-data = اطلاعات شخصی دیده می‌شود (نام، آدرس، پلاک ماشین)
pv-reject-offensive = محتوای نفرت‌پراکن یا توهین‌آمیز
pv-reject-quality = کیفیت عکس خیلی پایین است
pv-reject-other = دلیل دیگر
pv-note-approved-public = خبر خوب: عکس شما در صدای عکس با موضوع «{ $theme }» تأیید شد. اکنون همان‌طور که انتخاب کردید به‌طور عمومی نشان داده می‌شود. هر وقت بخواهید می‌توانید این را تغییر دهید یا رضایت خود را پس بگیرید: /mydata
pv-note-approved = عکس شما در صدای عکس با موضوع «{ $theme }» تأیید شد. همان‌طور که انتخاب کردید، فقط نزد گروه پژوهش می‌ماند. برای تغییر آن: /mydata
pv-note-rejected =
    از عکس شما در صدای عکس با موضوع «{ $theme }» سپاسگزاریم. ناظر محتوا تصمیم گرفت آن را به‌طور عمومی نشان ندهد.
    دلیل: { $reason }.
    عکس فقط نزد گروه پژوهش می‌ماند. برای حذف آن: /mydata

pv-my-button = 📷 عکس‌های من در صدای عکس
pv-my-title = <b>عکس‌های من در صدای عکس</b>
pv-my-empty = شما هنوز عکسی نفرستاده‌اید. برای فرستادن عکس: /photo
pv-my-item = { $theme } · { DATETIME($date, dateStyle: "medium") } · { $status }
pv-my-back = ⬅️ اطلاعات من
pv-my-back-list = ⬅️ عکس‌های من
pv-status-draft = ناتمام
pv-status-submitted = در انتظار بررسی
pv-status-approved = تأییدشده
pv-status-rejected = به‌طور عمومی نشان داده نمی‌شود
pv-status-withdrawn = از نمایش عمومی برداشته شد
pv-my-status = وضعیت: { $status }
pv-my-reason = دلیل: { $reason }
pv-my-research-only = افراد داخل این عکس بدون رضایت خودشان قابل شناسایی هستند، بنابراین فقط گروه پژوهش آن را می‌بیند.
pv-my-change-prompt = چه کسی می‌تواند آن را ببیند؟ برای تغییر انتخاب کنید:
pv-my-changed = ذخیره شد.
pv-my-withdrawn = ذخیره شد. عکس شما دیگر به‌طور عمومی نشان داده نمی‌شود. اکنون فقط نزد گروه پژوهش است.
pv-my-back-to-review = ذخیره شد. ناظر محتوا پیش از نمایش عمومی، عکس شما را دوباره بررسی می‌کند.
pv-my-delete = 🗑 حذف این ارسال
pv-my-delete-confirm = این ارسال، عکس‌ها و داستانش حذف شود؟ این کار قابل بازگشت نیست.
pv-my-delete-yes = بله، حذف شود
pv-my-delete-no = نه، بماند
pv-my-deleted = حذف شد. عکس‌ها و داستان این ارسال دیگر وجود ندارند.
