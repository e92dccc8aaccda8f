"""Setting up the report's Word document: page, styles, header, footer and fields.

Real Word styles (Title, Heading 1-3, Caption, TOC, a compact cell style) in Arial, Bahasa
Indonesia as the proofing language, page numbers from PAGE/NUMPAGES fields, and the flag that
makes Word refresh the table of contents when the document is opened.
"""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from spbe_desktop.reports.model import ReportModel

#: Arial everywhere: on every Windows PC, and metric-compatible Liberation Sans elsewhere, so
#: the pages break the same when LibreOffice renders the report.
FONT = "Arial"
MONO = "Courier New"
CELL_STYLE = "Isi Tabel"
CELL_STYLE_ID = "IsiTabel"
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)
A4 = (Cm(21.0), Cm(29.7))


def setup_document(doc: Any, model: ReportModel) -> None:
    """Page size and margins, styles, proofing language, header and footer of ``doc``."""
    section = doc.sections[0]
    section.page_width, section.page_height = A4
    section.left_margin = Cm(3.0)
    section.right_margin = Cm(2.5)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.2)
    section.different_first_page_header_footer = True  # no number on the cover

    styles = doc.styles
    normal = styles["Normal"]
    for name in (
        "Normal",
        "Title",
        "Subtitle",
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Caption",
        "TOC Heading",
    ):
        _font(styles[name], FONT)
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    # Proofing language for the whole document: Bahasa Indonesia.
    rpr = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "id-ID")

    cell = styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell.style_id = CELL_STYLE_ID
    cell.base_style = normal
    cell.font.size = Pt(9)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.space_before = Pt(0)
    for level in (1, 2):
        toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        styles[name].font.size = Pt(size)
        styles[name].paragraph_format.keep_with_next = True

    # Word refreshes the table of contents (page numbers) when the document is opened.
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(update)
    else:
        settings.append(update)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if model.provisional:
        run = header.add_run(
            "KERANGKA SEMENTARA (PROVISIONAL) — bobot dan kriteria belum final; angka dapat berubah"
        )
        run.font.color.rgb = RED
        run.bold = True
    else:
        run = header.add_run(f"{model.index_name} · Periode {model.period}")
        run.font.color.rgb = GREY
    run.font.size = Pt(8)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead = footer.add_run(f"{model.instansi} — Laporan Penilaian Mandiri {model.period} · Halaman ")
    lead.font.size = Pt(8)
    add_field(footer, "PAGE", "1", size=8)
    middle = footer.add_run(" dari ")
    middle.font.size = Pt(8)
    add_field(footer, "NUMPAGES", "1", size=8)


def _font(style: Any, name: str) -> None:
    """Set a style's font, dropping the theme-font references Word would otherwise prefer."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:cs"), name)


def field_char(kind: str) -> Any:
    """A ``w:fldChar`` of ``kind`` ("begin", "separate", "end"): the parts of a Word field."""
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def add_field(paragraph: Any, instruction: str, shown: str, size: float | None = None) -> None:
    """Append a Word field (``PAGE``, ``NUMPAGES``...) with a cached result to show."""
    begin = paragraph.add_run()
    begin._r.append(field_char("begin"))
    instr = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    instr._r.append(text)
    sep = paragraph.add_run()
    sep._r.append(field_char("separate"))
    result = paragraph.add_run(shown)
    end = paragraph.add_run()
    end._r.append(field_char("end"))
    if size is not None:
        for run in (begin, instr, sep, result, end):
            run.font.size = Pt(size)
