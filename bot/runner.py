"""Long polling and webhook serving for a built App."""

from __future__ import annotations

import asyncio
import logging
import secrets

from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot import logs
from bot.app import App
from bot.settings import webhook_path

log = logging.getLogger(__name__)


async def run_polling(
    app: App,
    *,
    handle_signals: bool = True,
    handle_as_tasks: bool = True,
    polling_timeout: int = 10,
) -> None:
    try:
        await app.start()
        await app.bot.delete_webhook(drop_pending_updates=False)
        me = await app.bot.get_me()
        log.info("long polling as @%s", me.username)
        await app.dp.start_polling(
            app.bot,
            allowed_updates=app.dp.resolve_used_update_types(),
            handle_signals=handle_signals,
            handle_as_tasks=handle_as_tasks,
            polling_timeout=polling_timeout,
            close_bot_session=False,
        )
    finally:
        await app.close()


def webhook_application(app: App, secret: str, path: str) -> web.Application:
    """The aiohttp application Telegram posts to at `path` (the path of WEBHOOK_URL: a reverse
    proxy may forward it unchanged); also /healthz and /metrics."""
    web_app = web.Application()
    SimpleRequestHandler(dispatcher=app.dp, bot=app.bot, secret_token=secret).register(
        web_app, path=path
    )
    setup_application(web_app, app.dp, bot=app.bot)

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(
            body=app.metrics.render(), headers={"Content-Type": app.metrics.content_type}
        )

    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/metrics", metrics)
    return web_app


async def run_webhook(app: App) -> None:
    settings = app.settings
    if not settings.webhook_url:
        raise ValueError("WEBHOOK_URL is not set")
    secret = (
        settings.webhook_secret.get_secret_value()
        if settings.webhook_secret
        else secrets.token_urlsafe(32)
    )
    logs.add_secret(secret)
    host, _, port = settings.webhook_listen.rpartition(":")
    path = webhook_path(settings.webhook_url)
    runner = web.AppRunner(webhook_application(app, secret, path))
    try:
        await app.start()
        await runner.setup()
        await web.TCPSite(runner, host.strip("[]"), int(port)).start()
        # registered as given once the server answers: it is the public URL (a reverse proxy
        # may stand between), and the server answers on the path it names
        await app.bot.set_webhook(
            settings.webhook_url,
            secret_token=secret,
            allowed_updates=app.dp.resolve_used_update_types(),
        )
        log.info("webhook server listening on %s, path %s", settings.webhook_listen, path)
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await app.close()
