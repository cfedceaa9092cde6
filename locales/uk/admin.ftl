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

help-staff =
    <b>Для працівників омбудсмана</b>
    /newpoll – нове опитування
    /polllist – усі опитування та їхній стан
    /openpoll SLUG, /closepoll SLUG – відкрити або закрити опитування
    /pollresults SLUG – діаграма результатів опитування
    /broadcast – нове оголошення для підписників
    /broadcasts – останні оголошення та хід надсилання
help-moderator =
    <b>Для модераторів</b>
    /review – фотографії для Фотоголосу, які чекають на перевірку
help-admin =
    <b>Для адміністраторів</b>
    /grant USER_ID ROLE, /revoke USER_ID ROLE – надати або забрати роль
    /roles – хто яку роль має
