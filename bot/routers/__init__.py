"""The bot's own routers (onboarding, menu, my data, roles, errors, the consent gate and the
fallback); the features' routers are in bot.features. bot.app includes them in order."""
