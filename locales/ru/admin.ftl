## Staff and admin messages (Russian).

role-admin = администратор
role-staff = сотрудник омбудсмена
role-moderator = модератор
role-analyst = аналитик

admin-grant-usage = Напишите: /grant USER_ID ROLE. Роли: { $roles }.
admin-revoke-usage = Напишите: /revoke USER_ID ROLE. Роли: { $roles }.
admin-unknown-role = Роли «{ $role }» нет. Роли: { $roles }.
admin-granted = Пользователю { $user } назначена роль «{ $role }».
admin-already-held = У пользователя { $user } уже есть роль «{ $role }».
admin-revoked = С пользователя { $user } снята роль «{ $role }».
admin-not-held = У пользователя { $user } не было роли «{ $role }».
admin-configured-admin = Пользователь { $user } назначен администратором в настройках (ADMIN_IDS). Чтобы снять эту роль, измените настройки.
admin-roles-title = <b>Пользователей с ролями: { $count }</b>
admin-roles-person = Пользователь { $user }: { $roles }
admin-roles-empty = Пока ни у кого нет роли.

help-staff-title = Для сотрудников омбудсмена
cmd-newpoll = новый опрос
cmd-polllist = все опросы и их состояние
cmd-openpoll = открыть опрос
cmd-closepoll = закрыть опрос
cmd-pollresults = диаграмма результатов опроса
cmd-newsession = новая информационная встреча
cmd-sessionlist = информационные встречи и записавшиеся; изменить, отменить
cmd-broadcast = новое объявление для подписчиков
cmd-broadcasts = последние объявления и ход отправки
help-moderator-title = Для модераторов
cmd-review = фотографии для Фотоголоса, которые ждут проверки
help-analyst-title = Для аналитиков
help-admin-title = Для администраторов
cmd-grant = выдать роль
cmd-revoke = отозвать роль
cmd-roles = у кого какая роль
