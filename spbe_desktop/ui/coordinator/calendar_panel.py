"""The stage calendar: the day each evaluation stage ends (penilaian mandiri, dokumen,
interviu, visitasi, pengumuman), set by the coordinator and kept in the workspace; the
dashboard and the revision queue count the days left from it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from spbe_desktop.services.coordinator import CALENDAR_STAGES, set_stage_calendar
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import hbox, label, vbox
from spbe_desktop.ui.common.optional_date import OptionalDateEdit
from spbe_desktop.ui.coordinator import labels

#: Fields per row of the grid (five stages fit a 1024 px wide window in two rows).
PER_ROW = 3


class CalendarPanel(QGroupBox):
    """Five optional dates and a save button; each save is one audited write, in a job."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Jadwal tahap penilaian"))
        self.setObjectName("stageCalendar")
        self.workspace = workspace
        self.runner = runner
        self.newest = Newest()
        self.fields: dict[str, OptionalDateEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for k, stage in enumerate(CALENDAR_STAGES):
            field = OptionalDateEdit(labels.calendar_stage_title(stage))
            field.check.setToolTip(self.tr("Centang untuk mengisi hari terakhir tahap ini"))
            field.edit.setAccessibleName(
                self.tr("Hari terakhir tahap %1").replace("%1", labels.calendar_stage_text(stage))
            )
            self.fields[stage] = field
            grid.addWidget(field, k // PER_ROW, k % PER_ROW)
        self.state = label(name="saveState", wrap=True)
        self.save_button = QPushButton(self.tr("Simpan &jadwal"))
        self.save_button.setObjectName("saveCalendar")
        vbox(grid, hbox((self.state, 1), self.save_button), parent=self)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def show_calendar(self, calendar: Mapping[str, dt.date]) -> None:
        for stage, field in self.fields.items():
            day = calendar.get(stage)
            field.set_iso(day.isoformat() if day else None)
        self.state.setText(labels.stage_line(calendar, dt.date.today()))

    def dates(self) -> dict[str, str | None]:
        return {stage: field.iso() for stage, field in self.fields.items()}

    @Slot()
    def _on_save_button_clicked(self) -> None:
        workspace, dates = self.workspace, self.dates()
        self.runner.submit(
            lambda _t: set_stage_calendar(workspace, dates),
            title=self.tr("Menyimpan jadwal tahap"),
            owner=self,
            on_done=self._after_save,
        )

    def _after_save(self, calendar: dict[str, dt.date]) -> None:
        self.show_calendar(calendar)
        self.status_message.emit(self.tr("Jadwal tahap penilaian disimpan."))
        self.changed.emit()
