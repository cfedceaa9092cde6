"""Limits for one person, Back through the steps, and taking a photo out of a draft
(SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs.photovoice import flow, navigation
from dialogs.photovoice.flow import DeleteFiles
from dialogs.photovoice.model import FormSettings
from dialogs.screen import Msg
from tests.photovoice.test_flow import (
    Harness,
    _submitted,
    keys,
    photo,
)


async def test_a_day_limit_says_when_to_start_again(engine):
    h = Harness(engine, FormSettings(max_submissions_per_day=2))
    await _submitted(h)
    async with h.ctx() as ctx:
        await flow.discard(ctx)  # nothing of it is kept: it does not count
        [first] = await ctx.store.of_person(ctx.profile.person_id)
    async with h.ctx() as ctx:
        out = await flow.open_flow(ctx)
        assert "pv-theme-prompt" in keys(out.screens)
        await flow.discard(ctx)
    h.settings = replace(h.settings, max_submissions_per_day=1)
    async with h.ctx() as ctx:
        ctx = replace(ctx, clock=datetime.now(UTC))
        out = await flow.open_flow(ctx)
        assert await ctx.store.draft_of(ctx.profile.person_id) is None
    [text] = out.screens[0].parts
    started = first.created_at if first.created_at.tzinfo else first.created_at.replace(tzinfo=UTC)
    free_at = started + timedelta(hours=24)
    assert text.key == "pv-limit-day" and text.args["max"] == 1
    sofia = free_at.astimezone(ZoneInfo("Europe/Sofia"))
    assert text.args["time"] == sofia.strftime("%H:%M")
    async with h.ctx() as ctx:  # a day later, one may start again
        ctx = replace(ctx, clock=free_at + timedelta(seconds=1))
        out = await flow.open_flow(ctx)
    assert "pv-theme-prompt" in keys(out.screens)


async def test_waiting_and_photo_limits(engine):
    h = Harness(engine, FormSettings(max_waiting_per_person=1))
    await _submitted(h)
    async with h.ctx() as ctx:
        out = await flow.open_flow(ctx)
    assert out.screens[0].parts == [Msg("pv-limit-waiting", {"count": 1})]
    h.settings = FormSettings(max_photos_per_person=2)
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(31))
        assert await flow.before_download(ctx) is not None  # 2 kept in all: no download
        out = await flow.add_photo(ctx, photo(32))
    assert keys(out.screens) == ["pv-limit-photos"] and not out.effects


async def test_back_keeps_answers_and_moves_one_step(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(41))
        await flow.photos_done(ctx)
        await flow.answer_text(ctx, "A queue.")
        stale = await navigation.back(ctx, "story", 0)  # a Back from the first question
        assert stale.toast == Msg("button-expired", {})
        out = await navigation.back(ctx, "story", 1)
        assert "pv-story-see" in keys(out.screens)
        out = await navigation.back(ctx, "story", 0)
        assert "pv-photos-so-far" in keys(out.screens)
        draft = await ctx.store.draft_of(ctx.profile.person_id)
    assert (draft.step, draft.story) == ("photos", {"see": "A queue."})


async def test_removing_a_photo_deletes_its_files(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(51))
        await flow.add_photo(ctx, photo(52))
        draft = await ctx.store.draft_of(ctx.profile.person_id)
        out = await navigation.remove_photo(ctx, draft.photos[0].id)
        assert out.effects == [DeleteFiles((photo(51).image_key, photo(51).thumb_key))]
        out = await navigation.remove_photo(ctx, draft.photos[0].id)  # already gone
        assert out.toast == Msg("button-expired", {})
        left = await ctx.store.draft_of(ctx.profile.person_id)
    assert [p.sha256 for p in left.photos] == [photo(52).sha256]
