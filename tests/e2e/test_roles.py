"""/roles end to end: each person once, with their roles in the reader's language."""

from __future__ import annotations

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.test_onboarding import onboard
from tests.e2e.texts import label, shown


async def test_roles_lists_each_person_once_with_translated_roles(sb, running):
    admin = sb.user(ADMIN_ID, "Admin", language_code="ar")
    await onboard(admin, "ar", "bulgarian_citizen")
    for grant in ("1006 staff", "1006 moderator", "1007 analyst", "1007 staff"):
        await admin.send(f"/grant {grant}")
    await admin.send("/roles")
    text = admin.last.text

    assert text.startswith(shown("ar", "admin-roles-title", count=3))  # people, not grants
    assert text.count("1006") == 1 and text.count("1007") == 1
    roles_of_1006 = shown("ar", "admin-roles-person", user="1006", roles="").strip()
    line = next(line for line in text.split("\n") if line.startswith(roles_of_1006))
    assert label("ar", "role-staff") in line and label("ar", "role-moderator") in line
    assert label("ar", "role-admin") in text  # the admin from the settings (ADMIN_IDS)
    for code in ("admin", "staff", "moderator", "analyst"):
        assert code not in text  # no English role names inside the Arabic text
