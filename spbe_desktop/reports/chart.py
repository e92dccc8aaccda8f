"""The report's bar chart, drawn with matplotlib's Agg backend into a PNG.

One horizontal bar per domain or aspect on the 0-5 scale, named in full, with its value written
in Indonesian (2,47), a dashed target line, and the external assessors' bar beside the
self-assessment (mandiri) once their results are recorded.

matplotlib is imported inside :func:`bar_chart_png` only, so a command that never draws a chart
(``spbe status``) does not pay for it. The figure is a plain ``Figure`` on a
``FigureCanvasAgg``: no pyplot, no GUI backend, no global state, safe on a worker thread.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from spbe_desktop.reports.fmt import decimal_id

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer

# Colours as "#rrggbb" (the tables' Word "Accent 1" blue for mandiri).
BAR = "#2f5597"
ASSESSOR = "#ed7d31"
TARGET = "#c00000"
GRID = "#d9d9d9"
TEXT = "#404040"

_DPI = 200


def _comma(value: Decimal | float) -> str:
    # The tables' rounding (half-up on the decimal value): 1.125 reads 1,13 in both.
    return decimal_id(value)


def bar_chart_png(
    values: Sequence[Decimal | float],
    *,
    labels: Sequence[str] | None = None,
    target: Decimal | float | None = None,
    maximum: int = 5,
    width: int = 1600,
    height: int | None = None,
    assessor: Sequence[Decimal | float | None] | None = None,
) -> bytes:
    """Draw one bar per value on a 0-``maximum`` scale and return the PNG bytes.

    Args:
        values: the bar lengths (the self-assessment indices, 1-5).
        labels: the name of each bar (domain or aspect names); default 1, 2, 3...
        target: draws a dashed red line at this value when given.
        maximum: end of the scale; a grid line at every whole number.
        width: image width in pixels.
        height: image height in pixels; default: enough for the bars.
        assessor: the external assessors' value per bar (None where there is none); when any
            is given, each group shows a "Mandiri" and an "Asesor" bar and a legend.

    Returns:
        A PNG image (8-bit RGBA) of ``width`` x ``height`` pixels.
    """
    # Agg explicitly, through the object API: never a GUI backend, never pyplot's globals.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    n = len(values)
    names = list(labels) if labels is not None else [str(k + 1) for k in range(n)]
    judged = list(assessor) if assessor is not None else []
    both = any(v is not None for v in judged)
    if height is None:
        height = (260 if both else 190) + (125 if both else 90) * max(1, n)
    fig = Figure(figsize=(width / _DPI, height / _DPI), dpi=_DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    fig.subplots_adjust(
        left=0.36, right=0.96, top=1 - 70 / height, bottom=(150 if both else 80) / height
    )

    ys = list(range(n))
    thick = 0.38 if both else 0.6
    offset = thick / 2 if both else 0.0
    bars = ax.barh(
        [y - offset for y in ys],
        [float(v) for v in values],
        height=thick,
        color=BAR,
        label="Mandiri",
        zorder=2,
    )
    _value_labels(ax, bars, values)
    if both:
        shown = [float(v) if v is not None else 0.0 for v in judged]
        others = ax.barh(
            [y + offset for y in ys], shown, height=thick, color=ASSESSOR, label="Asesor", zorder=2
        )
        _value_labels(ax, others, judged)

    ax.set_yticks(ys, [textwrap.fill(name, 32) for name in names], fontsize=8.5, color=TEXT)
    ax.invert_yaxis()  # the first group on top, as in the table
    ax.set_xlim(0, maximum + 0.45)
    ax.set_xticks(range(maximum + 1))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _comma(x).removesuffix(",00")))
    ax.tick_params(axis="x", labelsize=8.5, colors=TEXT)
    ax.grid(axis="x", color=GRID, linewidth=0.6, zorder=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if target is not None:
        ax.axvline(float(target), color=TARGET, linestyle=(0, (5, 3)), linewidth=1.1, zorder=3)
        ax.annotate(
            f"Target {_comma(target)}",
            xy=(float(target), 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=8.5,
            color=TARGET,
        )
    if both:
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -80 / height),
            ncols=2,
            fontsize=8.5,
            frameon=False,
        )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=_DPI, facecolor="white")
    return buffer.getvalue()


def _value_labels(ax: Axes, bars: BarContainer, values: Sequence[Decimal | float | None]) -> None:
    """The value at the end of each bar, with a decimal comma (nothing where there is none)."""
    texts = ["" if v is None else _comma(v) for v in values]
    # On a white patch above the grid and the target line, which would strike it through.
    for label in ax.bar_label(bars, labels=texts, padding=2, fontsize=8, color=TEXT):
        label.set_bbox({"facecolor": "white", "edgecolor": "none", "pad": 0.6})
        label.set_zorder(4)
