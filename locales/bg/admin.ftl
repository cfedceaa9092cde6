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
