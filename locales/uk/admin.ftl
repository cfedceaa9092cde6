## Staff and admin messages (Ukrainian).

role-admin = адміністратор
role-staff = працівник омбудсмана
role-moderator = модератор
role-analyst = аналітик

admin-grant-usage = Напишіть: /grant USER_ID ROLE. Ролі: { $roles }.
admin-revoke-usage = Напишіть: /revoke USER_ID ROLE. Ролі: { $roles }.
admin-unknown-role = Ролі «{ $role }» немає. Ролі: { $roles }.
admin-granted = Користувачу { $user } призначено роль «{ $role }».
admin-already-held = Користувач { $user } уже має роль «{ $role }».
admin-revoked = З користувача { $user } знято роль «{ $role }».
admin-not-held = Користувач { $user } не мав ролі «{ $role }».
admin-configured-admin = Користувач { $user } — адміністратор у налаштуваннях (ADMIN_IDS). Щоб зняти цю роль, змініть налаштування.
admin-roles-list =
    <b>{ $count ->
        [one] { $count } користувач із роллю
        [few] { $count } користувачі з ролями
        [many] { $count } користувачів із ролями
       *[other] { $count } користувача з ролями
    }</b>
    { $lines }
admin-roles-empty = Ще ніхто не має ролі.
