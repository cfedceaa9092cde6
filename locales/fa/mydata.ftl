## "My data": what the bot keeps about a person (Persian).

mydata-title = <b>اطلاعات من</b>
mydata-language = زبان: { $name }
mydata-group = گزینه‌ای که درباره خودتان انتخاب کردید: { $group }
mydata-none = مشخص نشده
mydata-consent = شما در تاریخ { DATETIME($date, dateStyle: "long") } با اطلاعیه حریم خصوصی موافقت کردید.
mydata-records =
    { $kind ->
        [answers] پاسخ‌های پرسشنامه
        [responses] پرسشنامه‌های شروع‌شده
        [votes] رأی‌ها در نظرسنجی‌ها
        [photos] عکس‌ها
        [registrations] ثبت‌نام در جلسه‌ها
        [subscriptions] موضوع‌های اطلاعیه
       *[other] موارد دیگر
    }: { $count }
mydata-no-consent = شما با اطلاعیه حریم خصوصی موافقت نکرده‌اید، پس فقط زبان شما را نگه می‌دارم.
mydata-change-group = تغییر پاسخ «کدام گزینه شما را توصیف می‌کند؟»
mydata-delete = 🗑 حذف همه اطلاعات من
mydata-delete-confirm = همه چیزهایی که درباره شما نگه می‌دارم حذف شود؟ یعنی پاسخ‌ها، رأی‌ها، عکس‌ها و موافقت شما. این کار برگشت‌پذیر نیست. فقط زبان شما می‌ماند تا بتوانم به شما پاسخ دهم.
mydata-delete-yes = بله، همه را حذف کن
mydata-delete-no = نه، نگه دار
mydata-deleted = انجام شد. اطلاعات شما حذف شد. فقط زبان شما نگه داشته شده است. هر زمان بخواهید، دوباره خوش آمدید.
