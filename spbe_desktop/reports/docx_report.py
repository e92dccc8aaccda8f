"""The assessment report as a Word document (python-docx), in Bahasa Indonesia.

Takes a :class:`~spbe_desktop.reports.model.ReportModel` and writes a ``.docx`` with real Word
styles (Title, Heading 1-3, Caption, table styles), a table-of-contents field, page numbers from
PAGE/NUMPAGES fields and a landscape appendix. This module says what each part of the report
holds; :mod:`.docx_styles` sets the document up and :mod:`.docx_blocks` builds its paragraphs
and tables. Knows nothing of the store; writes atomically.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from spbe_desktop.core.labels import status_label, verdict_label
from spbe_desktop.core.text import clean_text, map_text
from spbe_desktop.reports import docx_items
from spbe_desktop.reports.chart import bar_chart_png
from spbe_desktop.reports.docx_blocks import data_table, empty_note, kv_table, para
from spbe_desktop.reports.docx_styles import A4, GREY, RED, add_field, field_char, setup_document
from spbe_desktop.reports.files import write_atomic
from spbe_desktop.reports.fmt import date_id, decimal_id, weight_id
from spbe_desktop.reports.model import (
    Chapter,
    EvidenceRow,
    IndicatorSection,
    ReportModel,
)

_ROLE = {"coordinator": "Koordinator SPBE", "opd": "Perangkat Daerah (OPD)"}


def render_docx(model: ReportModel, out: Path) -> Path:
    """Write the assessment report for ``model`` to ``out`` (atomically).

    Args:
        model: the computed report content.
        out: the ``.docx`` to write; replaced only once the new file is complete.

    Returns:
        ``out``.

    Raises:
        ReportError: ``report.io`` when the file cannot be written.
    """
    # Every text below comes from the model: clean it once, here, so a control character or a
    # lone surrogate in a title (an old workspace, an OPD's bundle) cannot make python-docx
    # refuse the whole report, and a bidi override cannot disguise a file name in it.
    model = map_text(model, _display)
    doc = Document()
    setup_document(doc, model)
    _cover(doc, model)
    _contents(doc, model)
    _summary(doc, model)
    _plan(doc, model)
    for chapter in model.chapters:
        _chapter(doc, model, chapter)
    _completeness(doc, model)
    _appendix(doc, model)
    props = doc.core_properties
    props.title = f"Laporan Penilaian Mandiri {model.index_name} {model.period}"
    props.subject = model.pack_title
    props.author = model.officer or model.unit
    props.last_modified_by = model.officer or model.unit
    props.language = "id-ID"
    props.keywords = f"{model.pack_id} {model.pack_version}"
    props.comments = "Dibuat dengan spbe-desktop"
    buffer = io.BytesIO()
    doc.save(buffer)
    write_atomic(out, buffer.getvalue())
    return out


def _display(text: str) -> str:
    """Report text: XML-safe (no C0 controls but tab and newline, no lone surrogates), no bidi
    overrides; line breaks kept (justifications and notes have several lines)."""
    return clean_text(text, multiline=True)


def _level_text(level: int | None, name: str) -> str:
    if level is None:
        return "Belum diisi (dihitung tingkat 1)"
    return f"{level} — {name}" if name else str(level)


def _chapter_heading(doc: Any, text: str) -> Any:
    """A Heading 1 that starts a new page (the chapters of the report)."""
    heading = doc.add_heading(text, level=1)
    heading.paragraph_format.page_break_before = True
    return heading


def _heading_text(chapter: Chapter) -> str:
    kind = "Domain" if chapter.kind == "domain" else "Aspek"
    return f"{kind} {chapter.number}. {chapter.name}"


def _indicator_heading(ind: IndicatorSection) -> str:
    return f"Indikator {ind.number}. {ind.name}"


# --------------------------------------------------------------------------- parts


def _cover(doc: Any, model: ReportModel) -> None:
    for _ in range(5):
        doc.add_paragraph()
    title = doc.add_paragraph("LAPORAN PENILAIAN MANDIRI", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph(f"{model.index_name} — Periode {model.period}", style="Subtitle")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    para(doc, model.instansi, bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    if model.unit:
        para(doc, model.unit, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(3):
        doc.add_paragraph()
    rows = [
        ("Kerangka penilaian", model.pack_title),
        ("Versi paket", f"{model.pack_id} {model.pack_version}"),
        ("Sidik paket", model.pack_hash.removeprefix("sha256:")[:16]),
        ("Peran ruang kerja", _ROLE.get(model.role, model.role)),
        ("Disusun oleh", model.officer or "-"),
        ("Tanggal", date_id(model.generated)),
    ]
    table = kv_table(doc, rows, (4.5, 11.0))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if model.provisional:
        doc.add_paragraph()
        mark = para(
            doc,
            "SEMENTARA (PROVISIONAL)",
            bold=True,
            size=16,
            colour=RED,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        mark.paragraph_format.space_after = Pt(2)
        para(
            doc,
            "Paket kerangka ini bersifat sementara: struktur, bobot, kriteria dan rentang "
            "predikat belum diverifikasi terhadap teks resmi peraturan. Indeks dan predikat "
            "dalam laporan ini dapat berubah setelah paket dikoreksi.",
            italic=True,
            size=9,
            colour=RED,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(doc: Any, model: ReportModel) -> None:
    doc.add_paragraph("Daftar Isi", style="TOC Heading")
    entries: list[tuple[int, str]] = [(1, "Ringkasan"), (1, "Rencana Peningkatan")]
    for chapter in model.chapters:
        entries.append((1, _heading_text(chapter)))
        entries.extend((2, _heading_text(child)) for child in chapter.children)
    entries.append(
        (1, "Kelengkapan per OPD" if model.role == "coordinator" else "Kelengkapan Pengisian")
    )
    entries.append((1, "Lampiran. Daftar Dokumen"))
    # The cached result lists the headings without page numbers; Word rebuilds the field
    # (with page numbers) when the document is opened, because updateFields is set.
    first = doc.add_paragraph(style="TOC 1")
    first.add_run()._r.append(field_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    first.add_run()._r.append(instr)
    first.add_run()._r.append(field_char("separate"))
    first.add_run(entries[0][1])
    last = first
    for level, text in entries[1:]:
        last = doc.add_paragraph(text, style=f"TOC {level}")
    last.add_run()._r.append(field_char("end"))


def _summary(doc: Any, model: ReportModel) -> None:
    _chapter_heading(doc, "Ringkasan")
    headline = doc.add_paragraph()
    run = headline.add_run(f"{model.index_name}: {decimal_id(model.index)}")
    run.bold = True
    run.font.size = Pt(20)
    pred = headline.add_run(f"   Predikat {model.predicate}")
    pred.bold = True
    pred.font.size = Pt(14)
    target = f"Target: {decimal_id(model.target)} ({model.target_predicate}). "
    if model.gap <= 0:
        target += "Target sudah tercapai."
    else:
        target += f"Selisih menuju target: {decimal_id(model.gap)}."
    para(doc, target, size=11)
    if model.previous:
        para(doc, f"Periode sebelumnya: {model.previous}.", size=11)
    if model.items_rule:
        docx_items.assessor_line(doc, model)
    what = "domain" if model.group_kind == "domain" else "aspek"
    para(
        doc,
        docx_items.explanation(model)
        if model.items_rule
        else f"Indeks adalah rata-rata tertimbang tingkat kematangan seluruh "
        f"{model.indicator_count} indikator (bobot sesuai paket kerangka); indeks {what} "
        f"dihitung dengan cara yang sama atas indikatornya sendiri. "
        + (
            f"{model.unanswered} indikator belum diisi dan dihitung sebagai tingkat 1."
            if model.unanswered
            else "Seluruh indikator sudah diisi."
        ),
    )
    for note in model.notes:
        para(doc, note, italic=True)

    label = "Domain" if model.group_kind == "domain" else "Aspek"
    doc.add_heading(f"Indeks per {label.lower()}", level=2)
    if model.items_rule:
        docx_items.aspect_table(doc, model)
    else:
        data_table(
            doc,
            ["No", label, "Bobot (%)", "Indeks"],
            [
                [str(g.number), g.name, weight_id(g.weight), decimal_id(g.index)]
                for g in model.groups
            ],
            (1.2, 10.3, 2.0, 2.0),
        )
    # Under the items rule the assessors' bar stands beside each aspect once they have results.
    assessor = (
        [r.asesor for r in model.results]
        if model.items_rule and any(r.asesor is not None for r in model.results)
        else None
    )
    png = bar_chart_png(
        [g.index for g in model.groups],
        labels=[f"{g.number}. {g.name}" for g in model.groups],
        target=model.target,
        assessor=assessor,
    )
    picture = doc.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    picture.add_run().add_picture(io.BytesIO(png), width=Cm(16))
    names = "; ".join(f"{g.number} = {g.name} ({decimal_id(g.index)})" for g in model.groups)
    caption = doc.add_paragraph(style="Caption")
    caption.add_run("Gambar ")
    add_field(caption, "SEQ Gambar \\* ARABIC", "1")
    caption.add_run(
        f". Indeks per {label.lower()} (skala 1–5; garis merah putus-putus = target "
        f"{decimal_id(model.target)}"
        + ("; batang biru = mandiri, batang oranye = asesor" if assessor else "")
        + f"). {names}."
    )
    if model.group_kind == "domain" and model.aspects:
        doc.add_heading("Indeks per aspek", level=2)
        data_table(
            doc,
            ["No", "Aspek", "Domain", "Bobot (%)", "Indeks"],
            [
                [str(a.number), a.name, a.parent, weight_id(a.weight), decimal_id(a.index)]
                for a in model.aspects
            ],
            (1.0, 6.7, 4.3, 1.9, 1.6),
        )


def _plan(doc: Any, model: ReportModel) -> None:
    _chapter_heading(doc, "Rencana Peningkatan")
    if model.items_rule and model.gap > 0:
        docx_items.plan(doc, model)
        return
    if model.gap <= 0:
        para(
            doc,
            f"Indeks {decimal_id(model.index)} sudah mencapai target "
            f"{decimal_id(model.target)}; tidak ada kenaikan tingkat yang diperlukan.",
        )
        return
    end = model.plan[-1].index_after if model.plan else model.index
    para(
        doc,
        f"Simulasi (what-if): kenaikan tingkat berikut, satu tingkat per langkah dengan "
        f"bobot terbesar lebih dahulu, menaikkan indeks dari {decimal_id(model.index)} menjadi "
        f"{decimal_id(end)} (target {decimal_id(model.target)}). Penanggung jawab adalah OPD "
        f"pemilik indikator.",
    )
    data_table(
        doc,
        ["No", "Indikator", "Tingkat", "Kenaikan", "Indeks menjadi", "Penanggung jawab"],
        [
            [
                str(k),
                f"{s.number}. {s.name}",
                f"{s.from_level} → {s.to_level}",
                "+" + decimal_id(s.gain, 3),
                decimal_id(s.index_after),
                s.owner or "-",
            ]
            for k, s in enumerate(model.plan, 1)
        ],
        (1.0, 4.7, 1.7, 1.9, 1.9, 4.3),
    )
    if not model.plan_reached:
        para(
            doc,
            "Target tidak dapat dicapai dengan kenaikan yang diizinkan; rencana di atas "
            "memuat semua kenaikan yang mungkin.",
            italic=True,
            colour=RED,
        )


def _chapter(doc: Any, model: ReportModel, chapter: Chapter) -> None:
    _chapter_heading(doc, _heading_text(chapter))
    _weight_and_index(doc, chapter, model)
    for ind in chapter.indicators:
        _indicator(doc, model, ind, level=2)
    for child in chapter.children:
        doc.add_heading(_heading_text(child), level=2)
        _weight_and_index(doc, child, model)
        for ind in child.indicators:
            _indicator(doc, model, ind, level=3)


def _weight_and_index(doc: Any, chapter: Chapter, model: ReportModel) -> None:
    """The grey line under a domain's or aspect's heading (with the assessors' result beside
    the aspect's own once they have one)."""
    text = f"Bobot {weight_id(chapter.weight)}% · Indeks {decimal_id(chapter.index)}"
    asesor = next((r.asesor for r in model.results if r.number == chapter.number), None)
    if chapter.kind == "aspect" and asesor is not None:
        text += f" · Asesor {decimal_id(asesor)}"
    para(doc, text, colour=GREY).paragraph_format.keep_with_next = True


def _indicator(doc: Any, model: ReportModel, ind: IndicatorSection, level: int) -> None:
    doc.add_heading(_indicator_heading(ind), level=level)
    rows = [
        *(
            docx_items.value_rows(ind)
            if model.items_rule
            else [
                ("Tingkat", _level_text(ind.level, ind.level_name)),
                ("Status", status_label(ind.status)),
            ]
        ),
        ("Bobot", f"{weight_id(ind.weight)}%"),
        ("Penanggung jawab", ind.owner or "-"),
    ]
    if ind.level is not None and ind.criteria:
        rows.append((f"Kriteria tingkat {ind.level}", ind.criteria))
    rows.append(("Penjelasan", ind.justification.strip() or "-"))
    if ind.verdict or ind.verdict_comment.strip():
        note = verdict_label(ind.verdict)
        if ind.verdict_comment.strip():
            note += f": {ind.verdict_comment.strip()}"
        rows.append(("Catatan koordinator", note))
    kv_table(doc, rows, (4.0, 11.5))

    label = para(doc, "Bukti dukung", bold=True)
    label.paragraph_format.space_before = Pt(6)
    label.paragraph_format.keep_with_next = True
    if ind.evidence:
        coordinator = model.role == "coordinator"
        # The kind goes under the title: a column of its own left no room for file names.
        header = ["No", "Dokumen dan jenis", "Nomor", "Tanggal", "Berkas"]
        widths: tuple[float, ...] = (1.0, 5.6, 2.8, 2.3, 3.8)
        if coordinator:
            header.append("Sumber")
            widths = (1.0, 4.3, 2.4, 2.0, 3.1, 2.7)
        rows_e = []
        for e in ind.evidence:
            row = [
                f"D{e.ref}",
                f"{e.title}\n{e.kind}",
                e.number or "-",
                date_id(e.issued),
                e.file_name,
            ]
            if coordinator:
                row.append(e.source)
            rows_e.append(row)
        data_table(doc, header, rows_e, widths)
    else:
        empty_note(doc, "Belum ada bukti dukung.")
    if model.items_rule:
        docx_items.items_table(doc, ind)

    # Only where an OPD is assigned the indicator or has answered it.
    if model.role == "coordinator" and ind.opd_answers:
        para(
            doc, "Jawaban dan verifikasi per OPD", bold=True
        ).paragraph_format.keep_with_next = True
        data_table(
            doc,
            ["OPD", "Tingkat", "Status", "Verifikasi", "Komentar"],
            [
                [
                    a.opd,
                    _level_text(a.level, a.level_name) if a.level else "-",
                    status_label(a.status),
                    verdict_label(a.verdict),
                    a.comment or "-",
                ]
                for a in ind.opd_answers
            ],
            (3.6, 3.2, 1.8, 2.2, 4.7),
        )


def _completeness(doc: Any, model: ReportModel) -> None:
    coordinator = model.role == "coordinator"
    _chapter_heading(doc, "Kelengkapan per OPD" if coordinator else "Kelengkapan Pengisian")
    if coordinator:
        para(
            doc,
            "Jawaban yang diterima dari tiap OPD melalui paket bertanda tangan, dibanding "
            "indikator yang ditugaskan kepadanya.",
        )
    if not model.completeness:
        empty_note(doc, "Belum ada OPD yang terdaftar.")
        return
    data_table(
        doc,
        ["OPD", "Terjawab / ditugaskan", "Dokumen", "Paket terakhir"],
        [
            [
                c.name,
                f"{c.answered} / {c.assigned}" if c.assigned else "belum ditugaskan",
                str(c.documents),
                c.last_bundle,
            ]
            for c in model.completeness
        ],
        (5.5, 3.5, 2.0, 4.5),
    )


def _appendix(doc: Any, model: ReportModel) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = A4[1], A4[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.different_first_page_header_footer = False
    doc.add_heading("Lampiran. Daftar Dokumen", level=1)
    para(
        doc,
        "Setiap dokumen bukti dukung dengan sidik SHA-256 isinya. Keaslian berkas dapat "
        "diperiksa dengan perintah \u201ccertutil -hashfile NAMA_BERKAS SHA256\u201d (Windows) "
        "atau \u201csha256sum NAMA_BERKAS\u201d (Linux).",
    )
    if not model.documents:
        empty_note(doc, "Belum ada dokumen.")
        return
    data_table(
        doc,
        [
            "No",
            "Dokumen dan berkas",
            "Jenis, nomor, tanggal",
            "Indikator",
            "Sumber",
            "Ukuran",
            "SHA-256",
        ],
        [_appendix_row(e) for e in model.documents],
        (1.0, 6.2, 4.6, 1.8, 2.6, 1.6, 7.8),
        mono_columns=(6,),
    )


def _appendix_row(e: EvidenceRow) -> list[str]:
    details = e.kind
    if e.number:
        details += f"\nNomor {e.number}"
    if e.issued:
        details += f"\n{date_id(e.issued)}"
    indicators = ", ".join(str(n) for n in e.indicators) or "-"
    return [
        f"D{e.ref}",
        f"{e.title}\n{e.file_name}",
        details,
        indicators,
        e.source,
        _size(e.size),
        e.sha256,
    ]


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return str(n)  # pragma: no cover
