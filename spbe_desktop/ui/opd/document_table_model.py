"""The evidence documents linked to one indicator, as a table."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from spbe_desktop.core.evidence_warnings import (
    ENCRYPTED,
    EXPIRED,
    OLD,
    SCANNED,
    UNREADABLE,
    document_flags,
)
from spbe_desktop.core.models import DocumentRecord
from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import RIGHT, Column, ColumnTableModel

DocumentColumn = IntEnum("DocumentColumn", "TITLE KIND NUMBER ISSUED LEVEL SIZE NOTES", start=0)


FLAG_LABELS = {
    ENCRYPTED: QT_TRANSLATE_NOOP("DocumentTableModel", "dilindungi kata sandi"),
    UNREADABLE: QT_TRANSLATE_NOOP("DocumentTableModel", "rusak atau tidak terbaca"),
    SCANNED: QT_TRANSLATE_NOOP("DocumentTableModel", "pindaian tanpa teks"),
    EXPIRED: QT_TRANSLATE_NOOP("DocumentTableModel", "masa berlaku habis"),
    OLD: QT_TRANSLATE_NOOP("DocumentTableModel", "terlalu lama"),
}


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document as one indicator shows it: the level it proves there, what to look at."""

    document: DocumentRecord
    level: int | None
    flags: tuple[str, ...]


def _tooltip(row: DocumentRow) -> str:
    """The same for every cell of a row: title, file, validity, issuer."""
    doc = row.document
    lines = [doc.title, doc.file_name]
    if doc.valid_until:
        until = QCoreApplication.translate("DocumentTableModel", "Berlaku sampai %1")
        lines.append(until.replace("%1", fmt.date(doc.valid_until)))
    if doc.issuer:
        lines.append(doc.issuer)
    return "\n".join(lines)


def flag_label(flag: str) -> str:
    """The short words for a document's flag (the table's "Catatan" column, the pre-send list)."""
    return QCoreApplication.translate("DocumentTableModel", str(FLAG_LABELS[flag]))


class DocumentTableModel(ColumnTableModel[DocumentRow]):
    @override
    def columns(self) -> Mapping[int, Column[DocumentRow]]:
        specs: dict[int, Column[DocumentRow]] = {
            DocumentColumn.TITLE: Column(self.tr("Judul"), lambda r: r.document.title),
            DocumentColumn.KIND: Column(self.tr("Jenis"), lambda r: r.document.kind),
            DocumentColumn.NUMBER: Column(self.tr("Nomor"), lambda r: r.document.number),
            DocumentColumn.ISSUED: Column(
                self.tr("Tanggal"), lambda r: fmt.date(r.document.issued)
            ),
            DocumentColumn.LEVEL: Column(
                self.tr("Tingkat"),
                lambda r: str(r.level) if r.level else self.tr("semua"),
                align=RIGHT,
            ),
            DocumentColumn.SIZE: Column(
                self.tr("Ukuran"), lambda r: fmt.size(r.document.size), align=RIGHT
            ),
            DocumentColumn.NOTES: Column(
                self.tr("Catatan"),
                lambda r: ", ".join(flag_label(f) for f in r.flags),
                icon=lambda r: "warning" if r.flags else None,
            ),
        }
        return {k: dataclasses.replace(c, tooltip=_tooltip) for k, c in specs.items()}

    def show_documents(
        self, indicator: Indicator, docs: list[DocumentRecord], today: dt.date
    ) -> None:
        """The documents linked to ``indicator``, each with its level there and its flags."""
        self.set_rows(
            DocumentRow(
                doc,
                next((lv for ind, lv in doc.links if ind == indicator.id), None),
                document_flags(indicator, doc, today),
            )
            for doc in docs
        )

    def document(self, row: int) -> DocumentRecord:
        return self.row_at(row).document

    def documents(self) -> list[DocumentRecord]:
        return [r.document for r in self._rows]
