"""Staff reading Arabic or Farsi get the results chart in their language, every glyph drawn."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from bot.l10n import Locales
from exports.poll_chart import ChartInput, render_png

L10N = Locales()


@pytest.mark.parametrize("lang", ["ar", "fa", "bg", "uk"])
def test_chart_in_the_readers_script_has_no_missing_glyphs(lang):
    l10n = L10N.for_language(lang)
    chart = ChartInput(
        title=l10n.plain("poll-economic-migrants-question"),
        options=[
            l10n.plain("poll-economic-migrants-option-1"),
            l10n.plain("poll-economic-migrants-option-2"),
        ],
        groups=[
            l10n.plain("polls-split-bulgarian-citizen"),
            l10n.plain("polls-split-foreign-national"),
        ],
        cells=[[12, 7], [9, None]],
        x_label=l10n.plain("polls-chart-votes"),
        note=l10n.plain("polls-chart-note", threshold=5, count=28),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)"
        png = render_png(chart)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.width > 500
