"""Photovoice end to end over the sandbox: the flow, safe images, albums, refusals,
moderation, the public channel, and taking consent back."""

from __future__ import annotations

import asyncio
import io

import piexif
import pytest
from PIL import Image

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.photovoice_helpers import (
    CHANNEL,
    button_data,
    finish,
    media_files,
    onboard,
    photos,
    press_data,
    start_photo,
    submissions,
    submit_one,
    tell_story,
)
from tests.e2e.texts import label, shown
from tests.photovoice.images import CAMERA, PDF, huge_png, jpeg, png, truncated_jpeg


@pytest.fixture
async def pv(sb, tmp_path):
    sb.add_channel(CHANNEL, "Sofia photovoice")
    bot = RunningBot(
        sb,
        tmp_path,
        admin_ids=str(ADMIN_ID),
        public_channel_id=CHANNEL,
        media_dir=str(tmp_path / "media"),
    )
    await bot.start()
    bot.media = tmp_path / "media"
    yield bot
    await bot.stop()


async def test_gps_tagged_jpeg_is_kept_without_any_metadata(sb, pv):
    amal = sb.user(2001, "Amal Hassan", language_code="en")
    await onboard(amal)
    await amal.command("/photo")
    assert shown("en", "pv-theme-prompt") in amal.last.text
    await amal.press(label("en", "pv-theme-housing"))
    assert shown("en", "pv-photos-prompt", max=3) in amal.last.text

    original = jpeg(1, gps=True)
    assert piexif.load(original)["GPS"]  # the fixture really carries a position
    replies = await amal.send_photo(original)
    assert [m.text for m in replies] == [shown("en", "pv-photo-received", count=1, max=3)]

    [photo] = await photos(pv)
    files = media_files(pv.media)
    assert {f.relative_to(pv.media).as_posix() for f in files} == {
        photo.image_key,
        photo.thumb_key,
    }
    for path in files:
        data = path.read_bytes()
        assert data != original and b"GPS" not in data and CAMERA not in data
        with Image.open(io.BytesIO(data)) as im:
            assert im.format == "JPEG"
            assert not im.getexif()
            assert "exif" not in im.info
        assert piexif.load(data)["GPS"] == {}
        assert piexif.load(data)["0th"] == {}
    assert (photo.width, photo.height) == (640, 480)

    # the story, one prompt at a time, each skippable
    replies = await amal.press(label("en", "pv-next"))
    assert shown("en", "pv-photos-kept", count=1) in amal.last.text
    assert shown("en", "pv-story-see") in amal.last.text
    await amal.send("Our building's entrance, broken for months.")
    assert shown("en", "pv-story-happening") in amal.last.text
    await amal.press(label("en", "pv-skip"))
    assert shown("en", "pv-story-our-lives") in amal.last.text
    await amal.send("Children <b>climb</b> over the rubble.")
    await amal.press(label("en", "pv-skip"))
    await amal.press(label("en", "pv-skip"))
    assert shown("en", "pv-recognisable-question") in amal.last.text
    await amal.press(label("en", "pv-recognisable-no"))
    assert amal.buttons()[0] == [label("en", "pv-display-named", name="Amal")]
    await amal.press(label("en", "pv-display-named", name="Amal"))

    # the confirmation: thumbnail and summary (the story as written, escaped)
    confirmation = amal.last
    assert (
        confirmation.photo
        and confirmation.photo_bytes() == (pv.media / photo.thumb_key).read_bytes()
    )
    assert (
        shown("en", "pv-summary-theme", theme=label("en", "pv-theme-housing")) in confirmation.text
    )
    assert "Children <b>climb</b> over the rubble." in confirmation.text
    assert shown("en", "pv-display-short-named", name="Amal") in confirmation.text
    await amal.press(label("en", "pv-send"))
    assert amal.last.text == shown("en", "pv-submitted")

    [submission] = await submissions(pv)
    assert (submission.status, submission.theme, submission.display) == (
        "submitted",
        "housing",
        "named",
    )
    assert submission.attribution == "Amal"
    assert submission.story == {
        "see": "Our building's entrance, broken for months.",
        "our_lives": "Children <b>climb</b> over the rubble.",
    }
    assert submission.recognisable is False and submission.submitted_at is not None
    # out of the flow: a photo now is not taken
    await amal.send_photo(jpeg(2))
    assert len(await photos(pv)) == 1


async def test_album_of_three_is_one_submission_with_one_acknowledgement(sb, pv):
    olena = sb.user(2002, "Olena", language_code="uk")
    await onboard(olena, "uk")
    await start_photo(olena, "uk", "education")
    replies = await olena.send_album([jpeg(11), jpeg(12), png(13)])
    assert [m.text for m in replies] == [shown("uk", "pv-album-received", max=3)]
    [submission] = await submissions(pv)
    kept = await photos(pv)
    assert [p.position for p in kept] == [1, 2, 3]
    assert {p.submission_id for p in kept} == {submission.id}
    assert len({p.media_group_id for p in kept}) == 1 and kept[0].media_group_id
    assert len(media_files(pv.media)) == 6

    # a fourth photo: politely refused, nothing downloaded or stored
    calls = sb.stats.calls["getFile"]
    await olena.send_photo(jpeg(14))
    assert olena.last.text == shown("uk", "pv-photos-full", max=3)
    assert sb.stats.calls["getFile"] == calls
    assert len(await photos(pv)) == 3 and len(media_files(pv.media)) == 6
    await olena.press(label("uk", "pv-next"))
    assert shown("uk", "pv-photos-kept", count=3) in olena.last.text


async def test_album_handled_concurrently_still_one_submission(sb, tmp_path):
    """Updates handled as parallel tasks (aiogram's default): the four photos of an album race;
    the draft's row lock makes them count one after another."""
    running = RunningBot(sb, tmp_path, media_dir=str(tmp_path / "media"))
    await running.start()
    try:
        taras = sb.user(2003, "Taras", language_code="en")
        await onboard(taras)
        await start_photo(taras)
        running.concurrent = True
        await running.restart()
        before = len(taras.messages)
        await taras.send_album([jpeg(21), jpeg(22), jpeg(23), jpeg(24)], wait=False)
        await taras.wait_for(lambda u: len(u.messages) >= before + 2, timeout=15)
        await asyncio.sleep(0.5)  # nothing more comes
        texts = [m.text for m in taras.messages[before:]]
        assert sorted(texts) == sorted(
            [shown("en", "pv-album-received", max=3), shown("en", "pv-photos-full", max=3)]
        )
        kept = await photos(running)
        assert sorted(p.position for p in kept) == [1, 2, 3]
        assert len(media_files(tmp_path / "media")) == 6
    finally:
        await running.stop()


async def test_refused_uploads_say_why_and_store_nothing(sb, pv):
    farid = sb.user(2004, "Farid", language_code="fa")
    await onboard(farid, "fa")
    await start_photo(farid, "fa", "work")
    await farid.send_document(PDF, "notes.pdf", "application/pdf")
    assert farid.last.text == shown("fa", "pv-refused-not-an-image")
    await farid.send_document(truncated_jpeg(31), "cut.jpg", "image/jpeg")
    assert farid.last.text == shown("fa", "pv-refused-truncated")
    await farid.send_document(huge_png(), "huge.png", "image/png")
    assert farid.last.text == shown("fa", "pv-refused-too-many-pixels")
    await farid.send("here is my photo")
    assert farid.last.text == shown("fa", "pv-send-photo")
    sticker = {
        "sticker": {
            "file_id": "CAACAgIAAxkBAAEB",
            "file_unique_id": "AgADsticker",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    }
    # the sandbox's SimUser has no send_sticker/send_voice: push the update it would make
    await farid._message(sticker, "sticker", True)
    assert farid.last.text == shown("fa", "pv-send-photo")
    voice = {"voice": {"file_id": "AwACAgIAAxkB", "file_unique_id": "AgADvoice", "duration": 3}}
    await farid._message(voice, "voice", True)
    assert farid.last.text == shown("fa", "pv-send-photo")
    assert await photos(pv) == [] and media_files(pv.media) == []
    # a PNG sent as a file (full quality) is accepted
    await farid.send_document(png(32), "street.png", "image/png")
    assert farid.last.text == shown("fa", "pv-photo-received", count=1, max=3)
    [photo] = await photos(pv)
    assert photo.original_format == "PNG" and len(media_files(pv.media)) == 2


async def test_a_file_over_20_mb_is_refused_before_download(sb, pv):
    nadia = sb.user(2005, "Nadia", language_code="ar")
    await onboard(nadia, "ar")
    await start_photo(nadia, "ar", "health")
    big = b"\xff\xd8\xff\xe0" + bytes(21 * 1024 * 1024)
    calls = sb.stats.calls["getFile"]
    await nadia.send_document(big, "scan.jpg", "image/jpeg")
    assert nadia.last.text == shown("ar", "pv-refused-too-big-download")
    assert sb.stats.calls["getFile"] == calls
    assert await photos(pv) == [] and media_files(pv.media) == []


async def test_getfile_too_big_answer_is_a_clear_refusal(sb, pv):
    """When Telegram does not say the size up front, getFile's 400 "file is too big" is the
    signal; the helper the router uses turns it into the same refusal."""
    from bot import images as photovoice_media

    stored = sb.files.add(bytes(20 * 1024 * 1024 + 1), "document", file_name="big.jpg")
    with pytest.raises(photovoice_media.DownloadRefused) as refused:
        await photovoice_media.download(pv.app.bot, stored.file_id, None)
    assert refused.value.reason == "too_big_download"
    assert [c for c in sb.calls if c[0] == "getFile"][-1][2] is False
    sb.violations.clear()  # the sandbox records the refused getFile; here it was the point


async def test_the_same_photo_twice_is_noticed(sb, pv):
    ivan = sb.user(2006, "Ivan", language_code="bg")
    await onboard(ivan, "bg", "bulgarian_citizen")
    await start_photo(ivan, "bg", "safety")
    await ivan.send_photo(jpeg(41))
    await ivan.send_document(jpeg(41, gps=True), "same.jpg", "image/jpeg")  # same pixels
    assert ivan.last.text == shown("bg", "pv-duplicate")
    assert len(await photos(pv)) == 1
    await tell_story(ivan, "bg")
    await finish(ivan, "bg", display="research")
    await ivan.press(label("bg", "pv-send"))
    # in a later submission too
    await start_photo(ivan, "bg", "other")
    await ivan.send_photo(jpeg(41))
    assert ivan.last.text == shown("bg", "pv-duplicate")
    assert len(await photos(pv)) == 1 and len(media_files(pv.media)) == 2


async def test_restart_mid_flow_continues_where_the_person_was(sb, pv):
    ana = sb.user(2007, "Ana", language_code="ru")
    await onboard(ana, "ru")
    await start_photo(ana, "ru", "services")
    await ana.send_photo(jpeg(51))
    await ana.press(label("ru", "pv-next"))
    await ana.send("Очередь в миграционной службе.")
    await pv.restart()
    await ana.send("Люди ждут с пяти утра.")  # answers the second prompt after the restart
    assert shown("ru", "pv-story-our-lives") in ana.last.text
    await ana.command("/photo")
    assert shown("ru", "pv-resume") in ana.last.text
    assert shown("ru", "pv-story-our-lives") in ana.last.text
    [submission] = await submissions(pv)
    assert submission.story == {
        "see": "Очередь в миграционной службе.",
        "happening": "Люди ждут с пяти утра.",
    }


async def test_cancel_mid_flow_deletes_the_draft_and_its_files(sb, pv):
    omar = sb.user(2008, "Omar", language_code="en")
    await onboard(omar)
    await start_photo(omar)
    await omar.send_photo(jpeg(61))
    assert len(media_files(pv.media)) == 2
    await omar.command("/cancel")
    # the draft is deleted, and the bot says so (not the general "everything is saved")
    assert omar.last.text.startswith(shown("en", "pv-discarded"))
    assert await submissions(pv) == [] and await photos(pv) == []
    assert media_files(pv.media) == []
    await omar.send_photo(jpeg(62))  # no longer in the flow: not taken
    assert await photos(pv) == []


async def test_review_is_for_moderators_only(sb, pv):
    eve = sb.user(2009, "Eve", language_code="en")
    await onboard(eve)
    await eve.command("/review")
    assert eve.last.text == shown("en", "unknown-command")


async def _decide(sb, pv):
    """Two submissions: Amal (public, with first name), Bilal (public, no name)."""
    amal = sb.user(2101, "Amal", language_code="en")
    bilal = sb.user(2102, "Bilal Karimi", language_code="fa")
    await onboard(amal)
    await onboard(bilal, "fa")
    await submit_one(amal, jpeg(71), display="named", story=("Our new kindergarten.",))
    await submit_one(bilal, jpeg(72), lang="fa", display="anonymous", theme="work")
    return amal, bilal


async def test_moderation_approves_one_and_rejects_another(sb, pv):
    amal, bilal = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    first, second = await submissions(pv)
    photo, review = mod.messages[-2:]
    assert photo.photo  # the full photo, to check faces and number plates
    assert shown("en", "pv-review-title", id=first.id, waiting=2) in review.text
    assert "Our new kindergarten." in review.text
    # the moderator reads the name that would be shown, not "your first name"
    assert shown("en", "pv-review-display-named", name="Amal") in review.text
    assert sb.channel_posts(CHANNEL) == []

    approve = button_data(review, label("en", "pv-review-approve"))
    await mod.press(label("en", "pv-review-approve"))
    # the card now says what was decided, and its buttons are gone
    assert shown("en", "pv-review-done-approved", id=first.id) in review.text
    assert review.inline_keyboard == []
    [post] = sb.channel_posts(CHANNEL)
    assert post["photo"] and "Our new kindergarten." in post["caption"]
    assert shown("bg", "pv-channel-by", name="Amal") in post["caption"]  # channel: DEFAULT_LOCALE
    await amal.wait_for(
        lambda u: (
            u.last.text
            == shown("en", "pv-note-approved-public", theme=label("en", "pv-theme-housing"))
        )
    )
    # the next item came up for the moderator
    assert shown("en", "pv-review-title", id=second.id, waiting=1) in mod.last.text
    second_card = mod.last
    await mod.press(label("en", "pv-review-reject"))
    assert second_card.edited and shown("en", "pv-reject-prompt", id=second.id) in second_card.text
    await mod.press(label("en", "pv-reject-personal-data"))
    assert mod.last.text == shown("en", "pv-review-empty")
    reason = label("en", "pv-reject-personal-data")
    assert shown("en", "pv-review-done-rejected", id=second.id, reason=reason) in second_card.text
    assert second_card.inline_keyboard == []
    reason = label("fa", "pv-reject-personal-data")
    theme = label("fa", "pv-theme-work")
    note = "\n\n".join(
        [
            shown("fa", "pv-note-rejected-intro", theme=theme),
            shown("fa", "pv-note-rejected-reason", reason=reason),
            shown("fa", "pv-note-rejected-after"),
        ]
    )
    await bilal.wait_for(lambda u: u.last.text == note)
    assert len(sb.channel_posts(CHANNEL)) == 1
    first, second = await submissions(pv)
    assert (first.status, second.status, second.reject_reason) == (
        "approved",
        "rejected",
        "personal_data",
    )
    [photo] = await photos(pv, submission_id=first.id)
    assert (photo.channel_chat_id, photo.channel_message_id) == (CHANNEL, post["message_id"])
    from storage.models import AuditEntry
    from tests.e2e.photovoice_helpers import rows

    actions = {(a.action, a.outcome) for a in await rows(pv, AuditEntry)}
    assert {
        ("photovoice-approve", "ok"),
        ("photovoice-reject", "ok"),
        ("photovoice-post", "ok"),
    } <= actions
    # a stale Approve on the rejected one changes nothing
    await press_data(mod, review, approve.replace(f":{first.id}:", f":{second.id}:"))
    assert (await submissions(pv))[1].status == "rejected"
    assert mod.callback_answers[-1]["text"] == label("en", "pv-review-already-decided")


async def test_withdrawing_consent_removes_the_channel_post(sb, pv):
    amal, _ = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    assert len(sb.channel_posts(CHANNEL)) == 1

    await amal.command("/mydata")
    await amal.press(label("en", "pv-my-button"))
    assert shown("en", "pv-my-title") in amal.last.text
    await amal.press(label("en", "pv-status-approved"))  # the item's label shows its status
    await amal.press(label("en", "pv-display-research"))
    assert shown("en", "pv-my-withdrawn") in amal.last.text
    assert sb.channel_posts(CHANNEL) == []
    first, _ = await submissions(pv)
    assert (first.status, first.display, first.attribution) == ("withdrawn", "research", None)
    assert first.withdrawn_at is not None
    [photo] = await photos(pv, submission_id=first.id)
    assert photo.channel_message_id is None


async def test_switching_to_no_name_replaces_the_post(sb, pv):
    amal, _ = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    [named] = sb.channel_posts(CHANNEL)
    await amal.command("/mydata")
    await amal.press(label("en", "pv-my-button"))
    await amal.press(label("en", "pv-status-approved"))
    await amal.press(label("en", "pv-display-anonymous"))
    [anonymous] = sb.channel_posts(CHANNEL)
    assert anonymous["message_id"] != named["message_id"]
    assert "Amal" not in anonymous["caption"]


async def test_recognisable_people_without_agreement_are_never_public(sb, pv):
    lina = sb.user(2103, "Lina", language_code="en")
    await onboard(lina)
    await start_photo(lina, theme="neighbourhood")
    await lina.send_photo(jpeg(81))
    await tell_story(lina)
    await lina.press(label("en", "pv-recognisable-unsure"))  # not sure counts as yes
    await lina.press(label("en", "pv-agreement-no"))
    assert shown("en", "pv-research-only-note") in lina.last.text
    await lina.press(label("en", "pv-send"))
    [submission] = await submissions(pv)
    assert (submission.display, submission.recognisable, submission.people_agreed) == (
        "research",
        True,
        False,
    )
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    assert sb.channel_posts(CHANNEL) == []
    # and "My data" offers only the research team
    await lina.command("/mydata")
    await lina.press(label("en", "pv-my-button"))
    await lina.press(label("en", "pv-status-approved"))
    flat = [b for row in lina.buttons() for b in row]
    assert label("en", "pv-display-anonymous") not in flat
    assert shown("en", "pv-my-research-only") in lina.last.text


async def test_deleting_all_my_data_removes_photos_files_and_posts(sb, pv):
    amal, _ = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    assert len(sb.channel_posts(CHANNEL)) == 1 and len(media_files(pv.media)) == 4
    await amal.command("/mydata")
    assert shown("en", "mydata-records", kind="photos", count=1) in amal.last.text
    await amal.press(label("en", "mydata-delete"))
    await amal.press(label("en", "mydata-delete-yes"))
    assert sb.channel_posts(CHANNEL) == []
    [left] = await submissions(pv)  # Bilal's stays
    assert left.theme == "work"
    assert len(media_files(pv.media)) == 2


async def test_a_channel_that_refuses_deletion_does_not_block_deleting_my_data(sb, pv):
    from storage.models import AuditEntry
    from tests.e2e.photovoice_helpers import rows

    amal, _ = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    [post] = sb.channel_posts(CHANNEL)
    sb.fail_next("deleteMessage", error_code=403, description="Forbidden: bot was kicked")
    await amal.command("/mydata")
    await amal.press(label("en", "mydata-delete"))
    await amal.press(label("en", "mydata-delete-yes"))
    assert amal.last.text == shown("en", "mydata-deleted")
    unposts = [e for e in await rows(pv, AuditEntry) if e.action == "photovoice-unpost"]
    assert unposts[-1].outcome == "failed"
    assert unposts[-1].details["failed"] == [[CHANNEL, post["message_id"]]]


async def test_a_flood_wait_in_the_channel_holds_up_nobody(sb, pv):
    """Taking a post down happens after the commit: while Telegram makes the bot wait 4 s
    before deleting it, another person's first message (a write) is answered at once."""
    amal, _ = await _decide(sb, pv)
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await mod.command("/start")
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))
    assert len(sb.channel_posts(CHANNEL)) == 1
    await amal.command("/mydata")
    await amal.press(label("en", "pv-my-button"))
    await amal.press(label("en", "pv-status-approved"))
    sb.fail_next("deleteMessage", 429, retry_after=4)
    await amal.press(label("en", "pv-display-research"), wait=False)
    await asyncio.sleep(0.5)  # Amal's change is being handled, the channel refuses with 429

    newcomer = sb.user(2199, "Nadia", language_code="uk")
    loop = asyncio.get_running_loop()
    started = loop.time()
    await newcomer.send("/start", wait=False)
    await newcomer.wait_for(lambda u: u.messages, timeout=10)
    assert loop.time() - started < 2.0  # not the 4 s the channel is waiting
    assert len(sb.channel_posts(CHANNEL)) == 1  # the removal is still waiting its turn
    await pv.app.courier.settle()
    assert sb.channel_posts(CHANNEL) == []  # and then it happens
