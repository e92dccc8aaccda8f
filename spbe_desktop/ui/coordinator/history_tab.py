"""History: the workspace's audit log, newest first, filtered by action and entity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.models import AuditEntry
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.common import fit_columns, make_table, run_job
from spbe_desktop.ui.coordinator.models import HistoryModel
from spbe_desktop.ui.jobs import JobRunner


class HistoryTab(QWidget):
    """Who did what, when; every write of the coordinator and every import is here."""

    history_shown = Signal(int)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self._generation = 0
        self.loaded = False
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Saring tindakan"))
        for prefix, text in labels.ACTION_FILTERS:
            self.action_combo.addItem(labels.tr(text), prefix)
        self.entity_edit = QLineEdit()
        self.entity_edit.setPlaceholderText(self.tr("mis. opd:Bappeda atau bundle:"))
        self.entity_edit.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("&Tampilkan"))
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Tindakan:")))
        head.addWidget(self.action_combo)
        head.addWidget(QLabel(self.tr("Entitas diawali:")))
        head.addWidget(self.entity_edit, 1)
        head.addWidget(self.show_button)
        self.model = HistoryModel(self)
        self.table = make_table(self.model, "historyTable", self.tr("Riwayat perubahan"))
        self.count = QLabel()
        self.count.setObjectName("saveState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.action_combo.currentIndexChanged.connect(self.reload)
        self.entity_edit.returnPressed.connect(self.reload)
        self.show_button.clicked.connect(self.reload)

    def set_overview(self, overview: Overview) -> None:
        self.model.opd_names = {r.opd.id: r.opd.name for r in overview.dashboard.opds}
        self.model.numbers = {i.id: i.number for i in overview.dashboard.pack.indicators}

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        workspace = self.workspace
        action = str(self.action_combo.currentData() or "")
        entity = self.entity_edit.text().strip()
        run_job(
            self,
            self.runner,
            lambda _t: coord.history(workspace, action=action, entity=entity),
            title=self.tr("Membaca riwayat"),
            on_success=lambda r: self._show(generation, r),
        )

    def _show(self, generation: int, entries: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        self.loaded = True
        self.model.set_rows(entries)
        fit_columns(self.table, 320)
        self.count.setText(self.tr("%n catatan.", "", len(entries)))
        self.history_shown.emit(len(entries))
