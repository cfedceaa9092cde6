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
admin-roles-list =
    <b>{ $count ->
        [zero] لا يوجد مستخدمون لديهم أدوار
        [one] مستخدم واحد لديه دور
        [two] مستخدمان لديهما أدوار
        [few] { $count } مستخدمين لديهم أدوار
        [many] { $count } مستخدمًا لديهم أدوار
       *[other] { $count } مستخدم لديهم أدوار
    }</b>
    { $lines }
admin-roles-empty = لا أحد لديه دور حتى الآن.

help-staff =
    <b>لموظفي مكتب أمين المظالم</b>
    كتابة استطلاع رأي جديد: /newpoll
    كل الاستطلاعات وحالتها: /polllist
    فتح استطلاع أو إغلاقه: /openpoll SLUG، /closepoll SLUG
    رسم بياني لنتائج استطلاع: /pollresults SLUG
    كتابة إعلان للمشتركين: /broadcast
    آخر الإعلانات وسير إرسالها: /broadcasts
help-moderator =
    <b>لمشرفي المحتوى</b>
    صور «صوت الصورة» التي تنتظر المراجعة: /review
help-admin =
    <b>للمديرين</b>
    منح دور أو سحبه: /grant USER_ID ROLE، /revoke USER_ID ROLE
    من يملك أي دور: /roles
