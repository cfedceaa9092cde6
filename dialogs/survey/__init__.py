"""The survey engine: questionnaires as data (YAML + Fluent), skip logic, and a pure `step`.

Nothing here talks to Telegram or a database: `step` takes a form, the response's state and
one event, and returns screens to show plus effects for storage to apply.
"""

# What bot/ uses of this package: its public face (import-linter keeps bot/ to it).
from dialogs.survey.actions import (
    MENU_ACTION,
    PREFIX,
    RESUME_PREFIX,
    make_action,
    parse_action,
    parse_resume_action,
)
from dialogs.survey.engine import (
    NOT_EXPECTED,
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
from dialogs.survey.files import (
    check_file,
    list_forms,
    load_form,
    load_message_ids,
    validate_file,
)
from dialogs.survey.flow import FLOW, follow
from dialogs.survey.form import (
    AnswerValue,
    Form,
    FormError,
    FormSummary,
    Question,
    message_id,
)
from dialogs.survey.screens import resume_screen
from dialogs.survey.session import (
    FORMS_DIR,
    FormCatalog,
    Turn,
    current_step,
    give,
    open_form,
    photo_expected,
    press,
    resume_choice,
)
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
    "FLOW",
    "FORMS_DIR",
    "MENU_ACTION",
    "NOT_EXPECTED",
    "PREFIX",
    "RESUME_PREFIX",
    "AnswerValue",
    "CancelResponse",
    "Complete",
    "DropAnswer",
    "Effect",
    "Event",
    "Form",
    "FormCatalog",
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
    "Turn",
    "apply",
    "check_file",
    "current_step",
    "decode_answer",
    "encode_answer",
    "follow",
    "give",
    "list_forms",
    "load_form",
    "load_message_ids",
    "make_action",
    "message_id",
    "open_form",
    "parse_action",
    "parse_resume_action",
    "photo_expected",
    "press",
    "restore_state",
    "resume_choice",
    "resume_screen",
    "step",
    "validate_file",
]
