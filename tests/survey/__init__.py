"""Survey engine tests: pure, no Telegram and no database."""
