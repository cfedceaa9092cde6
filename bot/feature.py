"""The one shape every feature has, and what it may register into when a dispatcher is built.

A feature (the questionnaire, polls, photovoice, information sessions, learn more...) is a
module in each layer: `dialogs/<name>` (the conversation), `storage/` (its tables and
repository), `locales/<lang>/<name>.ftl`, and on top `bot/features/<name>/`, whose package
declares one `Feature`. `bot.features.FEATURES` lists them; the menu, the command lists in
every language, the consent gate, "delete my data", the start-up work and the command line
are all derived from that list, so a new feature is registered once.

This module stays light (no aiogram at import time): the command line reads the features'
`cli` hooks without loading the bot.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from dialogs.menu import Command, Entry
from dialogs.screen import Button

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher, Router
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.cli_support import CliEnv
    from bot.courier import Courier
    from bot.deeplinks import DeepLinks
    from bot.events import Events
    from bot.flows import Cancellers, Reshowers
    from bot.images import Images
    from bot.l10n import Locales
    from bot.ordering import InOrder
    from bot.settings import Settings
    from dialogs.profile import Profile
    from storage.repositories import Repositories

T = TypeVar("T")


@dataclass(frozen=True)
class CliCommand:
    """An `integra-bot` subcommand: `add_parser(subparsers)` adds it, `run(args, env)` runs it
    and returns the exit code (raise bot.cli_support.UsageError for bad input: one line, exit
    2); `env` opens the database as the bot would have it. The module holding them imports
    heavy things inside `run`, so `--help` stays quick."""

    name: str
    add_parser: Callable[[Any], None]
    run: Callable[[argparse.Namespace, CliEnv], int]


@dataclass
class Wiring:
    """What a feature's `setup` may register into, once per dispatcher (typed, not dp[...])."""

    dp: Dispatcher
    settings: Settings
    locales: Locales
    courier: Courier
    deep_links: DeepLinks
    cancellers: Cancellers
    reshowers: Reshowers
    in_order: InOrder
    images: Images
    events: Events

    def provide(self, name: str, service: object) -> None:
        """A dependency the feature's handlers receive by this argument name."""
        self.dp[name] = service


class Running(Protocol):
    """What a feature's `on_start` may use of the bot that is starting (bot.app.App)."""

    engine: AsyncEngine
    courier: Courier
    dp: Dispatcher


@dataclass(frozen=True)
class Hooks:
    """Passed to a feature's `forget`/`withdraw` hooks: the update's repositories, the person,
    the bot, and the services features provided (`service(name, type)`)."""

    repo: Repositories
    profile: Profile
    bot: Bot
    services: dict[str, Any]

    def service(self, name: str, kind: type[T]) -> T:
        found = self.services[name]
        if not isinstance(found, kind):
            raise TypeError(f"service {name!r} is a {type(found).__name__}, not {kind.__name__}")
        return found


PersonHook = Callable[[Hooks], Awaitable[None]]


@dataclass(frozen=True)
class Feature:
    """One feature. Only `name` and `router` are required.

    - `entry`: its main-menu entry, also its command (/survey...) in every language.
    - `commands`: other commands (e.g. /review for moderators): everyone's are published in
      every language's command list, those with `roles` shown in /help to who holds them
      (their routers check it: bot.roles.privileged_router).
    - `router`: a fresh aiogram Router each call (a dispatcher may be built more than once).
    - `setup`: registers deep links, /cancel and re-show hooks, courier handlers, services.
    - `gives_data`: which of its buttons store something and so need the person's consent.
    - `seed`: idempotent data shipped with the bot (after every schema upgrade).
    - `on_start`: work left from before a start (e.g. posts waiting for a channel).
    - `forget`: before "delete all my data" removes the rows (files, channel posts, seats).
    - `withdraw`: before consent is withdrawn (what is public goes back to the research team).
    - `cli`: adds its `integra-bot` subcommands.
    - `my_data`: a button of its own on "My data", for people who agreed (e.g. topics).
    """

    name: str
    router: Callable[[], Router]
    entry: Entry | None = None
    commands: Sequence[Command] = ()
    setup: Callable[[Wiring], None] | None = None
    gives_data: Callable[[str], bool] | None = None
    seed: Callable[[AsyncEngine], Awaitable[None]] | None = None
    on_start: Callable[[Running], Awaitable[None]] | None = None
    forget: PersonHook | None = None
    withdraw: PersonHook | None = None
    cli: Sequence[CliCommand] = ()
    my_data: Button | None = None
