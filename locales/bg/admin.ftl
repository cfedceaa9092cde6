## Staff and admin messages (Bulgarian).

role-admin = администратор
role-staff = служител на обществения посредник
role-moderator = модератор
role-analyst = анализатор

admin-grant-usage = Напишете: /grant USER_ID ROLE. Роли: { $roles }.
admin-revoke-usage = Напишете: /revoke USER_ID ROLE. Роли: { $roles }.
admin-unknown-role = Няма роля „{ $role }“. Роли: { $roles }.
admin-granted = Потребител { $user } получи ролята „{ $role }“.
admin-already-held = Потребител { $user } вече има ролята „{ $role }“.
admin-revoked = Потребител { $user } вече няма ролята „{ $role }“.
admin-not-held = Потребител { $user } нямаше ролята „{ $role }“.
admin-configured-admin = Потребител { $user } е администратор в настройките (ADMIN_IDS). За да премахнете ролята, променете настройките.
admin-roles-list =
    <b>{ $count ->
        [one] Един потребител с роля
       *[other] { $count } потребители с роли
    }</b>
    { $lines }
admin-roles-empty = Още никой няма роля.

help-staff =
    <b>За служителите на обществения посредник</b>
    /newpoll – ново допитване
    /polllist – всички допитвания и тяхното състояние
    /openpoll SLUG, /closepoll SLUG – отваряне или затваряне на допитване
    /pollresults SLUG – диаграма с резултатите от допитване
    /broadcast – ново съобщение до абонираните
    /broadcasts – последните съобщения и докъде са стигнали
help-moderator =
    <b>За модераторите</b>
    /review – снимки за Фотоглас, които чакат преглед
help-admin =
    <b>За администраторите</b>
    /grant USER_ID ROLE, /revoke USER_ID ROLE – даване или отнемане на роля
    /roles – кой каква роля има
