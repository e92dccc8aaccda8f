"""Pick documents already stored in the workspace to use as evidence for this indicator too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from spbe_desktop.core.models import DocumentRecord
from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.layout import label, ok_cancel, vbox
from spbe_desktop.ui.opd.metadata_dialog import LevelCombo


class LinkDocumentDialog(QDialog):
    def __init__(
        self,
        docs: list[DocumentRecord],
        indicator: Indicator,
        level: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tautkan dokumen tersimpan"))
        self.setMinimumSize(620, 420)
        intro = label(
            self.tr(
                "Pilih dokumen yang juga membuktikan indikator %1. Dokumen tidak disalin lagi."
            ).replace("%1", f"{indicator.number}. {indicator.name}"),
            wrap=True,
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Saring menurut judul, nomor, atau nama berkas…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Dokumen tersimpan"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for doc in docs:
            if any(ind == indicator.id for ind, _ in doc.links):
                continue
            used = ", ".join(ind for ind, _ in doc.links) or self.tr("belum dipakai")
            text = f"{doc.title} — {doc.kind}" + (f", {doc.number}" if doc.number else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setToolTip(
                f"{doc.file_name} · {fmt.size(doc.size)}\n"
                + self.tr("Dipakai untuk: %1").replace("%1", used)
            )
            item.setData(
                Qt.ItemDataRole.UserRole + 1, f"{doc.title} {doc.number} {doc.file_name}".casefold()
            )
            self.list.addItem(item)
        self.level = LevelCombo(indicator, level)
        self.buttons = ok_cancel(self, self.tr("&Tautkan"))
        form = QFormLayout()
        form.addRow(self.tr("Bukti untuk &tingkat:"), self.level)
        vbox(intro, self.filter, (self.list, 1), form, self.buttons, parent=self)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        if self.list.count() == 0:
            self.list.addItem(self.tr("Tidak ada dokumen lain di ruang kerja ini."))
            self.list.setEnabled(False)

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        terms = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
            item.setHidden(not all(t in hay for t in terms))

    def selected_ids(self) -> list[int]:
        return [
            int(i.data(Qt.ItemDataRole.UserRole))
            for i in self.list.selectedItems()
            if i.data(Qt.ItemDataRole.UserRole) is not None
        ]

    def selected_level(self) -> int | None:
        value = self.level.currentData()
        return int(value) if value else None
