"""The per-item evidence folder's lists: ``index.csv``/``index.html`` and ``notes.csv``.

``index`` lists every output file (item, indicator, pages, size, SHA-256) and, under each PDF,
the documents in it; ``notes.csv`` holds each item's note, one line per item and unit, to paste
into the national portal. CSV conventions as in :mod:`.tables` (UTF-8 with BOM, ``;``).
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.text import xml_safe
from spbe_desktop.reports.files import write_atomic
from spbe_desktop.reports.tables import Table, esc, index_page, write_csv

ITEM_INDEX_HEADER = (
    "Kode butir",
    "Butir",
    "No Indikator",
    "Indikator",
    "Berkas keluaran",
    "Dokumen asal",
    "Judul",
    "SHA-256",
    "Halaman",
    "Jumlah halaman",
    "Ukuran (KB)",
    "Keterangan",
)
NOTES_HEADER = ("Kode butir", "Butir", "No Indikator", "OPD", "Catatan")


@dataclass(frozen=True, slots=True)
class ItemIndexRow:
    """One line of the per-item index: an output file (``document`` empty) or a source in it."""

    code: str
    item_name: str
    indicator: int
    indicator_name: str
    output: str  # path relative to the output folder, with "/"
    document: str  # the source file name; "" on the row of an output file
    title: str
    sha256: str
    pages: str  # "2–5" inside the PDF
    page_count: int | None
    size: int | None  # bytes of an output file
    note: str


@dataclass(frozen=True, slots=True)
class NoteRow:
    code: str
    item_name: str
    indicator: int
    unit: str
    note: str


def _kb(size: int | None) -> str:
    return "" if size is None else f"{size / 1024:.1f}".replace(".", ",")


def write_item_index(
    folder: Path,
    rows: Sequence[ItemIndexRow],
    *,
    title: str,
    generated: dt.date,
    warnings: Sequence[str] = (),
) -> tuple[Path, Path]:
    """Write ``index.csv`` and ``index.html`` into ``folder``.

    Returns:
        The two paths.
    """
    cells = [
        (
            r.code,
            r.item_name,
            str(r.indicator),
            r.indicator_name,
            r.output,
            r.document,
            r.title,
            r.sha256,
            r.pages,
            "" if r.page_count is None else str(r.page_count),
            _kb(r.size),
            r.note,
        )
        for r in rows
    ]
    csv_path = write_csv(folder / "index.csv", Table(ITEM_INDEX_HEADER, tuple(cells)))
    body = []
    for r, row in zip(rows, cells, strict=True):
        shown = [esc(c) for c in row]
        if r.output:
            link = esc(urllib.parse.quote(xml_safe(r.output)))
            shown[4] = f'<a href="{link}">{esc(r.output)}</a>'
        shown[7] = f"<code>{esc(r.sha256)}</code>"
        cls = ' class="tebal"' if not r.document else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in shown) + "</tr>")
    intro = (
        "Baris tebal adalah berkas yang diunggah per butir (PDF, atau berkas yang disertakan "
        "terpisah); baris di bawahnya adalah dokumen asal dengan halamannya di berkas itu."
    )
    heading = "Indeks bukti dukung per butir"
    page = index_page(heading, title, generated, intro, ITEM_INDEX_HEADER, body, warnings)
    html_path = folder / "index.html"
    write_atomic(html_path, page.encode("utf-8"))
    return csv_path, html_path


def write_notes(folder: Path, rows: Sequence[NoteRow]) -> Path:
    """Write ``notes.csv``: each item's note, one line per item and unit."""
    table = Table(
        NOTES_HEADER,
        tuple((r.code, r.item_name, str(r.indicator), r.unit, r.note) for r in rows),
    )
    return write_csv(folder / "notes.csv", table)
