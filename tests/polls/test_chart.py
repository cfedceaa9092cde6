"""The results chart: a real PNG; suppressed cells are not drawn."""

from __future__ import annotations

import io

from PIL import Image

from exports.poll_chart import ChartInput, render_png


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
