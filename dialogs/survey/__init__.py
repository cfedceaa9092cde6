"""The survey engine: questionnaires as data (YAML + Fluent), skip logic, and a pure `step`.

Nothing here talks to Telegram or a database: `step` takes a form, the response's state and
one event, and returns screens to show plus effects for storage to apply.
"""

from dialogs.survey.actions import MENU_ACTION, make_action, parse_action, parse_resume_action
from dialogs.survey.engine import (
    Event,
    OtherInput,
    Outcome,
    PhotoInput,
    PhotoRejected,
    Press,
    Resume,
    Show,
    Start,
    TextInput,
    step,
)
from dialogs.survey.files import list_forms, load_form, load_message_ids, validate_file
from dialogs.survey.form import (
    AnswerValue,
    Form,
    FormError,
    FormSummary,
    Question,
    message_id,
)
from dialogs.survey.screens import resume_screen
from dialogs.survey.state import (
    CancelResponse,
    Complete,
    DropAnswer,
    Effect,
    ResponseState,
    SaveAnswer,
    SetDraft,
    Skip,
    SurveyContext,
    apply,
)
from dialogs.survey.values import decode_answer, encode_answer, restore_state

__all__ = [
    "MENU_ACTION",
    "AnswerValue",
    "CancelResponse",
    "Complete",
    "DropAnswer",
    "Effect",
    "Event",
    "Form",
    "FormError",
    "FormSummary",
    "OtherInput",
    "Outcome",
    "PhotoInput",
    "PhotoRejected",
    "Press",
    "Question",
    "ResponseState",
    "Resume",
    "SaveAnswer",
    "SetDraft",
    "Show",
    "Skip",
    "Start",
    "SurveyContext",
    "TextInput",
    "apply",
    "decode_answer",
    "encode_answer",
    "list_forms",
    "load_form",
    "load_message_ids",
    "make_action",
    "message_id",
    "parse_action",
    "parse_resume_action",
    "restore_state",
    "resume_screen",
    "step",
    "validate_file",
]
