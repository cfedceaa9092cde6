"""A poll's results as a PNG chart: options × respondent group, horizontal grouped bars.

Input is already aggregated and suppressed (a None cell is not drawn): no person appears here.
matplotlib's object API with the Agg canvas (no pyplot, no global backend, no display needed),
so it is safe to call from a worker thread of the bot.

Every text is drawn literally: poll texts are written by staff, and matplotlib would otherwise
read `$…$` as mathtext (`$500 or $600` drawn as math, `$\\foo$` an error) or hand it to TeX.
Each Text gets parse_math=False and usetex=False (per Text, not through the global rcParams,
which other threads may be using).
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

COLORS = ("#1f5f8b", "#e07b39", "#4c9a2a", "#8c6bb1", "#999999")


@dataclass(frozen=True)
class ChartInput:
    title: str
    options: Sequence[str]  # option labels, in order
    groups: Sequence[str]  # group labels, in order (the series)
    cells: Sequence[Sequence[int | None]]  # cells[group][option]; None: suppressed
    x_label: str
    note: str = ""


def render_png(data: ChartInput, *, dpi: int = 110) -> bytes:
    fig = figure(data, dpi=dpi)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def literal(fig: Figure) -> None:
    """Every text of the figure as written: no mathtext, no TeX (tick labels, legend too)."""
    for text in fig.findobj(Text):
        text.set_parse_math(False)
        text.set_usetex(False)


def figure(data: ChartInput, *, dpi: int = 110) -> Figure:
    options = [textwrap.fill(label, 38) for label in data.options]
    series = [
        (label, row)
        for label, row in zip(data.groups, data.cells, strict=True)
        if any(c is not None for c in row)
    ]
    height = 1.6 + 0.5 * len(options) * max(1, len(series)) + 0.3 * len(options)
    fig = Figure(figsize=(9, min(max(height, 3.5), 14)), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    band = 0.8 / max(1, len(series))
    for s, (label, row) in enumerate(series):
        ys = [i + s * band for i, c in enumerate(row) if c is not None]
        xs = [c for c in row if c is not None]
        bars = ax.barh(ys, xs, height=band * 0.92, label=label, color=COLORS[s % len(COLORS)])
        ax.bar_label(bars, padding=2, fontsize=8, parse_math=False, usetex=False)
    ax.set_yticks([i + band * (len(series) - 1) / 2 for i in range(len(options))])
    ax.set_yticklabels(options, fontsize=9, parse_math=False, usetex=False)
    ax.invert_yaxis()
    ax.set_xlabel(data.x_label, parse_math=False, usetex=False)
    ax.set_title(textwrap.fill(data.title, 70), fontsize=11, parse_math=False, usetex=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if series:
        ax.legend(fontsize=8, loc="lower right", frameon=False)
    if data.note:
        fig.text(
            0.01,
            0.01,
            textwrap.fill(data.note, 120),
            fontsize=7,
            color="#555555",
            parse_math=False,
            usetex=False,
        )
    literal(fig)
    fig.tight_layout(rect=(0, 0.05 if data.note else 0, 1, 1))
    literal(fig)  # tick labels made while laying out
    return fig
