"""Paragraphs and tables of the report's Word document (python-docx).

Data tables have a header row repeated on every page, rows that never split across pages and
fixed column widths that both Word and LibreOffice honour; cells use the compact cell style.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from spbe_desktop.reports.docx_styles import CELL_STYLE_ID, GREY, MONO

#: The table style of every data table (a built-in style of Word's default template).
TABLE_STYLE = "Light Grid Accent 1"
#: Two-column "label: value" tables.
KV_STYLE = "Table Grid"
_LABEL_FILL = "DEE7F3"


def para(
    doc: Any,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    colour: RGBColor | None = None,
    align: Any = None,
    style: str | None = None,
) -> Any:
    p = doc.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    return p


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _set_cell(cell: Any, text: str, *, bold: bool = False, mono: bool = False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    # Set the style id directly: python-docx's name lookup scans all styles on every call,
    # which made a report with a thousand cells take seconds.
    p._p.style = CELL_STYLE_ID
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if mono:
            run.font.name = MONO
            run.font.size = Pt(7.5)
        if k < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def data_table(
    doc: Any,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    mono_columns: Sequence[int] = (),
) -> Any:
    """A data table: header row repeated on every page, fixed column widths."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for k, title in enumerate(header):
        _set_cell(table.rows[0].cells[k], title, bold=True)
    table.rows[0]._tr.get_or_add_trPr().append(_on("w:tblHeader"))
    for row in rows:
        cells = table.add_row().cells
        for k, value in enumerate(row):
            _set_cell(cells[k], value, mono=k in mono_columns)
    _widths(table, widths_cm)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return table


def kv_table(doc: Any, rows: Sequence[tuple[str, str]], widths_cm: tuple[float, float]) -> Any:
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles[KV_STYLE]
    table.autofit = False
    for label, value in rows:
        cells = table.add_row().cells
        _set_cell(cells[0], label, bold=True)
        _shade(cells[0], _LABEL_FILL)
        _set_cell(cells[1], value)
    _widths(table, widths_cm)
    return table


def _widths(table: Any, widths_cm: Sequence[float]) -> None:
    """Fixed column widths: the grid (LibreOffice reads it) and every cell (Word reads these)."""
    tbl = table._tbl
    for k, col in enumerate(tbl.tblGrid.gridCol_lst):
        if k < len(widths_cm):
            col.w = Cm(widths_cm[k])
    table.autofit = False  # python-docx writes w:tblLayout fixed in its schema position
    for row in table.rows:
        # A row stays on one page; the header row repeats instead.
        row._tr.get_or_add_trPr().append(_on("w:cantSplit"))
        for k, cell in enumerate(row.cells):
            if k < len(widths_cm):
                cell.width = Cm(widths_cm[k])


def _on(tag: str) -> Any:
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    return el


def empty_note(doc: Any, text: str) -> Any:
    """A grey italic line saying a part of the report has nothing yet ("Belum ada ...")."""
    return para(doc, text, italic=True, colour=GREY)
