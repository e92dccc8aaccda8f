"""The coordinator's window: set-up, import, dashboard, consolidation, what-if, search, history.

The controller for the coordinator role. It holds no store: every read (the dashboard's
aggregate queries included, which take longer than a frame at province scale) and every write
runs as a job on the shared :class:`JobRunner`, calling a service that opens its own store.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QTabWidget, QToolBar, QWidget
from typing_extensions import override

from spbe_desktop.core.items import uses_items
from spbe_desktop.core.names import slug
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services import exchange
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.services.workspace import load_corrected_pack
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import Job, JobRunner, Newest
from spbe_desktop.ui.common.layout import label, vbox
from spbe_desktop.ui.common.preview_dialog import DocumentViewer
from spbe_desktop.ui.coordinator.architecture_tab import ArchitectureTab
from spbe_desktop.ui.coordinator.assessor_tab import AssessorTab
from spbe_desktop.ui.coordinator.consolidation_tab import ConsolidationTab
from spbe_desktop.ui.coordinator.dashboard_tab import DashboardTab
from spbe_desktop.ui.coordinator.history_tab import HistoryTab
from spbe_desktop.ui.coordinator.import_tab import ImportTab
from spbe_desktop.ui.coordinator.queue_tab import RevisionQueueTab
from spbe_desktop.ui.coordinator.search_tab import SearchTab
from spbe_desktop.ui.coordinator.setup_tab import SetupTab
from spbe_desktop.ui.coordinator.what_if_tab import WhatIfTab

RECEIPT_SUFFIX = ".spbereceipt"


class CoordinatorWindow(QMainWindow):
    """Everything the coordination secretariat does with one round of OPD evidence.

    Works as a top-level window or embedded in the application's main window (the main
    window keeps the menus; this one brings a tool bar and reports through ``status_message``).
    """

    status_message = Signal(str)
    overview_loaded = Signal(object)  # Overview

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorWindow")
        self.workspace = workspace
        self.runner = runner
        self.overview: Overview | None = None
        self.target: Decimal | None = None  # None: the workspace's stored target
        self._overviews = Newest()  # the newest read of the overview wins
        self.viewer = DocumentViewer(workspace, runner, self)
        self.save_folder: Path | None = None
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()
        self.setWindowTitle(self.tr("%1 — Koordinator SPBE").replace("%1", workspace.name))
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.header = label(self.workspace.name, name="workspaceHeader", wrap=True)
        self.provisional_banner = label(name="provisionalBanner", wrap=True)
        self.provisional_banner.hide()
        self.setup_tab = SetupTab(self.workspace, self.runner)
        self.import_tab = ImportTab(self.workspace, self.runner)
        self.dashboard = DashboardTab()
        self.consolidation = ConsolidationTab(self.workspace, self.runner)
        self.what_if = WhatIfTab(self.workspace, self.runner)
        self.search = SearchTab(self.workspace, self.runner)
        self.history = HistoryTab(self.workspace, self.runner)
        # Pemdi 2026 (items rule) only: shown once the first overview names the pack.
        self.queue = RevisionQueueTab(self.workspace, self.runner)
        self.assessor = AssessorTab(self.workspace, self.runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("coordinatorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("&Dasbor"))
        self.tabs.addTab(self.import_tab, self.tr("&Impor paket"))
        self.tabs.addTab(self.consolidation, self.tr("&Konsolidasi"))
        self.tabs.addTab(self.what_if, self.tr("Simulasi &target"))
        self.tabs.addTab(self.search, self.tr("&Cari bukti"))
        self.tabs.addTab(self.history, self.tr("&Riwayat"))
        self.architecture = ArchitectureTab(self.workspace, self.runner)
        self.tabs.addTab(self.architecture, self.tr("Ar&sitektur"))
        self.architecture.status_message.connect(self.status_message)
        self.tabs.addTab(self.setup_tab, self.tr("&OPD dan penugasan"))
        central = QWidget()
        layout = vbox(self.header, self.provisional_banner, (self.tabs, 1), parent=central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(4)
        # On a screen too low for a tab (1024 × 600), the tab scrolls instead of squeezing its
        # fields and buttons until their text is cut in half.
        scroll = QScrollArea()
        scroll.setObjectName("coordinatorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(central)
        self.setCentralWidget(scroll)

        toolbar = QToolBar(self.tr("Koordinator"))
        toolbar.setObjectName("coordinatorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_action = QAction(self.tr("Impor paket bukti…"), self)
        self.import_action.setStatusTip(self.tr("Periksa dan impor paket bukti dari OPD"))
        self.pack_action = QAction(self.tr("Muat kerangka yang diperbaiki…"), self)
        self.pack_action.setStatusTip(
            self.tr("Ganti paket kerangka ruang kerja ini dengan versi yang sudah diperbaiki")
        )
        self.refresh_action = QAction(self.tr("Segarkan"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.pack_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.refresh_action.triggered.connect(self.refresh)
        self.pack_action.triggered.connect(self._on_pack_action_triggered)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for tab in (self.setup_tab, self.import_tab, self.consolidation, self.assessor):
            tab.status_message.connect(self.status_message)
        self.queue.item_activated.connect(self.open_item)
        self.assessor.changed.connect(self.refresh)
        self.assessor.comparison_loaded.connect(self.dashboard.show_comparison)
        self.setup_tab.changed.connect(self.refresh)
        self.setup_tab.receipt_requested.connect(self.issue_receipt)
        self.import_tab.imported.connect(self.refresh)
        self.dashboard.indicator_activated.connect(self.open_consolidation)
        self.dashboard.target_edit_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.what_if)
        )
        self.dashboard.calendar_edit_requested.connect(self._on_calendar_edit_requested)
        self.consolidation.changed.connect(self.refresh)
        self.consolidation.receipt_requested.connect(self.issue_receipt)
        self.consolidation.preview_requested.connect(self.viewer.preview)
        self.search.preview_requested.connect(self.viewer.preview)
        self.what_if.target_changed.connect(self._on_what_if_target_changed)
        self.status_message.connect(self._on_status_message)

    # ------------------------------------------------------------------ overview
    @Slot()
    def refresh(self) -> None:
        """Re-read the dashboard and the register (in a job); the newest answer wins."""
        workspace, target = self.workspace, self.target
        self.runner.submit(
            lambda _t: coord.overview(workspace, target),
            title=self.tr("Membaca dasbor"),
            owner=self,
            on_done=self._overviews(self._apply),
        )

    def _apply(self, overview: Overview) -> None:
        self.overview = overview
        prof = overview.profile
        pack = overview.dashboard.pack
        self.header.setText(
            self.tr("Koordinator · %1 · %2 · periode %3 · %4")
            .replace("%1", prof.unit)
            .replace("%2", prof.instansi)
            .replace("%3", prof.period)
            .replace("%4", pack.title)
        )
        self.provisional_banner.setText(
            self.tr(
                "SEMENTARA: kerangka %1 belum final. Bobot dan predikatnya dapat berubah; "
                "indeks ini perkiraan. Muat paket kerangka yang sudah diperbaiki bila ada, "
                "lalu terbitkan kit baru untuk OPD."
            ).replace("%1", pack.title)
        )
        self.provisional_banner.setVisible(pack.provisional)
        self.dashboard.show_overview(overview)
        self.setup_tab.show_overview(overview)
        self.import_tab.set_register([r.opd for r in overview.dashboard.opds])
        self.consolidation.set_overview(overview)
        self.what_if.set_overview(overview)
        self.search.set_overview(overview)
        self.history.set_overview(overview)
        self._show_item_tabs(overview)
        if self.history.loaded or self.tabs.currentWidget() is self.history:
            self.history.reload()
        self.overview_loaded.emit(overview)

    def _show_item_tabs(self, overview: Overview) -> None:
        """The revision queue and the assessors' results exist for items packs only."""
        items = uses_items(overview.dashboard.pack)
        shown = self.tabs.indexOf(self.queue) >= 0
        if items and not shown:
            at = self.tabs.indexOf(self.consolidation) + 1
            self.tabs.insertTab(at, self.queue, self.tr("Antrean &revisi"))
            self.tabs.insertTab(at + 1, self.assessor, self.tr("Hasil &asesor"))
        elif not items and shown:
            self.tabs.removeTab(self.tabs.indexOf(self.queue))
            self.tabs.removeTab(self.tabs.indexOf(self.assessor))
        if items:
            self.queue.set_overview(overview)
            self.assessor.set_overview(overview)

    @Slot(object)
    def _on_what_if_target_changed(self, target: Decimal) -> None:
        self.target = target
        self.refresh()

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.consolidation and self.consolidation.consolidation is None:
            self.consolidation.reload()
        elif current is self.history and not self.history.loaded:
            self.history.reload()
        elif current is self.queue and not self.queue.loaded:
            self.queue.reload()

    @Slot()
    def _on_calendar_edit_requested(self) -> None:
        self.tabs.setCurrentWidget(self.setup_tab)
        first = next(iter(self.setup_tab.calendar.fields.values()))
        first.check.setFocus()

    @Slot(str)
    def open_consolidation(self, indicator: str) -> None:
        self.tabs.setCurrentWidget(self.consolidation)
        self.consolidation.show_indicator(indicator)

    @Slot(str, str, str)
    def open_item(self, indicator: str, unit: str, code: str) -> None:
        """From the queue: the item's indicator in the consolidation, that unit's row chosen."""
        panel = self.consolidation.items_panel

        def select(shown: str) -> None:
            if shown == indicator:
                panel.items_loaded.disconnect(select)
                panel.select(unit, code)

        panel.items_loaded.connect(select)
        self.open_consolidation(indicator)

    @Slot(str)
    def _on_status_message(self, text: str) -> None:
        # Shown in this window's status bar only when it stands alone; embedded, the main
        # window listens to status_message itself.
        if self.isWindow():
            self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ import
    @Slot()
    def _on_import_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.import_tab)
        self.import_tab.choose_button.click()

    def import_files(self, files: list[Path]) -> Job | None:
        self.tabs.setCurrentWidget(self.import_tab)
        return self.import_tab.import_paths(files)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.import_tab.dragEnterEvent(event)  # anywhere on the window: as on the import tab

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        self.tabs.setCurrentWidget(self.import_tab)
        self.import_tab.dropEvent(event)

    # ------------------------------------------------------------------ framework pack
    @Slot()
    def _on_pack_action_triggered(self) -> None:
        """Replace the framework pack with a corrected file; answers stay, kept by indicator."""
        pack_file = prompts.choose_open_file(
            self,
            self.tr("Pilih paket kerangka yang diperbaiki"),
            self.tr("Paket kerangka (*.json);;Semua berkas (*)"),
            self.save_folder or self.setup_tab.save_folder,
        )
        if pack_file is None or not prompts.confirm(
            self,
            self.tr("Ganti paket kerangka"),
            self.tr(
                "Ganti kerangka ruang kerja ini dengan %1? Jawaban dan keputusan tetap tersimpan "
                "per indikator. Paket bukti OPD yang dibuat dengan kerangka lama akan ditolak: "
                "terbitkan kit baru untuk setiap OPD."
            ).replace("%1", pack_file.name),
            action=self.tr("Ganti kerangka"),
        ):
            return
        workspace = self.workspace

        self.runner.submit(
            lambda _t: load_corrected_pack(workspace, pack_file),
            title=self.tr("Memuat paket kerangka"),
            owner=self,
            modal=True,
            on_done=self._after_pack,
        )

    def _after_pack(self, pack: Any) -> None:
        self.status_message.emit(
            self.tr("Kerangka diganti: %1 versi %2.")
            .replace("%1", pack.title)
            .replace("%2", pack.version)
        )
        self.refresh()

    # ------------------------------------------------------------------ receipts, previews
    @Slot(str)
    def issue_receipt(self, opd: str) -> None:
        """Ask where, then write the signed receipt for ``opd`` (verdicts travel in it)."""
        folder = self.save_folder or self.setup_tab.save_folder
        suggested = folder / f"tanda-terima-{slug(opd, 'opd')}{RECEIPT_SUFFIX}"
        out = prompts.choose_save_file(
            self,
            self.tr("Simpan tanda terima untuk %1").replace("%1", opd),
            suggested,
            self.tr("Tanda terima (*%1)").replace("%1", RECEIPT_SUFFIX),
        )
        if out is None:
            return
        if out.suffix.lower() not in (RECEIPT_SUFFIX, ".receipt", ".json"):
            out = out.with_name(out.name + RECEIPT_SUFFIX)
        protected = self.overview is not None and self.overview.profile.key_protected
        passphrase = prompts.signing_passphrase(self, protected)
        if passphrase == prompts.CANCELLED:
            return
        self.save_folder = out.parent
        workspace = self.workspace
        self.runner.submit(
            lambda _t: exchange.issue_receipt(workspace, opd, out, passphrase),
            title=self.tr("Menulis tanda terima"),
            owner=self,
            modal=True,
            on_done=lambda payload: self._after_receipt(opd, out, payload),
        )

    def _after_receipt(self, opd: str, out: Path, payload: dict[str, Any]) -> None:
        # Verdicts on indicators (SPBE 2020) and on evidence items (Pemdi 2026) both travel.
        verdicts = len(payload.get("verdicts") or {}) + len(payload.get("items") or {})
        text = (
            self.tr(
                "Tanda terima untuk %1 ditulis ke %2 (%n hasil pemeriksaan). Kirimkan berkas "
                "ini ke OPD.",
                "",
                verdicts,
            )
            .replace("%1", opd)
            .replace("%2", str(out))
        )
        self.status_message.emit(text)
        prompts.inform(self, self.tr("Tanda terima diterbitkan"), text)
        self.refresh()

    # ------------------------------------------------------------------ closing
    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Standing alone: stop an import (its finished files stay) and let workers end."""
        if self.import_tab.is_running():
            self.import_tab.cancel()
        self.runner.wait_for_done(30_000)
        event.accept()
