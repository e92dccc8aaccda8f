"""The middle of the OPD workspace: the indicator page, or the architecture inventory opened
from the "Inventaris arsitektur" entry under the navigator (picking an indicator goes back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.preview_dialog import DocumentViewer
from spbe_desktop.ui.opd.architecture_page import ArchitecturePage
from spbe_desktop.ui.opd.architecture_suggestions import IndicatorArchSuggestions
from spbe_desktop.ui.opd.indicator_page import IndicatorPage
from spbe_desktop.ui.opd.navigator import Navigator


class WorkspacePages(QStackedWidget):
    """The indicator page and the architecture page, one at a time."""

    status_message = Signal(str)
    documents_changed = Signal()  # a suggested screenshot was linked to the indicator

    def __init__(
        self,
        page: IndicatorPage,
        navigator: Navigator,
        workspace: Path,
        runner: JobRunner,
        viewer: DocumentViewer,
        unit: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.architecture = ArchitecturePage(workspace, runner, unit)
        self.addWidget(page)
        self.addWidget(self.architecture)
        self.entry = QPushButton(self.tr("Inventaris &arsitektur"))
        self.entry.setObjectName("architectureEntry")
        self.entry.setCheckable(True)
        self.entry.setToolTip(
            self.tr(
                "Proses bisnis, layanan, data, aplikasi, integrasi, infrastruktur dan keamanan "
                "unit Anda, dengan status SIAP Digital"
            )
        )
        layout = navigator.layout()
        assert layout is not None
        layout.addWidget(self.entry)
        navigator.indicator_selected.connect(self.show_indicator_page)
        # A click on the indicator already selected selects nothing new: it goes back too.
        navigator.tree.clicked.connect(self.show_indicator_page)
        self.entry.clicked.connect(self._on_entry_clicked)
        self.architecture.status_message.connect(self.status_message)
        self.architecture.preview_requested.connect(viewer.preview)
        # SPBE 2020: the inventory's screenshots offered under the indicator's documents.
        self.suggestions = IndicatorArchSuggestions(workspace, runner, page)
        self.suggestions.linked.connect(self.documents_changed)
        navigator.indicator_selected.connect(self.suggestions.load)

    def show_architecture(self) -> None:
        """Show the inventory (read afresh: a workbook or a receipt may have changed it)."""
        self.entry.setChecked(True)
        if self.currentWidget() is not self.architecture:
            self.setCurrentWidget(self.architecture)
            self.architecture.reload()

    def refresh_shown(self) -> None:
        """After the workspace changed outside the page (a receipt's remarks and SIAP status,
        a workbook): the inventory, if it is what is shown, is read again."""
        if self.currentWidget() is self.architecture:
            self.architecture.reload()

    @Slot()
    def show_indicator_page(self, *_args: Any) -> None:
        self.entry.setChecked(False)
        self.setCurrentWidget(self.page)

    @Slot(bool)
    def _on_entry_clicked(self, _checked: bool) -> None:
        self.show_architecture()
