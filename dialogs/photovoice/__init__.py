"""Photovoice: people photograph their city about an audit theme and tell its story, safely.

- `model`: themes, steps, statuses, consents, reject reasons, settings (`settings.yaml`).
- `flow`: the conversation as a step function over the stored draft (returns `Outcome`s).
- `display`: the one rule about what may be shown in public, and the channel caption.
- `moderation`: the review queue. `mine`: the person's submissions in "My data".
- `store`: the Protocols storage implements.

No Telegram and no database here: the bot layer downloads, sanitises and stores images
(storage.media) and carries out the effects an `Outcome` lists.
"""

# What bot/ uses of this package: its public face (import-linter keeps bot/ to it).
from dialogs.photovoice.actions import press, review_press
from dialogs.photovoice.display import PublicShowing, channel_caption, reviewed_showing
from dialogs.photovoice.flow import (
    Audit,
    Context,
    DeleteFiles,
    Effect,
    KeepFiles,
    Notify,
    Outcome,
    Publish,
    RemovePosts,
    add_photo,
    answer_text,
    before_download,
    discard,
    open_flow,
    photo_refused,
    wrong_input,
)
from dialogs.photovoice.mine import MY_LIST, change_display, forget_everything, my_list, posted_ids
from dialogs.photovoice.model import (
    DRAFT,
    FLOW,
    PUBLIC_DISPLAYS,
    REASON_FLOW,
    RESEARCH_ONLY,
    FormSettings,
    IncomingPhoto,
    SubmissionRecord,
    load_settings,
)
from dialogs.photovoice.moderation import (
    forget_reason,
    reason_text,
    reason_wrong_input,
    review,
    waiting_for_channel,
)

__all__ = [
    "DRAFT",
    "FLOW",
    "MY_LIST",
    "PUBLIC_DISPLAYS",
    "REASON_FLOW",
    "RESEARCH_ONLY",
    "Audit",
    "Context",
    "DeleteFiles",
    "Effect",
    "FormSettings",
    "IncomingPhoto",
    "KeepFiles",
    "Notify",
    "Outcome",
    "PublicShowing",
    "Publish",
    "RemovePosts",
    "SubmissionRecord",
    "add_photo",
    "answer_text",
    "before_download",
    "change_display",
    "channel_caption",
    "discard",
    "forget_everything",
    "forget_reason",
    "load_settings",
    "my_list",
    "open_flow",
    "photo_refused",
    "posted_ids",
    "press",
    "reason_text",
    "reason_wrong_input",
    "review",
    "review_press",
    "reviewed_showing",
    "waiting_for_channel",
    "wrong_input",
]
