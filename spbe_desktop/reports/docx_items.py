"""The parts of the DOCX report that a pack scored by evidence items (Pemdi 2026) adds.

Fractional values per aspect and indicator, the self-assessment (mandiri) beside the external
assessors' result, the items of each indicator with their status, documents, note and verdict,
and the item plan. :mod:`.docx_report` calls these only when ``model.items_rule`` is set;
SPBE 2020 reports do not change.
"""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.labels import item_status_label
from spbe_desktop.reports.docx_blocks import data_table, empty_note, para
from spbe_desktop.reports.docx_styles import RED
from spbe_desktop.reports.fmt import decimal_id, weight_id
from spbe_desktop.reports.model import IndicatorSection, ReportModel


def assessor_line(doc: Any, model: ReportModel) -> None:
    """Under the headline: the assessors' index, or that none is recorded yet."""
    if model.assessor_index is None:
        para(doc, "Hasil asesor eksternal belum dicatat.", size=11)
        return
    para(
        doc,
        f"Hasil asesor eksternal: {decimal_id(model.assessor_index)} "
        f"(Predikat {model.assessor_predicate}); penilaian mandiri: {decimal_id(model.index)}.",
        size=11,
    )


def explanation(model: ReportModel) -> str:
    """How the value is reached under the items rule (the level rule's text does not fit)."""
    return (
        f"Nilai setiap indikator dihitung dari butir bukti dukung yang diterima: satu tingkat "
        f"terpenuhi bila seluruh butir wajibnya diterima, dan butir tingkat berikutnya yang "
        f"sudah diterima menambah nilai pecahan. Indeks adalah rata-rata tertimbang nilai "
        f"{model.indicator_count} indikator; indeks aspek dihitung dengan cara yang sama atas "
        f"indikatornya sendiri. Butir berstatus \u201cTerkunci\u201d berada di atas tingkat "
        f"pertama yang belum lengkap dan baru dinilai setelah tingkat di bawahnya lengkap."
    )


def aspect_table(doc: Any, model: ReportModel) -> None:
    """Per aspect: weight, the self-assessment and the assessors' result side by side."""
    data_table(
        doc,
        ["No", "Aspek", "Bobot (%)", "Mandiri", "Asesor"],
        [
            [
                str(r.number),
                r.name,
                weight_id(r.weight),
                decimal_id(r.mandiri),
                "-" if r.asesor is None else decimal_id(r.asesor),
            ]
            for r in model.results
        ],
        (1.2, 8.3, 2.0, 2.0, 2.0),
    )


def plan(doc: Any, model: ReportModel) -> None:
    """The item plan: which items to have accepted, cheapest way to the target first."""
    end = model.item_plan[-1].index_after if model.item_plan else model.index
    para(
        doc,
        f"Simulasi (what-if): butir berikut, bila diterima, menaikkan indeks dari "
        f"{decimal_id(model.index)} menjadi {decimal_id(end)} (target "
        f"{decimal_id(model.target)}). Penanggung jawab adalah OPD pemilik indikator.",
    )
    if not model.item_plan:
        empty_note(doc, "Tidak ada butir yang dapat menaikkan indeks.")
    else:
        data_table(
            doc,
            ["No", "Indikator", "Butir", "Nilai menjadi", "Indeks menjadi", "Penanggung jawab"],
            [
                [
                    str(k),
                    f"{s.number}. {s.name}",
                    s.item,
                    decimal_id(s.value_after),
                    decimal_id(s.index_after),
                    s.owner or "-",
                ]
                for k, s in enumerate(model.item_plan, 1)
            ],
            (1.0, 3.8, 4.6, 1.8, 1.8, 2.5),
        )
    if not model.plan_reached:
        para(
            doc,
            "Target tidak dapat dicapai dengan butir yang tersedia; rencana di atas memuat "
            "semua butir yang mungkin.",
            italic=True,
            colour=RED,
        )


def value_rows(ind: IndicatorSection) -> list[tuple[str, str]]:
    """The indicator's value rows (replacing the level row of the level rule)."""
    rows = [("Nilai mandiri", decimal_id(ind.value if ind.value is not None else 0))]
    if ind.assessor_value is not None:
        rows.append(("Nilai asesor", decimal_id(ind.assessor_value)))
    return rows


def items_table(doc: Any, ind: IndicatorSection) -> None:
    """Every item of the indicator: status, documents, the portal note and the verdict.

    "Terkunci" (blocked) marks an item above the first incomplete level: the portal refuses it
    until every required item below is accepted.
    """
    label = para(doc, "Butir bukti dukung", bold=True)
    label.paragraph_format.keep_with_next = True
    if not ind.items:
        empty_note(doc, "Indikator ini tidak memiliki butir.")
        return
    data_table(
        doc,
        ["Butir", "Uraian", "Status", "Dokumen", "Catatan", "Verifikasi"],
        [
            [
                it.code,
                it.name if it.required else f"{it.name} (pendukung)",
                item_status_label(it.status),
                ", ".join(it.documents) or "-",
                it.note or "-",
                it.verdict or "-",
            ]
            for it in ind.items
        ],
        (2.0, 4.2, 2.0, 1.9, 3.0, 2.4),
    )
