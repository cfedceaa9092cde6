"""The photovoice step function, driven over the real repository (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from dialogs.photovoice import flow, mine, moderation
from dialogs.photovoice.flow import Context, DeleteFiles, KeepFiles, Notify, Publish, RemovePosts
from dialogs.photovoice.model import FormSettings, IncomingPhoto
from dialogs.profile import Profile
from dialogs.screen import Msg
from storage.db import session_factory
from storage.repositories import Repositories


def photo(n: int, group: str | None = None) -> IncomingPhoto:
    sha = f"{n:064x}"
    return IncomingPhoto(
        sha256=sha,
        image_key=f"{sha[:2]}/{sha[2:4]}/{sha}.jpg",
        thumb_key=f"{sha[:2]}/{sha[2:4]}/{sha}.thumb.jpg",
        width=640,
        height=480,
        size=1000,
        original_format="JPEG",
        media_group_id=group,
    )


def keys(screens) -> list[str]:
    return [p.key for s in screens for p in s.parts if isinstance(p, Msg)]


class Harness:
    def __init__(self, engine, settings: FormSettings) -> None:
        self.sessions = session_factory(engine)
        self.settings = settings
        self.profile: Profile | None = None

    @asynccontextmanager
    async def ctx(self, first_name: str | None = "Amal Hassan") -> AsyncIterator[Context]:
        async with self.sessions() as session, session.begin():
            repo = Repositories(session)
            if self.profile is None:
                person = await repo.people.get_or_create(555)
                self.profile = Profile(person.id, 555, "en", True, "visitor", True)
            yield Context(repo.photovoice, repo.profiles, self.profile, self.settings, first_name)

    async def draft(self):
        async with self.ctx() as ctx:
            return await ctx.store.draft_of(ctx.profile.person_id)


async def test_the_whole_flow_step_by_step(h):
    async with h.ctx() as ctx:
        out = await flow.open_flow(ctx)
    assert "pv-theme-prompt" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.choose_theme(ctx, "health")
    assert "pv-photos-prompt" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.add_photo(ctx, photo(1))
    assert keys(out.screens) == ["pv-photo-received"]
    assert out.effects == [KeepFiles(photo(1))]
    async with h.ctx() as ctx:
        out = await flow.photos_done(ctx)
    assert "pv-story-see" in keys(out.screens)
    for i, answer in enumerate(["I see a clinic.", None, "It matters.", None]):
        async with h.ctx() as ctx:
            out = await (flow.answer_text(ctx, answer) if answer else flow.skip(ctx, i))
    async with h.ctx() as ctx:
        out = await flow.answer_text(ctx, "  Ask for interpreters.  ")
    assert "pv-recognisable-question" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.recognisable(ctx, "yes")
    assert "pv-agreement-question" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.agreement(ctx, "yes")
    assert "pv-display-question" in keys(out.screens)
    labels = [b.label for row in out.screens[0].buttons for b in row]
    assert Msg("pv-display-named", {"name": "Amal"}) in labels  # first word only
    async with h.ctx() as ctx:
        out = await flow.choose_display(ctx, "named")
    [confirm] = out.screens
    assert confirm.photo is not None and confirm.photo.media_key == photo(1).thumb_key
    assert "pv-confirm-moderation" in keys([confirm])
    async with h.ctx() as ctx:
        out = await flow.send(ctx)
    assert keys(out.screens) == ["pv-submitted"]
    assert await h.draft() is None
    async with h.ctx() as ctx:
        [sent] = await ctx.store.of_person(ctx.profile.person_id)
    assert sent.status == "submitted" and sent.attribution == "Amal"
    assert sent.story == {
        "see": "I see a clinic.",
        "our_lives": "It matters.",
        "do": "Ask for interpreters.",
    }


async def test_short_mode_asks_title_and_caption(engine):
    h = Harness(engine, FormSettings(story_mode="short"))
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(2))
        out = await flow.photos_done(ctx)
    assert "pv-story-title" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.answer_text(ctx, "Night shift")
    assert "pv-story-caption" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.skip(ctx, 1)
    assert "pv-recognisable-question" in keys(out.screens)


async def test_album_is_acknowledged_once_and_capped(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "safety")
    shown = []
    for n in (1, 2, 3, 4):
        async with h.ctx() as ctx:
            out = await flow.add_photo(ctx, photo(n, group="g1"))
            shown += keys(out.screens)
    assert shown == ["pv-album-received", "pv-photos-full"]
    draft = await h.draft()
    assert [p.position for p in draft.photos] == [1, 2, 3]
    # a later single photo (no group) would be acknowledged, but the draft is full
    async with h.ctx() as ctx:
        assert flow.photo_precheck(await ctx.store.draft_of(ctx.profile.person_id), h.settings)


async def test_duplicates_are_refused_and_not_kept(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "other")
        await flow.add_photo(ctx, photo(7))
    async with h.ctx() as ctx:
        out = await flow.add_photo(ctx, photo(7))
    assert keys(out.screens) == ["pv-duplicate"] and not out.effects


async def test_stale_buttons_and_wrong_input_show_the_current_step(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        out = await flow.recognisable(ctx, "yes")  # a button from another step
    assert out.toast == Msg("button-expired", {}) and "pv-theme-prompt" in keys(out.screens)
    async with h.ctx() as ctx:
        out = await flow.answer_text(ctx, "hello")
    assert "pv-use-buttons" in keys(out.screens)
    async with h.ctx() as ctx:
        await flow.choose_theme(ctx, "work")
        out = await flow.photos_done(ctx)  # no photo yet: Next does nothing
    assert out.toast == Msg("button-expired", {})
    async with h.ctx() as ctx:
        out = await flow.choose_theme(ctx, "not-a-theme")
    assert out.toast == Msg("button-expired", {})


async def test_answers_over_the_limit_are_refused(engine):
    h = Harness(engine, FormSettings(max_answer_chars=50))
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(3))
        await flow.photos_done(ctx)
        out = await flow.answer_text(ctx, "x" * 51)
    # the error, then the question again with its buttons (Skip, Back, Cancel)
    [screen] = out.screens
    assert keys(out.screens)[:2] == ["pv-story-too-long", "pv-story-progress"]
    assert "pv-story-title" not in keys(out.screens) and "pv-story-see" in keys(out.screens)
    actions = [b.action for row in screen.buttons for b in row]
    assert actions == ["ph:skip:0", "ph:back:story:0", "ph:stop"]
    assert (await h.draft()).story == {}


async def test_discard_deletes_draft_and_unshared_files(h):
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "work")
        await flow.add_photo(ctx, photo(5))
    async with h.ctx() as ctx:
        out = await flow.discard(ctx)
    assert out.effects == [DeleteFiles((photo(5).image_key, photo(5).thumb_key))]
    assert await h.draft() is None


async def _submitted(h, display="anonymous", recognisable="no") -> int:
    async with h.ctx() as ctx:
        await flow.open_flow(ctx)
        await flow.choose_theme(ctx, "housing")
        await flow.add_photo(ctx, photo(9))
        await flow.photos_done(ctx)
        for i in range(5):
            await flow.skip(ctx, i)
        await flow.recognisable(ctx, recognisable)
        if recognisable != "no":
            await flow.agreement(ctx, "no")
        else:
            await flow.choose_display(ctx, display)
        await flow.send(ctx)
        [s] = await ctx.store.of_person(ctx.profile.person_id)
        return s.id


async def _approve(ctx, sid):
    token = moderation.review_token(await ctx.store.get(sid))
    return await moderation.approve(ctx, sid, token)


def effects_of(out, kind):
    return [e for e in out.effects if isinstance(e, kind)]


async def test_moderation_approve_publishes_and_reject_notifies(h):
    sid = await _submitted(h)
    async with h.ctx() as ctx:
        out = await moderation.review(ctx.store)
        token = moderation.review_token(await ctx.store.get(sid))
        card = out.screens[-1]
        assert [b.action for b in card.buttons[0]] == [f"phm:ok:{sid}:{token}", f"phm:no:{sid}"]
        out = await moderation.approve(ctx, sid, token)
        decided = await ctx.store.get(sid)
    assert effects_of(out, Publish) == [Publish(sid, attribution=None)]
    assert decided.status == "approved"
    assert out.screens[0].edit and not out.screens[0].buttons  # the card shows the outcome
    async with h.ctx() as ctx:
        out = await moderation.approve(ctx, sid, token)
    assert out.toast == Msg("pv-review-already-decided", {}) and not out.effects


async def test_reject_tells_the_person_with_the_reason(h):
    sid = await _submitted(h)
    async with h.ctx() as ctx:
        out = await moderation.reject(ctx, sid, "offensive")
        decided = await ctx.store.get(sid)
    [note] = effects_of(out, Notify)
    assert note.person_id == decided.person_id
    assert note.screen.parts[1].args["reason"] == Msg("pv-reject-offensive", {})


async def test_research_only_is_not_published_on_approval(h):
    sid = await _submitted(h, recognisable="unsure")
    async with h.ctx() as ctx:
        out = await _approve(ctx, sid)
        decided = await ctx.store.get(sid)
    assert not effects_of(out, Publish) and decided.display == "research"
    [note] = effects_of(out, Notify)
    assert note.screen.parts[0].key == "pv-note-approved"


async def test_withdrawal_removes_posts_and_marks_withdrawn(h):
    sid = await _submitted(h, display="named")
    async with h.ctx() as ctx:
        await _approve(ctx, sid)
        s = await ctx.store.get(sid)
        await ctx.store.set_channel_messages({s.photos[0].id: (-100123, 77)})
    async with h.ctx() as ctx:
        out = await mine.change_display(ctx, sid, "research")
        fresh = await ctx.store.get(sid)
    assert out.effects == [RemovePosts(((-100123, 77),), sid)]
    assert fresh.status == "withdrawn" and fresh.photos[0].channel_message_id is None
    # public again: back to the moderators, nothing posted yet
    async with h.ctx() as ctx:
        out = await mine.change_display(ctx, sid, "anonymous")
        assert (await ctx.store.get(sid)).status == "submitted"
    assert not out.effects


async def test_someone_else_cannot_touch_my_submission(h, engine):
    sid = await _submitted(h)
    other = Harness(engine, FormSettings())
    async with other.sessions() as session, session.begin():
        repo = Repositories(session)
        person = await repo.people.get_or_create(556)
        profile = Profile(person.id, 556, "en", True, "visitor", True)
        ctx = Context(repo.photovoice, repo.profiles, profile, FormSettings(), "Eve")
        out = await mine.change_display(ctx, sid, "named")
        assert out.toast == Msg("button-expired", {})
        out = await mine.delete_one(repo.photovoice, profile, sid)
        assert out.toast == Msg("button-expired", {})
