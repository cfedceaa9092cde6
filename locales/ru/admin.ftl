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
admin-roles-list =
    <b>{ $count ->
        [one] { $count } пользователь с ролью
        [few] { $count } пользователя с ролями
        [many] { $count } пользователей с ролями
       *[other] { $count } пользователя с ролями
    }</b>
    { $lines }
admin-roles-empty = Пока ни у кого нет роли.

help-staff =
    <b>Для сотрудников омбудсмена</b>
    /newpoll – новый опрос
    /polllist – все опросы и их состояние
    /openpoll SLUG, /closepoll SLUG – открыть или закрыть опрос
    /pollresults SLUG – диаграмма результатов опроса
    /broadcast – новое объявление для подписчиков
    /broadcasts – последние объявления и ход отправки
help-moderator =
    <b>Для модераторов</b>
    /review – фотографии для Фотоголоса, которые ждут проверки
help-admin =
    <b>Для администраторов</b>
    /grant USER_ID ROLE, /revoke USER_ID ROLE – выдать или отозвать роль
    /roles – у кого какая роль
