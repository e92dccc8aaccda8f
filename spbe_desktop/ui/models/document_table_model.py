"""The evidence documents linked to one indicator, as a table."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from typing_extensions import override

from spbe_desktop.core.evidence_warnings import EXPIRED, OLD, SCANNED, document_flags
from spbe_desktop.core.models import DocumentRecord
from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui import format as fmt
from spbe_desktop.ui.assets import icon_path

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    NUMBER = 2
    ISSUED = 3
    LEVEL = 4
    SIZE = 5
    NOTES = 6


HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("DocumentTableModel", "Judul"),
    Column.KIND: QT_TRANSLATE_NOOP("DocumentTableModel", "Jenis"),
    Column.NUMBER: QT_TRANSLATE_NOOP("DocumentTableModel", "Nomor"),
    Column.ISSUED: QT_TRANSLATE_NOOP("DocumentTableModel", "Tanggal"),
    Column.LEVEL: QT_TRANSLATE_NOOP("DocumentTableModel", "Tingkat"),
    Column.SIZE: QT_TRANSLATE_NOOP("DocumentTableModel", "Ukuran"),
    Column.NOTES: QT_TRANSLATE_NOOP("DocumentTableModel", "Catatan"),
}
FLAG_LABELS = {
    SCANNED: QT_TRANSLATE_NOOP("DocumentTableModel", "pindaian tanpa teks"),
    EXPIRED: QT_TRANSLATE_NOOP("DocumentTableModel", "masa berlaku habis"),
    OLD: QT_TRANSLATE_NOOP("DocumentTableModel", "terlalu lama"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentTableModel", text)


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRecord] = []
        self._flags: list[tuple[str, ...]] = []
        self._indicator: Indicator | None = None
        self._warning_icon = QIcon(icon_path("warning"))

    def set_rows(self, indicator: Indicator, docs: list[DocumentRecord], today: dt.date) -> None:
        self.beginResetModel()
        self._indicator = indicator
        self._rows = list(docs)
        self._flags = [document_flags(indicator, d, today) for d in docs]
        self.endResetModel()

    def document(self, row: int) -> DocumentRecord:
        return self._rows[row]

    def documents(self) -> list[DocumentRecord]:
        return list(self._rows)

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(str(HEADERS[Column(section)]))
        return None

    def _level_of(self, doc: DocumentRecord) -> int | None:
        assert self._indicator is not None
        return next((lv for ind, lv in doc.links if ind == self._indicator.id), None)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        col = Column(index.column())
        flags = self._flags[index.row()]
        if role == DOC_ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.TITLE:
                return doc.title
            if col == Column.KIND:
                return doc.kind
            if col == Column.NUMBER:
                return doc.number
            if col == Column.ISSUED:
                return fmt.date(doc.issued)
            if col == Column.LEVEL:
                level = self._level_of(doc)
                if level:
                    return str(level)
                return QCoreApplication.translate("DocumentTableModel", "semua")
            if col == Column.SIZE:
                return fmt.size(doc.size)
            if col == Column.NOTES:
                return ", ".join(_t(str(FLAG_LABELS[f])) for f in flags)
        if role == Qt.ItemDataRole.DecorationRole and col == Column.NOTES and flags:
            return self._warning_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [doc.title, doc.file_name]
            if doc.valid_until:
                until = QCoreApplication.translate("DocumentTableModel", "Berlaku sampai %1")
                lines.append(until.replace("%1", fmt.date(doc.valid_until)))
            if doc.issuer:
                lines.append(doc.issuer)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.SIZE, Column.LEVEL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
