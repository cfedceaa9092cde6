"""XLSForm expressions (the ODK/KoBoToolbox dialect) compiled with elementpath.

Why elementpath: XLSForm expressions *are* XPath 1.0 with a few ODK functions, so a real XPath
engine gives the operators, precedence and error reporting for free. We never `eval` Python and
never hand-write a parser: the only source rewriting is lexical (outside string literals) —
`${name}` becomes the XPath variable `$name`, and ODK's three-argument `if(c, a, b)` becomes
`odk-if(c, a, b)`, because `if` is a reserved keyword in XPath 2. The ODK functions are
registered on a private subclass of `XPath2Parser`, the extension point elementpath uses for its
own XPath 3 parser.

Regular expressions (`regex`, and XPath's `matches`) run on RE2, in linear time, and their
patterns must be text in quotes in the form (see `patterns.py`); `replace` and `tokenize`
are not offered.

Values follow the ODK convention: a multiple-choice answer is a space-separated string of codes,
numbers are numbers, dates are `xs:date`, and an unanswered question is the empty string. `.`
is the answer being checked by a constraint (the XPath context item).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from elementpath import XPath2Parser, XPathContext
from elementpath.datatypes import Date10
from elementpath.exceptions import ElementPathError

from dialogs.survey.patterns import PatternError, compile_pattern

# Variables every form may read: set by onboarding, not asked by the form.
RESERVED_VARIABLES: tuple[str, ...] = ("group", "language")
GROUPS: tuple[str, ...] = (
    "bulgarian_citizen",
    "foreign_national",
    "eu_citizen",
    "visitor",
    "undisclosed",
)
LANGUAGES: tuple[str, ...] = ("bg", "en", "ar", "fa", "uk", "ru")

NAME_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
# String literals are matched first so that `${x}` or `if(` inside quotes is left alone.
_LEXICAL_RE = re.compile(r"""('[^']*'|"[^"]*")|\$\{([^}]*)\}|(?<![\w.\-:$])if\s*\(""")


class ExpressionError(ValueError):
    """A syntax error (at form load) or an evaluation error (at run time)."""


# XPath's own regular-expression functions. `matches` is defined again below on RE2; `replace`
# and `tokenize` (Python's backtracking `re` inside elementpath) are not offered to forms.
_REGEX_BUILTINS = ("matches", "replace", "tokenize")
# Functions whose argument at index 1 is a pattern (and, for matches, at index 2 its flags).
_PATTERN_FUNCTIONS = ("regex", "matches")


class _OdkParser(XPath2Parser):
    """XPath 2 plus the ODK functions; a subclass so the stock parser stays untouched."""

    symbol_table = {k: v for k, v in XPath2Parser.symbol_table.items() if k not in _REGEX_BUILTINS}


_method = _OdkParser.method
_function = _OdkParser.function


def _text(token: Any, context: Any, index: int) -> str:
    value = token.get_argument(context, index=index)
    return "" if value is None else str(value)


@_method(_function("selected", nargs=2))
def evaluate__selected(self: Any, context: Any = None) -> bool:
    return _text(self, context, 1) in _text(self, context, 0).split()


@_method(_function("count-selected", nargs=1))
def evaluate__count_selected(self: Any, context: Any = None) -> int:
    return len(_text(self, context, 0).split())


@_method(_function("coalesce", nargs=2))
def evaluate__coalesce(self: Any, context: Any = None) -> Any:
    first = self.get_argument(context, index=0)
    if first is not None and str(first) != "":
        return first
    second = self.get_argument(context, index=1)
    return "" if second is None else second


@_method(_function("int", nargs=1))
def evaluate__int(self: Any, context: Any = None) -> int:
    value = self.get_argument(context, index=0)
    try:
        return int(float(str(value)))
    except (TypeError, ValueError, OverflowError) as exc:
        raise self.error("FORG0001", f"int(): not a number: {value!r}") from exc


def _pattern(token: Any, context: Any, flags: str = "") -> Any:
    try:
        return compile_pattern(_text(token, context, 1), flags)
    except PatternError as exc:  # only literal patterns get here, checked at load
        raise token.error("FORX0002", f"{token.symbol}(): bad pattern: {exc}") from exc


@_method(_function("regex", nargs=2))
def evaluate__regex(self: Any, context: Any = None) -> bool:
    # ODK: true when the whole string matches the pattern.
    return _pattern(self, context).fullmatch(_text(self, context, 0)) is not None


@_method(_function("matches", nargs=(2, 3)))
def evaluate__matches(self: Any, context: Any = None) -> bool:
    # XPath: true when the pattern matches anywhere in the string.
    flags = _text(self, context, 2) if len(self) > 2 else ""
    return _pattern(self, context, flags).search(_text(self, context, 0)) is not None


@_method(_function("odk-if", nargs=3))
def evaluate__odk_if(self: Any, context: Any = None) -> Any:
    branch = self[1] if self.boolean_value(self[0].evaluate(context)) else self[2]
    return branch.evaluate(context)


@_method(_function("today", nargs=0))
def evaluate__today(self: Any, context: Any = None) -> Date10:
    if context is None:  # static evaluation at parse time
        raise self.missing_context()
    now = context.current_dt
    return Date10(now.year, now.month, now.day)


@_method(_function("date", nargs=1))
def evaluate__date(self: Any, context: Any = None) -> Date10:
    value = self.get_argument(context, index=0)
    if isinstance(value, Date10):
        return value
    try:
        parsed = datetime.date.fromisoformat(str(value))
    except ValueError as exc:
        raise self.error("FORG0001", f"date(): not a date: {value!r}") from exc
    return Date10(parsed.year, parsed.month, parsed.day)


@dataclass(frozen=True)
class Expression:
    """A compiled expression; `references` are the `${name}`s in order of appearance,
    `patterns` the regular expressions it uses (all written in the form)."""

    source: str
    references: tuple[str, ...]
    _token: Any = field(repr=False, compare=False)
    patterns: tuple[str, ...] = ()


def references(source: str) -> tuple[str, ...]:
    """The `${...}` names in `source` (outside string literals), as written, without duplicates."""
    seen: dict[str, None] = {}
    for match in _LEXICAL_RE.finditer(source):
        if match.group(2) is not None:
            seen.setdefault(match.group(2), None)
    return tuple(seen)


def to_xpath(source: str) -> str:
    """The lexical rewrite described in the module docstring."""

    def replace(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        if match.group(2) is not None:
            return "$" + match.group(2)
        return "odk-if("

    return _LEXICAL_RE.sub(replace, source)


def compile_expression(source: str) -> Expression:
    """Parse once at form load; raises ExpressionError with a short reason."""
    if not source.strip():
        raise ExpressionError("empty expression")
    names = references(source)
    for name in names:
        if not NAME_RE.match(name):
            raise ExpressionError(f"bad reference ${{{name}}}")
    try:
        token = _OdkParser().parse(to_xpath(source))
    except ElementPathError as exc:
        raise ExpressionError(f"syntax error: {_short(exc)}") from exc
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
        raise ExpressionError(f"syntax error: {exc}") from exc
    patterns = _literal_patterns(token)
    return Expression(source=source, references=names, _token=token, patterns=patterns)


def _literal_patterns(tree: Any) -> tuple[str, ...]:
    """Every pattern of regex()/matches(), which must be text in quotes, compiled once here.

    A pattern computed at run time (`regex(., ${x})`, `concat(...)`) could come from what a
    person typed, so it is refused: a regular expression is part of the form, never an answer.
    """
    found: list[str] = []
    for token in tree.iter(*_PATTERN_FUNCTIONS):
        name = token.symbol
        arguments = list(token)
        literal = [a.value if a.symbol == "(string)" else None for a in arguments[1:3]]
        if literal[0] is None:
            raise ExpressionError(
                f"{name}(): the pattern must be written in quotes in the form, "
                "not computed from answers"
            )
        if len(literal) > 1 and literal[1] is None:
            raise ExpressionError(f"{name}(): the flags must be written in quotes")
        try:
            compile_pattern(literal[0], literal[1] if len(literal) > 1 else "")
        except PatternError as exc:
            raise ExpressionError(f"{name}(): bad pattern: {exc}") from exc
        found.append(literal[0])
    return tuple(dict.fromkeys(found))


def _short(exc: Exception) -> str:
    text = str(exc).replace("fn:odk-if", "if")
    return text.split("] ", 1)[1] if "] " in text else text


def xpath_value(value: object) -> Any:
    """A Python answer value as the XPath value ODK would give it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple | list | frozenset | set):
        return " ".join(str(v) for v in value)
    if isinstance(value, datetime.date):
        return Date10(value.year, value.month, value.day)
    return value


def evaluate(
    expression: Expression,
    variables: Mapping[str, object],
    *,
    today: datetime.date,
    current: object = "",
) -> Any:
    """Evaluate; any failure (type error, unknown variable, bad regex) is an ExpressionError.

    Only the referenced variables are bound: elementpath checks every bound variable when it
    builds a context, and a form has dozens of answers but an expression reads one or two.
    """
    bound = {
        name: xpath_value(variables[name]) for name in expression.references if name in variables
    }
    context = XPathContext(
        root=None,
        item=xpath_value(current),
        variables=bound,
        current_dt=datetime.datetime(today.year, today.month, today.day),
    )
    try:
        return expression._token.evaluate(context)
    except ElementPathError as exc:
        raise ExpressionError(_short(exc)) from exc
    except (TypeError, ValueError, ArithmeticError, KeyError, IndexError) as exc:
        raise ExpressionError(str(exc)) from exc


def holds(
    expression: Expression,
    variables: Mapping[str, object],
    *,
    today: datetime.date,
    current: object = "",
) -> bool:
    """Effective boolean value; an error is False (hidden question, failed constraint)."""
    try:
        result = evaluate(expression, variables, today=today, current=current)
        return bool(expression._token.boolean_value(result))
    except (ExpressionError, ElementPathError, TypeError, ValueError):
        return False
