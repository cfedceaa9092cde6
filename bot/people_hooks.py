"""Before "delete all my data" and before consent is withdrawn, every feature removes or takes
down what lives outside its database rows (files, channel posts, seats others wait for):
`Feature.forget` and `Feature.withdraw`. The audit log comes last, so the rows the features'
own hooks audit while removing are covered too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aiogram import Bot

from bot.feature import Feature, Hooks
from dialogs.profile import Profile
from storage.repositories import Repositories


class PersonHooks:
    """Built once per dispatcher (`dp["person_hooks"]`), used by the "My data" router."""

    def __init__(self, features: Sequence[Feature], services: Mapping[str, Any]) -> None:
        self.features = features
        self.services = services

    def _hooks(self, repo: Repositories, profile: Profile, bot: Bot) -> Hooks:
        return Hooks(repo=repo, profile=profile, bot=bot, services=dict(self.services))

    async def forget(self, repo: Repositories, profile: Profile, bot: Bot) -> None:
        hooks = self._hooks(repo, profile, bot)
        for feature in self.features:
            if feature.forget is not None:
                await feature.forget(hooks)
        # audit rows naming the person keep only their pseudonym
        await repo.audit.forget_person(profile.telegram_id, self.services["pseudonym_key"])

    async def withdraw(self, repo: Repositories, profile: Profile, bot: Bot) -> None:
        hooks = self._hooks(repo, profile, bot)
        for feature in self.features:
            if feature.withdraw is not None:
                await feature.withdraw(hooks)
