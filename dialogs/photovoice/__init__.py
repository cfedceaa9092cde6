"""Photovoice: people photograph their city about an audit theme and tell its story, safely.

- `model`: themes, steps, statuses, consents, reject reasons, settings (`settings.yaml`).
- `flow`: the conversation as a step function over the stored draft (returns `Outcome`s).
- `display`: the one rule about what may be shown in public, and the channel caption.
- `moderation`: the review queue. `mine`: the person's submissions in "My data".
- `store`: the Protocols storage implements.

No Telegram and no database here: the bot layer downloads, sanitises and stores images
(storage.media) and carries out the effects an `Outcome` lists.
"""
