"""A bar chart drawn straight into a PNG (zlib and struct only: no Pillow, no matplotlib).

Bars for the domain or aspect indices on a 0-5 scale, horizontal grid lines at each level, an
optional dashed target line, and small block digits for the axis, the bar numbers and the values.
The names go in the report's table and caption, where Word can wrap and translate them.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from decimal import Decimal

RGB = tuple[int, int, int]

WHITE: RGB = (255, 255, 255)
GRID: RGB = (217, 217, 217)
AXIS: RGB = (89, 89, 89)
BAR: RGB = (47, 85, 151)  # Word's "Accent 1" blue, as the tables use
TARGET: RGB = (192, 0, 0)
TEXT: RGB = (64, 64, 64)

# 3x5 block glyphs, one string of 15 bits per character, row by row.
_GLYPHS = {
    "0": "111101101101111",
    "1": "010110010010111",
    "2": "111001111100111",
    "3": "111001111001111",
    "4": "101101111001001",
    "5": "111100111001111",
    "6": "111100111101111",
    "7": "111001001001001",
    "8": "111101111101111",
    "9": "111101111001111",
    ",": "000000000010100",
    ".": "000000000000010",
    "-": "000000111000000",
    " ": "000000000000000",
}


class Canvas:
    """An RGB pixel buffer with just enough drawing for a bar chart."""

    def __init__(self, width: int, height: int, background: RGB = WHITE) -> None:
        if width < 1 or height < 1:
            raise ValueError("width and height must be at least 1")
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(background) * (width * height))

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: RGB) -> None:
        """Fill ``[x0, x1) x [y0, y1)``, clipped to the canvas."""
        x0, x1 = max(0, min(x0, x1)), min(self.width, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.height, max(y0, y1))
        if x0 >= x1:
            return
        row = bytes(colour) * (x1 - x0)
        for y in range(y0, y1):
            start = (y * self.width + x0) * 3
            self.pixels[start : start + len(row)] = row

    def pixel(self, x: int, y: int) -> RGB:
        """The colour at (x, y)."""
        i = (y * self.width + x) * 3
        return (self.pixels[i], self.pixels[i + 1], self.pixels[i + 2])

    def text(self, x: int, y: int, text: str, colour: RGB = TEXT, scale: int = 3) -> None:
        """Draw ``text`` (digits, comma, point, minus) with its top-left corner at (x, y)."""
        for k, char in enumerate(text):
            glyph = _GLYPHS.get(char, _GLYPHS[" "])
            gx = x + k * 4 * scale
            for bit, on in enumerate(glyph):
                if on == "1":
                    row, col = divmod(bit, 3)
                    self.rect(
                        gx + col * scale,
                        y + row * scale,
                        gx + (col + 1) * scale,
                        y + (row + 1) * scale,
                        colour,
                    )

    @staticmethod
    def text_width(text: str, scale: int = 3) -> int:
        """Width in pixels of ``text`` drawn at ``scale``."""
        return max(0, len(text) * 4 * scale - scale)

    def png(self) -> bytes:
        """The canvas as PNG file bytes."""
        return encode_png(self.width, self.height, bytes(self.pixels))


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """Encode 8-bit RGB pixels (row by row, no padding) as a PNG file."""
    stride = width * 3
    if len(rgb) != stride * height:
        raise ValueError("pixel data does not match the size")
    raw = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _comma(value: Decimal | float) -> str:
    return f"{float(value):.2f}".replace(".", ",")


def bar_chart_png(
    values: Sequence[Decimal | float],
    *,
    labels: Sequence[str] | None = None,
    target: Decimal | float | None = None,
    maximum: int = 5,
    width: int = 1000,
    height: int = 420,
) -> bytes:
    """Draw one bar per value on a 0-``maximum`` scale and return the PNG bytes.

    Args:
        values: the bar heights (indices 1-5).
        labels: short digit labels under the bars (group numbers); default 1, 2, 3...
        target: draws a dashed red line at this value when given.
        maximum: top of the scale; a grid line is drawn at every whole number.
        width: image width in pixels.
        height: image height in pixels.

    Returns:
        A PNG image (8-bit RGB).
    """
    canvas = Canvas(width, height)
    scale = 4
    glyph_h = 5 * scale
    left, right, top, bottom = 60, 20, 20 + glyph_h + 8, glyph_h + 24
    plot_h = height - top - bottom
    plot_w = width - left - right
    base = top + plot_h

    def y_of(value: float) -> int:
        return base - round(plot_h * max(0.0, min(float(maximum), value)) / maximum)

    for level in range(1, maximum + 1):
        y = y_of(level)
        canvas.rect(left, y, left + plot_w, y + 1, GRID)
        label = str(level)
        canvas.text(
            left - 12 - canvas.text_width(label, scale), y - glyph_h // 2, label, TEXT, scale
        )
    canvas.rect(left, base, left + plot_w, base + 2, AXIS)
    canvas.rect(left - 2, top - 4, left, base + 2, AXIS)

    target_y = y_of(float(target)) if target is not None else None
    n = max(1, len(values))
    slot = plot_w / n
    bar_w = max(2, round(slot * 0.55))
    names = list(labels) if labels is not None else [str(k + 1) for k in range(len(values))]
    for k, value in enumerate(values):
        centre = left + round(slot * (k + 0.5))
        y = y_of(float(value))
        canvas.rect(centre - bar_w // 2, y, centre - bar_w // 2 + bar_w, base, BAR)
        text = _comma(value)
        label_x = centre - canvas.text_width(text, scale) // 2
        label_y = y - glyph_h - 6
        # A value label the target line would strike goes inside the bar, in white.
        crossed = target_y is not None and label_y - 3 <= target_y <= y + 1
        if crossed and base - y > glyph_h + 12:
            canvas.text(label_x, y + 6, text, WHITE, scale)
        else:
            canvas.text(label_x, label_y, text, TEXT, scale)
        name = names[k] if k < len(names) else ""
        canvas.text(centre - canvas.text_width(name, scale) // 2, base + 10, name, TEXT, scale)

    if target_y is not None:
        x = left
        while x < left + plot_w:  # dashes: 14 px drawn, 8 px gap
            canvas.rect(x, target_y - 1, min(x + 14, left + plot_w), target_y + 2, TARGET)
            x += 22
    return canvas.png()
