"""Exploratory end to end: many new people poke the real bot at random, in all six languages.

Seeded random walks (and a small Hypothesis variant) press fresh, stale, double-tapped and forged
inline buttons, type odd text, send commands, photos, documents and albums. After EVERY action
the bot must have shown the person something (a new message, an edit, or a toast with text),
must not show a traceback, a raw Fluent id, a Python repr or the generic "something went wrong"
error, must not log an error or a Fluent formatting problem, and must not make a Bot API call
Telegram would refuse.

Bugs found this way are pinned at the end of the file as small deterministic regression tests,
kept as regression tests once fixed. The one thing the walks tolerate is a silent second press
of a double tap (the screen already shows what the first press asked for).
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import random
import re
from collections import Counter
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from bot.l10n import LOCALES_DIR
from dialogs.languages import LANGUAGES
from sandbox import Sandbox
from sandbox.state import CallbackRecord, MessageRecord
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.texts import help_line, label, shown

CHANNEL = -100777

# -- what a person must never see ----------------------------------------------------------


def _known_ids() -> set[str]:
    ids: set[str] = set()
    for path in (LOCALES_DIR / "en").rglob("*.ftl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-zA-Z][\w-]*)\s*=", line)
            if m:
                ids.add(m.group(1))
    return ids


KNOWN_IDS = _known_ids()
RAW_ID_LINE = re.compile(r"^[a-z]+(-[a-z0-9]+)+$")
# "None of these" is an English answer option; a bare None is a Python repr
REPR = re.compile(r"Traceback|Error\(|\bNone\b(?! of)|<[\w.]+ object at 0x|\{ ?\$[a-z]|\bself\.")
ERROR_PREFIXES = {
    lang: shown(lang, "error-generic", ref="\x00").split("\x00")[0].strip() for lang in LANGUAGES
}
ERROR_TOASTS = {label(lang, "error-toast") for lang in LANGUAGES}
MISSING_TEXTS = {label(lang, "error-text-missing") for lang in LANGUAGES}


def text_problems(text: str | None) -> list[str]:
    """What is wrong with one text a person reads (message, caption, button label, toast)."""
    if not text:
        return []
    found = []
    for line in text.splitlines():
        line = line.strip()
        if RAW_ID_LINE.fullmatch(line) or line in KNOWN_IDS:
            found.append(f"raw message id line {line!r}")
    for token in re.findall(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}", text):
        if token in KNOWN_IDS:
            found.append(f"raw message id {token!r}")
    if m := REPR.search(text):
        found.append(f"traceback/repr fragment {m.group(0)!r}")
    for lang, prefix in ERROR_PREFIXES.items():
        if prefix and prefix in text:
            found.append(f"generic error ({lang})")
    if text.strip() in ERROR_TOASTS:
        found.append("error toast")
    if text.strip() in MISSING_TEXTS:
        found.append("text-missing placeholder")
    return found


def test_the_oracle_recognises_what_it_must():
    """The checks themselves: a generic error, a raw id, a repr are caught; real texts pass."""
    assert text_problems(shown("fa", "error-generic", ref="ab12cd34")) == ["generic error (fa)"]
    assert text_problems("pv-theme-work")
    assert text_problems("Please: survey-error-use-buttons")
    assert text_problems("Age: None")
    assert text_problems(label("ar", "error-toast"))
    for lang in LANGUAGES:
        assert text_problems(shown(lang, "help-title")) == []
        assert text_problems(help_line(lang, "/survey")) == []
        assert text_problems(shown(lang, "welcome")) == []


# -- inputs ----------------------------------------------------------------------------------

TEXTS = [
    ".",
    "\u3164",  # Hangul filler: looks empty
    "\u200b",
    "x" * 5000,
    "🙂" * 2500,
    "& <b> " * 800,
    "слово " * 700,
    "👍🏽🇧🇬🙂",
    "٣٤",  # Arabic-Indic digits
    "۳۴",  # Persian digits
    "۱۳۶۹",
    "<b>bold</b> & <i>it</i> &amp; <script>alert(1)</script>",
    "a < b > c & d",
    "0",
    "1",
    "42",
    "-5",
    "3.5",
    "999999999999999999999",
    "2024-02-30",
    "01.01.1990",
    "12/31/2023",
    "yes",
    "да",
    "نعم",
    "بله",
    "Hello there",
    "Привіт, як справи?",
    "مرحبا",
    "/",
    "@integra_sandbox_bot",
    "{$name}",
    "%s %d {}",
    "line one\n\n\nline four",
    "\u202eevil rtl override",
    "menu",
]

# answers a questionnaire, a photovoice story or a poll draft would accept (or nearly)
PLAUSIBLE = [
    "🙂" * 2000,
    "Tom & Jerry <b>bus</b> " * 200,
    "34",
    "٣٤",
    "۳۴",
    "121",
    "2019-05-01",
    "01.03.2020",
    "03/2019",
    "2099-01-01",
    "More Bulgarian classes in the evening, please.",
    "The bus stop near our building has no shelter.",
    "Kids waiting in the rain.",
    "Because the city forgot this street.",
    "Ask the municipality for a shelter.",
    "bike-lanes",
    "Bad Slug!",
    "Do you want more bike lanes?",
    "Yes\nNo\nMaybe",
    "Да\nНе",
    "Only one line",
]

# callback data no current button carries: old bot versions, edited clients, garbage
FORGED = [
    "sv:999:999:x",
    "sv:1:99:c99",
    "sv:a:b:c",
    "svr:99:r",
    "svr:x",
    "ph:my:99999",
    "ph:myd:99999",
    "ph:mydy:99999",
    "ph:theme:nope",
    "ph:agree:maybe",
    "phm:ok:1",
    "phm:no:99999",
    "phm:r:99999:zz",
    "phm:show:abc",
    "po:99999",
    "po:abc",
    "ps:1:999",
    "ps:99999:0",
    "pc:99999",
    "pn:lang:xx",
    "pn:aud:wizard",
    "pn:kind:weird",
    "lang:xx",
    "lang:",
    "group:wizard",
    "consent:maybe",
    "learn:fact:999",
    "learn:fact:-1",
    "learn:fact:abc",
    "menu:nope",
    "mydata:nope",
    "unknown",
    "x" * 64,
]


def commands(me: int, other: int) -> list[str]:
    return [
        "/start",
        "/start poll_economic-migrants",
        "/start poll_tram-safety",
        "/start poll_nonexistent",
        "/start garbage!!",
        "/start " + "a" * 80,
        "/start@integra_sandbox_bot",
        "/menu",
        "/MENU",
        "/help",
        "/cancel",
        "/language",
        "/survey",
        "/survey@integra_sandbox_bot",
        "/polls",
        "/photo",
        "/sessions",
        "/learn",
        "/mydata",
        "/grant 1 admin",
        "/grant",
        "/grant abc staff",
        f"/grant {me} moderator",
        f"/grant {me} analyst",
        f"/grant {me} staff",
        f"/grant {other} moderator",
        f"/revoke {me} moderator",
        "/roles",
        "/review",
        "/pollresults economic-migrants",
        "/pollresults",
        "/pollresults nothing-here",
        "/polllist",
        "/newpoll",
        "/openpoll tram-safety",
        "/closepoll tram-safety",
        "/unknown",
    ]


FOCUSES = ["survey", "photo", "polls", "learn", "mydata", "language"]
FOCUS_COMMANDS = {
    "survey": ("/survey",),
    "photo": ("/photo",),
    "polls": ("/polls", "/start poll_"),
    "learn": ("/learn",),
    "mydata": ("/mydata",),
    "language": ("/language", "/start"),
    "admin": ("/grant", "/review", "/newpoll", "/pollresults", "/polllist", "/openpoll"),
}
BACKWARD = re.compile(r"^menu:main$|stop|cancel|:x$|:b$|back")
KINDS = ["press", "stale", "double", "forged", "text", "command", "photo", "document", "album"]
REACHED: Counter[str] = Counter()  # callback prefixes the walks pressed (EXPLORE_TRACE=1 prints)


def jpeg(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    im = Image.new("RGB", size, ((seed * 67) % 256, (seed * 131) % 256, (seed * 29) % 256))
    for x in range(0, size[0], 40):
        im.paste((255 - (seed * 7) % 256, 40, 90), (x, 0, x + 20, size[1]))
    out = io.BytesIO()
    im.save(out, format="JPEG", quality=85)
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# -- the explorer ----------------------------------------------------------------------------

# The second press of a double tap may stay silent: the screen already shows its result, and
# repeating the edit is what Telegram refuses ("message is not modified"; see test_double_tap_*).
SILENT = "silent"

Snapshot = dict[tuple[int, int], tuple[int, bool]]


@dataclass
class Outcome:
    """What one action made the bot do, as the people saw it."""

    action: str
    new: list[MessageRecord] = field(default_factory=list)
    edited: list[MessageRecord] = field(default_factory=list)
    deleted: list[MessageRecord] = field(default_factory=list)
    toast: str | None = None
    answered: bool | None = None  # None: not a press


class Explorer:
    def __init__(self, sb: Sandbox, rng: random.Random, caplog: pytest.LogCaptureFixture):
        self.sb = sb
        self.rng = rng
        self.caplog = caplog
        self.trace: list[str] = []
        self.problems: list[str] = []
        self.known: list[str] = []  # occurrences of the open bugs pinned below
        self.actions = 0
        self._log_seen = len(caplog.records)
        self._violations_seen = len(sb.violations)
        self._photo_seed = 0

    # -- observing ---------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return {k: (r.edited, r.deleted) for k, r in self.sb.records.items() if r.outgoing}

    def outcome(self, action: str, before: Snapshot, query_id: str | None = None) -> Outcome:
        out = Outcome(action)
        for key, record in self.sb.records.items():
            if not record.outgoing:
                continue
            if key not in before:
                out.new.append(record)
            else:
                edits, was_deleted = before[key]
                if record.edited > edits:
                    out.edited.append(record)
                if record.deleted and not was_deleted:
                    out.deleted.append(record)
        if query_id is not None:
            callback = self.sb.callbacks[query_id]
            out.answered = callback.answered
            out.toast = (callback.answer or {}).get("text")
        return out

    def check(self, user_id: int, out: Outcome, *, repeat: bool = False) -> None:
        """Every oracle, after one action. `repeat`: a press that may legitimately change
        nothing (a double tap, a forged button) and may hit the known not-modified bug."""
        self.actions += 1
        mine = [r for r in out.new + out.edited + out.deleted if r.chat_id == user_id]
        seen = [r for r in out.new + out.edited if r.chat_id == user_id]
        shows = (
            (seen[-1].data.get("text") or seen[-1].data.get("caption") or "")[:60] if seen else ""
        )
        self.trace.append(f"[{user_id}] {out.action} -> {shows!r} {out.toast or ''}")
        REACHED.update(re.findall(r"\(([a-z]+:?[a-z-]*)", out.action)[:1])
        where = f"after action #{self.actions} {out.action!r} by {user_id}"
        found: list[str] = []
        if out.answered is False:
            found.append(f"{where}: callback query never answered (endless spinner)")
        if not mine and not (out.toast or "").strip():
            found.append(f"{where}: the bot stayed silent")
        for record in out.new + out.edited:
            data = record.data
            texts = [data.get("text"), data.get("caption")]
            for row in (data.get("reply_markup") or {}).get("inline_keyboard", []):
                texts.extend(b.get("text") for b in row)
            for text in texts:
                found += [f"{where}: {p} in {text!r:.300}" for p in text_problems(text)]
        found += [f"{where}: {p} in toast {out.toast!r}" for p in text_problems(out.toast)]
        violations = self.sb.violations[self._violations_seen :]
        self._violations_seen = len(self.sb.violations)
        found += [f"{where}: Bot API violation {v.method}: {v.reason}" for v in violations]
        records = self.caplog.records[self._log_seen :]
        self._log_seen = len(self.caplog.records)
        for rec in records:
            message = rec.getMessage()
            if rec.levelno >= logging.ERROR or (
                rec.levelno >= logging.WARNING
                and ("formatted with errors" in message or "fell back" in message)
            ):
                found.append(f"{where}: log {rec.levelname} {rec.name}: {message:.300}")
        if repeat and found and all(SILENT in f for f in found):
            self.known.extend(found)
            return
        self.problems.extend(found)

    # -- acting ------------------------------------------------------------------------
    async def press(
        self,
        user: Any,
        record: MessageRecord,
        button: dict[str, Any],
        *,
        taps: int = 1,
        repeat: bool = False,
    ) -> Outcome:
        """Press `button` as shown on `record` (which may be an old snapshot of a message).
        With taps=2, a double tap: both callbacks are queued before the bot handles the
        first, so both carry the message as it was, as Telegram delivers them."""
        before = self.snapshot()
        query_ids, update_ids = [], []
        for _ in range(taps):
            query_id = str(self.rng.getrandbits(62))
            self.sb.callbacks[query_id] = CallbackRecord(
                query_id, user.id, user.id, record.message_id, button["callback_data"]
            )
            body = {
                "callback_query": {
                    "id": query_id,
                    "from": user.info.to_json(),
                    "message": dict(record.data),
                    "chat_instance": str(user.id * 7919 % 10**12),
                    "data": button["callback_data"],
                }
            }
            query_ids.append(query_id)
            update_ids.append(self.sb.updates.push(body, f"explore press by {user.id}"))
        for update_id in update_ids:
            await self.sb.wait_handled(update_id)
        newest = self.newest_keyboard(user)
        stale = "" if newest and record.message_id == newest.message_id else " on old"
        times = f" x{taps}" if taps > 1 else ""
        action = f"press {button['text']!r} ({button['callback_data']}){stale}{times}"
        out = self.outcome(action, before, query_ids[0])
        for query_id in query_ids[1:]:
            callback = self.sb.callbacks[query_id]
            out.answered = out.answered and callback.answered
            out.toast = out.toast or (callback.answer or {}).get("text")
        self.check(user.id, out, repeat=repeat)
        return out

    async def act(self, user: Any, action: str, done: Awaitable[Any]) -> Outcome:
        before = self.snapshot()
        await done
        out = self.outcome(action, before)
        self.check(user.id, out)
        return out

    def keyboards(self, user: Any) -> list[MessageRecord]:
        return [r for r in self.sb.chat_messages(user.id) if not r.deleted and callback_buttons(r)]

    def newest_keyboard(self, user: Any) -> MessageRecord | None:
        boards = self.keyboards(user)
        return boards[-1] if boards else None

    def pick_button(self, record: MessageRecord, focus: str | None = None) -> dict[str, Any]:
        """A random button, going forward more often than back to the menu or cancelling, and
        towards the person's focus (a menu entry) when there is one."""
        buttons = callback_buttons(record)
        weights = [
            1
            if BACKWARD.search(b["callback_data"])
            else 40
            if focus and b["callback_data"] == f"menu:{focus}"
            else 5
            for b in buttons
        ]
        return self.rng.choices(buttons, weights)[0]

    def photo(self) -> bytes:
        self._photo_seed += 1
        return jpeg(self._photo_seed)

    def weights_for(self, newest: MessageRecord | None, prefixes: set[str]) -> list[float]:
        #          press stale double forged text command photo document album
        if "ph" in prefixes:  # photovoice: photos and story text are what it asks for
            weights = [42, 5, 3, 1, 20, 6, 18, 3, 3]
        elif prefixes & {"sv", "pn"}:  # survey or poll draft: typed answers
            weights = [48, 5, 3, 1, 30, 8, 4, 2, 1]
        else:
            weights = [46, 8, 4, 2, 14, 16, 7, 3, 2]
        if newest is not None and all(
            BACKWARD.search(b["callback_data"]) for b in callback_buttons(newest)
        ):
            weights[0] /= 4  # only "back"/"cancel" here: usually the person does something else
        return weights

    async def step(
        self,
        user: Any,
        other: Any,
        *,
        focus: str | None = None,
        kind: str | None = None,
    ) -> None:
        newest = self.newest_keyboard(user)
        prefixes = (
            {b["callback_data"].split(":")[0] for b in callback_buttons(newest)}
            if newest
            else set()
        )
        if kind is None:
            kind = self.rng.choices(KINDS, self.weights_for(newest, prefixes))[0]
        boards = self.keyboards(user)
        if kind == "press" and newest is not None:
            await self.press(user, newest, self.pick_button(newest, focus))
        elif kind == "stale" and len(boards) > 1:
            record = self.rng.choice(boards[:-1])
            await self.press(user, record, self.pick_button(record, focus))
        elif kind == "double" and newest is not None:
            button = self.pick_button(newest, focus)
            await self.press(user, newest, button, taps=2, repeat=True)
        elif kind == "forged" and newest is not None:
            data = self.rng.choice(FORGED)
            await self.press(user, newest, {"text": "forged", "callback_data": data}, repeat=True)
        elif kind == "photo":
            caption = self.rng.choice([None, None, "my street", "<b>x</b> & y"])
            await self.act(
                user, f"photo caption={caption!r}", user.send_photo(self.photo(), caption)
            )
        elif kind == "document":
            await self.act(user, "pdf", user.send_document(PDF, "x.pdf", "application/pdf"))
        elif kind == "album":
            await self.act(user, "album of 2", user.send_album([self.photo(), self.photo()]))
        elif kind == "text":
            plausible = bool(prefixes & {"sv", "ph", "pn"}) or focus == "admin"
            pool = PLAUSIBLE if plausible and self.rng.random() < 0.6 else TEXTS
            text = self.rng.choice(pool)
            await self.act(user, f"text {text[:30]!r}", user.send(text))
        else:  # a command, or a press with nothing to press
            pool = commands(user.id, other.id)
            if focus and self.rng.random() < 0.3:
                pool = [c for c in pool if c.startswith(FOCUS_COMMANDS[focus])] or pool
            text = self.rng.choice(pool)
            await self.act(user, text, user.send(text))

    def report(self) -> str:
        head = "\n".join(self.problems[:15])
        tail = "\n".join(self.trace[-25:])
        return f"{len(self.problems)} problem(s):\n{head}\n\nlast actions:\n{tail}"

    def dump(self) -> None:
        if os.environ.get("EXPLORE_TRACE"):
            print("\n".join(self.trace))
            print(f"known-bug hits: {len(self.known)}")
            print(sorted(REACHED.items()))


def callback_buttons(record: MessageRecord) -> list[dict[str, Any]]:
    markup = record.data.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row if "callback_data" in b]


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture
async def explore_bot(sb: Sandbox, tmp_path: Path) -> AsyncIterator[RunningBot]:
    """The bot as in `running` (sequential updates), plus a public photovoice channel."""
    sb.add_channel(CHANNEL, "Sofia photovoice")
    bot = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID), public_channel_id=CHANNEL)
    await bot.start()
    yield bot
    await bot.stop()


def take_violations(sb: Sandbox) -> list[Any]:
    """Move violations out of the sandbox, so a test reports them itself (not at teardown)."""
    found = list(sb.violations)
    sb.violations.clear()
    return found


async def onboard(user: Any, lang: str, group: str = "foreign_national") -> None:
    await user.command("/start")
    await user.press(label(lang, f"language-name-{lang}"))
    await user.press(label(lang, "privacy-agree"))
    await user.press(label(lang, f"group-{group.replace('_', '-')}"))


# -- the walks -------------------------------------------------------------------------------

WALKS = [(seed, LANGUAGES[seed % len(LANGUAGES)]) for seed in range(1, 13)]
STEPS = 72


@pytest.mark.parametrize(("seed", "lang"), WALKS, ids=[f"{s}-{lang}" for s, lang in WALKS])
async def test_random_walk(sb, explore_bot, caplog, seed, lang):
    """Three new people (one of them the admin) interleave random actions with one bot."""
    caplog.set_level(logging.WARNING)
    rng = random.Random(seed)
    others = [code for code in LANGUAGES if code != lang]
    people = [
        sb.user(10_000 + seed * 10, "Amal Hassan", language_code=lang),
        sb.user(
            10_001 + seed * 10, "Иван", language_code=rng.choice([None, "de", "pt-BR", *others])
        ),
        sb.user(ADMIN_ID, "Admin", language_code=rng.choice(others)),
    ]
    focus = [FOCUSES[seed % len(FOCUSES)], rng.choice(FOCUSES), "admin"]
    explorer = Explorer(sb, rng, caplog)
    for _ in range(STEPS):
        who = rng.choices(range(3), [55, 25, 20])[0]
        await explorer.step(people[who], people[(who + 1) % 3], focus=focus[who])
    explorer.dump()
    assert explorer.problems == [], explorer.report()
    assert explorer.actions >= STEPS
    take_violations(sb)  # only known-bug refusals are left here (checked action by action)


_people = itertools.count(50_000)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(
    lang=st.sampled_from(LANGUAGES),
    script=st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 2**16)), min_size=1, max_size=20
    ),
)
async def test_hypothesis_walk(sb, explore_bot, caplog, lang, script):
    """Each example is one more new person on the same bot; Hypothesis picks the actions (and
    shrinks a failing sequence to a short one)."""
    caplog.set_level(logging.WARNING)
    person = sb.user(next(_people), "Reza", language_code=lang)
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    explorer = Explorer(sb, random.Random(0), caplog)
    for kind, pick in script:
        explorer.rng = random.Random(pick)
        await explorer.step(person, admin, kind=kind)
    assert explorer.problems == [], explorer.report()
    take_violations(sb)


# -- regression tests for what the walks found -------------------------------------------------


async def _double_tap(sb: Sandbox, user: Any, button_label: str) -> tuple[Outcome, list[Any]]:
    """A real double tap on the newest keyboard: both callbacks reach the bot before it has
    handled the first, so both carry the message as it was. Returns what the two taps showed
    together and the calls Telegram refused."""
    explorer = Explorer(sb, random.Random(0), _NoLogs())  # type: ignore[arg-type]
    message = next(m for m in reversed(user.visible) if m.inline_keyboard).record
    button = next(b for b in callback_buttons(message) if b["text"] == button_label)
    out = await explorer.press(user, message, button, taps=2)
    return out, take_violations(sb)


class _NoLogs:
    records: list[Any] = []


# Fixed by bot.render.ShownMessages: a double tap used to repeat the same edit (both callbacks
# carry the message as it was before the first redraw), which Telegram refuses as not modified.


async def test_double_tap_on_a_menu_entry_is_not_a_refused_edit(sb, running):
    nadia = sb.user(7101, "Nadia", language_code="uk")
    await onboard(nadia, "uk")
    taps, refused = await _double_tap(sb, nadia, label("uk", "menu-polls"))
    assert [v.reason for v in refused] == []
    assert taps.edited and taps.answered


async def test_double_tap_on_next_fact_card_is_not_a_refused_edit(sb, running):
    omar = sb.user(7102, "Omar", language_code="ar")
    await onboard(omar, "ar")
    await omar.send("/learn")
    taps, refused = await _double_tap(sb, omar, label("ar", "learn-facts"))
    assert [v.reason for v in refused] == []
    assert taps.edited and taps.answered


async def test_double_tap_on_survey_cancel_is_not_a_refused_edit(sb, running):
    ivan = sb.user(7103, "Иван", language_code="bg")
    await onboard(ivan, "bg", "bulgarian_citizen")
    await ivan.send("/survey")
    taps, refused = await _double_tap(sb, ivan, label("bg", "survey-cancel"))
    assert [v.reason for v in refused] == []
    assert taps.edited and taps.answered


async def test_unknown_group_button_answers_instead_of_a_refused_edit(sb, running):
    """Found by the walks: an old or forged group:<code> re-rendered the identical group
    question as an edit, which Telegram refuses (not modified), and the press stayed silent."""
    reza = sb.user(7104, "Reza", language_code="fa")
    await reza.command("/start")
    await reza.press("فارسی")
    await reza.press(label("fa", "privacy-agree"))
    question = reza.last.record
    explorer = Explorer(sb, random.Random(0), _NoLogs())  # type: ignore[arg-type]
    out = await explorer.press(reza, question, {"text": "old", "callback_data": "group:refugee"})
    assert [v.reason for v in take_violations(sb)] == []
    assert out.toast, "the person should be told the button no longer works"


async def test_double_tap_on_a_vote_is_answered_with_a_toast(sb, running):
    """The one double tap that is handled well (a model for the others): the second tap only
    says "this is already your vote"."""
    lina = sb.user(7105, "Lina", language_code="en")
    await onboard(lina, "en")
    await lina.command("/start", "poll_economic-migrants")
    explorer = Explorer(sb, random.Random(0), _NoLogs())  # type: ignore[arg-type]
    button = callback_buttons(lina.last.record)[0]
    taps = await explorer.press(lina, lina.last.record, button, taps=2)
    assert taps.edited and taps.answered
    assert label("en", "polls-same") in {
        (c.answer or {}).get("text") for c in sb.callbacks.values() if c.user_id == lina.id
    }
    assert explorer.problems == [], explorer.report()
