"""Granting and revoking staff roles in the chat (`/grant <user_id> <role>`, `/revoke ...`)."""

from __future__ import annotations

import re
from typing import Any, Protocol

from dialogs.profile import ROLES, Profile, message_key
from dialogs.screen import Plain, Screen, Text, msg


class RoleStore(Protocol):
    async def grant(self, telegram_id: int, role: str, granted_by: int | None) -> bool: ...
    async def revoke(self, telegram_id: int, role: str) -> bool: ...
    async def holders(self) -> list[tuple[int, str]]: ...


class AuditStore(Protocol):
    async def record(
        self,
        actor: int | None,
        action: str,
        outcome: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None: ...


def parse_role_args(args: str | None) -> tuple[int, str] | None:
    parts = (args or "").split()
    if len(parts) != 2 or not re.fullmatch(r"-?[0-9]{1,15}", parts[0]):
        return None
    return int(parts[0]), parts[1].lower()


async def _checked(
    audit: AuditStore, actor: Profile, action: str, args: str | None
) -> tuple[int, str] | list[Screen]:
    """`USER_ID ROLE` read from the command, or the screen that says what is wrong with it
    (each refusal written to the audit log)."""
    parsed = parse_role_args(args)
    if parsed is None:
        await audit.record(actor.telegram_id, action, "invalid", details={"args": args or ""})
        return [Screen.of(f"admin-{action}-usage", roles=", ".join(ROLES))]
    user_id, role = parsed
    if role not in ROLES:
        await audit.record(actor.telegram_id, action, "invalid", str(user_id), {"role": role})
        return [Screen.of("admin-unknown-role", role=role, roles=", ".join(ROLES))]
    return user_id, role


async def _done(
    audit: AuditStore, actor: Profile, action: str, user_id: int, role: str, changed: bool
) -> list[Screen]:
    outcome = "ok" if changed else "noop"
    await audit.record(actor.telegram_id, action, outcome, str(user_id), {"role": role})
    key = {
        ("grant", True): "admin-granted",
        ("grant", False): "admin-already-held",
        ("revoke", True): "admin-revoked",
        ("revoke", False): "admin-not-held",
    }[(action, changed)]
    return [Screen.of(key, user=str(user_id), role=msg(message_key("role", role)))]


async def grant(
    roles: RoleStore, audit: AuditStore, actor: Profile, args: str | None
) -> list[Screen]:
    checked = await _checked(audit, actor, "grant", args)
    if isinstance(checked, list):
        return checked
    user_id, role = checked
    added = await roles.grant(user_id, role, actor.telegram_id)
    return await _done(audit, actor, "grant", user_id, role, added)


async def revoke(
    roles: RoleStore,
    audit: AuditStore,
    actor: Profile,
    args: str | None,
    configured_admins: frozenset[int],
) -> list[Screen]:
    checked = await _checked(audit, actor, "revoke", args)
    if isinstance(checked, list):
        return checked
    user_id, role = checked
    if role == "admin" and user_id in configured_admins:
        await audit.record(actor.telegram_id, "revoke", "refused", str(user_id), {"role": role})
        return [Screen.of("admin-configured-admin", user=str(user_id))]
    removed = await roles.revoke(user_id, role)
    return await _done(audit, actor, "revoke", user_id, role, removed)


async def list_roles(
    roles: RoleStore, audit: AuditStore, actor: Profile, configured_admins: frozenset[int]
) -> list[Screen]:
    """Each person once, with their roles in the reader's language, and how many people."""
    await audit.record(actor.telegram_id, "roles", "ok")
    held: dict[int, set[str]] = {uid: {"admin"} for uid in configured_admins}
    for uid, role in await roles.holders():
        held.setdefault(uid, set()).add(role)
    if not held:
        return [Screen.of("admin-roles-empty")]
    parts: list[Text] = [msg("admin-roles-title", count=len(held))]
    for uid in sorted(held):
        names: tuple[Text, ...] = tuple(
            msg(message_key("role", r)) for r in ROLES if r in held[uid]
        )
        names += tuple(Plain(r) for r in sorted(held[uid] - set(ROLES)))  # a role retired since
        parts.append(msg("admin-roles-person", user=str(uid), roles=names))
    return [Screen(parts=parts)]
