"""What one person may hold, so nobody can fill the media folder or the moderators' queue.

Three limits from the photovoice settings: submissions started in any 24 hours, submissions
waiting for a moderator at once, and photos kept in all. A person who reaches one is told
politely what the limit is and when (or how) they can send again; nothing saved is lost.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from dialogs.menu import back_button
from dialogs.photovoice import screens
from dialogs.photovoice.context import Context
from dialogs.screen import Screen, msg

DAY = timedelta(hours=24)


async def before_new_submission(ctx: Context) -> Screen | None:
    """Why a new submission cannot be started now, or None when it can."""
    person, settings = ctx.profile.person_id, ctx.settings
    started = await ctx.store.started_since(person, ctx.now - DAY)
    if len(started) >= settings.max_submissions_per_day:
        # the moment enough of them are older than 24 hours to start one more
        free_at = started[len(started) - settings.max_submissions_per_day] + DAY
        local = free_at.astimezone(ZoneInfo(ctx.timezone))
        text = msg(
            "pv-limit-day",
            max=settings.max_submissions_per_day,
            date=local.replace(tzinfo=None),
            time=local.strftime("%H:%M"),
        )
        return Screen(parts=[text], buttons=[[back_button()]])
    waiting = await ctx.store.waiting_of(person)
    if waiting >= settings.max_waiting_per_person:
        return Screen(parts=[msg("pv-limit-waiting", count=waiting)], buttons=[[back_button()]])
    if await ctx.store.photos_of(person) >= settings.max_photos_per_person:
        text = msg("pv-limit-photos", max=settings.max_photos_per_person)
        return Screen(parts=[text], buttons=[[back_button()]])
    return None


async def photos_refusal(ctx: Context, in_draft: int) -> Screen | None:
    """Why one more photo cannot be kept (the person's photos in all), or None."""
    if await ctx.store.photos_of(ctx.profile.person_id) < ctx.settings.max_photos_per_person:
        return None
    return screens.photos_step_notice(
        "pv-limit-photos", in_draft, max=ctx.settings.max_photos_per_person
    )
