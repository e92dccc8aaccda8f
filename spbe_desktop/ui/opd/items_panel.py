"""The evidence items (butir) of one indicator under the Pemdi 2026 rule, as a checklist.

Shows each level's items with their status, the selected item's details, its documents and
its portal note, and the indicator's live value; for an indicator fed by a national index it
names the index instead. It shows and collects only: the items controller reads and writes
through services and jobs.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from spbe_desktop.core.items import ItemStatus, ItemVerdict
from spbe_desktop.core.packs import Indicator, Item
from spbe_desktop.services.items import ItemRow
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, section, vbox

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemsPanel(QWidget):
    """A checklist of one indicator's items, the selected item's detail, and the value."""

    attach_requested = Signal(str)  # item code
    note_save_requested = Signal(str, str)  # item code, note
    note_copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicator: Indicator | None = None
        self._rows: dict[str, ItemRow] = {}
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.value_label = label(name="itemsValue", wrap=True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.external_label = label(name="externalSource", wrap=True)
        self.external_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading = section(self.tr("Butir bukti per tingkat"), wrap=True)
        self.hint = label(
            self.tr(
                "Pilih butir, lalu lampirkan dokumennya. Nilai indikator dihitung dari butir "
                "wajib yang diterima; butir di atas tingkat yang belum lengkap terblokir."
            ),
            wrap=True,
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("itemsTree")
        self.tree.setAccessibleName(self.tr("Daftar butir bukti"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Butir"), self.tr("Sifat"), self.tr("Status")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setMinimumHeight(200)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = label(name="itemDetail", wrap=True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_documents = QListWidget()
        self.item_documents.setObjectName("itemDocuments")
        self.item_documents.setAccessibleName(self.tr("Dokumen pada butir ini"))
        self.item_documents.setMaximumHeight(90)
        self.attach_button = QPushButton(self.tr("Lampirkan ke &butir ini…"))
        self.attach_button.setObjectName("attachToItemButton")
        self.attach_button.setToolTip(self.tr("Pilih berkas untuk butir yang dipilih"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("itemNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Catatan butir untuk portal"))
        self.note_edit.setPlaceholderText(
            self.tr("Catatan yang Anda tempel di portal untuk butir ini (opsional).")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.save_note_button = QPushButton(self.tr("Simpan &catatan"))
        self.save_note_button.setObjectName("saveItemNoteButton")
        self.copy_note_button = QPushButton(self.tr("Sa&lin"))
        self.copy_note_button.setObjectName("copyItemNoteButton")
        self.copy_note_button.setToolTip(self.tr("Salin catatan ke papan klip untuk portal"))
        self.item_box = QWidget()
        vbox(
            self.detail,
            label(self.tr("Dokumen pada butir ini:"), wrap=True),
            self.item_documents,
            hbox(self.attach_button, STRETCH),
            label(self.tr("Catatan untuk portal:"), wrap=True),
            self.note_edit,
            hbox(STRETCH, self.save_note_button, self.copy_note_button),
            margins=0,
            parent=self.item_box,
        )
        self.checklist = QWidget()
        vbox(self.hint, self.tree, self.item_box, margins=0, parent=self.checklist)
        vbox(
            self.heading,
            self.value_label,
            self.external_label,
            self.checklist,
            margins=0,
            parent=self,
        )
        self._show_selected()

    def _connect_signals(self) -> None:
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.save_note_button.clicked.connect(self._on_save_note_button_clicked)
        self.copy_note_button.clicked.connect(self._on_copy_note_button_clicked)

    # ------------------------------------------------------------------ showing
    def show_indicator(self, indicator: Indicator) -> None:
        """Start showing ``indicator`` (its rows arrive later through :meth:`set_rows`)."""
        self._indicator = indicator
        self._rows = {}
        external = indicator.external
        self.checklist.setVisible(external is None)
        self.external_label.setVisible(external is not None)
        if external is not None:
            self.heading.setText(self.tr("Nilai dari indeks nasional"))
            text = (
                self.tr(
                    "Indikator ini tidak dinilai dari butir bukti: nilainya diambil dari %1, "
                    "yang dikelola %2. Koordinator mencatat skornya; nilai yang tercatat tampil "
                    "di atas."
                )
                .replace("%1", external.index)
                .replace("%2", external.owner)
            )
            if external.note:
                text += "\n" + external.note
            self.external_label.setText(text)
        else:
            self.heading.setText(self.tr("Butir bukti per tingkat"))
        self.tree.clear()
        self.value_label.setText("")
        self._show_selected()

    def set_values(self, value: Decimal | None, index: Decimal | None) -> None:
        """The indicator's live value and the index it makes (Indonesian decimal comma)."""
        if value is None:
            self.value_label.setText("")
            return
        text = self.tr("Nilai indikator saat ini: %1").replace("%1", fmt.number(value))
        if index is not None:
            text += " · " + self.tr("Indeks: %1").replace("%1", fmt.number(index))
        self.value_label.setText(text)

    def set_rows(self, rows: list[ItemRow]) -> None:
        """Show the items' statuses, keeping the selected item selected."""
        keep = self.selected_code()
        self._rows = {r.item.code: r for r in rows}
        self.tree.clear()
        levels: dict[int, QTreeWidgetItem] = {}
        names = (
            {spec.level: spec.name for spec in self._indicator.levels} if self._indicator else {}
        )
        for row in rows:
            item = row.item
            parent = levels.get(item.level)
            if parent is None:
                title = self.tr("Tingkat %1 · %2").replace("%1", str(item.level))
                parent = QTreeWidgetItem([title.replace("%2", names.get(item.level, ""))])
                parent.setFirstColumnSpanned(True)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                levels[item.level] = parent
                self.tree.addTopLevelItem(parent)
            child = QTreeWidgetItem(
                [
                    f"{item.code} · {item.name}",
                    self.tr("wajib") if item.required else self.tr("opsional"),
                    self.status_text(row.status),
                ]
            )
            child.setData(0, CODE_ROLE, item.code)
            child.setToolTip(0, self._tooltip(item))
            parent.addChild(child)
            if item.code == keep:
                self.tree.setCurrentItem(child)
        self.tree.expandAll()
        if self.selected_code() is None and rows:
            # Start on the first item there is work on, so its detail shows at once.
            todo = (ItemStatus.EMPTY, ItemStatus.ATTACHED, ItemStatus.REVISION)
            first = next((r for r in rows if r.status in todo), rows[0])
            self.select_item(first.item.code)
        self._show_selected()

    def status_text(self, status: str) -> str:
        texts: dict[str, str] = {
            ItemStatus.EMPTY: self.tr("kosong"),
            ItemStatus.ATTACHED: self.tr("terlampir"),
            ItemStatus.ACCEPTED: self.tr("diterima"),
            ItemStatus.REVISION: self.tr("revisi"),
            ItemStatus.BLOCKED: self.tr("terblokir"),
        }
        return texts.get(str(status), str(status))

    def reason_text(self, reason: str | None) -> str:
        return {
            "wrong-document": self.tr("dokumen tidak sesuai"),
            "not-uploaded": self.tr("dokumen belum diunggah"),
            "blocked": self.tr("tingkat di bawahnya belum lengkap"),
            "other": self.tr("alasan lain"),
        }.get(reason or "", reason or "")

    def _tooltip(self, item: Item) -> str:
        lines = [
            f"{item.code} · {item.name}",
            self.tr("Dokumen harus menunjukkan: %1").replace("%1", item.shows),
        ]
        if item.freshness is not None:
            lines.append(self._freshness(item))
        lines.extend(self.tr("Bukan dokumen ini: %1").replace("%1", t) for t in item.not_this)
        return "\n".join(lines)

    def _freshness(self, item: Item) -> str:
        months = item.freshness.max_age_months if item.freshness else 0
        return self.tr("Kebaruan: paling lama %1 bulan").replace("%1", str(months))

    def selected_code(self) -> str | None:
        current = self.tree.currentItem()
        code = current.data(0, CODE_ROLE) if current is not None else None
        return str(code) if code else None

    def _item_of(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount() if parent is not None else 0):
                child = parent.child(j) if parent is not None else None
                if child is not None and child.data(0, CODE_ROLE) == code:
                    return child
        return None

    def select_item(self, code: str) -> bool:
        child = self._item_of(code)
        if child is not None:
            self.tree.setCurrentItem(child)
        return child is not None

    def item_status_text(self, code: str) -> str:
        """The status shown for ``code`` in the checklist ("" when not shown)."""
        child = self._item_of(code)
        return child.text(2) if child is not None else ""

    def _show_selected(self) -> None:
        code = self.selected_code()
        row = self._rows.get(code) if code else None
        self.item_box.setEnabled(row is not None)
        self.item_documents.clear()
        if row is None:
            self.detail.setText(self.tr("Pilih satu butir untuk melihat rinciannya."))
            self.note_edit.setPlainText("")
            return
        self.detail.setText(self._detail_html(row))
        for doc in row.documents:
            self.item_documents.addItem(f"{doc.title} ({doc.file_name})")
        if not row.documents:
            self.item_documents.addItem(self.tr("Belum ada dokumen."))
        self.note_edit.setPlainText(row.note)
        self.attach_button.setEnabled(row.status != ItemStatus.BLOCKED)

    def _detail_html(self, row: ItemRow) -> str:
        item = row.item
        parts = [
            f"<b>{_esc(item.code)} · {_esc(item.name)}</b>",
            _esc(self.tr("Status: %1").replace("%1", self.status_text(row.status))),
            _esc(self.tr("Dokumen harus menunjukkan: %1").replace("%1", item.shows)),
        ]
        if item.freshness is not None:
            parts.append(_esc(self._freshness(item)))
        parts.extend(_esc(self.tr("Bukan dokumen ini: %1").replace("%1", t)) for t in item.not_this)
        if row.status == ItemStatus.REVISION:
            for state in row.states:
                if state.verdict != ItemVerdict.REVISION:
                    continue
                text = self.tr("Dikembalikan untuk revisi: %1").replace(
                    "%1", self.reason_text(state.reason)
                )
                if state.verdict_note:
                    text += " — " + state.verdict_note
                parts.append(f"<span style='color:#b3261e'>{_esc(text)}</span>")
        if row.status == ItemStatus.BLOCKED:
            parts.append(
                _esc(
                    self.tr(
                        "Terblokir: butir wajib tingkat di bawahnya belum semua diterima, jadi "
                        "portal menolak butir ini."
                    )
                )
            )
        return "<br>".join(parts)

    # ------------------------------------------------------------------ slots
    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_changed(self, *_args: object) -> None:
        self._show_selected()

    @Slot()
    def _on_attach_button_clicked(self) -> None:
        code = self.selected_code()
        if code:
            self.attach_requested.emit(code)

    @Slot()
    def _on_save_note_button_clicked(self) -> None:
        code = self.selected_code()
        if code:
            self.note_save_requested.emit(code, self.note_edit.toPlainText())

    @Slot()
    def _on_copy_note_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.note_edit.toPlainText())
        self.note_copied.emit()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
