## Staff and admin messages (Persian).

role-admin = مدیر
role-staff = کارمند میانجی مردمی
role-moderator = ناظر محتوا
role-analyst = تحلیلگر

admin-grant-usage = این‌طور بنویسید: /grant USER_ID ROLE. نقش‌ها: { $roles }.
admin-revoke-usage = این‌طور بنویسید: /revoke USER_ID ROLE. نقش‌ها: { $roles }.
admin-unknown-role = نقشی با نام «{ $role }» وجود ندارد. نقش‌ها: { $roles }.
admin-granted = کاربر { $user } اکنون نقش «{ $role }» را دارد.
admin-already-held = کاربر { $user } از قبل نقش «{ $role }» را دارد.
admin-revoked = کاربر { $user } دیگر نقش «{ $role }» را ندارد.
admin-not-held = کاربر { $user } نقش «{ $role }» را نداشت.
admin-configured-admin = کاربر { $user } در تنظیمات (ADMIN_IDS) مدیر است. برای برداشتن این نقش، تنظیمات را تغییر دهید.
admin-roles-list =
    <b>{ $count ->
        [one] { $count } نفر دارای نقش
       *[other] { $count } نفر دارای نقش
    }</b>
    { $lines }
admin-roles-empty = هنوز هیچ‌کس نقشی ندارد.

help-staff =
    <b>برای کارمندان میانجی مردمی</b>
    نوشتن یک نظرسنجی تازه: /newpoll
    همه نظرسنجی‌ها و وضعیت آن‌ها: /polllist
    باز یا بسته کردن یک نظرسنجی: /openpoll SLUG، /closepoll SLUG
    نمودار نتیجه‌های یک نظرسنجی: /pollresults SLUG
    نوشتن اطلاعیه برای مشترکان: /broadcast
    آخرین اطلاعیه‌ها و روند فرستادن آن‌ها: /broadcasts
help-moderator =
    <b>برای ناظران محتوا</b>
    عکس‌های «صدای عکس» که منتظر بررسی هستند: /review
help-admin =
    <b>برای مدیران</b>
    دادن یا گرفتن نقش: /grant USER_ID ROLE، /revoke USER_ID ROLE
    چه کسی چه نقشی دارد: /roles
