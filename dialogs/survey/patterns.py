"""Regular expressions in forms (`regex(., '…')`, `matches(…, '…')`), run with RE2.

Why RE2: a form's expressions run on the event loop for every answer. Python's `re`
backtracks, so `(a+)+b` on 24 characters already takes a third of a second and each further
character doubles it. RE2 (google-re2) matches in time linear in the answer's length, with no
catastrophic backtracking, and refuses back-references and look-arounds, the features that
need it. Its syntax is close to the ECMAScript/Java patterns ODK Collect and Enketo use.

Patterns are text written in the form, in quotes: `expressions.compile_expression` refuses a
pattern computed from answers, so a person can never bring their own regular expression.

`nested_quantifier` finds a repeat inside a repeat (`(a+)+`, `(\\w+\\s?)*`): harmless here,
but exponential in the backtracking engines of other tools that may open the same form, so
`integra-bot forms validate` warns about it.
"""

from __future__ import annotations

import re
import re._constants as sre_constants  # the stdlib's own regex parser, read-only use
import re._parser as sre_parser
from functools import lru_cache
from typing import Any

import re2

FLAGS = frozenset("ims")  # XPath flags RE2 has too: case-insensitive, dot-all, multi-line


class PatternError(ValueError):
    """A pattern RE2 cannot compile (bad syntax, an unsupported feature, too large)."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # errors are ours to report, not RE2's to print on stderr
    return options


@lru_cache(maxsize=256)
def compile_pattern(source: str, flags: str = "") -> Any:
    """The compiled pattern (cached: forms reuse theirs); raises PatternError."""
    unknown = sorted(set(flags) - FLAGS)
    if unknown:
        raise PatternError(f"unsupported flag {''.join(unknown)!r} (use i, s or m)")
    prefix = f"(?{''.join(sorted(set(flags)))})" if flags else ""
    try:
        return re2.compile(prefix + source, _options())
    except re2.error as exc:
        detail = exc.args[0] if exc.args else ""
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise PatternError(str(detail) or "cannot be compiled") from None


def nested_quantifier(source: str) -> bool:
    """True when a repeated group holds another repeat and one of the two is unbounded."""
    try:
        parsed = sre_parser.parse(source)
    except (re.error, RecursionError, OverflowError):
        return False  # RE2-only syntax Python cannot read: nothing to say about it
    return _nested(list(parsed), outer=None)


_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_REPEATS |= {getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT)}
_UNBOUNDED = sre_constants.MAXREPEAT


def _nested(items: list[tuple[Any, Any]], outer: int | None) -> bool:
    """`outer` is the largest count of the repeat we are inside (None: not inside one)."""
    for op, value in items:
        if op in _REPEATS:
            _low, high, body = value
            if high > 1 and outer is not None and _UNBOUNDED in (high, outer):
                return True
            if _nested(list(body), high if high > 1 else outer):
                return True
        elif any(_nested(child, outer) for child in _children(op, value)):
            return True
    return False


def _children(op: Any, value: Any) -> list[list[tuple[Any, Any]]]:
    """The sub-patterns of a group, an alternation or a look-around."""
    if op == sre_constants.SUBPATTERN:
        return [list(value[-1])]
    if op == sre_constants.BRANCH:
        return [list(branch) for branch in value[1]]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [list(value[1])]
    return []
