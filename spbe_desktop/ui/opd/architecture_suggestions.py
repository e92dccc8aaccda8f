"""Suggestions from the architecture inventory where the evaluation asks for SIAP Digital:
on Pemdi 2026 items (indicator 1 L2, 13, 14, 15 L1, 16, 18 L1) and SPBE 2020 indicators (11,
14-18, 23, 24). The matching objects' screenshots link in one click; the inventory's summary is
copied into the item's note or the indicator's justification.

Each box places itself under the documents (of the item in the items panel, or of the indicator
page) and reads through ``services.architecture`` in jobs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.services.architecture import (
    ArchSuggestion,
    accept_suggestion,
    item_suggestions,
    list_objects,
)
from spbe_desktop.ui.common.architecture_models import domain_name
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, section, vbox
from spbe_desktop.ui.opd.indicator_page import IndicatorPage
from spbe_desktop.ui.opd.items_panel import ItemsPanel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class _Suggestions(QObject):
    """The box of offers (screenshots to link, the summary to copy) and its jobs; subclasses
    say where it sits, which offers are for what is selected, and where the summary goes."""

    linked = Signal()
    shown = Signal()

    def __init__(
        self, workspace: Path, runner: JobRunner, owner: QWidget, link_text: str, copy_text: str
    ) -> None:
        super().__init__(owner)
        self.workspace = workspace
        self.runner = runner
        self.owner = owner
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
        self.link_button = QPushButton(link_text)
        self.link_button.setObjectName("archSuggestionLink")
        self.link_button.setToolTip(self.tr("Tautkan tangkapan layar SIAP Digital yang dipilih"))
        self.copy_button = QPushButton(copy_text)
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
        self.box.hide()
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def load(self, indicator_id: str) -> None:
        """Read what the inventory offers ``indicator_id`` and its items (in a job)."""
        workspace = self.workspace

        def work(_t: object) -> list[ArchSuggestion]:
            # A workspace without an inventory is offered nothing (not a summary of zeros).
            return item_suggestions(workspace, indicator_id) if list_objects(workspace) else []

        self.runner.submit(
            work,
            title=self.tr("Membaca saran inventaris arsitektur"),
            owner=self.owner,
            quiet=True,
            on_done=self._reads(self._on_read),
        )

    def _on_read(self, suggestions: list[ArchSuggestion]) -> None:
        self._all = suggestions
        self._show()

    def offers(self) -> list[ArchSuggestion]:
        """The offers for what is selected now."""
        raise NotImplementedError

    def _note(self) -> QPlainTextEdit:
        raise NotImplementedError

    def _show(self) -> None:
        offers = self.offers()
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
            owner=self.owner,
            on_done=lambda _r: self._on_linked(chosen),
        )

    def _on_linked(self, chosen: ArchSuggestion) -> None:
        self._all = [s for s in self._all if s != chosen]
        self._show()
        self.linked.emit()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        summary = next((s for s in self.offers() if s.kind == "summary"), None)
        if summary is None:
            return
        note = self._note()
        text = note.toPlainText().rstrip()
        note.setPlainText(f"{text}\n{summary.text}".strip())


class ArchSuggestions(_Suggestions):
    """Pemdi 2026: the offers for the item selected in the items panel, under its documents."""

    def __init__(self, workspace: Path, runner: JobRunner, panel: ItemsPanel) -> None:
        super().__init__(
            workspace,
            runner,
            panel,
            QCoreApplication.translate("architecture", "Tautkan ke b&utir"),
            QCoreApplication.translate("architecture", "Salin ringkasan ke catatan"),
        )
        self.panel = panel
        layout = panel.item_box.layout()
        assert isinstance(layout, QVBoxLayout)
        # Under the item's documents and its attach button, above the portal note.
        layout.insertWidget(layout.indexOf(panel.note_edit) - 1, self.box)
        panel.tree.currentItemChanged.connect(self._on_item_changed)

    def offers(self) -> list[ArchSuggestion]:
        code = self.panel.selected_code()
        return [s for s in self._all if code is not None and s.item_code == code]

    def _note(self) -> QPlainTextEdit:
        return self.panel.note_edit

    @Slot()
    def _on_item_changed(self, *_args: object) -> None:
        self._show()


class IndicatorArchSuggestions(_Suggestions):
    """SPBE 2020 (judged per indicator): the offers for the indicator on the page, under its
    documents; the summary goes into the justification."""

    def __init__(self, workspace: Path, runner: JobRunner, page: IndicatorPage) -> None:
        super().__init__(
            workspace,
            runner,
            page,
            QCoreApplication.translate("architecture", "Tautkan ke &indikator ini"),
            QCoreApplication.translate("architecture", "Salin ringkasan ke penjelasan"),
        )
        self.page = page
        content = page.scroll_area.widget()
        layout = content.layout() if content is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(page.drop_hint) + 1, self.box)

    def offers(self) -> list[ArchSuggestion]:
        return [s for s in self._all if s.item_code is None]

    def _note(self) -> QPlainTextEdit:
        return self.page.justification
