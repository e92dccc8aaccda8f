"""Tables as files: CSV for Excel in an Indonesian locale, and the evidence index (CSV + HTML).

CSV here is always UTF-8 with a byte-order mark and ``;`` between fields. Excel set to the
Indonesian locale uses the comma as its decimal separator and therefore expects ``;`` as the list
separator; without the BOM it would read the file as ANSI and garble names such as "Pemerintah
Kota Tidore Kepulauan — Dinas". Numbers are written with the decimal comma for the same reason.

Every cell goes through :func:`~spbe_desktop.core.text.csv_cell` (a title such as
``=HYPERLINK(...)`` stays text in Excel instead of running as a formula) and every HTML text
through :func:`esc` (escaped, and without characters UTF-8 or XML cannot carry).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.text import csv_cell, xml_safe
from spbe_desktop.reports.files import write_atomic
from spbe_desktop.reports.fmt import date_id
from spbe_desktop.reports.model import IndexRow

DELIMITER = ";"
BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class Table:
    """A header and rows of cell texts (numbers already formatted)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def csv_bytes(table: Table) -> bytes:
    """The table as Excel-friendly CSV: UTF-8 with BOM, ``;``-separated, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow([csv_cell(h) for h in table.header])
    writer.writerows([csv_cell(c) for c in row] for row in table.rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def write_csv(path: Path, table: Table) -> Path:
    """Write ``table`` to ``path`` atomically (see :func:`csv_bytes`).

    Raises:
        ReportError: ``report.io`` when the file cannot be written.
    """
    write_atomic(path, csv_bytes(table))
    return path


INDEX_HEADER = (
    "No Indikator",
    "Indikator",
    "Berkas keluaran",
    "Dokumen asal",
    "Judul",
    "SHA-256",
    "Halaman",
    "Jumlah halaman",
    "Keterangan",
)


def index_table(rows: Sequence[IndexRow]) -> Table:
    """The evidence index rows as a table with Indonesian headings."""
    return Table(
        INDEX_HEADER,
        tuple(
            (
                str(r.indicator),
                r.indicator_name,
                r.output,
                r.document,
                r.title,
                r.sha256,
                r.pages,
                "" if r.page_count is None else str(r.page_count),
                r.note,
            )
            for r in rows
        ),
    )


def write_evidence_index(
    folder: Path,
    rows: Sequence[IndexRow],
    *,
    title: str,
    generated: dt.date,
    warnings: Sequence[str] = (),
) -> tuple[Path, Path]:
    """Write ``index.csv`` and ``index.html`` listing every output file and source document.

    Args:
        folder: the compiled evidence folder.
        rows: one row per compiled PDF and per source document.
        title: heading of the HTML page (instansi, period).
        generated: the date shown on the page.
        warnings: sentences shown above the table (documents that could not be merged).

    Returns:
        The two paths.
    """
    table = index_table(rows)
    csv_path = write_csv(folder / "index.csv", table)
    body: list[str] = []
    for r in rows:
        link = esc(urllib.parse.quote(xml_safe(r.output)))
        cells = [
            esc(str(r.indicator)),
            esc(r.indicator_name),
            f'<a href="{link}">{esc(r.output)}</a>' if r.output else "(tidak disertakan)",
            esc(r.document),
            esc(r.title),
            f"<code>{esc(r.sha256)}</code>",
            esc(r.pages),
            "" if r.page_count is None else str(r.page_count),
            esc(r.note),
        ]
        cls = ' class="tebal"' if r.document == "(gabungan)" else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    intro = (
        "Baris tebal adalah berkas PDF gabungan per indikator; baris lain adalah dokumen asal "
        "dengan halamannya di berkas gabungan, atau berkas yang disertakan terpisah."
    )
    page = index_page("Indeks bukti dukung", title, generated, intro, INDEX_HEADER, body, warnings)
    html_path = folder / "index.html"
    write_atomic(html_path, page.encode("utf-8"))
    return csv_path, html_path


def index_page(
    heading: str,
    title: str,
    generated: dt.date,
    intro: str,
    header: Sequence[str],
    rows: Sequence[str],
    warnings: Sequence[str],
) -> str:
    """The HTML page of an evidence index: heading, intro, warnings, then the table whose
    ``rows`` are ready ``<tr>`` elements (class ``tebal`` marks an output file's row)."""
    notes = "".join(f"<li>{esc(w)}</li>" for w in warnings)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{esc(heading)} — {esc(title)}</title>
<style>
body {{ font-family: Calibri, Arial, sans-serif; font-size: 10pt; margin: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #b4c6e7; padding: 3px 5px; vertical-align: top; text-align: left; }}
th {{ background: #2f5597; color: #fff; }}
tr.tebal td {{ background: #dee7f3; font-weight: bold; }}
code {{ font-size: 8pt; word-break: break-all; }}
.warn {{ color: #c00000; }}
</style>
</head>
<body>
<h1>{esc(heading)}</h1>
<p>{esc(title)} — disusun {esc(date_id(generated))}. {esc(intro)}</p>
{f'<ul class="warn">{notes}</ul>' if notes else ""}
<table>
<thead><tr>{"".join(f"<th>{esc(h)}</th>" for h in header)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""


def esc(text: object) -> str:
    """Text for HTML: escaped (quotes too) and without characters UTF-8 or XML cannot carry."""
    return html.escape(xml_safe(text), quote=True)
