"""Suggestions from the architecture inventory on the items that ask for SIAP Digital (Pemdi
2026: indicator 1 L2, 13, 14, 15 L1, 16, 18 L1): the matching objects' screenshots, to link to
the selected item in one click, and a summary of the inventory to copy into the item's note.

It places itself in the items panel's detail, under the item's documents, and reads through
``services.architecture`` in jobs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from spbe_desktop.services.architecture import (
    ArchSuggestion,
    accept_suggestion,
    item_suggestions,
)
from spbe_desktop.ui.common.architecture_models import domain_name
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, section, vbox
from spbe_desktop.ui.opd.items_panel import ItemsPanel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ArchSuggestions(QObject):
    """The inventory's offers for the item selected in ``panel``; ``linked`` after a link."""

    linked = Signal()
    shown = Signal()

    def __init__(self, workspace: Path, runner: JobRunner, panel: ItemsPanel) -> None:
        super().__init__(panel)
        self.workspace = workspace
        self.runner = runner
        self.panel = panel
        self._all: list[ArchSuggestion] = []
        self._reads = Newest()
        self.box = QWidget()
        self.box.setObjectName("archSuggestions")
        self.list = QListWidget()
        self.list.setObjectName("archSuggestionList")
        self.list.setAccessibleName(self.tr("Saran dari inventaris arsitektur"))
        self.list.setMaximumHeight(80)
        self.summary = label(wrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_button = QPushButton(self.tr("Tautkan ke b&utir"))
        self.link_button.setObjectName("archSuggestionLink")
        self.link_button.setToolTip(
            self.tr("Tautkan tangkapan layar SIAP Digital yang dipilih ke butir ini")
        )
        self.copy_button = QPushButton(self.tr("Salin ringkasan ke catatan"))
        self.copy_button.setObjectName("archSummaryCopy")
        vbox(
            section(self.tr("Saran dari inventaris arsitektur"), wrap=True),
            self.list,
            hbox(self.link_button, STRETCH),
            self.summary,
            hbox(self.copy_button, STRETCH),
            margins=0,
            parent=self.box,
        )
        layout = panel.item_box.layout()
        assert isinstance(layout, QVBoxLayout)
        # Under the item's documents and its attach button, above the portal note.
        layout.insertWidget(layout.indexOf(panel.note_edit) - 1, self.box)
        self.box.hide()
        panel.tree.currentItemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def load(self, indicator_id: str) -> None:
        """Read what the inventory offers ``indicator_id``'s items (in a job)."""
        workspace = self.workspace
        self.runner.submit(
            lambda _t: item_suggestions(workspace, indicator_id),
            title=self.tr("Membaca saran inventaris arsitektur"),
            owner=self.panel,
            quiet=True,
            on_done=self._reads(self._on_read),
        )

    def _on_read(self, suggestions: list[ArchSuggestion]) -> None:
        self._all = suggestions
        self._show()

    def for_item(self, code: str | None) -> list[ArchSuggestion]:
        return [s for s in self._all if s.item_code == code and code is not None]

    def _show(self) -> None:
        offers = self.for_item(self.panel.selected_code())
        shots = [s for s in offers if s.kind == "screenshot"]
        summary = next((s for s in offers if s.kind == "summary"), None)
        self.list.clear()
        for s in shots:
            item = QListWidgetItem(f"{s.title} ({domain_name(s.domain)})")
            item.setData(ROW_ROLE, s)
            self.list.addItem(item)
        if shots:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(shots))
        self.link_button.setVisible(bool(shots))
        self.link_button.setEnabled(bool(shots))
        self.summary.setText(summary.text if summary else "")
        self.copy_button.setVisible(summary is not None)
        self.box.setVisible(bool(offers))
        self.shown.emit()

    @Slot()
    def _on_item_changed(self, *_args: object) -> None:
        self._show()

    @Slot(int)
    def _on_list_row_changed(self, row: int) -> None:
        self.link_button.setEnabled(row >= 0)

    def selected(self) -> ArchSuggestion | None:
        item = self.list.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    @Slot()
    def _on_link_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: accept_suggestion(workspace, chosen),
            title=self.tr("Menautkan tangkapan layar"),
            owner=self.panel,
            on_done=lambda _r: self.linked.emit(),
        )

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        summary = next(
            (s for s in self.for_item(self.panel.selected_code()) if s.kind == "summary"), None
        )
        if summary is None:
            return
        note = self.panel.note_edit.toPlainText().rstrip()
        self.panel.note_edit.setPlainText(f"{note}\n{summary.text}".strip())
