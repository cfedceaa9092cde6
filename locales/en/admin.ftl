## Staff and admin messages.

role-admin = admin
role-staff = ombudsperson staff
role-moderator = moderator
role-analyst = analyst

admin-grant-usage = Write: /grant USER_ID ROLE. Roles: { $roles }.
admin-revoke-usage = Write: /revoke USER_ID ROLE. Roles: { $roles }.
admin-unknown-role = There is no role “{ $role }”. Roles: { $roles }.
admin-granted = User { $user } is now { $role }.
admin-already-held = User { $user } is already { $role }.
admin-revoked = User { $user } is no longer { $role }.
admin-not-held = User { $user } was not { $role }.
admin-configured-admin = User { $user } is an admin in the settings (ADMIN_IDS). Change the settings to remove them.
admin-roles-title = <b>Users with a role: { $count }</b>
admin-roles-person = User { $user }: { $roles }
admin-roles-empty = Nobody has a role yet.

help-staff-title = For ombudsperson staff
cmd-newpoll = write a new opinion poll
cmd-polllist = all polls with their state
cmd-openpoll = open a poll
cmd-closepoll = close a poll
cmd-pollresults = the results chart of a poll
cmd-newsession = create an information session
cmd-sessionlist = information sessions with registrations; edit, cancel
cmd-broadcast = write an announcement to subscribers
cmd-broadcasts = the latest announcements and how far they got
help-moderator-title = For moderators
cmd-review = photovoice pictures waiting for review
help-analyst-title = For analysts
help-admin-title = For admins
cmd-grant = give someone a role
cmd-revoke = take a role away
cmd-roles = who has which role
