"""Who may see a sent submission: wider goes back to review, narrower at once; the reviewed
name; reasons a moderator writes; posts waiting for a channel (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

from dialogs.photovoice import mine, moderation
from dialogs.photovoice.flow import Notify, Publish, RemovePosts
from dialogs.photovoice.model import REASON_FLOW
from dialogs.screen import Msg
from tests.photovoice.test_flow import (
    _submitted,
    effects_of,
)

POST = (-100123, 77)


async def approved(h, display, *, posted=False) -> int:
    sid = await _submitted(h, display=display)
    async with h.ctx() as ctx:
        token = moderation.review_token(await ctx.store.get(sid))
        await moderation.approve(ctx, sid, token)
        if posted:
            s = await ctx.store.get(sid)
            await ctx.store.set_channel_messages({s.photos[0].id: POST})
    return sid


async def change(h, sid, code, first_name="Amal Hassan"):
    async with h.ctx(first_name) as ctx:
        out = await mine.change_display(ctx, sid, code)
        return out, await ctx.store.get(sid)


async def test_research_to_public_goes_back_to_review_and_posts_nothing(h):
    sid = await _submitted(h, display="research")
    async with h.ctx() as ctx:
        await moderation.approve(ctx, sid, moderation.review_token(await ctx.store.get(sid)))
    out, fresh = await change(h, sid, "anonymous")
    assert fresh.status == "submitted" and not out.effects
    assert out.screens[0].parts[0] == Msg("pv-my-back-to-review", {})


async def test_adding_the_name_goes_back_to_review_and_leaves_the_post(h):
    sid = await approved(h, "anonymous", posted=True)
    out, fresh = await change(h, sid, "named", first_name="\u202eAmal\u202c Hassan")
    assert (fresh.status, fresh.attribution) == ("submitted", "Amal")  # stored, cleaned
    assert not out.effects and fresh.photos[0].channel_message_id == POST[1]
    # the moderator approves: the old post goes, the new one carries the reviewed name
    async with h.ctx() as ctx:
        out = await moderation.approve(ctx, sid, moderation.review_token(fresh))
    assert effects_of(out, RemovePosts) == [RemovePosts((POST,), sid)]
    assert effects_of(out, Publish) == [Publish(sid, attribution="Amal")]


async def test_removing_the_name_reposts_at_once_without_it(h):
    sid = await approved(h, "named", posted=True)
    out, fresh = await change(h, sid, "anonymous")
    assert out.effects == [RemovePosts((POST,), sid), Publish(sid, attribution=None)]
    assert (fresh.status, fresh.attribution) == ("approved", None)


async def test_pressing_the_current_choice_keeps_the_stored_name(h):
    sid = await approved(h, "named")
    out, fresh = await change(h, sid, "named", first_name="Someone Else")
    assert out.toast == Msg("pv-my-unchanged", {}) and fresh.attribution == "Amal"


async def test_a_rejected_widening_takes_the_old_post_down(h):
    sid = await approved(h, "anonymous", posted=True)
    await change(h, sid, "named")
    async with h.ctx() as ctx:
        out = await moderation.reject(ctx, sid, "offensive")
    assert effects_of(out, RemovePosts) == [RemovePosts((POST,), sid)]


async def test_written_reason_is_stored_until_typed_then_sent(h):
    sid = await _submitted(h)
    async with h.ctx() as ctx:
        out = await moderation.reject(ctx, sid, "other")
        assert await ctx.store.reason_request(ctx.profile.person_id) == sid
        assert not out.effects and (await ctx.store.get(sid)).status == "submitted"
    h.profile = replace(h.profile, active_flow=REASON_FLOW)
    async with h.ctx() as ctx:
        out = await moderation.reason_text(ctx, "  \u202e  ")
        assert out.screens[0].parts[0] == Msg("pv-reason-empty", {})
        out = await moderation.reason_text(ctx, "Too \u2066dark\u2069 to see.")
        decided = await ctx.store.get(sid)
        assert await ctx.store.reason_request(ctx.profile.person_id) is None
    assert (decided.status, decided.reject_note) == ("rejected", "Too dark to see.")
    [note] = effects_of(out, Notify)
    assert note.screen.parts[1] == Msg("pv-note-rejected-note", {"reason": "Too dark to see."})


async def test_approval_note_says_what_really_happens(h):
    sid = await _submitted(h)  # anonymous, public
    async with h.ctx() as ctx:
        token = moderation.review_token(await ctx.store.get(sid))
        out = await moderation.approve(ctx, sid, token)  # no public channel
        [note] = effects_of(out, Notify)
        assert note.screen.parts[0].key == "pv-note-approved-waiting"
        assert await ctx.store.approved_unposted() == [sid]
        found = await moderation.waiting_for_channel(ctx.store, sid)
        assert found is not None
        assert (found.submission_id, found.attribution) == (sid, None)
        assert found.then is not None and found.then.screen.parts[0].key == "pv-note-now-public"
        s = await ctx.store.get(sid)
        await ctx.store.set_channel_messages({s.photos[0].id: POST})
        assert await ctx.store.approved_unposted() == []


async def test_status_in_my_data_says_waiting_for_the_channel(h):
    sid = await approved(h, "anonymous")
    async with h.ctx() as ctx:
        submission = await ctx.store.get(sid)
    assert mine.status_text(submission, public_channel=False) == Msg(
        "pv-status-approved-waiting", {}
    )
    assert mine.status_text(submission, public_channel=True) == Msg("pv-status-approved", {})
