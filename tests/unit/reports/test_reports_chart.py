"""The report's bar chart (matplotlib, Agg): a PNG of the asked size whose bars, target line and
assessors' bars are where the values say, and a chart module that costs nothing until used."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from spbe_desktop.reports.chart import ASSESSOR, BAR, TARGET, bar_chart_png

NAMES = ["Tata Kelola Pemerintahan Digital", "Layanan Digital", "Infrastruktur", "SDM"]


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[k : k + 2], 16) for k in (1, 3, 5))  # type: ignore[return-value]


def open_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    image.load()
    return image.convert("RGB")


def bars(image: Image.Image, colour: str, origin: int | None = None) -> list[tuple[int, int]]:
    """Each horizontal bar of ``colour``, top to bottom: (first x, last x) of its widest row;
    only those starting at ``origin`` (the axis) when given, which leaves the legend out."""
    want = rgb(colour)
    width, height = image.size
    px = image.load()
    assert px is not None
    found: list[tuple[int, int]] = []
    inside = False
    for y in range(height):
        xs = [x for x in range(width) if px[x, y] == want]
        run = (xs[0], xs[-1]) if len(xs) > 20 else None
        if run and not inside:
            found.append(run)
        elif run:
            found[-1] = (min(found[-1][0], run[0]), max(found[-1][1], run[1]))
        inside = run is not None
    return [b for b in found if origin is None or abs(b[0] - origin) <= 2]


def test_chart_is_a_png_of_the_requested_size() -> None:
    image = open_png(bar_chart_png([Decimal("3.70"), Decimal("2.10")], width=1600, height=700))
    assert image.size == (1600, 700)


def test_bar_lengths_follow_the_values_and_the_target_line_is_drawn() -> None:
    values = [Decimal("3.70"), Decimal("2.10"), Decimal("1.00"), Decimal("3.69")]
    image = open_png(bar_chart_png(values, labels=NAMES, target=Decimal("2.6")))
    found = bars(image, BAR, min(start for start, _ in bars(image, BAR)))
    assert len(found) == 4
    lengths = [end - start for start, end in found]
    assert lengths[0] > lengths[1] > lengths[2]
    assert lengths[0] == pytest.approx(lengths[3], abs=3)
    assert lengths[0] / lengths[2] == pytest.approx(3.70, rel=0.03)
    # The dashed target line: a column of red at 2,6 on the same scale.
    px = image.load()
    assert px is not None
    red = [
        x
        for x in range(image.size[0])
        if sum(px[x, y] == rgb(TARGET) for y in range(image.size[1])) > 40
    ]
    assert red, "no target line"
    origin = found[0][0]
    assert (sum(red) / len(red) - origin) / lengths[2] == pytest.approx(2.6, rel=0.05)
    assert not bars(image, ASSESSOR)


def test_assessor_bars_stand_beside_the_self_assessment() -> None:
    values = [Decimal("1.75"), Decimal("1.00")]
    png = bar_chart_png(values, labels=NAMES[:2], assessor=[Decimal("1.25"), None])
    image = open_png(png)
    origin = min(start for start, _ in bars(image, BAR))
    mine, theirs = bars(image, BAR, origin), bars(image, ASSESSOR, origin)
    assert len(mine) == 2 and len(theirs) == 1
    assert (theirs[0][1] - theirs[0][0]) / (mine[0][1] - mine[0][0]) == pytest.approx(
        1.25 / 1.75, rel=0.03
    )


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.decimals(min_value=1, max_value=5, places=2), min_size=1, max_size=8),
    st.one_of(st.none(), st.decimals(min_value=1, max_value=5, places=1)),
)
def test_any_indices_give_a_valid_png(values: list[Decimal], target: Decimal | None) -> None:
    image = open_png(bar_chart_png(values, target=target, width=800, height=400))
    assert image.size == (800, 400)


def test_the_report_modules_do_not_import_matplotlib_until_a_chart_is_drawn() -> None:
    code = (
        "import sys\n"
        "import spbe_desktop.cli, spbe_desktop.services.reporting, spbe_desktop.reports\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_values_round_as_the_tables_do() -> None:
    from spbe_desktop.reports.chart import _comma

    assert _comma(Decimal("1.125")) == "1,13"  # half-up, as decimal_id in the tables
    assert _comma(2.5) == "2,50"
