"""The text of a compiled PDF's cover pages and bookmarks: lines, wrapping and page breaks.

The cover lists every document of the indicator (where to find it, its number, date and
SHA-256). Text is measured with Helvetica's metrics, so lines wrap where the drawn text would
overflow; a document's lines never break across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spbe_desktop.errors import message_for
from spbe_desktop.reports.fmt import date_id, page_range
from spbe_desktop.reports.model import CompileContext, IndicatorEvidence, SourceDocument
from spbe_desktop.reports.pdf_sources import Placement

#: A4 portrait in points.
A4 = (595.28, 841.89)
MARGIN = 56.0

# Helvetica advance widths (1/1000 em) for ASCII 32-126, from the standard AFM metrics; used to
# wrap the cover text. Other characters count as 556 (the width of a digit).
# fmt: off
_HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # ' '-'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # '0'-'?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # '@'-'O'
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # 'P'-'_'
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # '`'-'o'
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  # 'p'-'~'
)
# fmt: on


@dataclass(frozen=True, slots=True)
class Line:
    """One drawn line of cover text."""

    text: str
    size: float = 10.0
    bold: bool = False
    indent: float = 0.0
    gap: float = 0.0  # extra space before the line
    grey: bool = False
    keep: int = 0  # lines that must stay on the same page with this one
    rule: bool = False  # draw a line under it


def facts_line(d: SourceDocument) -> str:
    """A document's kind, number, date and sender on one line of a cover."""
    facts = [d.kind]
    if d.number:
        facts.append(f"Nomor {d.number}")
    if d.issued:
        facts.append(date_id(d.issued))
    if d.source:
        facts.append(f"dari {d.source}")
    return " · ".join(facts)


def bookmark(item: Placement) -> str:
    """The outline entry (and image page caption) of a merged document."""
    return f"D{item.doc.ref} {item.doc.title or item.doc.file_name}"[:200]


def _width(text: str, size: float, bold: bool) -> float:
    units = sum(_HELVETICA[ord(c) - 32] if 32 <= ord(c) < 127 else 556 for c in text)
    return units * size / 1000 * (1.08 if bold else 1.0)


def wrap(text: str, size: float, bold: bool, room: float) -> list[str]:
    """Split ``text`` into lines no wider than ``room`` points (a long word is cut)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if _width(trial, size, bold) <= room:
            current = trial
            continue
        if current:
            lines.append(current)
        while _width(word, size, bold) > room:  # a very long word (a hash, a file name)
            cut = len(word)
            while cut > 1 and _width(word[:cut], size, bold) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    lines.append(current)
    return lines


def cover_lines(
    evidence: IndicatorEvidence,
    context: CompileContext,
    items: list[Placement],
    part: int,
    names: list[str],
) -> list[Line]:
    """The cover of part ``part`` (of ``names``), as wrapped lines."""
    room = A4[0] - 2 * MARGIN
    out: list[Line] = []

    def add(
        text: str,
        size: float = 10.0,
        *,
        bold: bool = False,
        indent: float = 0.0,
        gap: float = 0.0,
        grey: bool = False,
        rule: bool = False,
    ) -> int:
        wrapped = wrap(text, size, bold, room - indent)
        for k, piece in enumerate(wrapped):
            out.append(
                Line(
                    piece,
                    size,
                    bold,
                    indent,
                    gap if k == 0 else 0.0,
                    grey,
                    rule=rule and k == len(wrapped) - 1,
                )
            )
        return len(wrapped)

    add("BUKTI DUKUNG", 16, bold=True)
    add(f"Indikator {evidence.number}. {evidence.name}", 13, bold=True, gap=4)
    add(f"{context.instansi}" + (f" — {context.unit}" if context.unit else ""), gap=6)
    add(f"{context.index_name}, periode {context.period} · {context.pack_title}", 9, grey=True)
    level = (
        f"{evidence.level} — {evidence.level_name}" if evidence.level is not None else "belum diisi"
    )
    add(f"Tingkat yang diisi: {level}")
    if len(names) > 1:
        add(f"Berkas ini: bagian {part + 1} dari {len(names)}", bold=True)
    if context.provisional:
        add("KERANGKA SEMENTARA (PROVISIONAL): bobot dan kriteria dapat berubah.", 9, bold=True)
    add(f"Daftar dokumen ({len(items)})", 11, bold=True, gap=12, rule=True)
    for item in items:
        d = item.doc
        start = len(out)
        add(f"D{d.ref}   {d.title or d.file_name}", 10, bold=True, gap=7)
        add(facts_line(d), 9, indent=24)
        if item.kind == "refused":
            where = "Tidak disertakan"
        elif item.kind == "file":
            where = f"Berkas terpisah: {item.beside}"
        else:
            pages = page_range(item.first_page, item.pages)
            where = f"Berkas asli: {d.file_name} — halaman {pages}"
            if len(names) > 1:
                where += f" pada bagian {item.part + 1}"
        add(where, 9, indent=24)
        if item.code:
            add("Catatan: " + message_for(item.code, {"file": d.file_name}, "id"), 9, indent=24)
        add(f"SHA-256: {d.sha256}", 8, indent=24, grey=True)
        out[start] = replace(out[start], keep=len(out) - start - 1)
    add(f"Disusun dengan spbe-desktop pada {date_id(context.generated)}.", 8, gap=14, grey=True)
    return out


def paginate(lines: Sequence[Line]) -> list[list[Line]]:
    """Split cover lines into pages; a document's lines stay together."""
    usable = A4[1] - 2 * MARGIN
    pages: list[list[Line]] = [[]]
    used = 0.0
    k = 0
    while k < len(lines):
        block = lines[k : k + 1 + lines[k].keep]
        height = sum(ln.size * 1.3 + ln.gap for ln in block)
        if pages[-1] and used + height > usable:
            pages.append([])
            used = 0.0
        pages[-1].extend(block)
        used += height
        k += len(block)
    return pages
