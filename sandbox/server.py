"""`Sandbox`: a local Telegram Bot API over real HTTP, strict about what the bot sends.

The bot talks to it only through its base URL, exactly as it would talk to api.telegram.org, so
end-to-end tests exercise the real aiogram session, serialization and error handling. Every call
is checked against the published spec; what Telegram would refuse is refused the same way and
recorded in `violations`, so a test can end with `assert sb.violations == []`.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from sandbox import methods_bot, methods_messages
from sandbox.downloads import FAULT_KEY, DownloadRecord, serve_file
from sandbox.errors import (
    BLOCKED,
    CANT_INITIATE,
    CHAT_NOT_FOUND,
    NOT_FOUND,
    UNAUTHORIZED,
    ApiError,
)
from sandbox.faults import FaultPlan, RateLimiter
from sandbox.files import FileStore
from sandbox.methods_bot import scope_key
from sandbox.request import Files, read_call
from sandbox.rules import check_call
from sandbox.spec import load_spec
from sandbox.state import (
    CallbackRecord,
    ChatInfo,
    Json,
    MessageRecord,
    SendEvent,
    Stats,
    UserInfo,
    Violation,
    apply_markup,
    now,
)
from sandbox.updates import UpdateQueue
from sandbox.validation import Upload, Validator
from sandbox.webhook import WebhookDelivery

if TYPE_CHECKING:
    from sandbox.driver import SimUser

Handler = Callable[["Sandbox", dict[str, Any], Files], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {**methods_bot.HANDLERS, **methods_messages.HANDLERS}
_TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
_FORWARDING = {"copyMessage", "copyMessages", "forwardMessage", "forwardMessages"}


def is_send_method(method: str) -> bool:
    """Methods that post a message (what Telegram's flood limits count)."""
    return (method.startswith("send") and method != "sendChatAction") or method in _FORWARDING


class Sandbox:
    def __init__(
        self,
        *,
        token: str | None = None,
        bot_id: int = 7_000_000_001,
        bot_username: str = "integra_sandbox_bot",
        bot_name: str = "Integra Sandbox",
        spec_path: str | None = None,
        handle_timeout: float = 10.0,
        callback_timeout: float = 15.0,
    ) -> None:
        self.spec = load_spec(spec_path)
        self.validator = Validator(self.spec)
        self.token = token or f"{bot_id}:AA{secrets.token_urlsafe(25)[:33]}"
        self.bot = UserInfo(bot_id, bot_name, username=bot_username, is_bot=True)
        self.handle_timeout = handle_timeout
        self.callback_timeout = callback_timeout
        self.chats: dict[int, ChatInfo] = {}
        self.users: dict[int, SimUser] = {}
        self.records: dict[tuple[int, int], MessageRecord] = {}
        self.files = FileStore()
        self.updates = UpdateQueue()
        self.webhook = WebhookDelivery(self.updates, self._run_webhook_reply)
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[Json]] = {}
        self.menu_buttons: dict[int | None, Json] = {}
        self.violations: list[Violation] = []
        self.unhandled_methods: list[str] = []
        self.calls: list[tuple[str, dict[str, Any], bool]] = []  # (method, params, ok)
        self.stats = Stats()
        self.faults = FaultPlan()
        # awaited after each handled update: a bot under test may register "wait until what
        # this update set off (messages it queued for later) has gone out"
        self.settlers: list[Callable[[], Awaitable[None]]] = []
        self.downloads: list[DownloadRecord] = []  # every file-server request, in order
        self.download_delay = 0.0  # seconds each file response waits before its body
        self.download_pause = 0.0  # seconds between the 64 KB chunks of a file's body
        self.limiter: RateLimiter | None = None
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> Sandbox:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", r"/bot{token}/{method:[^/]*}", self._handle_api)
        app.router.add_get(r"/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets, "sandbox server did not bind"  # type: ignore[attr-defined]
        bound_port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self._base_url = f"http://{host}:{bound_port}"
        return self

    async def stop(self) -> None:
        self.updates.close()
        await self.webhook.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("Sandbox is not started; use `async with Sandbox() as sb`")
        return self._base_url

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/bot{self.token}"

    # -- test controls ---------------------------------------------------------------------
    def user(
        self,
        user_id: int = 1001,
        first_name: str = "Test",
        language_code: str | None = "en",
        username: str | None = None,
        last_name: str | None = None,
        *,
        started: bool = False,
    ) -> SimUser:
        """A simulated person; their private chat with the bot has the same id.

        Until the user writes to the bot (or `started=True`), sends to them get Telegram's
        403 "bot can't initiate conversation with a user"."""
        from sandbox.driver import SimUser

        if user_id in self.users:
            return self.users[user_id]
        info = UserInfo(user_id, first_name, last_name, username, language_code)
        self.chats[user_id] = ChatInfo(
            user_id,
            "private",
            username=username,
            first_name=first_name,
            last_name=last_name,
            started=started,
        )
        self.users[user_id] = SimUser(self, info)
        return self.users[user_id]

    def add_channel(self, chat_id: int, title: str, username: str | None = None) -> ChatInfo:
        """A channel the bot administers and may post to (chat_id like -100...)."""
        chat = ChatInfo(chat_id, "channel", title=title, username=username)
        self.chats[chat_id] = chat
        return chat

    def chat_messages(self, chat_id: int, *, outgoing: bool | None = True) -> list[MessageRecord]:
        """Messages in a chat, oldest first (the bot's only by default; None for all)."""
        return [
            r
            for (cid, _), r in self.records.items()
            if cid == chat_id and (outgoing is None or r.outgoing == outgoing)
        ]

    def channel_posts(self, chat_id: int) -> list[Json]:
        return [r.data for r in self.chat_messages(chat_id) if not r.deleted]

    def fail_next(
        self,
        method: str,
        error_code: int = 500,
        description: str | None = None,
        count: int = 1,
        retry_after: int | None = None,
    ) -> None:
        """The next `count` calls of `method` fail with this error (after validation)."""
        self.faults.add(method, error_code, description, count, retry_after)

    def fail_download(self, status: int = 500, count: int = 1) -> None:
        """The next `count` requests to the file server fail with this HTTP status."""
        self.faults.add(FAULT_KEY, status, None, count, None)

    def rate_limit(
        self,
        per_second: float = 30,
        per_chat_per_second: float = 1,
        per_group_per_minute: float = 20,
        *,
        enabled: bool = True,
    ) -> None:
        """Refuse sends over Telegram's documented flood limits with 429 (off by default)."""
        self.limiter = (
            RateLimiter(per_second, per_chat_per_second, per_group_per_minute) if enabled else None
        )

    def block(self, user_id: int, blocked: bool = True) -> None:
        self.chats[user_id].blocked = blocked

    def unblock(self, user_id: int) -> None:
        self.block(user_id, False)

    def get_commands(self, scope: Json | None = None, language_code: str = "") -> list[Json]:
        return self.commands.get((scope_key(scope), language_code), [])

    def file_bytes(self, file_id: str) -> bytes:
        stored = self.files.get(file_id)
        if stored is None:
            raise KeyError(f"no file {file_id!r} in the sandbox")
        return stored.data

    @property
    def unanswered_callback_queries(self) -> list[CallbackRecord]:
        return [c for c in self.callbacks.values() if not c.answered]

    async def wait_handled(self, update_id: int, timeout: float | None = None) -> None:  # noqa: ASYNC109
        mode = "webhook" if self.webhook.active else "polling"
        await self.updates.wait_handled(
            update_id, timeout or self.handle_timeout, hint=f"mode={mode}; "
        )
        for settle in list(self.settlers):
            await settle()

    async def idle(self, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self.updates.idle(timeout or self.handle_timeout)

    # -- shared by handlers and the driver ------------------------------------------------
    def resolve_chat(self, chat_id: Any, *, sending: bool = False) -> ChatInfo:
        chat: ChatInfo | None = None
        if isinstance(chat_id, int):
            chat = self.chats.get(chat_id)
        elif isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            # @username addresses channels and groups only, never private chats.
            public = (c for c in self.chats.values() if c.type != "private")
            chat = next((c for c in public if (c.username or "").lower() == name), None)
        elif isinstance(chat_id, str) and re.fullmatch(r"-?\d+", chat_id):
            chat = self.chats.get(int(chat_id))
        if chat is None:
            raise ApiError(400, CHAT_NOT_FOUND, f"chat_id {chat_id!r} is not a known chat")
        if sending and chat.type == "private":
            if chat.blocked:
                raise ApiError(403, BLOCKED, f"user {chat.id} blocked the bot", violation=False)
            if not chat.started:
                raise ApiError(
                    403, CANT_INITIATE, f"user {chat.id} never wrote to the bot (no /start)"
                )
        return chat

    def new_message(
        self,
        chat: ChatInfo,
        content: Json,
        *,
        sender: UserInfo | None,
        reply_markup: Json | None = None,
    ) -> MessageRecord:
        """Store a message as Telegram would return it (bot's if sender is the bot)."""
        outgoing = sender is None or sender.is_bot
        data: Json = {"message_id": chat.take_message_id()}
        if chat.type == "channel":
            data["sender_chat"] = chat.to_json()
        elif sender is not None:
            data["from"] = sender.to_json()
        data.update({"chat": chat.to_json(), "date": now(), **content})
        record = MessageRecord(chat.id, data["message_id"], data, outgoing)
        apply_markup(chat, record, reply_markup)
        self.records[(chat.id, record.message_id)] = record
        return record

    def find_record(self, chat_id: Any, message_id: int) -> MessageRecord | None:
        try:
            chat = self.resolve_chat(chat_id)
        except ApiError:
            return None
        record = self.records.get((chat.id, message_id))
        return None if record is None or record.deleted else record

    # -- HTTP ------------------------------------------------------------------------------
    async def _handle_api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        if token != self.token:
            code, text = (401, UNAUTHORIZED) if _TOKEN_RE.fullmatch(token) else (404, NOT_FOUND)
            self._violate(
                method, {}, f"request with a wrong bot token {token[:12]}...", code, text
            )
            return _json({"ok": False, "error_code": code, "description": text}, code)
        try:
            params, files = await read_call(request)
        except ApiError as exc:
            self._violate(method, {}, exc.reason, exc.code, exc.description)
            return _json(exc.envelope(), exc.code)
        body = await self.call(method, params, files)
        return _json(body, 200 if body["ok"] else body["error_code"])

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        return await serve_file(self, request)

    async def call(self, method: str, raw: dict[str, Any], files: Files) -> Json:
        """Validate and run one Bot API call; returns Telegram's JSON envelope."""
        canonical = self.spec.canonical_method(method)
        self.stats.calls[canonical or method] += 1
        if canonical is None:
            self._violate(method, raw, f"unknown Bot API method {method!r}", 404, NOT_FOUND)
            self.calls.append((method, raw, False))
            return {"ok": False, "error_code": 404, "description": NOT_FOUND}
        try:
            checked = self.validator.check(canonical, raw, files)
            for warning in checked.warnings:
                self._violate(canonical, raw, warning, 0, "(ignored by Telegram)")
            params = checked.params
            check_call(canonical, params)
            injected = self.faults.take(canonical)
            if injected is not None:
                self.stats.injected_failures += 1
                raise injected
            if self.limiter is not None and is_send_method(canonical) and "chat_id" in params:
                self._rate_check(params["chat_id"])
            handler = HANDLERS.get(canonical)
            if handler is None:
                self.unhandled_methods.append(canonical)
                result: Any = True
            else:
                result = await handler(self, params, files)
        except ApiError as exc:
            self.stats.errors[canonical] += 1
            if exc.violation:
                self._violate(canonical, raw, exc.reason, exc.code, exc.description)
            self._record_send(canonical, raw, ok=False)
            self.calls.append((canonical, raw, False))
            return exc.envelope()
        self._record_send(canonical, raw, ok=True)
        self.calls.append((canonical, raw, True))
        return {"ok": True, "result": result}

    def _rate_check(self, chat_id: Any) -> None:
        assert self.limiter is not None
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        try:
            self.limiter.check(chat_id, is_group=chat is not None and chat.type != "private")
        except ApiError:
            self.stats.rate_limited += 1
            raise

    def _record_send(self, method: str, raw: dict[str, Any], *, ok: bool) -> None:
        if is_send_method(method):
            self.stats.sends.append(SendEvent(time.monotonic(), method, raw.get("chat_id"), ok))

    def _violate(
        self, method: str, raw: dict[str, Any], reason: str, code: int, description: str
    ) -> None:
        shown = {k: _show(v) for k, v in raw.items()}
        self.violations.append(Violation(method, shown, reason, description, code))

    async def _run_webhook_reply(self, method: str, params: dict[str, Any], files: Files) -> None:
        await self.call(method, params, files)


def _show(value: Any) -> Any:
    if isinstance(value, Upload):
        return f"<file {value.filename!r}, {len(value.data)} bytes>"
    return value


def _json(body: Json, status: int) -> web.Response:
    return web.json_response(body, status=status)
