"""The compact action strings carried by survey buttons (Telegram callback_data, ≤ 64 bytes).

    sv:<response_id>:<question_index>:<token>

tokens: `c<i>` choose choice i (single choice) · `t<i>` toggle choice i (multiple choice) ·
`r<n>` rating n · `y` / `n` yes / no · `ok` done (multiple choice) or continue (note) ·
`b` back · `s` skip · `x` cancel.

Why the response id and the question index are in every action: Telegram keeps old messages and
their buttons forever, so a press may come from an earlier question or an earlier response.
The engine answers only presses that name the current response and question; everything else,
including strings someone forged, is "stale" and changes nothing. A string that is not one we
could have made (an id that is no 32-bit database key, an unknown token) is not an action at
all: the bot answers "expired" without reading the database.

The resume choice (`svr:<response_id>:c` continue, `svr:<response_id>:n` start again) is handled
by the bot layer, which creates responses; `parse_resume_action` reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dialogs.ids import parse_key

PREFIX = "sv"
RESUME_PREFIX = "svr"
MENU_ACTION = "menu:main"

CANCEL, BACK, SKIP, DONE, YES, NO = "x", "b", "s", "ok", "y", "n"

# The response id is read with dialogs.ids.parse_key: a 32-bit database key or nothing.
_ACTION_RE = re.compile(
    r"sv:([1-9][0-9]{0,9}):(0|[1-9][0-9]{0,3}):(ok|[bsxyn]|[ctr](?:0|[1-9][0-9]{0,2}))"
)
_RESUME_RE = re.compile(r"svr:([1-9][0-9]{0,9}):([cn])")


@dataclass(frozen=True)
class Action:
    response_id: int
    question: int
    token: str

    @property
    def kind(self) -> str:
        """`c`, `t`, `r` for indexed tokens, else the token itself."""
        return self.token[0] if self.token[0] in "ctr" and self.token != "ok" else self.token

    @property
    def number(self) -> int:
        return int(self.token[1:]) if self.kind in ("c", "t", "r") else -1


def make_action(response_id: int, question: int, token: str) -> str:
    return f"{PREFIX}:{response_id}:{question}:{token}"


def parse_action(data: str) -> Action | None:
    """The action, or None when the string is not one we could have made."""
    match = _ACTION_RE.fullmatch(data)
    response_id = parse_key(match.group(1)) if match else None
    if match is None or response_id is None:
        return None
    return Action(response_id, int(match.group(2)), match.group(3))


def resume_action(response_id: int, choice: Literal["continue", "restart"]) -> str:
    return f"{RESUME_PREFIX}:{response_id}:{'c' if choice == 'continue' else 'n'}"


def parse_resume_action(data: str) -> tuple[int, Literal["continue", "restart"]] | None:
    match = _RESUME_RE.fullmatch(data)
    response_id = parse_key(match.group(1)) if match else None
    if match is None or response_id is None:
        return None
    return response_id, ("continue" if match.group(2) == "c" else "restart")
