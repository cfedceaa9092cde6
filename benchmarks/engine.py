"""Pure logic costs: one questionnaire step, one poll tally."""

from __future__ import annotations

import datetime
import random

from benchmarks.common import Result, timed
from bot.l10n import LOCALES_DIR
from dialogs.polls.tally import largest_remainder
from dialogs.survey import Start, TextInput, apply, step
from dialogs.survey.session import DEFAULT_FORM, FormCatalog
from dialogs.survey.state import ResponseState, SurveyContext


def survey_step(rounds: int) -> Result:
    form = FormCatalog.load(LOCALES_DIR).current(DEFAULT_FORM)
    assert form is not None
    ctx = SurveyContext("foreign_national", "fa", datetime.date(2026, 11, 29))
    state = apply(ResponseState(1), step(form, ResponseState(1), Start(), ctx).effects)
    result = Result("survey step(): typed answer, skip logic over the audit", "µs/step")
    for _ in range(rounds):
        result.samples.append(1e6 * timed(lambda: step(form, state, TextInput("34"), ctx), 300))
    return result


def poll_tally(rounds: int) -> Result:
    rng = random.Random(7)
    counts = [rng.randint(0, 5000) for _ in range(4)]
    result = Result("poll percentages (largest remainder), 4 options", "µs/call")
    for _ in range(rounds):
        result.samples.append(1e6 * timed(lambda: largest_remainder(counts), 2000))
    return result
