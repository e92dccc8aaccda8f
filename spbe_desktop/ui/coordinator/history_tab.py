"""History: the workspace's audit log in sentences, newest first, filtered by action and entity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from spbe_desktop.services.coordinator import Overview
from spbe_desktop.services.history import HistoryLine, history_lines
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import hbox, label, vbox
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.history_models import HistoryModel


class HistoryTab(WorkspaceTab):
    """Who did what, when; every write of the coordinator and every import is here."""

    history_shown = Signal(int)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.loaded = False
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Saring tindakan"))
        for prefix, text in labels.ACTION_FILTERS:
            self.action_combo.addItem(labels.tr(text), prefix)
        self.entity_edit = QLineEdit()
        self.entity_edit.setPlaceholderText(self.tr("mis. opd:Bappeda"))
        self.entity_edit.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("&Tampilkan"))
        head = hbox(
            QLabel(self.tr("Tindakan:")),
            self.action_combo,
            QLabel(self.tr("Entitas diawali:")),
            (self.entity_edit, 1),
            self.show_button,
        )
        self.model = HistoryModel(self)
        self.table = make_table(self.model, "historyTable", self.tr("Riwayat perubahan"))
        self.count = label(name="saveState")
        vbox(head, (self.table, 1), self.count, margins=8, parent=self)
        self.action_combo.currentIndexChanged.connect(self.reload)
        self.entity_edit.returnPressed.connect(self.reload)
        self.show_button.clicked.connect(self.reload)

    def set_overview(self, overview: Overview) -> None:
        """Names come with each read of the history; nothing to keep from the overview."""

    @Slot()
    def reload(self) -> None:
        workspace = self.workspace
        action = str(self.action_combo.currentData() or "")
        entity = self.entity_edit.text().strip()
        self.runner.submit(
            lambda _t: history_lines(workspace, action=action, entity=entity),
            title=self.tr("Membaca riwayat"),
            owner=self,
            on_done=self.newest(self._show),
        )

    def _show(self, entries: list[HistoryLine]) -> None:
        self.loaded = True
        self.model.set_rows(entries)
        fit_columns(self.table, 320)
        self.count.setText(self.tr("%n catatan.", "", len(entries)))
        self.history_shown.emit(len(entries))
