"""Screens as JSON, so a message decided in one update can wait in the outbox (a table) and be
rendered later, in the recipient's language, by whichever process delivers it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from dialogs.screen import Button, Lines, Msg, Photo, Plain, Screen, Text

Json = dict[str, Any]


def _arg(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Msg | Plain):
        return _text(value)
    if isinstance(value, Lines):
        return {"lines": [_text(t) for t in value.items]}
    if isinstance(value, tuple):
        return {"tuple": [_arg(v) for v in value]}
    if isinstance(value, dt.datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"dec": str(value)}
    raise TypeError(f"a screen argument of type {type(value).__name__} cannot be stored")


def _unarg(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "dt" in value:
        return dt.datetime.fromisoformat(value["dt"])
    if "d" in value:
        return dt.date.fromisoformat(value["d"])
    if "dec" in value:
        return Decimal(value["dec"])
    if "lines" in value:
        return Lines(tuple(_untext(t) for t in value["lines"]))
    if "tuple" in value:
        return tuple(_unarg(v) for v in value["tuple"])
    return _untext(value)


def _text(text: Text) -> Json:
    if isinstance(text, Plain):
        return {"p": text.text}
    return {"m": text.key, "a": {k: _arg(v) for k, v in text.args.items()}}


def _untext(data: Mapping[str, Any]) -> Text:
    if "p" in data:
        return Plain(str(data["p"]))
    return Msg(str(data["m"]), {k: _unarg(v) for k, v in dict(data.get("a") or {}).items()})


def dump_screens(screens: Sequence[Screen]) -> list[Json]:
    """JSON-ready form of `screens` (TypeError for an argument that cannot be stored)."""
    return [
        {
            "parts": [_text(p) for p in s.parts],
            "buttons": [
                [{"label": _text(b.label), "action": b.action, "url": b.url} for b in row]
                for row in s.buttons
            ],
            "edit": s.edit,
            "photo": s.photo.media_key if s.photo else None,
        }
        for s in screens
    ]


def load_screens(data: Sequence[Mapping[str, Any]]) -> list[Screen]:
    """The inverse of `dump_screens`."""
    return [
        Screen(
            parts=tuple(_untext(p) for p in s["parts"]),
            buttons=tuple(
                tuple(
                    Button(_untext(b["label"]), action=b.get("action"), url=b.get("url"))
                    for b in row
                )
                for row in s.get("buttons") or ()
            ),
            edit=bool(s.get("edit")),
            photo=Photo(s["photo"]) if s.get("photo") else None,
        )
        for s in data
    ]
