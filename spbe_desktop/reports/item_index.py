"""The per-item evidence folder's lists: ``index.csv``/``index.html`` and ``notes.csv``.

``index`` lists every output file (item, indicator, pages, size, SHA-256) and, under each PDF,
the documents in it; ``notes.csv`` holds each item's note, one line per item and unit, to paste
into the national portal. CSV conventions as in :mod:`.tables` (UTF-8 with BOM, ``;``).
"""

from __future__ import annotations

import datetime as dt
import html
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.text import xml_safe
from spbe_desktop.reports.files import write_atomic
from spbe_desktop.reports.fmt import date_id
from spbe_desktop.reports.tables import Table, esc, write_csv

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
        cls = ' class="berkas"' if not r.document else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in shown) + "</tr>")
    notes = "".join(f"<li>{esc(w)}</li>" for w in warnings)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Indeks bukti dukung per butir — {esc(title)}</title>
<style>
body {{ font-family: Calibri, Arial, sans-serif; font-size: 10pt; margin: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #b4c6e7; padding: 3px 5px; vertical-align: top; text-align: left; }}
th {{ background: #2f5597; color: #fff; }}
tr.berkas td {{ background: #dee7f3; font-weight: bold; }}
code {{ font-size: 8pt; word-break: break-all; }}
.warn {{ color: #c00000; }}
</style>
</head>
<body>
<h1>Indeks bukti dukung per butir</h1>
<p>{esc(title)} — disusun {esc(date_id(generated))}. Baris tebal adalah berkas yang diunggah
per butir (PDF, atau berkas yang disertakan terpisah); baris di bawahnya adalah dokumen asal
dengan halamannya di berkas itu.</p>
{f'<ul class="warn">{notes}</ul>' if notes else ""}
<table>
<thead><tr>{"".join(f"<th>{html.escape(h)}</th>" for h in ITEM_INDEX_HEADER)}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
</body>
</html>
"""
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
