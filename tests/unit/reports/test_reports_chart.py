"""The bar chart PNG: a valid image whose bars and target line are where the values say."""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_desktop.reports.chart import BAR, TARGET, WHITE, Canvas, bar_chart_png, encode_png


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Decode the 8-bit RGB, filter-0 PNGs the chart writes (checks CRCs on the way)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 2)
            size = (width, height)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height = size
    raw = zlib.decompress(idat)
    stride = width * 3 + 1
    assert len(raw) == stride * height
    assert all(raw[y * stride] == 0 for y in range(height))
    pixels = b"".join(raw[y * stride + 1 : (y + 1) * stride] for y in range(height))
    return width, height, pixels


def pixel(img: tuple[int, int, bytes], x: int, y: int) -> tuple[int, int, int]:
    width, _, pixels = img
    i = (y * width + x) * 3
    return pixels[i], pixels[i + 1], pixels[i + 2]


def bar_top(img: tuple[int, int, bytes], x: int) -> int:
    """The first row from the top where column x is bar-coloured."""
    _, height, _ = img
    return next(y for y in range(height) if pixel(img, x, y) == BAR)


def test_chart_is_a_png_of_the_requested_size() -> None:
    img = decode_png(bar_chart_png([Decimal("3.70"), Decimal("2.10")], width=400, height=200))
    assert img[:2] == (400, 200)


def test_bars_are_ordered_by_value_and_the_target_line_is_drawn() -> None:
    values = [Decimal("3.70"), Decimal("2.10"), Decimal("1.00"), Decimal("3.69")]
    width, height = 1000, 420
    img = decode_png(bar_chart_png(values, target=Decimal("2.6"), width=width, height=height))
    left, right = 60, 20
    slot = (width - left - right) / len(values)
    centres = [left + round(slot * (k + 0.5)) for k in range(len(values))]
    tops = [bar_top(img, x) for x in centres]
    # Higher value -> bar starts higher up (smaller y); equal within a pixel for 3.70 / 3.69.
    assert tops[0] < tops[1] < tops[2]
    assert abs(tops[0] - tops[3]) <= 2
    # Heights are proportional to the values on the 0-5 scale.
    base = max(y for y in range(height) if pixel(img, centres[0], y) == BAR) + 1
    heights = [base - t for t in tops]
    assert heights[0] / heights[2] == pytest.approx(3.70, rel=0.03)
    # The dashed target line crosses the gap between two bars.
    gap_x = (centres[0] + centres[1]) // 2
    red_rows = [y for y in range(height) if pixel(img, gap_x, y) == TARGET]
    assert red_rows, "no target line"
    target_y = sum(red_rows) / len(red_rows)
    assert (base - target_y) / heights[2] == pytest.approx(2.6, rel=0.05)


def test_the_corners_stay_white() -> None:
    img = decode_png(bar_chart_png([1, 5], width=300, height=160))
    assert pixel(img, 299, 0) == WHITE
    assert pixel(img, 299, 159) == WHITE


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.decimals(min_value=1, max_value=5, places=2), min_size=1, max_size=8),
    st.one_of(st.none(), st.decimals(min_value=1, max_value=5, places=1)),
)
def test_any_indices_give_a_valid_png(values: list[Decimal], target: Decimal | None) -> None:
    width, height, pixels = decode_png(bar_chart_png(values, target=target, width=320, height=160))
    assert (width, height) == (320, 160)
    assert len(pixels) == 320 * 160 * 3


def test_canvas_draws_digits_and_clips() -> None:
    canvas = Canvas(40, 20)
    canvas.text(0, 0, "1,5", scale=2)
    assert any(canvas.pixel(x, y) != WHITE for x in range(24) for y in range(10))
    canvas.rect(-10, -10, 100, 100, BAR)  # clipped, no error
    assert canvas.pixel(39, 19) == BAR
    assert Canvas.text_width("12", 3) == 21


def test_encode_png_refuses_pixels_of_the_wrong_size() -> None:
    with pytest.raises(ValueError, match="size"):
        encode_png(2, 2, b"\x00" * 5)
    with pytest.raises(ValueError, match="at least 1"):
        Canvas(0, 5)
