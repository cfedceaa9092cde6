"""`integra-bot locales check`: every message in every language, parsed, same variables, safe HTML.

Returns a list of problems, one line each; the CLI prints them and exits non-zero if any.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from dialogs.languages import LANGUAGES

ALLOWED_TAGS = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}
REFERENCE = "en"


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.terms: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.terms.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)
        self.generic_visit(node)


class _TagCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed by Telegram")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"closing </{tag}> without a matching opening tag")
        else:
            self.stack.pop()


def _pattern_text(entry: ast.Message | ast.Term) -> str:
    parts: list[str] = []

    class Collect(visitor.Visitor):
        def visit_TextElement(self, node: ast.TextElement) -> None:
            parts.append(node.value)

    Collect().visit(entry)
    return "".join(parts)


def _html_problems(entry: ast.Message | ast.Term) -> list[str]:
    text = _pattern_text(entry)
    if "<" not in text and "&" not in text:
        return []
    if re.search(r"&(?!(lt|gt|amp|quot);)", text):
        return ["a bare '&' (write &amp;)"]
    checker = _TagCheck()
    checker.feed(text)
    checker.close()
    if checker.stack:
        checker.problems.append(f"<{checker.stack[-1]}> is never closed")
    return checker.problems


def _collect(root: Path, language: str, problems: list[str]) -> dict[str, tuple[set[str], Path]]:
    messages: dict[str, tuple[set[str], Path]] = {}
    parser = FluentParser(with_spans=True)
    folder = root / language
    if not folder.is_dir():
        problems.append(f"{language}: folder {folder} is missing")
        return messages
    for path in sorted(folder.rglob("*.ftl")):
        rel = path.relative_to(root)
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                start = entry.span.start if entry.span is not None else 0
                line = path.read_text(encoding="utf-8")[:start].count("\n") + 1
                note = entry.annotations[0].message if entry.annotations else "syntax error"
                problems.append(f"{rel}:{line}: parse error: {note}")
            elif isinstance(entry, ast.Message | ast.Term):
                key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                if key in messages:
                    problems.append(f"{rel}: '{key}' is defined twice in {language}")
                if isinstance(entry, ast.Message) and entry.value is None:
                    problems.append(f"{rel}: '{key}' has no value")
                found = _Variables()
                found.visit(entry)
                messages[key] = (found.names, rel)
                problems.extend(f"{rel}: '{key}': {p}" for p in _html_problems(entry))
    return messages


def check(root: Path) -> list[str]:
    problems: list[str] = []
    per_language = {lang: _collect(root, lang, problems) for lang in LANGUAGES}
    reference = per_language[REFERENCE]
    every_key = set().union(*(set(m) for m in per_language.values()))
    for key in sorted(every_key):
        if key.startswith("-"):
            continue  # terms are per-language helpers (grammar), not shared messages
        expected = reference.get(key)
        for lang in LANGUAGES:
            entry = per_language[lang].get(key)
            if entry is None:
                where = expected[1] if expected else "?"
                problems.append(f"{lang}: message '{key}' is missing (defined in {where})")
            elif expected is not None and entry[0] != expected[0]:
                problems.append(
                    f"{entry[1]}: '{key}' uses variables {sorted(entry[0])}, "
                    f"but {REFERENCE} uses {sorted(expected[0])}"
                )
    return problems
