## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything (Persian).

mydata-title = <b>اطلاعات من</b>
mydata-language = زبان: { $name }
mydata-group = گزینه‌ای که درباره خودتان انتخاب کردید: { $group }
mydata-none = مشخص نشده
mydata-consent = شما در تاریخ { DATETIME($date, dateStyle: "long") } با اطلاعیه حریم خصوصی موافقت کردید.
mydata-consent-withdrawn = شما در تاریخ { DATETIME($date, dateStyle: "long") } رضایت خود را پس گرفتید. از آن زمان هیچ اطلاعات تازه‌ای از شما جمع نمی‌کنیم.
mydata-kept = <b>آنچه از شما نگه می‌داریم</b>
mydata-records =
    { $kind ->
        [finished] پرسشنامه‌های تکمیل‌شده
        [unfinished] پرسشنامه‌های نیمه‌تمام
        [answers] پاسخ‌های پرسشنامه
        [votes] رأی‌ها در نظرسنجی‌ها
        [photos] عکس‌ها
        [registrations] ثبت‌نام در جلسه‌ها
        [subscriptions] موضوع‌های اطلاعیه
       *[other] موارد دیگر
    }: { $count }
mydata-nothing-kept = هیچ پاسخ، رأی یا عکسی از شما نگه نمی‌داریم.
mydata-no-consent = شما با اطلاعیه حریم خصوصی موافقت نکرده‌اید، پس فقط زبان شما را نگه می‌دارم.
mydata-answers = 📄 پاسخ‌های من
mydata-export = 📥 دریافت همه اطلاعات من (فایل)
mydata-change-group = تغییر پاسخ «کدام گزینه شما را توصیف می‌کند؟»
mydata-withdraw = ✋ پس گرفتن رضایتم
mydata-delete = 🗑 حذف همه اطلاعات من
mydata-back = ⬅️ اطلاعات من

## My answers

mydata-answers-title = <b>پاسخ‌های من</b>
mydata-answers-title-paged = <b>پاسخ‌های من</b> · صفحه { $page } از { $pages }
mydata-answers-none = هنوز به هیچ پرسشنامه یا نظرسنجی‌ای پاسخ نداده‌اید.
mydata-answers-finished =
    <b>{ $title }</b>
    تاریخ تکمیل: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    هنوز تکمیل نشده است. آخرین پاسخ: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>نظرسنجی‌ها</b>
mydata-answers-old-form = این نسخه از پرسشنامه دیگر استفاده نمی‌شود، پس پرسش‌های آن را اینجا نمی‌توان نشان داد. پاسخ‌های شما در فایلی است که همه اطلاعات شما را دارد.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (رد شده)
mydata-answer-photo = 📷 یک عکس
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = امتیاز: { $value } (از { $min } «{ $low }» تا { $max } «{ $high }»)
mydata-answers-previous = صفحه قبل
mydata-answers-next = صفحه بعد

## The file with all my data

mydata-export-caption = همه اطلاعات شما در یک فایل (JSON). هر کسی که این فایل را داشته باشد می‌تواند پاسخ‌های شما را بخواند، پس لطفاً آن را در جای امنی نگه دارید.
mydata-export-about = همه چیزهایی که ربات ارزیابی ادغام در شهر صوفیه درباره شما نگه می‌دارد، در روزی که آن را خواستید. کدها همان‌طور آمده‌اند که ذخیره شده‌اند؛ متن کنار آن‌ها به زبان شماست.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>رضایت خود را پس می‌گیرید؟</b>

    از آن به بعد هیچ اطلاعات تازه‌ای از شما جمع نمی‌کنیم. برای اینکه دوباره به پرسشنامه پاسخ دهید، رأی بدهید یا عکس بفرستید، باید دوباره با اطلاعیه حریم خصوصی موافقت کنید.

    با چیزهایی که تا حالا داده‌اید چه کنیم؟ انتخاب با شماست:
    <b>نگه داشتن پاسخ‌هایم برای پژوهش:</b> پاسخ‌ها، رأی‌ها و عکس‌های شما نزد تیم ارزیابی می‌ماند و فقط در گزارش‌هایی با آمار کلی و نام‌های مستعار به کار می‌رود. عکس‌هایی که به‌صورت عمومی نمایش داده شده‌اند برداشته می‌شوند. گروهی که شما را توصیف می‌کند حذف می‌شود. تاریخ موافقت و تاریخ پس گرفتن رضایت را نگه می‌داریم.
    <b>حذف همه چیز:</b> همه پاسخ‌ها، رأی‌ها، عکس‌ها و داستان‌های شما حذف می‌شود. فقط زبان شما می‌ماند.
mydata-withdraw-keep = ✋ پس گرفتن رضایت و نگه داشتن پاسخ‌ها برای پژوهش
mydata-withdraw-delete = 🗑 پس گرفتن رضایت و حذف همه چیز
mydata-withdraw-no = نه، رضایتم را نگه می‌دارم
mydata-withdrawn = انجام شد. رضایت شما پس گرفته شد. هیچ اطلاعات تازه‌ای از شما جمع نمی‌کنیم. پاسخ‌های قبلی شما نزد تیم ارزیابی می‌ماند. اینجا همچنان می‌توانید آن‌ها را ببینید، دریافت کنید یا حذف کنید.

## Deleting everything

mydata-delete-confirm = همه چیزهایی که درباره شما نگه می‌دارم حذف شود؟ یعنی پاسخ‌های شما به پرسشنامه‌ها و نظرسنجی‌ها، عکس‌ها و داستان‌های شما، گروهی که شما را توصیف می‌کند و رضایت شما. این کار برگشت‌پذیر نیست. فقط زبان شما می‌ماند تا بتوانم به شما پاسخ دهم.
mydata-delete-yes = بله، همه را حذف کن
mydata-delete-no = نه، نگه دار
mydata-deleted = انجام شد. اطلاعات شما حذف شد. فقط زبان شما نگه داشته شده است. پیام‌های قبلی ما در این گفتگو، همراه با پاسخ‌های شما، تا وقتی گفتگو را حذف نکنید در تلگرام می‌مانند. هر زمان بخواهید، دوباره خوش آمدید.
