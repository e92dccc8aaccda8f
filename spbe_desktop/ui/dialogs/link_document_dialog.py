"""Pick documents already stored in the workspace to use as evidence for this indicator too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.models import DocumentRecord
from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui import format as fmt


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
        intro = QLabel(
            self.tr(
                "Pilih dokumen yang juga membuktikan indikator %1. Dokumen tidak disalin lagi."
            ).replace("%1", f"{indicator.number}. {indicator.name}")
        )
        intro.setWordWrap(True)
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
        self.level = QComboBox()
        self.level.addItem(self.tr("semua tingkat / tidak khusus"), None)
        for spec in indicator.levels:
            self.level.addItem(
                self.tr("Tingkat %1 · %2").replace("%1", str(spec.level)).replace("%2", spec.name),
                spec.level,
            )
        if level:
            self.level.setCurrentIndex(level)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tautkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Bukti untuk &tingkat:"), self.level)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
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
