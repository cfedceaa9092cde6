"""The terminal demo as a newcomer meets it: the real `integra-bot demo` process in a real
pseudo-terminal (readline, line discipline, Ctrl-C and Ctrl-D), driven through every main-menu
entry, a whole questionnaire and the staff commands, in Farsi (right to left) and in English.

Each step waits for the demo's next prompt (never a sleep); any traceback, refused Bot API
call, demo problem or the bot's generic error message fails the test at the step it appears.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from PIL import Image

from bot.cli_support import ENV_NAMES
from dialogs.survey import Question
from dialogs.survey.session import DEFAULT_FORM, FormCatalog
from tests.e2e.texts import label, shown

FORM = FormCatalog.load(Path(__file__).parents[2] / "locales").current(DEFAULT_FORM)
PROMPT = re.compile(r"#\d+ [^\r\n]*? › ")
ANSI = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>])")
BUTTON = re.compile(r"^  \[(\d+)\] (.*)$")
HINT = "  (to press a button type [N]"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
FAILURES = (
    "Traceback (most recent call last)",
    "(demo problem",
    "(sandbox: Telegram would refuse",
    "(the bot did not answer",
    "(the bot stopped",
)
ERRORS = [shown(lang, "error-generic", ref="@").split("@")[0] for lang in ("fa", "en")]
pytestmark = pytest.mark.timeout(150)


def command() -> list[str]:
    script = Path(sys.executable).with_name("integra-bot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def clean_env() -> dict[str, str]:
    """No settings of this machine (BOT_TOKEN, DATABASE_URL...) leak into the demo."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES.values()}
    env.update(TERM="xterm", LC_ALL="C.UTF-8", LANG="C.UTF-8", INPUTRC=os.devnull)
    return env


class Terminal:
    """The demo in a pseudo-terminal: type a line, get what appeared until the next prompt."""

    def __init__(self, cwd: Path, *args: str, timeout: float = 60) -> None:
        self.transcript: list[str] = []
        self.buttons: list[str] = []
        program, *first = command()
        self.child = pexpect.spawn(
            program,
            [*first, "demo", *args],
            cwd=str(cwd),
            env=clean_env(),
            encoding="utf-8",
            codec_errors="replace",
            timeout=timeout,
            dimensions=(50, 200),
        )
        self.banner = self._until_prompt()

    # -- typing ----------------------------------------------------------------------------
    def type(self, line: str) -> str:
        self.child.sendline(line)
        return self._until_prompt()

    def paste(self, text: str) -> str:
        """A block pasted into the terminal (bracketed paste), then Enter."""
        self.child.send(f"{PASTE_START}{text}{PASTE_END}\r")
        return self._until_prompt()

    def press(self, text: str) -> str:
        """Press the button with this label on the newest message with buttons, by number."""
        found: list[int] = []
        for fits in (str.__eq__, str.startswith, str.endswith, str.__contains__):
            found = found or [i for i, b in enumerate(self.buttons) if fits(b, text)]
        assert found, f"no button {text!r} among {self.buttons}\n{self.tail()}"
        return self.type(f"[{found[0] + 1}]")

    def end(self, key: str = "") -> int:
        """Ctrl-D (or another key) at the prompt; the exit status."""
        self.child.send(key or "\x04")
        self.child.expect(pexpect.EOF)
        self._record(self.child.before)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else -1

    # -- reading ---------------------------------------------------------------------------
    def _until_prompt(self) -> str:
        try:
            self.child.expect(PROMPT)
        except (pexpect.EOF, pexpect.TIMEOUT) as exc:
            self._record(self.child.before or "")
            raise AssertionError(f"no prompt ({type(exc).__name__})\n{self.tail()}") from None
        chunk = self._record(self.child.before)
        blocks = _button_blocks(chunk)
        if blocks:
            self.buttons = blocks[-1]
        return chunk

    def _record(self, raw: str) -> str:
        chunk = ANSI.sub("", raw).replace("\r", "")
        self.transcript.append(chunk)
        problems = [f for f in (*FAILURES, *ERRORS) if f in chunk]
        assert not problems, f"{problems} in the demo's output:\n{self.tail()}"
        return chunk

    def tail(self, size: int = 4000) -> str:
        return "".join(self.transcript)[-size:]


def _button_blocks(chunk: str) -> list[list[str]]:
    """The button lists of the typing person's messages (those followed by the press hint)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in chunk.split("\n"):
        match = BUTTON.match(line)
        if match:
            current.append(match[2])
            continue
        if line.startswith(HINT) and current:
            blocks.append(current)
        current = []
    return blocks


def jpeg(path: Path) -> Path:
    Image.new("RGB", (96, 64), (30, 120, 200)).save(path, quality=85)
    return path


# -- the walk --------------------------------------------------------------------------------


def onboard(term: Terminal, lang: str, group: str) -> None:
    term.press(label(lang, f"language-name-{lang}"))
    term.press(label(lang, "privacy-agree"))
    screen = term.press(label(lang, f"group-{group}"))
    assert shown(lang, "welcome") in screen


def menu(term: Terminal, lang: str, entry: str) -> str:
    term.type("/menu")
    return term.press(label(lang, f"menu-{entry}"))


def questionnaire(term: Terminal, lang: str, photo: Path) -> list[str]:
    """Start to finish from the menu, answering whatever question is shown; the names asked."""
    screen = menu(term, lang, "survey")
    asked: list[str] = []
    for _ in range(60):
        if shown(lang, "survey-thanks") in screen:
            return asked
        question = next((q for q in FORM.questions if shown(lang, q.message) in screen), None)
        assert question is not None, f"no known question on screen\n{term.tail()}"
        asked.append(question.name)
        screen = answer(term, lang, question, photo)
    raise AssertionError(f"the questionnaire did not end\n{term.tail()}")


def answer(term: Terminal, lang: str, question: Question, photo: Path) -> str:
    kind = question.type
    if kind == "note":
        return term.press(label(lang, "survey-continue"))
    if kind == "integer":
        return term.type("35")  # a plain number is text: the age can be typed
    if kind == "date":
        return term.type("01/06/2019")
    if kind == "single_choice":
        return term.press(label(lang, question.choice_message(question.choices[0])))
    if kind == "multiple_choice":
        term.press(label(lang, question.choice_message(question.choices[0])))
        return term.press(label(lang, "survey-done"))
    if kind == "yes_no":
        return term.press(label(lang, "survey-no"))
    if kind == "rating":
        return term.press(label(lang, "survey-rating-value", value=4))
    if kind == "text":  # two lines, the first ending in a backslash
        term.child.sendline("کلاس‌های زبان در عصر \\")
        return term.type("و سایه‌بان در ایستگاه‌ها")
    if kind == "photo":
        return term.type(f"photo {photo}")
    raise AssertionError(f"no answer for a {kind} question")


def results(lang: str) -> str:
    return shown(lang, "polls-results-title", closed="no", question="?").splitlines()[0]


def polls_vote(term: Terminal, lang: str) -> None:
    screen = menu(term, lang, "polls")
    assert shown(lang, "polls-list-title") in screen
    term.type("[1]")  # the first poll on the list
    screen = term.type("[1]")  # its first answer
    assert results(lang) in screen


def photovoice(term: Terminal, lang: str, photo: Path) -> None:
    menu(term, lang, "photo")
    term.press(label(lang, "pv-theme-housing"))
    term.type(f"photo {photo}")
    term.press(label(lang, "pv-next"))
    term.type("ایستگاه اتوبوس سایه‌بان ندارد.")
    for _ in range(4):
        term.press(label(lang, "pv-skip"))
    term.press(label(lang, "pv-recognisable-no"))
    term.press(label(lang, "pv-display-anonymous"))
    screen = term.press(label(lang, "pv-send"))
    assert shown(lang, "pv-submitted").splitlines()[0] in screen


def other_entries(term: Terminal, lang: str) -> None:
    screen = menu(term, lang, "sessions")
    assert shown(lang, "sessions-list-empty") in screen  # none planned in a new database
    screen = menu(term, lang, "learn")
    video = label(lang, "learn-watch", title=label(lang, "learn-video-olympic-dream-title"))
    assert f"{video} → https://" in screen
    screen = term.press(video)
    assert "(a link: Telegram would open https://" in screen
    screen = term.press(label(lang, "learn-facts"))
    assert shown(lang, "learn-fact-title", number=1, count=2)[:4] in screen
    menu(term, lang, "language")
    term.press(label(lang, f"language-name-{lang}"))
    screen = menu(term, lang, "mydata")
    assert label(lang, "mydata-delete") in term.buttons


def staff(term: Terminal, lang: str) -> None:
    term.type("/newpoll")
    term.type("bus-lines")
    term.type("Which bus line do you use most?")
    if _bracketed_paste():
        screen = term.paste("Line 11\nLine 72\nLine 413")
    else:  # an old readline: the same lines with backslashes
        term.child.sendline("Line 11\\")
        term.child.sendline("Line 72\\")
        screen = term.type("Line 413")
    assert shown(lang, "polls-new-options-bad", most=10) not in screen
    term.press(label(lang, "polls-new-languages-done"))
    term.press(label(lang, "polls-new-single"))
    term.press(label(lang, "polls-new-yes"))
    term.press(label(lang, "polls-new-next"))
    term.press(label(lang, "polls-new-no-end"))
    screen = term.press(label(lang, "polls-new-open"))
    assert "bus-lines" in screen
    assert "Which bus line" in term.type("/polls")
    assert "bus-lines" in term.type("/polllist")
    assert "[photo, " in term.type("/pollresults economic-migrants")
    screen = term.type("/review")
    assert "[photo, " in screen
    screen = term.press(label(lang, "pv-review-approve"))
    assert "── bot in the channel “Photovoice (demo channel)” ──" in screen
    assert shown(lang, "pv-review-empty") in screen
    term.type("/roles")
    screen = term.type("/help")
    assert shown(lang, "help-title") in screen


def second_person(term: Terminal) -> None:
    """An English-speaking resident: a long paste, a vote, no staff powers, delete my data."""
    screen = term.type("/user Bo en")
    assert "#2 Bo (lang en) › " in "".join(term.transcript[-1:]) + term.child.after
    assert "── bot → Bo ──" in screen
    onboard(term, "en", "bulgarian-citizen")
    screen = term.type("я" * 5000)  # over 4,096 bytes for the terminal, 5,000 letters for Bo
    assert screen.count(shown("en", "not-understood")) == 2
    term.type("/polls")
    term.press("Which bus line do you use most?")
    screen = term.press("Line 72")
    assert results("en") in screen
    assert shown("en", "unknown-command") in term.type("/review")
    menu(term, "en", "mydata")
    term.press(label("en", "mydata-delete"))
    screen = term.press(label("en", "mydata-delete-yes"))
    assert shown("en", "mydata-deleted").splitlines()[0] in screen


def _bracketed_paste() -> bool:
    try:
        import readline
    except ImportError:
        return False
    return getattr(readline, "_READLINE_VERSION", 0) >= 0x0801


def test_every_menu_entry_and_staff_command_in_farsi_and_english(tmp_path):
    photo = jpeg(tmp_path / "bus-stop.jpg")
    term = Terminal(tmp_path, "--admin", "--language", "fa")
    assert "Database: data/demo.db" in term.banner
    assert "DATABASE_URL=sqlite+aiosqlite:///data/demo.db integra-bot polls list" in term.banner
    assert "[N] or /press N" in term.banner
    assert "✓ فارسی" in term.buttons[0]
    onboard(term, "fa", "foreign-national")
    asked = questionnaire(term, "fa", photo)
    assert {"age", "barriers", "change_one_thing", "place_photo"} <= set(asked)
    polls_vote(term, "fa")
    photovoice(term, "fa", photo)
    other_entries(term, "fa")
    staff(term, "fa")
    second_person(term)
    term.type("/as 1")
    assert term.end() == 0
    assert "(end of input: leaving the demo)" in term.tail()
    assert (tmp_path / "data" / "demo.db").exists()
    assert list((tmp_path / "data" / "demo-media").rglob("*.jpg"))  # its own media folder


def test_ctrl_c_leaves_cleanly_and_gives_the_terminal_back(tmp_path):
    # the shell survives Ctrl-C (a trap, unlike ignoring it, is not inherited by the demo)
    shell = f"trap : INT; {' '.join(command())} demo; echo demo-exit=$?; stty -a"
    term = Terminal.__new__(Terminal)
    term.transcript, term.buttons = [], []
    term.child = pexpect.spawn(
        "/bin/sh", ["-c", shell], cwd=str(tmp_path), env=clean_env(), encoding="utf-8", timeout=60
    )
    term._until_prompt()
    term.child.send("half a line")
    term.child.sendintr()
    term.child.expect(pexpect.EOF)
    after = ANSI.sub("", term.child.before)
    assert "(interrupted: leaving the demo)" in after
    assert "demo-exit=130" in after
    assert "Traceback" not in after
    settings = after.split("demo-exit=130")[1]
    assert re.search(r"(?<![-\w])icanon\b", settings) and re.search(r"(?<![-\w])echo\b", settings)
