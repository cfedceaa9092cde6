"""The results chart: a real PNG; suppressed cells are not drawn."""

from __future__ import annotations

import io

from matplotlib.text import Text
from PIL import Image

from exports.poll_chart import ChartInput, figure, render_png


def test_chart_is_a_png_and_survives_full_suppression():
    data = ChartInput(
        title="Which view of economic migrants do you share?",
        options=["They support the state", "They burden the state"],
        groups=["Bulgarian citizens", "Foreign nationals", "EU citizens", "Others"],
        cells=[[12, 8], [15, 5], [None, None], [None, None]],
        x_label="Votes",
        note="Groups with fewer than 5 votes are not drawn.",
    )
    image = Image.open(io.BytesIO(render_png(data)))
    assert image.format == "PNG" and image.size[0] > 600
    nothing = ChartInput("Q", ["a", "b"], ["g"], [[None, None]], "Votes")
    assert Image.open(io.BytesIO(render_png(nothing))).format == "PNG"


def test_dollar_signs_in_staff_texts_are_drawn_as_written_not_as_math():
    texts = {
        "title": r"Would you pay $\foo$ for a monthly card?",
        "options": ["$500 or $600", r"$\frac{1}{2}$ of it", "$x^2$"],
        "groups": ["$group$", "Foreign nationals"],
        "x_label": "Votes in $",
        "note": r"Costs in $ and \$",
    }
    data = ChartInput(
        title=texts["title"],
        options=texts["options"],
        groups=texts["groups"],
        cells=[[12, 8, 5], [6, 5, None]],
        x_label=texts["x_label"],
        note=texts["note"],
    )
    png = render_png(data)  # mathtext would raise on "\foo"
    assert Image.open(io.BytesIO(png)).format == "PNG"
    fig = figure(data)
    fig.canvas.draw()
    drawn = [t for t in fig.findobj(Text) if t.get_text()]
    assert all(not t.get_parse_math() and not t.get_usetex() for t in drawn)
    shown = " ".join(t.get_text().replace("\n", " ") for t in drawn)
    for value in [texts["title"], *texts["options"], *texts["groups"], texts["x_label"]]:
        assert value in shown, value
