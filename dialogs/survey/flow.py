"""Which flow a person's free text and photos go to, while they answer a questionnaire."""

from __future__ import annotations

from dialogs.profile import FlowStore, Profile

FLOW = "survey"


async def follow(store: FlowStore, profile: Profile, in_survey: bool) -> None:
    """Free text goes to the questionnaire only while the person is inside it: set the flow
    when they are, clear it when they were in it and are no more (another flow stays)."""
    wanted = FLOW if in_survey else None
    if profile.active_flow != wanted and (in_survey or profile.active_flow == FLOW):
        await store.set_active_flow(profile.person_id, wanted)
