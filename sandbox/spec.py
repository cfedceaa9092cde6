"""The machine-readable Bot API (api.json) that every call to the sandbox is checked against.

The sandbox must refuse what Telegram refuses, so its knowledge of methods, parameters and object
shapes comes from the published spec instead of a hand-written list that would drift. The file
lives in `shared/` beside the checkout (at /work/shared locally, beside the CI clone in CI), so we
look for it from both the package directory and the working directory, walking upwards.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SPEC_ENV = "TELEGRAM_API_SPEC"
SPEC_RELATIVE = Path("shared") / "telegram-bot-api-spec" / "api.json"
SCALARS = frozenset({"Integer", "Float", "Boolean", "String"})
_DISCRIMINATOR_RE = re.compile(r'(?:always|must be) "?([a-z_]+)"?')


@dataclass(frozen=True)
class Field:
    name: str
    types: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class TypeDef:
    name: str
    fields: tuple[Field, ...]
    subtypes: tuple[str, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


class Spec:
    """Methods and types of the Bot API, with lookups the validator needs."""

    def __init__(self, raw: dict) -> None:
        self.version: str = raw.get("version", "?")
        self.methods: dict[str, tuple[Field, ...]] = {
            name: _fields(m.get("fields", [])) for name, m in raw["methods"].items()
        }
        self.types: dict[str, TypeDef] = {
            name: TypeDef(name, _fields(t.get("fields", [])), tuple(t.get("subtypes", [])))
            for name, t in raw["types"].items()
        }
        # Telegram matches method names case-insensitively (sendmessage works too).
        self._by_lower = {name.lower(): name for name in self.methods}
        self._discriminators: dict[str, tuple[str, str]] = {}
        for tname, t in raw["types"].items():
            for f in t.get("fields", []):
                if f["name"] not in ("type", "status", "source"):
                    continue
                match = _DISCRIMINATOR_RE.search(f.get("description", ""))
                if match:
                    self._discriminators[tname] = (f["name"], match.group(1))
                    break

    def canonical_method(self, name: str) -> str | None:
        return self._by_lower.get(name.lower())

    def discriminator(self, subtype: str) -> tuple[str, str] | None:
        """The (field, value) that marks a subtype, e.g. ("type", "photo") for InputMediaPhoto."""
        return self._discriminators.get(subtype)


def _fields(raw_fields: list[dict]) -> tuple[Field, ...]:
    return tuple(Field(f["name"], tuple(f["types"]), bool(f["required"])) for f in raw_fields)


# The copy shipped with the sandbox (same file, MIT, see its SOURCE.md): a fresh clone of the
# project runs without the shared/ folder beside it.
BUNDLED_SPEC = Path(__file__).resolve().parent / "telegram-bot-api-spec" / "api.json"


def find_spec_path() -> Path:
    """Locate api.json: $TELEGRAM_API_SPEC, else walk up from this package and from the cwd
    to a shared/ folder, else the copy bundled with the sandbox."""
    env = os.environ.get(SPEC_ENV)
    if env:
        path = Path(env)
        if path.is_file():
            return path
        raise FileNotFoundError(f"{SPEC_ENV}={env} does not point to a file")
    starts = [Path(__file__).resolve().parent, Path.cwd().resolve()]
    tried: list[str] = []
    for start in starts:
        for directory in (start, *start.parents):
            candidate = directory / SPEC_RELATIVE
            tried.append(str(candidate))
            if candidate.is_file():
                return candidate
    if BUNDLED_SPEC.is_file():
        return BUNDLED_SPEC
    raise FileNotFoundError(
        "Telegram Bot API spec not found; set TELEGRAM_API_SPEC or place "
        f"{SPEC_RELATIVE} in a parent directory (tried {len(tried)} places, e.g. {tried[0]})"
    )


@lru_cache(maxsize=4)
def load_spec(path: str | None = None) -> Spec:
    """Parse the spec once per process: it is ~1 MB and every Sandbox shares it."""
    spec_path = Path(path) if path else find_spec_path()
    raw = json.loads(spec_path.read_text(encoding="utf-8"))
    return Spec(raw)
