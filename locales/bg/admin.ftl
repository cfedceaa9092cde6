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
admin-roles-title = <b>Потребители с роля: { $count }</b>
admin-roles-person = Потребител { $user }: { $roles }
admin-roles-empty = Още никой няма роля.

help-staff-title = За служителите на обществения посредник
cmd-newpoll = ново допитване
cmd-polllist = всички допитвания и тяхното състояние
cmd-openpoll = отваряне на допитване
cmd-closepoll = затваряне на допитване
cmd-pollresults = диаграма с резултатите от допитване
cmd-newsession = нова информационна среща
cmd-sessionlist = информационните срещи и записаните; промяна, отмяна
cmd-broadcast = ново съобщение до абонираните
cmd-broadcasts = последните съобщения и докъде са стигнали
help-moderator-title = За модераторите
cmd-review = снимки за Фотоглас, които чакат преглед
help-analyst-title = За анализаторите
help-admin-title = За администраторите
cmd-grant = даване на роля
cmd-revoke = отнемане на роля
cmd-roles = кой каква роля има
