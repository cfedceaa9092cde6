"""The CLI's one error type, in its own module so that feature subcommands (bot/cli_<feature>.py,
imported by bot/cli.py) can raise it without importing bot.cli: no import cycle, and the same
class whether the CLI runs as `integra-bot` or as `python -m bot.cli`."""

from __future__ import annotations


class UsageError(Exception):
    """One line for the person at the terminal; exit code 2."""
