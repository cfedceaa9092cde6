"""The audit questionnaire in the chat: thin handlers around dialogs.survey.session."""

from __future__ import annotations

import datetime
from functools import partial
from zoneinfo import ZoneInfo

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Document, Message, PhotoSize, TelegramObject

from bot.feature import Hooks, Wiring
from bot.flows import InFlow
from bot.images import BUSY, DownloadRefused, Images
from bot.l10n import LOCALES_DIR
from bot.render import Reply
from bot.routers import fallback
from bot.settings import Settings
from dialogs.profile import Profile
from dialogs.screen import Screen
from dialogs.survey import (
    FLOW,
    NOT_EXPECTED,
    Event,
    FormCatalog,
    OtherInput,
    PhotoInput,
    PhotoRejected,
    TextInput,
    Turn,
    current_step,
    follow,
    give,
    open_form,
    photo_expected,
    press,
    resume_choice,
)
from storage.media import ImageRejected, SanitizedImage, keys_for
from storage.repositories import Repositories

FLOW = FLOW
IMAGE_MIME_PREFIX = "image/"
# Refusal codes of bot.images and storage.media, as the
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
    images: Images,
    image: SanitizedImage | None = None,
) -> Reply:
    """Write a photo only once it is an answer, and delete photos no answer references any
    more; the questionnaire keeps the person's free text while they are inside it."""
    await follow(repo.profiles, profile, turn.in_survey)
    if image is not None and keys_for(image.sha256)[0] in turn.saved_media:
        await images.keep(image)
    if turn.released_media:
        await images.delete(await repo.survey.unreferenced(list(turn.released_media)))
    return Reply(turn.screens)


async def open_entry(
    event: TelegramObject,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    images: Images,
) -> Reply:
    turn = await open_form(repo.survey, forms, profile, today(settings))
    return await _finish(repo, profile, turn, images)


async def on_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    images: Images,
) -> Reply:
    """An answer button (sv:) or the continue/start-again choice (svr:)."""
    data = query.data or ""
    choose = resume_choice if data.startswith("svr:") else press
    turn = await choose(repo.survey, forms, profile, data, today(settings))
    return await _finish(repo, profile, turn, images)


async def on_input(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    images: Images,
) -> Reply:
    day = today(settings)
    event, image = await _event_of(message, bot, repo, profile, forms, day, images)
    turn = await give(repo.survey, forms, profile, event, day)
    if not turn.screens:  # the open response vanished (deleted, finished elsewhere)
        await repo.profiles.set_active_flow(profile.person_id, None)
        answer = fallback.not_understood if message.text is not None else fallback.unsupported
        return await answer(message)  # as if outside the questionnaire: never silent
    return await _finish(repo, profile, turn, images, image)


async def _event_of(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    day: datetime.date,
    images: Images,
) -> tuple[Event, SanitizedImage | None]:
    """The engine's event, and the cleaned image when a photo came (not yet written).

    A picture is downloaded only when the current question asks for one: anything else would
    spend memory and decoding on a photo the engine then refuses."""
    if message.text is not None:
        return TextInput(message.text), None
    image_file: PhotoSize | Document | None = message.photo[-1] if message.photo else None
    document = message.document
    if document is not None and (document.mime_type or "").startswith(IMAGE_MIME_PREFIX):
        image_file = document  # an image sent as a file, for full quality
    if image_file is None:
        return OtherInput(str(message.content_type)), None
    if not await photo_expected(repo.survey, forms, profile, day):
        return PhotoRejected(NOT_EXPECTED), None
    file_id, size = image_file.file_id, image_file.file_size
    try:
        image = await images.fetch(bot, profile.person_id, file_id, size)
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


async def forget_photos(hooks: Hooks) -> None:
    """Before "delete all my data": the image files of photo answers nobody else uses."""
    forms = hooks.service("forms", FormCatalog)
    person = hooks.profile.person_id
    keys = await hooks.repo.survey.files_only_of(person, forms.photo_questions())
    await hooks.service("images", Images).delete(keys)


def register(wiring: Wiring) -> None:
    forms = FormCatalog.load(LOCALES_DIR)
    wiring.provide("forms", forms)
    wiring.cancellers.register(FLOW, leave)
    wiring.reshowers.register(FLOW, partial(reshow, forms=forms, settings=wiring.settings))
