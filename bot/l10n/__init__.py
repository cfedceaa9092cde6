"""Every word a person reads, from `locales/<lang>/**/*.ftl` through Fluent.

One `Locales` is built at start (all bundles parsed once); `Locales.for_language(code)` hands a
`Translator` to each update. Missing texts fall back to FALLBACK_LOCALE and are logged; a message
id is never shown to a person.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource

from dialogs.languages import LANGUAGES, RTL_LANGUAGES
from dialogs.screen import Lines, Msg, Plain, Text
from dialogs.text import shorten

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
MISSING_TEXT = "error-text-missing"
LONG_ARG = 200  # characters; longer string arguments bypass Fluent's part-length limit


def ftl_files(root: Path, language: str) -> list[Path]:
    return sorted((root / language).rglob("*.ftl"))


def _short(text: Any) -> str:
    """Fluent's SHORT($text): the start of a long text, cut at a word boundary with "…", for
    button labels (plain text: never used on a text with HTML entities)."""
    return shorten(str(text))


@lru_cache(maxsize=32)
def load_bundle(root: Path, language: str) -> FluentBundle:
    """Parsed once per process: bundles are read-only once built, so every App shares them."""
    functions: dict[str, Any] = {"SHORT": _short}
    bundle = FluentBundle([language], use_isolating=False, functions=functions)
    for path in ftl_files(root, language):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def _fluent_arg(value: Any, *, escape: bool) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal | date | datetime):
        return value
    text = "" if value is None else str(value)
    return html.escape(text, quote=False) if escape else text


class Translator:
    """Formats message ids for one person's language, falling back along a chain."""

    def __init__(self, language: str, chain: list[FluentBundle]) -> None:
        self.language = language
        self._chain = chain

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    def has(self, key: str) -> bool:
        return any(bundle.has_message(key) for bundle in self._chain)

    def __call__(self, key: str, args: Mapping[str, Any] | None = None, **kw: Any) -> str:
        """Text for HTML messages: string arguments are escaped."""
        return self._format(key, {**(args or {}), **kw}, escape=True)

    def plain(self, key: str, args: Mapping[str, Any] | None = None, **kw: Any) -> str:
        """Text for places without markup (button labels, command descriptions, alerts)."""
        return self._format(key, {**(args or {}), **kw}, escape=False)

    def render(self, text: Text, *, markup: bool = True) -> str:
        if isinstance(text, Plain):
            return html.escape(text.text, quote=False) if markup else text.text
        fmt = self.__call__ if markup else self.plain
        return fmt(text.key, text.args)

    def _arg(self, value: Any, *, escape: bool) -> Any:
        """An argument as Fluent takes it: a `Msg` or `Plain` rendered first, a tuple of them
        joined as a list in this language ("a, b and c"), anything else as `_fluent_arg`."""
        if isinstance(value, Msg):
            return self._format(value.key, value.args, escape=escape)
        if isinstance(value, Plain):
            return _fluent_arg(value.text, escape=escape)
        if isinstance(value, tuple):
            items = [str(self._arg(item, escape=escape)) for item in value]
            return format_list(items, locale=self.language) if items else ""
        if isinstance(value, Lines):
            return "\n".join(str(self._arg(item, escape=escape)) for item in value.items)
        return _fluent_arg(value, escape=escape)

    def _format(self, key: str, args: Mapping[str, Any], *, escape: bool) -> str:
        fluent_args = {k: self._arg(v, escape=escape) for k, v in args.items()}
        # Fluent refuses parts over 2,500 characters ("{???}"); a long text someone wrote
        # (an escaped story can triple in length) goes in as a placeholder, put back after.
        long_texts: dict[str, str] = {}
        for k, v in fluent_args.items():
            if isinstance(v, str) and len(v) > LONG_ARG:
                token = f"\ue000{len(long_texts)}\ue001"
                long_texts[token] = v
                fluent_args[k] = token
        text = self._resolve(key, fluent_args, escape=escape)
        for token, value in long_texts.items():
            text = text.replace(token, value)
        return text

    def _resolve(self, key: str, fluent_args: dict[str, Any], *, escape: bool) -> str:
        for position, bundle in enumerate(self._chain):
            if not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            if position:
                log.warning("text %s missing in %s; fell back", key, self.language)
            text, errors = bundle.format_pattern(message.value, fluent_args)
            if errors:
                log.warning("text %s in %s formatted with errors: %s", key, self.language, errors)
            return str(text)
        log.error("text %s missing in every language", key)
        if key != MISSING_TEXT:
            return self._format(MISSING_TEXT, {}, escape=escape)
        return "…"


class Locales:
    """All bundles, parsed once at start."""

    def __init__(
        self, root: Path = LOCALES_DIR, fallback: str = "en", default: str = "bg"
    ) -> None:
        self.root = root
        self.fallback = fallback
        self.default = default
        self._bundles = {lang: load_bundle(root, lang) for lang in LANGUAGES}
        self._translators: dict[str, Translator] = {}

    def for_language(self, language: str | None) -> Translator:
        language = language if language in self._bundles else self.default
        assert language is not None
        translator = self._translators.get(language)
        if translator is None:
            chain = [self._bundles[language]]
            if language != self.fallback:
                chain.append(self._bundles[self.fallback])
            translator = Translator(language, chain)
            self._translators[language] = translator
        return translator

    def each(self) -> list[Translator]:
        return [self.for_language(lang) for lang in LANGUAGES]


def text_of(l10n: Translator, text: Text) -> str:
    return l10n.render(text)


__all__ = ["LOCALES_DIR", "Locales", "Msg", "Plain", "Translator", "load_bundle"]
