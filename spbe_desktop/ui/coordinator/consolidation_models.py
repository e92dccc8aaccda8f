"""Models of the consolidation tab: every OPD's claim on one indicator, and its evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject
from typing_extensions import override

from spbe_desktop.core.packs import Indicator
from spbe_desktop.services.coordinator import Claim, EvidenceItem
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import RIGHT, Column, ColumnTableModel
from spbe_desktop.ui.coordinator import labels


@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim: Claim
    documents: int


ClaimColumn = IntEnum(
    "ClaimColumn", "OPD LEVEL STATUS JUSTIFICATION DOCUMENTS VERDICT COMMENT", start=0
)


class ClaimsModel(ColumnTableModel[ClaimRow]):
    """Every OPD's claim on one indicator, with its justification and the verdict so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None

    @override
    def columns(self) -> Mapping[int, Column[ClaimRow]]:
        return {
            ClaimColumn.OPD: Column(self.tr("OPD"), lambda r: r.claim.opd.name),
            ClaimColumn.LEVEL: Column(self.tr("Klaim"), self._level),
            ClaimColumn.STATUS: Column(
                self.tr("Status"),
                lambda r: labels.status_text(r.claim.answer.status if r.claim.answer else "empty"),
            ),
            ClaimColumn.JUSTIFICATION: Column(
                self.tr("Penjelasan"),
                lambda r: " ".join(r.claim.answer.justification.split()) if r.claim.answer else "",
                tooltip=lambda r: (
                    (r.claim.answer.justification or None) if r.claim.answer else None
                ),
            ),
            ClaimColumn.DOCUMENTS: Column(
                self.tr("Dokumen"), lambda r: str(r.documents), align=RIGHT
            ),
            ClaimColumn.VERDICT: Column(
                self.tr("Hasil pemeriksaan"),
                lambda r: labels.verdict_text(r.claim.answer.verdict if r.claim.answer else None),
                icon=lambda r: (
                    labels.VERDICT_ICONS.get(r.claim.answer.verdict or "")
                    if r.claim.answer
                    else None
                ),
            ),
            ClaimColumn.COMMENT: Column(
                self.tr("Komentar"),
                lambda r: r.claim.answer.verdict_comment if r.claim.answer else "",
            ),
        }

    def _level(self, row: ClaimRow) -> str:
        answer = row.claim.answer
        if answer is None:
            return ""
        if answer.status == "na":
            return labels.status_text("na")
        if answer.level and self.indicator is not None:
            return labels.level_text(self.indicator, answer.level)
        return ""


EvidenceColumn = IntEnum("EvidenceColumn", "TITLE KIND NUMBER ISSUED SENDERS NOTE", start=0)


class EvidenceModel(ColumnTableModel[EvidenceItem]):
    """Evidence for one indicator, once per content, with who sent it and look-alikes."""

    @override
    def columns(self) -> Mapping[int, Column[EvidenceItem]]:
        return {
            EvidenceColumn.TITLE: Column(
                self.tr("Judul"),
                lambda r: r.document.title,
                tooltip=lambda r: f"{r.document.file_name} · {fmt.size(r.document.size)}",
            ),
            EvidenceColumn.KIND: Column(self.tr("Jenis"), lambda r: r.document.kind),
            EvidenceColumn.NUMBER: Column(self.tr("Nomor"), lambda r: r.document.number),
            EvidenceColumn.ISSUED: Column(
                self.tr("Tanggal"), lambda r: fmt.date(r.document.issued)
            ),
            EvidenceColumn.SENDERS: Column(
                self.tr("Pengirim"), self._senders, tooltip=lambda r: ", ".join(r.senders)
            ),
            EvidenceColumn.NOTE: Column(
                self.tr("Catatan"),
                self._note,
                tooltip=self._note_tip,
                icon=lambda r: "warning" if r.near_identical else None,
            ),
        }

    def _senders(self, row: EvidenceItem) -> str:
        if len(row.senders) > 1:
            return self.tr("dikirim oleh %n OPD", "", len(row.senders))
        return row.senders[0] if row.senders else ""

    def _note(self, row: EvidenceItem) -> str:
        notes = []
        if row.near_identical:
            notes.append(
                self.tr("hampir sama dengan: %1").replace("%1", "; ".join(row.near_identical))
            )
        if not row.document.has_text_layer:
            notes.append(self.tr("pindaian tanpa teks"))
        return " · ".join(notes)

    def _note_tip(self, row: EvidenceItem) -> str | None:
        if not row.near_identical:
            return None
        return self.tr(
            "Teksnya sama dengan dokumen lain yang berbeda berkas (mis. dipindai ulang). "
            "Periksa apakah keduanya memang dokumen yang sama."
        )
