## Staff and admin messages (Arabic).

role-admin = مدير
role-staff = موظف في مكتب أمين المظالم
role-moderator = مشرف المحتوى
role-analyst = محلل بيانات

admin-grant-usage = طريقة الكتابة: /grant USER_ID ROLE. الأدوار المتاحة: { $roles }.
admin-revoke-usage = طريقة الكتابة: /revoke USER_ID ROLE. الأدوار المتاحة: { $roles }.
admin-unknown-role = لا يوجد دور باسم «{ $role }». الأدوار المتاحة: { $roles }.
admin-granted = مُنح المستخدم { $user } دور «{ $role }».
admin-already-held = لدى المستخدم { $user } دور «{ $role }» بالفعل.
admin-revoked = سُحب دور «{ $role }» من المستخدم { $user }.
admin-not-held = لم يكن لدى المستخدم { $user } دور «{ $role }».
admin-configured-admin = المستخدم { $user } مدير في الإعدادات (ADMIN_IDS). لإزالة هذا الدور، يجب تغيير الإعدادات.
admin-roles-title = <b>عدد المستخدمين الذين لديهم أدوار: { $count }</b>
admin-roles-person = المستخدم { $user }: { $roles }
admin-roles-empty = لا أحد لديه دور حتى الآن.

help-staff-title = لموظفي مكتب أمين المظالم
cmd-newpoll = كتابة استطلاع رأي جديد
cmd-polllist = كل الاستطلاعات وحالتها
cmd-openpoll = فتح استطلاع
cmd-closepoll = إغلاق استطلاع
cmd-pollresults = رسم بياني لنتائج استطلاع
cmd-newsession = إنشاء جلسة إعلامية
cmd-sessionlist = الجلسات الإعلامية والمسجلون فيها، والتعديل والإلغاء
cmd-broadcast = كتابة إعلان للمشتركين
cmd-broadcasts = آخر الإعلانات وسير إرسالها
help-moderator-title = لمشرفي المحتوى
cmd-review = صور «صوت الصورة» التي تنتظر المراجعة
help-analyst-title = للمحللين
help-admin-title = للمديرين
cmd-grant = منح دور
cmd-revoke = سحب دور
cmd-roles = من يملك أي دور
