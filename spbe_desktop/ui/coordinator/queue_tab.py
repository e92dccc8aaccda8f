"""The revision queue (Pemdi 2026): items across OPDs attached and not yet judged, or returned
for revision, the largest index gain first, so the coordinator judges and chases what moves
the index most."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.packs import Pack
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import hbox, label, section, vbox
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.items_models import (
    QueueColumn,
    QueueModel,
    QueueRow,
    Unit,
    read_queue,
)


class RevisionQueueTab(WorkspaceTab):
    """Which items to judge or chase next, across every OPD, ranked by index gain."""

    item_activated = Signal(str, str, str)  # indicator id, unit name, item code
    queue_loaded = Signal(int)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.pack: Pack | None = None
        self.units: list[Unit] = []
        self.loaded = False
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.model = QueueModel(self)
        self.table = make_table(self.model, "revisionQueue", self.tr("Antrean revisi"))
        self.summary = label(name="breadcrumb", wrap=True)
        self.deadline = label(name="stageLine", wrap=True)
        self.open_button = QPushButton(self.tr("&Periksa di konsolidasi"))
        self.open_button.setEnabled(False)
        vbox(
            hbox((section(self.tr("Antrean revisi")), 1), self.open_button),
            self.deadline,
            label(
                self.tr(
                    "Butir yang sudah dilampiri dokumen tetapi belum diperiksa, dan butir yang "
                    "dikembalikan untuk revisi, diurutkan menurut kenaikan indeks bila diterima."
                ),
                name="breadcrumb",
                wrap=True,
            ),
            (self.table, 1),
            self.summary,
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.open_button.setEnabled(self._selected() is not None)
        )

    def set_overview(self, overview: Overview) -> None:
        self.pack = overview.dashboard.pack
        self.deadline.setText(
            self.tr("Batas waktu — %1").replace(
                "%1", labels.stage_line(overview.calendar, dt.date.today())
            )
        )
        self.units = [
            Unit(SELF_OPD, overview.profile.unit),
            *(Unit(r.opd.id, r.opd.name) for r in overview.dashboard.opds),
        ]
        if self.loaded or self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.pack is None:
            return
        workspace, pack, units = self.workspace, self.pack, list(self.units)
        self.runner.submit(
            lambda _t: read_queue(workspace, pack, units),
            title=self.tr("Membaca antrean revisi"),
            owner=self,
            quiet=True,
            on_done=self.newest(self._apply),
        )

    def _apply(self, rows: list[QueueRow]) -> None:
        self.loaded = True
        self.model.set_rows(rows)
        fit_columns(self.table, 320, main=QueueColumn.NAME)
        waiting = sum(1 for r in rows if r.row.status == "attached")
        self.summary.setText(
            self.tr("%1 butir menunggu pemeriksaan, %2 butir dikembalikan untuk revisi.")
            .replace("%1", str(waiting))
            .replace("%2", str(len(rows) - waiting))
        )
        self.open_button.setEnabled(self._selected() is not None)
        self.queue_loaded.emit(len(rows))

    def _selected(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._open(self.model.row_at(index.row()))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self._open(row)

    def _open(self, row: QueueRow) -> None:
        self.item_activated.emit(row.indicator_id, row.unit.name, row.row.item.code)
