"""Configuration from the environment or `.env`, with the names fixed in design.md.

A bad value stops start-up with one line naming the setting (see `bot.cli`), never a traceback.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dialogs.languages import LANGUAGES

TOKEN_RE = re.compile(r"^\d{5,12}:[A-Za-z0-9_-]{30,}$")
WEBHOOK_PORTS = {443, 80, 88, 8443}  # the ports Telegram delivers webhooks to
RESERVED_PATHS = {"/healthz", "/metrics"}  # served beside the webhook


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"
    database_url: str = "sqlite+aiosqlite:///data/integra.db"
    redis_url: str | None = None
    admin_ids: str = ""
    default_locale: str = "bg"
    fallback_locale: str = "en"
    timezone: str = "Europe/Sofia"
    media_dir: Path = Path("data/media")
    pseudonym_key: SecretStr | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1:8080"
    log_level: str = "INFO"
    public_channel_id: int | None = Field(default=None)
    # the outbox's courier: Telegram's limits, and how long a claimed row is held
    send_rate: float = Field(default=30.0, gt=0, le=1000)
    send_chat_interval: float = Field(default=1.0, ge=0, le=60)
    outbox_lease_seconds: float = Field(default=60.0, gt=0, le=3600)
    outbox_poll_seconds: float = Field(default=1.0, gt=0, le=60)
    outbox_in_bot: bool = True
    # pictures downloaded and decoded at the same time in one process (bot.images.download)
    downloads_at_once: int = Field(default=3, ge=1, le=64)
    # hours before an information session when registered people are reminded ("" for none)
    session_reminders: str = "24,2"

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not TOKEN_RE.match(value.strip()):
            raise ValueError("malformed: expected the form 123456789:ABC... from @BotFather")
        return value.strip()

    @field_validator("default_locale", "fallback_locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unknown locale {value!r}; one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("admin_ids")
    @classmethod
    def _admins(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            if not re.fullmatch(r"-?[0-9]+", part):
                raise ValueError("comma-separated Telegram user ids (numbers) expected")
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("session_reminders")
    @classmethod
    def _reminders(cls, value: str) -> str:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if not all(re.fullmatch(r"[0-9]{1,3}", p) and 0 < int(p) <= 720 for p in parts):
            raise ValueError("comma-separated whole hours from 1 to 720 expected, e.g. 24,2")
        return ",".join(parts)

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _webhook_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str):
            raise ValueError("a URL expected")
        check_webhook_url(value.strip())
        return value.strip()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _webhook_secret(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value):
            raise ValueError("1 to 256 characters: letters, digits, _ and - (Telegram's rule)")
        return value

    @field_validator("pseudonym_key", mode="before")
    @classmethod
    def _pseudonym_key(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or len(value.strip()) < 16:
            raise ValueError("at least 16 characters (a random secret, e.g. 64 hex digits)")
        return value.strip()

    @field_validator("webhook_listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
            raise ValueError("host:port expected, e.g. 127.0.0.1:8080")
        return value

    @property
    def admin_id_set(self) -> frozenset[int]:
        return frozenset(int(p) for p in self.admin_ids.split(",") if p.strip())

    @property
    def reminder_hours(self) -> tuple[int, ...]:
        """SESSION_REMINDERS as hours, the earliest reminder first, each once."""
        hours = {int(p) for p in self.session_reminders.split(",") if p}
        return tuple(sorted(hours, reverse=True))

    @property
    def token(self) -> str | None:
        return self.bot_token.get_secret_value() if self.bot_token else None


def check_webhook_url(url: str) -> None:
    """WEBHOOK_URL is the full public URL Telegram posts to: https on a port Telegram
    delivers to, or plain http on a loopback address (local tests); its path is served."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a URL ({exc})") from None
    host = parts.hostname or ""
    if parts.scheme not in {"https", "http"} or not host:
        raise ValueError("a full URL expected, e.g. https://example.org/tg/integra")
    if parts.scheme == "http" and not _loopback(host):
        raise ValueError("must be https (plain http only on a loopback address, for tests)")
    if not _loopback(host) and (port or 443) not in WEBHOOK_PORTS:
        raise ValueError("Telegram delivers webhooks only to ports 443, 80, 88 and 8443")
    if parts.query or parts.fragment:
        raise ValueError("no query or fragment: the path alone names the webhook")
    path = parts.path or "/"
    if not re.fullmatch(r"/[A-Za-z0-9._~/-]*", path) or path.rstrip("/") in RESERVED_PATHS:
        raise ValueError("its path may use letters, digits and . _ ~ - / (not /healthz, /metrics)")


def webhook_path(url: str) -> str:
    """The path the webhook server answers on: the one WEBHOOK_URL names."""
    return urlsplit(url).path or "/"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
