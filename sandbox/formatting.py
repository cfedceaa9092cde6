"""Turn `text` + `parse_mode` into Telegram's plain text + entities; refuse what Telegram does.

The stored message must look like the one Telegram returns (plain text, entities with UTF-16
offsets), and the 4096/1024 limits apply after parsing, so the sandbox parses exactly like the
Bot API: HTML with its short tag list, MarkdownV2 with its reserved characters, legacy Markdown.
Error texts follow tdlib's ("Unsupported start tag "x" at byte offset N") so a log reads the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.errors import CANT_PARSE, UNSUPPORTED_PARSE_MODE, ApiError, bad_request

Entity = dict[str, Any]
_TRIM = " \t\r\n"
_HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
}
_HTML_TAGS = {*_HTML_SIMPLE, "span", "a", "code", "pre", "blockquote", "tg-emoji", "tg-time"}
_ATTR_RE = re.compile(r"\s*([a-zA-Z0-9_-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
MDV2_RESERVED = "_*[]()~`>#+-=|{}.!"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_error(detail: str) -> ApiError:
    return ApiError(400, CANT_PARSE + detail)


@dataclass
class _Builder:
    """Accumulates output text while tracking the UTF-16 position entities are measured in."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    entities: list[Entity] = field(default_factory=list)

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.pos += utf16_len(chunk)

    def entity(self, kind: str, start: int, **extra: Any) -> None:
        if self.pos > start:
            self.entities.append(
                {"type": kind, "offset": start, "length": self.pos - start, **extra}
            )

    def text(self) -> str:
        return "".join(self.parts)


def format_text(
    text: str, parse_mode: str | None, entities: list[Entity] | None
) -> tuple[str, list[Entity]]:
    """Parse and trim like Telegram; returns (plain text, sorted entities)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        plain, found = parse_html(text)
    elif mode == "markdownv2":
        plain, found = parse_markdown_v2(text)
    elif mode == "markdown":
        plain, found = parse_markdown(text)
    elif mode:
        raise ApiError(400, UNSUPPORTED_PARSE_MODE, f"parse_mode {parse_mode!r} is not supported")
    else:
        plain, found = text, [dict(e) for e in entities or []]
        check_entities(plain, found)
    return trim(plain, found)


def trim(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Strip leading/trailing whitespace as Telegram does, keeping entities on the same chars."""
    stripped_left = text.lstrip(_TRIM)
    shift = utf16_len(text) - utf16_len(stripped_left)
    plain = stripped_left.rstrip(_TRIM)
    total = utf16_len(plain)
    result: list[Entity] = []
    for ent in entities:
        start = max(ent["offset"] - shift, 0)
        end = min(ent["offset"] + ent["length"] - shift, total)
        if end > start:
            result.append({**ent, "offset": start, "length": end - start})
    result.sort(key=lambda e: (e["offset"], -e["length"]))
    return plain, result


def check_entities(text: str, entities: list[Entity]) -> None:
    """Explicit `entities`: offsets must fall inside the text (Telegram rejects the rest)."""
    total = utf16_len(text)
    for i, ent in enumerate(entities):
        offset, length = ent.get("offset", 0), ent.get("length", 0)
        if offset < 0 or length < 0 or offset + length > total:
            raise bad_request(
                "can't parse entities: entity beyond the end of text",
                f"entities[{i}] ({ent.get('type')}, offset {offset}, length {length}) lies "
                f"outside the text of {total} UTF-16 units",
            )
        if ent.get("type") == "text_link" and not ent.get("url"):
            raise bad_request("can't parse entities: URL is empty", f"entities[{i}] has no url")


def parse_html(text: str) -> tuple[str, list[Entity]]:
    out = _Builder()
    stack: list[tuple[str, int, dict[str, str]]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            match = _HTML_ENTITY.match(text, i)
            if match:
                out.add(_decode_entity(match))
                i = match.end()
            else:
                out.add("&")
                i += 1
            continue
        if ch != "<":
            j = i
            while j < n and text[j] not in "<&":
                j += 1
            out.add(text[i:j])
            i = j
            continue
        begin = i
        if text.startswith("</", i):
            end = text.find(">", i)
            if end == -1:
                raise parse_error(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
            name = text[i + 2 : end].strip().lower()
            if not stack:
                raise parse_error(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
            tag, start, attrs = stack.pop()
            if name and name != tag:
                raise parse_error(
                    f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                    f'expected "</{tag}>", found "</{name}>"'
                )
            _close_html(out, tag, start, attrs, stack)
            i = end + 1
            continue
        j = i + 1
        while j < n and (text[j].isalnum() or text[j] == "-"):
            j += 1
        name = text[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise parse_error(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, begin)}'
            )
        end = text.find(">", j)
        if end == -1:
            raise parse_error(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        attrs = _parse_attrs(text[j:end].rstrip("/"), text, begin)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise parse_error('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise parse_error('Tag "tg-emoji" must have attribute "emoji-id"')
        stack.append((name, out.pos, attrs))
        i = end + 1
    if stack:
        raise parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.text(), out.entities


def _decode_entity(match: re.Match[str]) -> str:
    if match.group(1):
        return _HTML_NAMED[match.group(1)]
    code = int(match.group(2)) if match.group(2) else int(match.group(3), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)


def _parse_attrs(raw: str, text: str, begin: int) -> dict[str, str]:
    attrs: dict[str, str] = {}
    pos = 0
    while raw[pos:].strip():
        match = _ATTR_RE.match(raw, pos)
        if not match or match.end() == pos:
            raise parse_error(
                f"Empty attribute name in the tag at byte offset {_byte_offset(text, begin)}"
            )
        value = match.group(2) or ""
        if value[:1] in "\"'":
            value = value[1:-1]
        attrs[match.group(1).lower()] = _HTML_ENTITY.sub(_decode_entity, value)
        pos = match.end()
    return attrs


def _close_html(
    out: _Builder, tag: str, start: int, attrs: dict[str, str], stack: list[Any]
) -> None:
    if tag in _HTML_SIMPLE or tag == "span":
        out.entity(_HTML_SIMPLE.get(tag, "spoiler"), start)
    elif tag == "a":
        href = attrs.get("href", "")
        user = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if user:
            user_json = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
            out.entity("text_mention", start, user=user_json)
        elif href:
            out.entity("text_link", start, url=href)
    elif tag == "code":
        language = attrs.get("class", "")
        parent = stack[-1] if stack else None
        if parent and parent[0] == "pre" and language.startswith("language-"):
            parent[2]["language"] = language.removeprefix("language-")
        else:
            out.entity("code", start)
    elif tag == "pre":
        extra = {"language": attrs["language"]} if attrs.get("language") else {}
        out.entity("pre", start, **extra)
    elif tag == "blockquote":
        kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
        out.entity(kind, start)
    elif tag == "tg-emoji":
        out.entity("custom_emoji", start, custom_emoji_id=attrs["emoji-id"])
    elif tag == "tg-time" and attrs.get("unix", "").isdigit():
        extra = {"date_time_format": attrs["format"]} if attrs.get("format") else {}
        out.entity("date_time", start, unix_time=int(attrs["unix"]), **extra)


_MDV2_MARKERS = {"*": "bold", "_": "italic", "__": "underline", "~": "strikethrough"}
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
}


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    out = _Builder()
    stack: list[tuple[str, int, int]] = []  # (kind, utf16 start, char index of the marker)
    quote_start: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        at_line_start = i == 0 or text[i - 1] == "\n"
        if at_line_start and quote_start is not None and ch != ">":
            _close_quote(out, quote_start)
            quote_start = None
        if ch == "\\" and i + 1 < n and 0 < ord(text[i + 1]) < 127:
            out.add(text[i + 1])
            i += 2
            continue
        if at_line_start and ch == ">":
            if quote_start is None:
                quote_start = out.pos
            i += 1
            continue
        if ch not in MDV2_RESERVED and ch != "|":
            out.add(ch)
            i += 1
            continue
        if ch == "`":
            i = _mdv2_code(text, i, out)
            continue
        if ch == "[":
            stack.append(("text_link", out.pos, i))
            i += 1
            continue
        if ch == "]" and stack and stack[-1][0] == "text_link":
            _, start, _ = stack.pop()
            if not text.startswith("(", i + 1):
                raise parse_error(f"Can't find end of TextUrl entity at byte offset {i}")
            close = text.find(")", i + 2)
            if close == -1:
                raise parse_error("Can't find end of a URL")
            url = re.sub(r"\\(.)", r"\1", text[i + 2 : close])
            out.entity("text_link", start, url=url)
            i = close + 1
            continue
        marker = "__" if text.startswith("__", i) else "||" if text.startswith("||", i) else ch
        kind = "spoiler" if marker == "||" else _MDV2_MARKERS.get(marker)
        if kind is None:
            raise parse_error(
                f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
            )
        if stack and stack[-1][0] == kind:
            _, start, _ = stack.pop()
            out.entity(kind, start)
        else:
            stack.append((kind, out.pos, i))
        i += len(marker)
    if quote_start is not None:
        _close_quote(out, quote_start)
    if stack:
        kind, _, index = stack[-1]
        raise parse_error(
            f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset "
            f"{_byte_offset(text, index)}"
        )
    return out.text(), out.entities


def _close_quote(out: _Builder, start: int) -> None:
    text = out.text()
    trailing = len(text) - len(text.rstrip("\n"))
    out.pos -= trailing
    out.entity("blockquote", start)
    out.pos += trailing


def _mdv2_code(text: str, i: int, out: _Builder) -> int:
    fence = "```" if text.startswith("```", i) else "`"
    body_start = i + len(fence)
    j = body_start
    while j < len(text):
        if text[j] == "\\" and j + 1 < len(text):
            j += 2
            continue
        if text.startswith(fence, j):
            break
        j += 1
    else:
        kind = "Pre" if fence == "```" else "Code"
        raise parse_error(
            f"Can't find end of {kind} entity at byte offset {_byte_offset(text, i)}"
        )
    body = text[body_start:j]
    language = ""
    if fence == "```" and "\n" in body:
        first, rest = body.split("\n", 1)
        if first and " " not in first:
            language, body = first, rest
    start = out.pos
    out.add(re.sub(r"\\([`\\])", r"\1", body))
    if fence == "```":
        out.entity("pre", start, **({"language": language} if language else {}))
    else:
        out.entity("code", start)
    return j + len(fence)


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); no nesting."""
    out = _Builder()
    i, n = 0, len(text)
    kinds = {"*": "bold", "_": "italic", "`": "code"}
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.add(text[i + 1])
            i += 2
        elif text.startswith("```", i) or ch in kinds:
            fence = "```" if text.startswith("```", i) else ch
            end = text.find(fence, i + len(fence))
            if end == -1:
                raise parse_error(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}"
                )
            start = out.pos
            out.add(text[i + len(fence) : end])
            out.entity("pre" if fence == "```" else kinds[fence], start)
            i = end + len(fence)
        elif ch == "[":
            match = re.match(r"\[([^\]]*)\]\(([^)]*)\)", text[i:])
            if not match:
                raise parse_error(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}"
                )
            start = out.pos
            out.add(match.group(1))
            out.entity("text_link", start, url=match.group(2))
            i += match.end()
        else:
            out.add(ch)
            i += 1
    return out.text(), out.entities
