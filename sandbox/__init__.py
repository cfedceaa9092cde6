"""A local stand-in for the Telegram Bot API, and simulated users to drive a bot through it.

async with Sandbox() as sb:
    bot = Bot(sb.token, session=AiohttpSession(api=TelegramAPIServer.from_base(sb.base_url)))
    amal = sb.user(1001, "Amal", language_code="ar")
    replies = await amal.command("/start")
    assert sb.violations == []
"""

from sandbox.driver import SentMessage, SimUser
from sandbox.server import Sandbox
from sandbox.state import Violation

__all__ = ["Sandbox", "SentMessage", "SimUser", "Violation"]
