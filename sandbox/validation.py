"""Check a call's parameters against the Bot API spec and turn them into Python values.

Telegram receives every top-level parameter as a string (query, form or multipart) or as a JSON
value, and JSON-decodes the object-typed ones; nested objects must then have the documented
fields and types. We do the same, recursively, from api.json, so that a bot that passes here
sends nothing Telegram would refuse. Fatal problems raise ApiError (400); unknown parameters and
unknown object fields, which Telegram silently ignores, come back as warnings so the sandbox can
record them and still answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.errors import TEXT_EMPTY, ApiError, bad_request
from sandbox.spec import Spec

_INT_RE = re.compile(r"-?\d+")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
# Objects that cannot describe themselves with a discriminator and have no fields of their own.
_OPAQUE = {"InputFile", "CallbackGame"}
_ANY_OF = "Array of any of "
_MISSING_DESCRIPTIONS = {"text": TEXT_EMPTY}
_PARSE_DESCRIPTIONS = {
    "reply_markup": "can't parse reply keyboard markup JSON object",
    "entities": "can't parse entities JSON object",
    "caption_entities": "can't parse entities JSON object",
    "commands": "can't parse commands JSON object",
    "media": "can't parse media JSON object",
}


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str
    content_type: str


@dataclass
class Checked:
    params: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


class Validator:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def check(self, method: str, raw: dict[str, Any], files: dict[str, Upload]) -> Checked:
        fields = {f.name: f for f in self.spec.methods[method]}
        result = Checked({})
        for name, value in raw.items():
            spec_field = fields.get(name)
            if spec_field is None:
                if _is_attached(name, raw):
                    continue  # a file part referenced as attach://name from another parameter
                what = "file part" if isinstance(value, Upload) else "parameter"
                result.warnings.append(
                    f"unknown {what} {name!r} for {method} (Telegram ignores it silently)"
                )
                continue
            result.params[name] = self._top_level(name, value, spec_field.types, files, result)
        for f in fields.values():
            if f.required and f.name not in result.params:
                description = _MISSING_DESCRIPTIONS.get(f.name, f"Bad Request: {f.name} is empty")
                raise ApiError(
                    400, description, f"required parameter {f.name!r} of {method} is missing"
                )
        return result

    def _top_level(
        self,
        name: str,
        value: Any,
        types: tuple[str, ...],
        files: dict[str, Upload],
        result: Checked,
    ) -> Any:
        if len(types) > 1 and all(t.startswith("Array of ") for t in types):
            # "Array of InputMediaPhoto or Array of InputMediaVideo": Telegram takes a mixed
            # photo/video album, so check each element against every element type; which kinds
            # may share an album is a rule of its own (rules.py).
            types = (_ANY_OF + "|".join(t.removeprefix("Array of ") for t in types),)
        problems: list[str] = []
        for type_name in types:
            try:
                return self._coerce(name, value, type_name, files, result)
            except _Mismatch as exc:
                problems.append(str(exc))
        description = _PARSE_DESCRIPTIONS.get(name, f'field "{name}" must be of type ')
        if description.endswith("of type "):
            description += " or ".join(types)
        raise bad_request(description, f"parameter {name!r}: {_best(problems)}")

    def _coerce(
        self, name: str, value: Any, type_name: str, files: dict[str, Upload], result: Checked
    ) -> Any:
        if type_name == "InputFile":
            if isinstance(value, Upload):
                return value
            if isinstance(value, str) and value.startswith("attach://"):
                key = value.removeprefix("attach://")
                if key in files:
                    return files[key]
                raise _Mismatch(f"{value} names no uploaded file part")
            raise _Mismatch("expected an uploaded file")
        if isinstance(value, Upload):
            raise _Mismatch(f"expected {type_name}, got an uploaded file")
        if isinstance(value, str):
            return self._from_string(name, value, type_name, result)
        if (
            type_name == "String"
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            return str(value)  # Telegram stringifies top-level JSON scalars
        return self.value(value, type_name, name, result.warnings)

    def _from_string(self, name: str, value: str, type_name: str, result: Checked) -> Any:
        if type_name == "String":
            return value
        if type_name == "Integer":
            if _INT_RE.fullmatch(value.strip()):
                return int(value)
            raise _Mismatch(f"{value!r} is not an Integer")
        if type_name == "Float":
            try:
                return float(value)
            except ValueError:
                raise _Mismatch(f"{value!r} is not a Float") from None
        if type_name == "Boolean":
            if value.lower() in _TRUE | _FALSE:
                return value.lower() in _TRUE
            raise _Mismatch(f"{value!r} is not a Boolean")
        try:
            decoded = json.loads(value)
        except ValueError:
            raise _Mismatch(f"{value[:60]!r} is not a JSON-serialized {type_name}") from None
        return self.value(decoded, type_name, name, result.warnings)

    def value(self, value: Any, type_name: str, path: str, warnings: list[str]) -> Any:
        """Check a decoded JSON value against a spec type; raise _Mismatch with a path."""
        if type_name.startswith(_ANY_OF):
            if not isinstance(value, list):
                raise _Mismatch(f"{path}: expected an Array, got {_kind(value)}")
            choices = type_name.removeprefix(_ANY_OF).split("|")
            return [
                self._first_fit(v, choices, f"{path}[{i}]", warnings) for i, v in enumerate(value)
            ]
        if type_name.startswith("Array of "):
            if not isinstance(value, list):
                raise _Mismatch(f"{path}: expected {type_name}, got {_kind(value)}")
            inner = type_name.removeprefix("Array of ")
            return [self.value(v, inner, f"{path}[{i}]", warnings) for i, v in enumerate(value)]
        if type_name == "Integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise _Mismatch(f"{path}: expected Integer, got {_kind(value)}")
        if type_name == "Float":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value
            raise _Mismatch(f"{path}: expected Float, got {_kind(value)}")
        if type_name == "Boolean":
            if isinstance(value, bool):
                return value
            raise _Mismatch(f"{path}: expected Boolean, got {_kind(value)}")
        if type_name == "String":
            if isinstance(value, str):
                return value
            raise _Mismatch(f"{path}: expected String, got {_kind(value)}")
        if type_name in _OPAQUE:
            return value
        return self._object(value, type_name, path, warnings)

    def _first_fit(self, value: Any, choices: list[str], path: str, warnings: list[str]) -> Any:
        problems = []
        for choice in choices:
            try:
                return self.value(value, choice, path, warnings)
            except _Mismatch as exc:
                problems.append(str(exc))
        raise _Mismatch(_best(problems))

    def _object(self, value: Any, type_name: str, path: str, warnings: list[str]) -> Any:
        typedef = self.spec.types.get(type_name)
        if typedef is None:
            raise _Mismatch(f"{path}: unknown type {type_name} in the spec")
        if not isinstance(value, dict):
            raise _Mismatch(f"{path}: expected {type_name} object, got {_kind(value)}")
        if typedef.subtypes:
            return self._union(value, typedef.subtypes, type_name, path, warnings)
        marker = self.spec.discriminator(type_name)
        if marker and value.get(marker[0]) != marker[1]:
            raise _Mismatch(
                f"{path}.{marker[0]}: {type_name} must have {marker[0]}={marker[1]!r}, "
                f"got {value.get(marker[0])!r}"
            )
        known = {f.name: f for f in typedef.fields}
        out: dict[str, Any] = {}
        for key, item in value.items():
            spec_field = known.get(key)
            if spec_field is None:
                warnings.append(f"{path}: unknown field {key!r} in {type_name}")
                out[key] = item
                continue
            problems = []
            for candidate in spec_field.types:
                try:
                    out[key] = self.value(item, candidate, f"{path}.{key}", warnings)
                    break
                except _Mismatch as exc:
                    problems.append(str(exc))
            else:
                raise _Mismatch(_best(problems))
        for f in typedef.fields:
            if f.required and f.name not in value:
                raise _Mismatch(f"{path}: {type_name} needs field {f.name!r}")
        return out

    def _union(
        self,
        value: dict[str, Any],
        subtypes: tuple[str, ...],
        type_name: str,
        path: str,
        warnings: list[str],
    ) -> Any:
        markers = {s: self.spec.discriminator(s) for s in subtypes}
        if all(markers.values()):
            for sub, (key, expected) in markers.items():  # type: ignore[misc]
                if value.get(key) == expected:
                    return self._object(value, sub, path, warnings)
            allowed = sorted(m[1] for m in markers.values() if m)
            key = next(iter(markers.values()))[0]  # type: ignore[index]
            raise _Mismatch(
                f"{path}.{key}: {type_name} {key} must be one of {allowed}, got {value.get(key)!r}"
            )
        problems = []
        for sub in subtypes:
            scratch: list[str] = []
            try:
                out = self._object(value, sub, path, scratch)
            except _Mismatch as exc:
                problems.append(f"as {sub}: {exc}")
                continue
            warnings.extend(scratch)
            return out
        raise _Mismatch(f"{path}: matches no {type_name} variant ({'; '.join(problems)})")


class _Mismatch(Exception):
    """A value that does not fit a type; the message names the path inside the parameter."""


def _is_attached(name: str, raw: dict[str, Any]) -> bool:
    needle = f"attach://{name}"
    return any(isinstance(v, str) and needle in v for v in raw.values())


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return f"String {value[:40]!r}"
    if isinstance(value, list):
        return "Array"
    return "object"


def _best(problems: list[str]) -> str:
    """Of the reasons a value fits none of its candidate types, show the one that got deepest
    (the variant the caller evidently meant), not a wall of alternatives."""
    return max(problems, key=lambda p: len(p.split(":", 1)[0]))
