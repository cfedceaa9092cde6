"""The audit questionnaire in the chat: thin handlers around dialogs.survey.session."""

from __future__ import annotations

import datetime
from functools import partial
from zoneinfo import ZoneInfo

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.download_limits import BUSY, DownloadLimits, fetch_image
from bot.flows import InFlow
from bot.l10n import LOCALES_DIR
from bot.photovoice_media import DownloadRefused, keep
from bot.render import Reply
from bot.routers import fallback
from bot.settings import Settings
from dialogs.profile import Profile
from dialogs.screen import Screen
from dialogs.survey import OtherInput, PhotoInput, PhotoRejected, TextInput
from dialogs.survey.engine import NOT_EXPECTED, Event
from dialogs.survey.session import (
    FormCatalog,
    Turn,
    current_step,
    give,
    open_form,
    photo_expected,
    press,
    resume_choice,
)
from storage.media import ImageRejected, MediaStore, SanitizedImage, keys_for
from storage.repositories import Repositories

FLOW = "survey"
IMAGE_MIME_PREFIX = "image/"
# Refusal codes of bot.photovoice_media / bot.download_limits and storage.media, as the
# variants of `survey-error-photo-rejected`.
_REASONS = {
    "too_big_download": "too-big-download",
    "download_failed": "download-failed",
    BUSY: "busy",
    "not_an_image": "not-an-image",
    "unsupported_format": "not-an-image",
    "too_large_file": "too-large",
    "too_many_pixels": "too-large",
    "truncated": "broken",
    "too_small": "too-small",
}


def today(settings: Settings) -> datetime.date:
    return datetime.datetime.now(ZoneInfo(settings.timezone)).date()


async def _finish(
    repo: Repositories,
    profile: Profile,
    turn: Turn,
    media: MediaStore,
    image: SanitizedImage | None = None,
) -> Reply:
    """Keep free text flowing to the questionnaire only while the person is inside it; write a
    photo only once it is an answer, and delete photos no answer references any more."""
    wanted = FLOW if turn.in_survey else None
    if profile.active_flow != wanted and (turn.in_survey or profile.active_flow == FLOW):
        await repo.profiles.set_active_flow(profile.person_id, wanted)
    if image is not None and keys_for(image.sha256)[0] in turn.saved_media:
        await keep(media, image)
    if turn.released_media:
        for key in await repo.survey.unreferenced(list(turn.released_media)):
            await media.delete(key)
    return Reply(turn.screens)


async def open_entry(
    event: TelegramObject,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    media: MediaStore,
) -> Reply:
    turn = await open_form(repo.survey, forms, profile, today(settings))
    return await _finish(repo, profile, turn, media)


async def on_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    media: MediaStore,
) -> Reply:
    """An answer button (sv:) or the continue/start-again choice (svr:)."""
    data = query.data or ""
    choose = resume_choice if data.startswith("svr:") else press
    turn = await choose(repo.survey, forms, profile, data, today(settings))
    return await _finish(repo, profile, turn, media)


async def on_input(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    media: MediaStore,
    downloads: DownloadLimits,
) -> Reply:
    day = today(settings)
    event, image = await _event_of(message, bot, repo, profile, forms, day, downloads)
    turn = await give(repo.survey, forms, profile, event, day)
    if not turn.screens:  # the open response vanished (deleted, finished elsewhere)
        await repo.profiles.set_active_flow(profile.person_id, None)
        answer = fallback.not_understood if message.text is not None else fallback.unsupported
        return await answer(message)  # as if outside the questionnaire: never silent
    return await _finish(repo, profile, turn, media, image)


async def _event_of(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    day: datetime.date,
    downloads: DownloadLimits,
) -> tuple[Event, SanitizedImage | None]:
    """The engine's event, and the cleaned image when a photo came (not yet written).

    A picture is downloaded only when the current question asks for one: anything else would
    spend memory and decoding on a photo the engine then refuses."""
    if message.text is not None:
        return TextInput(message.text), None
    image_file = message.photo[-1] if message.photo else None
    document = message.document
    if document is not None and (document.mime_type or "").startswith(IMAGE_MIME_PREFIX):
        image_file = document  # an image sent as a file, for full quality
    if image_file is None:
        return OtherInput(str(message.content_type)), None
    if not await photo_expected(repo.survey, forms, profile, day):
        return PhotoRejected(NOT_EXPECTED), None
    file_id, size = image_file.file_id, image_file.file_size
    try:
        image = await fetch_image(bot, downloads, profile.person_id, file_id, size)
    except DownloadRefused as exc:
        return PhotoRejected(_REASONS.get(exc.reason, exc.reason)), None
    except ImageRejected as exc:
        return PhotoRejected(_REASONS.get(exc.reason.value, "other")), None
    return PhotoInput(keys_for(image.sha256)[0]), image


async def reshow(
    repo: Repositories, profile: Profile, *, forms: FormCatalog, settings: Settings
) -> list[Screen]:
    """After a language change: the current question again, in the new language."""
    return await current_step(repo.survey, forms, profile, today(settings))


async def leave(repo: Repositories, profile: Profile) -> bool:
    """/cancel: the answers stay; the open response waits to be continued."""
    return True


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="survey")
    router.message.register(open_entry, Command("survey"))
    router.callback_query.register(open_entry, F.data == "menu:survey")
    router.callback_query.register(on_button, F.data.startswith("sv:") | F.data.startswith("svr:"))
    not_command = ~F.text.startswith("/")
    router.message.register(on_input, InFlow(FLOW), not_command)
    return router


async def forget_photos(
    repo: Repositories, profile: Profile, bot: Bot, *, forms: FormCatalog, media: MediaStore
) -> None:
    """Before "delete all my data": the image files of photo answers nobody else uses."""
    for key in await repo.survey.files_only_of(profile.person_id, forms.photo_questions()):
        await media.delete(key)


def register(dp: Dispatcher) -> None:
    forms = FormCatalog.load(LOCALES_DIR)
    dp["forms"] = forms
    dp["cancellers"].register(FLOW, leave)
    dp["reshowers"].register(FLOW, partial(reshow, forms=forms, settings=dp["settings"]))
    hook = partial(forget_photos, forms=forms, media=dp["media"])
    dp.workflow_data.setdefault("before_forget", []).append(hook)
