"""Real sample documents: the files of the demo workspace (and of the tests and benchmarks).

Every file written here is a genuine PDF, DOCX, PNG or JPEG that other software opens. Only
pypdf, python-docx and the standard library are used (no Pillow). Nothing here is used when
inspecting user files. Makers that only tests need (encrypted or padded PDFs, hostile PDFs,
DOCX tables and letterheads) live in ``tests/support/generate.py``, on top of these.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import struct
import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from spbe_desktop.core.pdf_text import pdf_literal

#: A4 portrait in PDF points.
A4 = (595.28, 841.89)
_MARGIN = 50.0
_WRAP_COLUMNS = 72
_FONT_SIZE = 10.0
_LEADING = 13.0
_SCAN_SEED = 0x5BE


# --- PDF -----------------------------------------------------------------------------------


def make_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    created: datetime.datetime | None = None,
) -> Path:
    """Write a PDF with a real text layer, one page per string (see :func:`pdf_writer`).

    Returns:
        ``path``.
    """
    return write_pdf(
        pdf_writer(pages, title=title, author=author, subject=subject, created=created), path
    )


def pdf_writer(
    pages: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    created: datetime.datetime | None = None,
) -> PdfWriter:
    """A PDF with a real text layer, one page per string, ready to write (or encrypt first).

    Lines longer than 72 characters are wrapped; a page with many lines gets a smaller
    font so that all of it stays on the page.

    Args:
        pages: the text of each page; ``"\\n"`` separates lines. Characters outside
            Windows-1252 are written as ``?``.
        title: document title (``/Title``).
        author: document author (``/Author``).
        subject: document subject (``/Subject``).
        created: creation date (``/CreationDate``); none is written when omitted, which keeps
            the output byte-for-byte reproducible.

    Returns:
        The writer holding the document.
    """
    writer = PdfWriter()
    font = helvetica()
    for page_text in pages or [""]:
        page = writer.add_blank_page(*A4)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        content = DecodedStreamObject()
        content.set_data(_text_content(page_text))
        # NOTE: pypdf offers no public way to add an indirect object to a writer; its own
        # page helpers use _add_object too.
        page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    info: dict[str, str] = {"/Producer": "spbe-desktop", "/Creator": "spbe-desktop generator"}
    for key, value in (("/Title", title), ("/Author", author), ("/Subject", subject)):
        if value is not None:
            info[key] = value
    if created is not None:
        info["/CreationDate"] = _pdf_date(created)
    writer.add_metadata(info)
    return writer


def write_pdf(writer: PdfWriter, path: Path) -> Path:
    """Write the document of ``writer`` to ``path`` (the whole file at once)."""
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def make_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Write a PDF whose pages hold only an image (as a scanner makes them), with no text.

    Args:
        path: where to write.
        pages: number of pages.

    Returns:
        ``path``.
    """
    writer = PdfWriter()
    width, height = 200, 283
    image = DecodedStreamObject()
    image.set_data(_scan_pixels(width, height))
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    image_ref = writer._add_object(image.flate_encode())
    draw = f"q {A4[0] - 2 * _MARGIN:.2f} 0 0 {A4[1] - 2 * _MARGIN:.2f} {_MARGIN} {_MARGIN} cm"
    for _ in range(pages):
        page = writer.add_blank_page(*A4)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image_ref})}
        )
        content = DecodedStreamObject()
        content.set_data(f"{draw} /Im0 Do Q".encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    writer.add_metadata({"/Producer": "spbe-desktop scanner simulation"})
    return write_pdf(writer, path)


def helvetica() -> DictionaryObject:
    """The standard Helvetica font in WinAnsiEncoding (no font file embedded)."""
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def _text_content(page_text: str) -> bytes:
    lines: list[str] = []
    for line in page_text.split("\n"):
        lines.extend(textwrap.wrap(line, _WRAP_COLUMNS) or [""])
    usable = A4[1] - 2 * _MARGIN
    leading = min(_LEADING, usable / max(1, len(lines)))
    size = _FONT_SIZE * leading / _LEADING
    ops = [
        b"BT",
        f"/F1 {size:.2f} Tf".encode("ascii"),
        f"{leading:.2f} TL".encode("ascii"),
        f"{_MARGIN:.2f} {A4[1] - _MARGIN:.2f} Td".encode("ascii"),
    ]
    ops.extend(b"(" + pdf_literal(line) + b") Tj T*" for line in lines)
    ops.append(b"ET")
    return b"\n".join(ops)


def _pdf_date(value: datetime.datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        return value.strftime("D:%Y%m%d%H%M%S")
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return value.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{mins:02d}'"


def _scan_pixels(width: int, height: int) -> bytes:
    """Grey "paper" with darker bands where text would be, plus deterministic noise."""
    rng = random.Random(_SCAN_SEED)
    rows = bytearray()
    for y in range(height):
        band = (y // 6) % 3 == 0 and 20 < y < height - 20
        base = 90 if band else 235
        rows += bytes(max(0, min(255, base + rng.randint(-12, 12))) for _ in range(width))
    return bytes(rows)


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    created: datetime.datetime | None = None,
) -> Path:
    """Write a Word document with python-docx.

    Args:
        path: where to write.
        paragraphs: body paragraphs, in order.
        title: core property ``title``.
        author: core property ``author`` (python-docx's default "python-docx" is cleared).
        created: core properties ``created`` and ``modified``; now (UTC, whole seconds) when
            omitted.

    Returns:
        ``path``.
    """
    import docx  # python-docx pulls in lxml; only document makers need it

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    props = document.core_properties
    props.title = title or ""
    props.author = author or ""
    props.last_modified_by = author or ""
    when = created or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    # python-docx writes the clock time with a "Z" suffix whatever the offset, so convert.
    props.created = when.astimezone(datetime.UTC) if when.tzinfo is not None else when
    props.modified = props.created
    props.revision = 1
    document.save(str(path))
    return path


# --- images --------------------------------------------------------------------------------


def make_png(path: Path, width: int, height: int) -> Path:
    """Write a truecolour PNG with a diagonal gradient (zlib and struct only).

    Args:
        path: where to write.
        width: pixels, at least 1.
        height: pixels, at least 1.

    Returns:
        ``path``.
    """
    if width < 1 or height < 1:
        raise ValueError("width and height must be at least 1")
    pattern = bytes((x * 3 + c * 85) % 256 for x in range(width + 256) for c in range(3))
    raw = bytearray()
    for y in range(height):
        start = (y % 256) * 3
        raw += b"\x00" + pattern[start : start + width * 3]  # filter type 0 per row

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 6))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def make_jpeg(path: Path, width: int, height: int) -> Path:
    """Write a valid baseline greyscale JPEG of a uniform mid-grey (standard library only).

    Every 8x8 block has only a zero DC difference and an end-of-block, coded with one-symbol
    Huffman tables, so no DCT is needed.

    Args:
        path: where to write.
        width: pixels, 1-65535.
        height: pixels, 1-65535.

    Returns:
        ``path``.
    """
    if not (1 <= width <= 0xFFFF and 1 <= height <= 0xFFFF):
        raise ValueError("width and height must be 1-65535")

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\x00" + bytes([1] * 64)
    sof0 = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    # Table class/id, 16 code-length counts (one code of length 1), then the symbols.
    dht_dc = b"\x00" + b"\x01" + b"\x00" * 15 + b"\x00"  # DC: category 0
    dht_ac = b"\x10" + b"\x01" + b"\x00" * 15 + b"\x00"  # AC: end of block
    sos = b"\x01\x01\x00\x00\x3f\x00"
    blocks = math.ceil(width / 8) * math.ceil(height / 8)
    # Each block is two 1-bit codes "0" "0"; pad the last byte with 1 bits as the spec asks.
    bits = blocks * 2
    data = bytearray(b"\x00" * (bits // 8))
    if bits % 8:
        data.append(0xFF >> (bits % 8))
    jpeg = (
        b"\xff\xd8"
        + segment(0xE0, app0)
        + segment(0xDB, dqt)
        + segment(0xC0, sof0)
        + segment(0xC4, dht_dc)
        + segment(0xC4, dht_ac)
        + segment(0xDA, sos)
        + bytes(data)
        + b"\xff\xd9"
    )
    path.write_bytes(jpeg)
    return path
