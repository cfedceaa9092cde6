"""A feature is registered once: a throwaway "garden" feature, given to the bot through the
contract alone (bot.feature.Feature), shows in the main menu, in the command list of every
language, answers its command and button, and is asked before "delete all my data"."""

from __future__ import annotations

import shutil
from pathlib import Path

from aiogram import F, Router
from aiogram.filters import Command

from bot.feature import Feature, Hooks
from bot.features import features
from bot.l10n import LOCALES_DIR
from bot.render import Reply
from dialogs.languages import LANGUAGES
from dialogs.menu import Entry
from dialogs.screen import Screen
from tests.e2e.harness import RunningBot
from tests.e2e.photovoice_helpers import onboard
from tests.e2e.texts import label

FORGOTTEN: list[int] = []


def garden_router() -> Router:
    async def hello(event: object) -> Reply:
        return Reply([Screen.of("garden-hello")])

    router = Router(name="garden")
    router.message.register(hello, Command("garden"))
    router.callback_query.register(hello, F.data == "menu:garden")
    return router


async def forget_garden(hooks: Hooks) -> None:
    FORGOTTEN.append(hooks.profile.person_id)


GARDEN = Feature(name="garden", router=garden_router, entry=Entry("garden"), forget=forget_garden)


def locales_with_garden(tmp_path: Path) -> Path:
    root = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, root)
    for lang in LANGUAGES:
        (root / lang / "garden.ftl").write_text(
            f"menu-garden = 🌱 Garden {lang}\n"
            f"cmd-garden = The city garden ({lang})\n"
            f"garden-hello = Welcome to the garden ({lang})\n",
            encoding="utf-8",
        )
    return root


async def test_a_feature_given_through_the_contract_is_everywhere_it_should_be(sb, tmp_path):
    FORGOTTEN.clear()
    running = RunningBot(
        sb,
        tmp_path,
        features=(*features(), GARDEN),
        locales_root=locales_with_garden(tmp_path),
    )
    await running.start()
    try:
        for lang in LANGUAGES:  # setMyCommands in every language
            commands = {c["command"]: c["description"] for c in sb.get_commands(None, lang)}
            assert commands["garden"] == f"The city garden ({lang})"
            assert list(commands)[-5:-4] == ["garden"]  # after the other features' entries
        rosa = sb.user(3301, "Rosa", language_code="uk")
        await onboard(rosa, "uk")
        await rosa.command("/menu")
        assert any("🌱 Garden uk" in b for row in rosa.buttons() for b in row)
        await rosa.press("🌱 Garden uk")
        assert rosa.last.text == "Welcome to the garden (uk)"
        await rosa.command("/garden")
        assert rosa.last.text == "Welcome to the garden (uk)"

        await rosa.command("/mydata")
        await rosa.press(label("uk", "mydata-delete"))
        await rosa.press(label("uk", "mydata-delete-yes"))
        assert len(FORGOTTEN) == 1  # the garden was asked before the rows went
    finally:
        await running.stop()
