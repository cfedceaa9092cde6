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
admin-roles-title = <b>Користувачів із ролями: { $count }</b>
admin-roles-person = Користувач { $user }: { $roles }
admin-roles-empty = Ще ніхто не має ролі.

help-staff-title = Для працівників омбудсмана
cmd-newpoll = нове опитування
cmd-polllist = усі опитування та їхній стан
cmd-openpoll = відкрити опитування
cmd-closepoll = закрити опитування
cmd-pollresults = діаграма результатів опитування
cmd-newsession = нова інформаційна зустріч
cmd-sessionlist = інформаційні зустрічі й зареєстровані; змінити, скасувати
cmd-broadcast = нове оголошення для підписників
cmd-broadcasts = останні оголошення та хід надсилання
help-moderator-title = Для модераторів
cmd-review = фотографії для Фотоголосу, які чекають на перевірку
help-analyst-title = Для аналітиків
help-admin-title = Для адміністраторів
cmd-grant = надати роль
cmd-revoke = забрати роль
cmd-roles = хто яку роль має
