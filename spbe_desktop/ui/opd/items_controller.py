"""Feeds the items panel: reads an indicator's items and saves item notes, as jobs.

Holds no store: each read and write is a job running a service (``services.items``), and only
the newest read of a series is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from spbe_desktop.core.items import ItemState
from spbe_desktop.core.packs import Indicator
from spbe_desktop.services.items import ItemRow, item_rows, set_item_note
from spbe_desktop.services.workspace import IndexReport
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.opd.architecture_suggestions import ArchSuggestions
from spbe_desktop.ui.opd.items_panel import ItemsPanel


class ItemsController(QObject):
    """The items of the indicator on the page, kept current."""

    status_message = Signal(str)
    rows_shown = Signal()

    def __init__(self, workspace: Path, runner: JobRunner, panel: ItemsPanel) -> None:
        super().__init__(panel)
        self.workspace = workspace
        self.runner = runner
        self.panel = panel
        self._indicator: Indicator | None = None
        self._report: IndexReport | None = None
        self._reads = Newest()
        panel.note_save_requested.connect(self._on_panel_note_save_requested)
        panel.note_copied.connect(self._on_panel_note_copied)
        self.suggestions = ArchSuggestions(workspace, runner, panel)  # SIAP Digital screenshots
        self.suggestions.linked.connect(self.reload)

    def show(self, indicator: Indicator) -> None:
        """Show ``indicator``'s items (read in a job) and its value from the last report."""
        self._indicator = indicator
        self.panel.show_indicator(indicator)
        self._show_values()
        self.reload()

    def reload(self) -> None:
        """Read the current indicator's items again (after an attach, a note, a receipt)."""
        ind = self._indicator
        if ind is None or ind.external is not None:
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: item_rows(workspace, ind.id),
            title=self.tr("Membaca butir bukti"),
            owner=self.panel,
            quiet=True,
            on_done=self._reads(self._on_rows_read),
        )
        self.suggestions.load(ind.id)

    def show_report(self, report: IndexReport) -> None:
        self._report = report
        self._show_values()

    def _show_values(self) -> None:
        report, ind = self._report, self._indicator
        if report is None or ind is None:
            self.panel.set_values(None, None)
            return
        self.panel.set_values(report.values.get(ind.id), report.result.display)

    def _on_rows_read(self, rows: list[ItemRow]) -> None:
        if rows and self._indicator is not None and rows[0].item.indicator_id != self._indicator.id:
            return
        self.panel.set_rows(rows)
        self.rows_shown.emit()

    @Slot(str, str)
    def _on_panel_note_save_requested(self, code: str, note: str) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda _t: set_item_note(workspace, code, note),
            title=self.tr("Menyimpan catatan butir"),
            owner=self.panel,
            on_done=self._on_note_saved,
        )

    def _on_note_saved(self, state: ItemState) -> None:
        self.status_message.emit(
            self.tr("Catatan butir %1 disimpan.").replace("%1", state.item_code)
        )
        self.reload()

    @Slot()
    def _on_panel_note_copied(self) -> None:
        self.status_message.emit(self.tr("Catatan disalin; tempelkan di portal."))
