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
admin-roles-list =
    <b>{ $count ->
        [one] One role holder
       *[other] { $count } role holders
    }</b>
    { $lines }
admin-roles-empty = Nobody has a role yet.

help-staff =
    <b>For ombudsperson staff</b>
    /newpoll – write a new opinion poll
    /polllist – all polls with their state
    /openpoll SLUG, /closepoll SLUG – open or close a poll
    /pollresults SLUG – the results chart of a poll
    /broadcast – write an announcement to subscribers
    /broadcasts – the latest announcements and how far they got
help-moderator =
    <b>For moderators</b>
    /review – photovoice pictures waiting for review
help-admin =
    <b>For admins</b>
    /grant USER_ID ROLE, /revoke USER_ID ROLE – give or take a role
    /roles – who has which role
