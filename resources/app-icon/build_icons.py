"""Render the app icon master (spbe.svg) to PNG sizes and a Windows .ico.

Run from the repository root with any Python that has PySide6 (the dev venv does):

    .venv/bin/python resources/app-icon/build_icons.py

Writes ``spbe-<N>.png`` for the hicolor sizes Linux desktops use and ``spbe.ico`` (PNG-compressed
entries, 16-256 px, the format Windows Vista and later read). The outputs are committed, so
packaging never needs Qt's SVG renderer or Pillow; rerun this only after editing spbe.svg.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MASTER = HERE / "spbe.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> dict[int, bytes]:
    """Render the master at every size with QtSvg; return {size: PNG bytes}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {MASTER}")
    out: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding the given PNGs (ICONDIR + ICONDIRENTRY table + PNG payloads)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        # Width/height 0 means 256; planes 1, 32 bits per pixel, no palette.
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def main() -> int:
    pngs = render_pngs()
    for size, data in pngs.items():
        (HERE / f"spbe-{size}.png").write_bytes(data)
    ico = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    (HERE / "spbe.ico").write_bytes(ico)
    sys.stdout.write(f"wrote {len(pngs)} PNGs and spbe.ico ({len(ico)} bytes) in {HERE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
