"""The bot answers only in private chats: in a group its personal answers would be public."""

from __future__ import annotations

GROUP = {"id": -1001234567, "type": "supergroup", "title": "Sofia neighbours"}


async def test_commands_from_a_group_get_no_answer_there(sb, running):
    person = sb.user(6001, "Mila", language_code="en")
    sent_before = sb.stats.calls["sendMessage"]
    update_id = sb.updates.push(
        {
            "message": {
                "message_id": 1,
                "date": 1_790_000_000,
                "chat": GROUP,
                "from": person.info.to_json(),
                "text": "/mydata",
                "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
            }
        },
        "/mydata in a group",
    )
    await sb.wait_handled(update_id)
    assert sb.stats.calls["sendMessage"] == sent_before
    await person.command("/start")  # in private the same person is answered as usual
    assert person.messages
