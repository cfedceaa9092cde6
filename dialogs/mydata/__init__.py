""" "My data": what the bot keeps about a person — seen in the chat, taken home as a file,
consent withdrawn (keeping or deleting what was given), or everything deleted.

- `records`: what is read (through Protocols) and the counts shown;
- `screens`: the overview, withdrawing consent, deleting everything;
- `answers`: the person's own answers, readable and page by page;
- `export`: the whole record as a JSON document.
"""

from dialogs.mydata.answers import answers_page, page_of
from dialogs.mydata.export import export_screen, record_tree
from dialogs.mydata.records import PersonalRecords, Sources, gather

# What bot/ uses of this package: its public face (import-linter keeps bot/ to it).
from dialogs.mydata.screens import (
    ANSWERS,
    DELETE,
    DELETE_YES,
    EXPORT,
    GROUP,
    SHOW,
    WITHDRAW,
    WITHDRAW_KEEP,
    ConsentStore,
    confirm_delete,
    confirm_withdraw,
    delete_everything,
    overview,
    withdraw_keeping_answers,
)

__all__ = [
    "ANSWERS",
    "DELETE",
    "DELETE_YES",
    "EXPORT",
    "GROUP",
    "SHOW",
    "WITHDRAW",
    "WITHDRAW_KEEP",
    "ConsentStore",
    "PersonalRecords",
    "Sources",
    "answers_page",
    "confirm_delete",
    "confirm_withdraw",
    "delete_everything",
    "export_screen",
    "gather",
    "overview",
    "page_of",
    "record_tree",
    "withdraw_keeping_answers",
]
