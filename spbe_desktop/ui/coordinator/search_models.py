"""Model of the search tab: documents found across every OPD's evidence."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QObject
from typing_extensions import override

from spbe_desktop.core.models import DocumentRecord
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel

SearchColumn = IntEnum("SearchColumn", "TITLE OPD KIND NUMBER ISSUED INDICATORS FILE", start=0)


class SearchModel(ColumnTableModel[DocumentRecord]):
    """Documents found across every OPD's evidence."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opd_names: dict[int, str] = {}
        self.numbers: dict[str, int] = {}

    @override
    def columns(self) -> Mapping[int, Column[DocumentRecord]]:
        return {
            SearchColumn.TITLE: Column(self.tr("Judul"), lambda r: r.title),
            SearchColumn.OPD: Column(self.tr("OPD"), lambda r: self.opd_names.get(r.opd_id, "")),
            SearchColumn.KIND: Column(self.tr("Jenis"), lambda r: r.kind),
            SearchColumn.NUMBER: Column(self.tr("Nomor"), lambda r: r.number),
            SearchColumn.ISSUED: Column(self.tr("Tanggal terbit"), lambda r: fmt.date(r.issued)),
            SearchColumn.INDICATORS: Column(
                self.tr("Indikator"),
                lambda r: ", ".join(str(self.numbers.get(i, i)) for i, _lv in r.links),
            ),
            SearchColumn.FILE: Column(self.tr("Berkas"), lambda r: r.file_name),
        }
