"""Delivering `dialogs.notify.Notify` rows: a notice to one person, rendered when it is sent,
in the language the person reads then (they may have changed it since the decision)."""

from __future__ import annotations

from functools import partial

from bot.courier import Courier, Post, Undeliverable
from bot.render import send_screen
from dialogs.notify import NOTICE
from dialogs.screen_codec import load_screens
from storage.repositories.outbox import Job
from storage.repositories.people import PeopleRepository


async def deliver_notice(job: Job, post: Post) -> None:
    if job.person_id is None:
        raise Undeliverable("no person", status="cancelled")
    async with post.sessions() as session:
        person = await PeopleRepository(session).get(job.person_id)
        if person is None:  # they deleted their data meanwhile
            raise Undeliverable("gone", status="cancelled")
        chat_id, language = person.telegram_id, person.language
    l10n = post.locales.for_language(language)
    for screen in load_screens(job.payload["screens"]):
        await post.call(chat_id, partial(send_screen, post.bot, chat_id, screen, l10n))


def register(courier: Courier) -> None:
    courier.register(NOTICE, deliver_notice)
