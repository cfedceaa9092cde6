"""Expected texts from the real Fluent files, as a person sees them (tags parsed away)."""

from __future__ import annotations

import html
import re
from typing import Any

from bot.l10n import Locales

_LOCALES = Locales()


def shown(lang: str, key: str, **args: Any) -> str:
    """The text of a message after Telegram parsed its HTML."""
    return html.unescape(re.sub(r"</?[a-z-]+[^>]*>", "", _LOCALES.for_language(lang)(key, args)))


def label(lang: str, key: str, **args: Any) -> str:
    return _LOCALES.for_language(lang).plain(key, args)


def help_line(lang: str, command: str) -> str:
    """One line of /help: the command and what it does (cmd-<name>)."""
    name = command.split()[0].lstrip("/")
    return shown(lang, "help-line", command=command, what=label(lang, f"cmd-{name}"))
