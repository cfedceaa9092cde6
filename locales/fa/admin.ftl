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
admin-roles-title = <b>تعداد کاربران دارای نقش: { $count }</b>
admin-roles-person = کاربر { $user }: { $roles }
admin-roles-empty = هنوز هیچ‌کس نقشی ندارد.

help-staff-title = برای کارمندان میانجی مردمی
cmd-newpoll = نوشتن یک نظرسنجی تازه
cmd-polllist = همه نظرسنجی‌ها و وضعیت آن‌ها
cmd-openpoll = باز کردن یک نظرسنجی
cmd-closepoll = بستن یک نظرسنجی
cmd-pollresults = نمودار نتیجه‌های یک نظرسنجی
cmd-newsession = ساختن یک جلسه اطلاع‌رسانی
cmd-sessionlist = جلسه‌های اطلاع‌رسانی و ثبت‌نام‌ها، ویرایش و لغو
cmd-broadcast = نوشتن اطلاعیه برای مشترکان
cmd-broadcasts = آخرین اطلاعیه‌ها و روند فرستادن آن‌ها
help-moderator-title = برای ناظران محتوا
cmd-review = عکس‌های «صدای عکس» که منتظر بررسی هستند
help-analyst-title = برای تحلیلگران
help-admin-title = برای مدیران
cmd-grant = دادن نقش
cmd-revoke = گرفتن نقش
cmd-roles = چه کسی چه نقشی دارد
