"""Feature routers; bot.app includes them in order (the fallback router last)."""
