"""Makers of real documents for the demo workspace, the tests and the benchmarks.

Every file written here is a genuine PDF, DOCX, PNG or JPEG that other software opens, so code
under test meets the same bytes an officer would attach. Only pypdf, python-docx and the
standard library are used (no Pillow). Nothing here is used when inspecting user files.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import re
import struct
import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    PdfObject,
)

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.core.pdf_text import pdf_literal
from spbe_desktop.documents.suggest import KINDS

#: A4 portrait in PDF points.
A4 = (595.28, 841.89)
_MARGIN = 50.0
_WRAP_COLUMNS = 72
_FONT_SIZE = 10.0
_LEADING = 13.0
#: Padding is written in streams of at most this size: readers cap a stream's declared length
#: (pypdf refuses more than 75 MB), and it bounds the memory the writer needs.
_PAD_STREAM_BYTES = 8 * 1024 * 1024
_PAD_PIECE_BYTES = 1024 * 1024
_PAD_SEED = 0x5BE

_WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_REGION_LEVELS = (("GUBERNUR", "PROVINSI"), ("BUPATI", "KABUPATEN"), ("WALI KOTA", "KOTA"))


# --- PDF -----------------------------------------------------------------------------------


def make_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    created: datetime.datetime | None = None,
    user_password: str | None = None,
    pad_to_bytes: int | None = None,
) -> Path:
    """Write a PDF with a real text layer, one page per string.

    Lines longer than 72 characters are wrapped; a page with many lines gets a smaller
    font so that all of it stays on the page.

    Args:
        path: where to write.
        pages: the text of each page; ``"\\n"`` separates lines. Characters outside
            Windows-1252 are written as ``?``.
        title: document title (``/Title``).
        author: document author (``/Author``).
        subject: document subject (``/Subject``).
        created: creation date (``/CreationDate``); none is written when omitted, which keeps
            the output byte-for-byte reproducible.
        user_password: encrypt with this password (pypdf's default algorithm).
        pad_to_bytes: make the file exactly this large by appending unreferenced streams of
            incompressible bytes in an incremental update. Ignored when the document is already
            within 1 KiB of it. Written piece by piece: memory stays around 1 MiB whatever the
            size.

    Returns:
        ``path``.
    """
    writer = PdfWriter()
    font = _helvetica()
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
    if user_password is not None:
        writer.encrypt(user_password)
    return _write_pdf(writer, path, pad_to_bytes)


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
    return _write_pdf(writer, path, None)


def make_slow_pdf(path: Path, pages: int = 1000, operators_per_page: int = 200_000) -> Path:
    """Write a small but hostile PDF that takes pypdf minutes to extract text from.

    Every page shares one compressed content stream made of ``operators_per_page`` text
    positioning operators. The file is about 100 KB per 1000 pages; extracting its text takes
    roughly 0.05-0.1 s per page with pypdf 7. Used to prove that inspection times out cleanly.

    Args:
        path: where to write.
        pages: number of pages (all sharing the content stream).
        operators_per_page: length of the shared content stream, in operators.

    Returns:
        ``path``.
    """
    writer = PdfWriter()
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 1 Tf " + b"0 0 Td " * operators_per_page + b"(x) Tj ET")
    content_ref = writer._add_object(content.flate_encode(level=9))
    font_ref = writer._add_object(_helvetica())
    for _ in range(pages):
        page = writer.add_blank_page(100, 100)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
        page[NameObject("/Contents")] = content_ref
    return _write_pdf(writer, path, None)


def _helvetica() -> DictionaryObject:
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
    rng = random.Random(_PAD_SEED)
    rows = bytearray()
    for y in range(height):
        band = (y // 6) % 3 == 0 and 20 < y < height - 20
        base = 90 if band else 235
        rows += bytes(max(0, min(255, base + rng.randint(-12, 12))) for _ in range(width))
    return bytes(rows)


def _write_pdf(writer: PdfWriter, path: Path, pad_to_bytes: int | None) -> Path:
    buffer = io.BytesIO()
    writer.write(buffer)
    base = buffer.getvalue()
    with path.open("wb") as fh:
        fh.write(base)
        if pad_to_bytes is not None and pad_to_bytes - len(base) >= 1024:
            _append_padding(fh, base, pad_to_bytes)
    return path


def _append_padding(fh: BinaryIO, base: bytes, target: int) -> None:
    """Append an incremental update of filler streams so the file is ``target`` bytes long.

    The update holds unreferenced stream objects of pseudo-random bytes, a cross-reference
    section for them and a trailer chained to the original one with ``/Prev``.
    """
    match = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", base[-1024:])
    if match is None:
        raise ValueError("pypdf output has no startxref")  # pragma: no cover
    previous_xref = int(match.group(1))
    trailer = PdfReader(io.BytesIO(base)).trailer
    first_id = int(trailer.raw_get("/Size"))
    carried = b"".join(
        f"/{key.lstrip('/')} ".encode("latin-1") + _serialise(trailer.raw_get(key)) + b"\n"
        for key in trailer
        if key not in ("/Size", "/Prev")
    )

    def tail(xref_offset: int, count: int, offsets: list[int]) -> bytes:
        entries = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        return (
            b"xref\n%d %d\n" % (first_id, count)
            + entries
            + b"trailer\n<<\n/Size %d\n/Prev %d\n" % (first_id + count, previous_xref)
            + carried
            + b">>\nstartxref\n%d\n%%%%EOF\n" % xref_offset
        )

    def header(object_id: int, length: int) -> bytes:
        return b"%d 0 obj\n<< /Length %d >>\nstream\n" % (object_id, length)

    footer = b"\nendstream\nendobj\n"
    # Plan the stream lengths with a generous allowance for the tail, then make up the last few
    # bytes with a comment line before the xref section (comments are legal between objects).
    count_guess = max(1, math.ceil((target - len(base)) / _PAD_STREAM_BYTES))
    tail_allowance = len(tail(target, count_guess, [target] * count_guess)) + 64
    budget = target - len(base) - tail_allowance
    lengths: list[int] = []
    while budget > 0:
        overhead = len(header(first_id + len(lengths), _PAD_STREAM_BYTES)) + len(footer)
        length = min(_PAD_STREAM_BYTES, budget - overhead)
        if length <= 0:
            break
        lengths.append(length)
        budget -= length + overhead
    if not lengths:
        return
    rng = random.Random(_PAD_SEED)
    position = len(base)
    offsets: list[int] = []
    for index, length in enumerate(lengths):
        offsets.append(position)
        head = header(first_id + index, length)
        fh.write(head)
        remaining = length
        while remaining:
            piece = min(remaining, _PAD_PIECE_BYTES)
            fh.write(rng.randbytes(piece))
            remaining -= piece
        fh.write(footer)
        position += len(head) + length + len(footer)
    filler = 0
    for _ in range(4):  # converges at once unless the offset gains a digit
        final_tail = tail(position + filler, len(lengths), offsets)
        filler = max(0, target - position - len(final_tail))
    if filler:
        fh.write(b"\n" * filler if filler < 2 else b"%" + b" " * (filler - 2) + b"\n")
    fh.write(tail(position + filler, len(lengths), offsets))


def _serialise(value: PdfObject) -> bytes:
    buffer = io.BytesIO()
    value.write_to_stream(buffer)  # references stay references ("3 0 R")
    return buffer.getvalue()


# --- DOCX ----------------------------------------------------------------------------------


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    created: datetime.datetime | None = None,
    table: Sequence[Sequence[str]] | None = None,
    header_lines: Sequence[str] = (),
) -> Path:
    """Write a Word document with python-docx.

    Args:
        path: where to write.
        paragraphs: body paragraphs, in order.
        title: core property ``title``.
        author: core property ``author`` (python-docx's default "python-docx" is cleared).
        created: core properties ``created`` and ``modified``; now (UTC, whole seconds) when
            omitted.
        table: rows of cell texts, appended after the paragraphs.
        header_lines: letterhead lines placed in the page header.

    Returns:
        ``path``.
    """
    import docx  # python-docx pulls in lxml; only document makers need it

    document = docx.Document()
    for line in header_lines:
        document.sections[0].header.add_paragraph(line)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        columns = max(len(row) for row in table)
        grid = document.add_table(rows=len(table), cols=columns)
        for row_index, row in enumerate(table):
            for column_index, cell_text in enumerate(row):
                grid.cell(row_index, column_index).text = cell_text
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


# --- official text -------------------------------------------------------------------------


def official_number(kind: str, number: str, year: int) -> str:
    """The document number :func:`official_text` writes (and ``suggest_metadata`` returns).

    Args:
        kind: one of :data:`~spbe_desktop.documents.suggest.KINDS`.
        number: the register number (``"45"``) or a full number containing ``/``.
        year: the year of issue.

    Returns:
        ``"5 Tahun 2021"`` for regulations; a classification-coded number such as
        ``"100.3.3.1/45/2024"`` for the other kinds, or ``number`` itself if it has a ``/``.
    """
    if kind in ("Peraturan Daerah", "Peraturan Kepala Daerah"):
        return f"{number} Tahun {year}"
    if "/" in number:
        return number
    codes = {
        "Keputusan/SK": "100.3.3.1/{n}/{y}",
        "Surat Edaran": "400.14.5.4/{n}/SE/{y}",
        "SOP": "800/{n}/SOP/{y}",
        "Laporan": "700/{n}/LAP/{y}",
        "Notulen": "000.1.3/{n}/{y}",
        "Undangan": "005/{n}/{y}",
    }
    return codes.get(kind, "{n}/{y}").format(n=number, y=year)


def official_text(
    kind: str,
    number: str,
    year: int,
    title: str,
    place: str,
    date: datetime.date,
    issuer: str,
    *,
    signer: str = "NAMA PEJABAT, S.Kom., M.Si.",
) -> list[str]:
    """Produce realistic Indonesian text lines for a document of ``kind``.

    The lines follow the layout of real regional regulations, decrees, circulars, SOPs,
    reports, minutes and invitations (heading, ``NOMOR``, ``TENTANG``, considerations, body,
    ``Ditetapkan di ... pada tanggal ...`` or a dated letter, signature block), including the
    distractors real ones have: the laws cited with their own numbers, a later promulgation
    date, a meeting date after the letter's date.

    Args:
        kind: one of :data:`~spbe_desktop.documents.suggest.KINDS`.
        number: register number, e.g. ``"45"`` (see :func:`official_number`).
        year: year of issue.
        title: the subject, e.g. ``"Pembentukan Tim Koordinasi SPBE"``.
        place: where it was signed, e.g. ``"Sofifi"``.
        date: when it was signed.
        issuer: the issuing office in capitals, e.g. ``"GUBERNUR MALUKU UTARA"`` or
            ``"KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN PROVINSI MALUKU UTARA"``.
        signer: the name under the signature.

    Returns:
        The document's lines, blank lines included.

    Raises:
        ValueError: ``kind`` is not one of ``KINDS``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    level, region = _level_and_region(issuer)
    full_number = official_number(kind, number, year)
    when = format_date_id(date)
    heading_title = textwrap.wrap(title.upper(), 60)
    government = f"PEMERINTAH {level} {region}"
    unit = _unit_of(issuer)
    signature = ["", f"{issuer},", "", "ttd", "", signer]
    enacted = [f"Ditetapkan di {place}", f"pada tanggal {when}", *signature]
    considerations = [
        "Menimbang : a. bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif,",
        "transparan, dan akuntabel serta pelayanan publik yang berkualitas dan terpercaya",
        "diperlukan Sistem Pemerintahan Berbasis Elektronik;",
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu",
        f"menetapkan {_legal_form(kind, issuer)} tentang {title};",
        "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis",
        "Elektronik;",
    ]
    if kind in ("Peraturan Daerah", "Peraturan Kepala Daerah", "Keputusan/SK"):
        if kind == "Peraturan Daerah":
            heading = f"PERATURAN DAERAH {level} {region}"
            consent = [
                "Dengan Persetujuan Bersama",
                f"DEWAN PERWAKILAN RAKYAT DAERAH {level} {region}",
                "dan",
                issuer,
                "",
            ]
            enacting = f"PERATURAN DAERAH TENTANG {title.upper()}."
        elif kind == "Peraturan Kepala Daerah":
            heading = f"PERATURAN {issuer}"
            consent = []
            enacting = f"PERATURAN {_office_of(issuer)} TENTANG {title.upper()}."
        else:
            heading = f"KEPUTUSAN {issuer}"
            consent = []
            enacting = f"KEPUTUSAN {issuer} TENTANG {title.upper()}."
        number_line = (
            f"NOMOR {number} TAHUN {year}" if kind != "Keputusan/SK" else f"NOMOR {full_number}"
        )
        lines = [
            heading,
            number_line,
            "",
            "TENTANG",
            "",
            *heading_title,
            "",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "",
            f"{issuer},",
            "",
            *considerations,
            "",
            *consent,
            "MEMUTUSKAN:",
            f"Menetapkan : {enacting}",
            "",
        ]
        if kind == "Keputusan/SK":
            lines += [
                f"KESATU : Menetapkan {title} sebagaimana tercantum dalam Lampiran yang",
                "merupakan bagian tidak terpisahkan dari Keputusan ini.",
                "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            ]
        else:
            lines += [
                "BAB I",
                "KETENTUAN UMUM",
                "Pasal 1",
                "Dalam Peraturan ini yang dimaksud dengan Sistem Pemerintahan Berbasis",
                "Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan",
                "yang memanfaatkan teknologi informasi dan komunikasi.",
                "Pasal 2",
                "Peraturan ini mulai berlaku pada tanggal diundangkan.",
            ]
        lines += ["", *enacted]
        if kind != "Keputusan/SK":
            promulgated = format_date_id(date + datetime.timedelta(days=3))
            lines += [
                "",
                f"Diundangkan di {place}",
                f"pada tanggal {promulgated}",
                "",
                f"SEKRETARIS DAERAH {level} {region},",
                "",
                "ttd",
                "",
                f"BERITA DAERAH {level} {region} TAHUN {year} NOMOR {number}",
            ]
        return lines
    if kind == "Surat Edaran":
        is_regional_head = _office_of(issuer) != " ".join(issuer.upper().split())
        return [
            *([issuer] if is_regional_head else [government, unit]),
            "",
            f"Yth. Kepala Perangkat Daerah di Lingkungan Pemerintah {level.title()} "
            f"{region.title()}",
            "di -",
            "Tempat",
            "",
            "SURAT EDARAN",
            f"NOMOR {full_number}",
            "",
            "TENTANG",
            "",
            *heading_title,
            "",
            "1. Latar Belakang",
            "Dalam rangka percepatan penerapan Sistem Pemerintahan Berbasis Elektronik",
            "sebagaimana diamanatkan Peraturan Presiden Nomor 95 Tahun 2018, perlu",
            "disampaikan hal-hal sebagai berikut.",
            "2. Isi Edaran",
            "Setiap Perangkat Daerah agar menggunakan aplikasi umum yang ditetapkan.",
            "Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.",
            "",
            *enacted,
        ]
    if kind == "SOP":
        return [
            government,
            unit,
            "",
            "STANDAR OPERASIONAL PROSEDUR",
            *heading_title,
            f"Nomor SOP : {full_number}",
            f"Tanggal Pembuatan : {when}",
            "Tanggal Revisi : -",
            f"Tanggal Efektif : {when}",
            f"Disahkan oleh : {issuer}",
            "",
            "Dasar Hukum :",
            "1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis",
            "Elektronik;",
            "Kualifikasi Pelaksana : Memahami tata kelola teknologi informasi.",
            "Prosedur :",
            "1. Pemohon menyampaikan permohonan melalui layanan daring.",
            "2. Petugas memverifikasi kelengkapan permohonan paling lama 2 (dua) hari kerja.",
            "3. Kepala Bidang menyetujui permohonan yang telah diverifikasi.",
            "",
            f"{place}, {when}",
            *signature,
        ]
    if kind == "Laporan":
        report_title = title.upper()
        if not report_title.startswith("LAPORAN"):
            report_title = f"LAPORAN {report_title}"
        return [
            government,
            unit,
            "",
            *textwrap.wrap(report_title, 60),
            f"TAHUN {year}",
            "",
            f"Nomor : {full_number}",
            "",
            "BAB I",
            "PENDAHULUAN",
            "A. Latar Belakang",
            "Laporan ini disusun sebagai bentuk pertanggungjawaban pelaksanaan kegiatan",
            f"{title} yang dilaksanakan pada tanggal "
            f"{format_date_id(date - datetime.timedelta(days=30))}.",
            "B. Maksud dan Tujuan",
            "Memberikan gambaran capaian indikator SPBE kepada pimpinan.",
            "BAB II",
            "PELAKSANAAN KEGIATAN",
            "Kegiatan diikuti oleh 35 (tiga puluh lima) peserta dari Perangkat Daerah.",
            "BAB III",
            "PENUTUP",
            "Demikian laporan ini disampaikan untuk menjadi bahan pertimbangan.",
            "",
            f"{place}, {when}",
            *signature,
        ]
    if kind == "Notulen":
        return [
            government,
            unit,
            "",
            "NOTULEN",
            *heading_title,
            f"Nomor : {full_number}",
            f"Hari/Tanggal : {_WEEKDAYS_ID[date.weekday()]}, {when}",
            "Waktu : 09.00 WIT s.d. selesai",
            f"Tempat : Ruang Rapat Lantai 2, {place}",
            f"Pimpinan Rapat : {issuer}",
            "Peserta : Tim Koordinasi SPBE (daftar hadir terlampir)",
            "",
            "Pembahasan :",
            "1. Pimpinan rapat membuka rapat dan menyampaikan maksud rapat.",
            "2. Sekretariat memaparkan hasil evaluasi mandiri SPBE tahun sebelumnya.",
            "Kesimpulan :",
            "1. Setiap Perangkat Daerah melengkapi bukti dukung paling lambat dua minggu.",
            "",
            f"{place}, {when}",
            "Notulis,",
            "",
            "ttd",
            "",
            "NAMA NOTULIS",
        ]
    if kind == "Undangan":
        meeting = date + datetime.timedelta(days=7)
        return [
            government,
            unit,
            "",
            f"{place}, {when}",
            f"Nomor : {full_number}",
            "Sifat : Penting",
            "Lampiran : -",
            f"Perihal : Undangan {title}",
            "",
            "Yth. Kepala Perangkat Daerah",
            "di -",
            "Tempat",
            "",
            "Dalam rangka pelaksanaan evaluasi SPBE, bersama ini kami mengundang",
            "Bapak/Ibu untuk hadir pada:",
            f"Hari/Tanggal : {_WEEKDAYS_ID[meeting.weekday()]}, {format_date_id(meeting)}",
            "Waktu : 09.00 WIT s.d. selesai",
            f"Tempat : Ruang Rapat Lantai 2, {place}",
            f"Acara : {title}",
            "Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan",
            "terima kasih.",
            *signature,
        ]
    # "Tangkapan Layar" and "Dokumen Lainnya": a captioned, dated note.
    return [
        government,
        unit,
        "",
        title,
        f"Nomor : {full_number}",
        f"{place}, {when}",
        *signature,
    ]


def _legal_form(kind: str, issuer: str) -> str:
    """How the considerations name the instrument: "Keputusan Gubernur", "Surat Edaran"..."""
    office = _office_of(issuer).title()
    forms = {
        "Peraturan Kepala Daerah": f"Peraturan {office}",
        "Keputusan/SK": f"Keputusan {office}",
        "Tangkapan Layar": "dokumentasi",
    }
    return forms.get(kind, kind)


def _level_and_region(issuer: str) -> tuple[str, str]:
    """("PROVINSI", "MALUKU UTARA") from "GUBERNUR MALUKU UTARA" or "... PROVINSI MALUKU UTARA"."""
    upper = " ".join(issuer.upper().split())
    for level in ("PROVINSI", "KABUPATEN", "KOTA"):
        match = re.search(rf"\b{level}\s+(.+)$", upper)
        if match:
            return level, match.group(1)
    for office, level in _REGION_LEVELS:
        for spelling in (office, office.replace(" ", "")):
            if upper.startswith(spelling + " "):
                return level, upper[len(spelling) + 1 :]
    return "PROVINSI", upper


def _office_of(issuer: str) -> str:
    """The office without the region: GUBERNUR MALUKU UTARA -> GUBERNUR; others unchanged."""
    upper = " ".join(issuer.upper().split())
    for office, _ in _REGION_LEVELS:
        if upper.startswith(office + " "):
            return office
    return upper


def _unit_of(issuer: str) -> str:
    """The letterhead unit line: "KEPALA DINAS X PROVINSI Y" -> "DINAS X"."""
    upper = " ".join(issuer.upper().split())
    unit = re.sub(r"^KEPALA\s+", "", upper)
    unit = re.sub(r"\s+(?:PROVINSI|KABUPATEN|KOTA)\s+.*$", "", unit)
    if unit == upper or _office_of(upper) != upper:
        return "SEKRETARIAT DAERAH"
    return unit
