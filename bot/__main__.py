"""`python -m bot`: start the bot in long polling (the demo when no BOT_TOKEN is set)."""

from bot.cli import main

raise SystemExit(main(["run"]))
