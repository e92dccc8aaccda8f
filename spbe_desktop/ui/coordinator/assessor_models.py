"""Model of the assessor tab's list: every external assessors' result entered, newest first."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from typing_extensions import override

from spbe_desktop.core.items import AssessorResult
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel

STAGE_LABELS: dict[str, object] = {
    "dokumen": QT_TRANSLATE_NOOP("coordinator", "Penilaian dokumen"),
    "interviu": QT_TRANSLATE_NOOP("coordinator", "Interviu"),
    "visitasi": QT_TRANSLATE_NOOP("coordinator", "Visitasi"),
}


def stage_text(stage: str) -> str:
    return QCoreApplication.translate("coordinator", str(STAGE_LABELS.get(stage, stage)))


ResultColumn = IntEnum("ResultColumn", "INDICATOR STAGE VALUE NOTE AT BY", start=0)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ResultsModel(ColumnTableModel[AssessorResult]):
    """Per indicator and stage: the value, the note, the date and who entered it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}  # indicator id -> "3. Name"

    @override
    def columns(self) -> Mapping[int, Column[AssessorResult]]:
        return {
            ResultColumn.INDICATOR: Column(
                self.tr("Indikator"),
                lambda r: self.names.get(r.indicator_id, r.indicator_id),
                tooltip=lambda r: self.names.get(r.indicator_id, r.indicator_id),
            ),
            ResultColumn.STAGE: Column(self.tr("Tahap"), lambda r: stage_text(r.stage)),
            ResultColumn.VALUE: Column(
                self.tr("Nilai"), lambda r: fmt.number(r.value), align=RIGHT
            ),
            ResultColumn.NOTE: Column(
                self.tr("Catatan"), lambda r: r.note, tooltip=lambda r: r.note or None
            ),
            ResultColumn.AT: Column(self.tr("Dicatat"), lambda r: fmt.timestamp(r.recorded_at)),
            ResultColumn.BY: Column(self.tr("Oleh"), lambda r: r.recorded_by),
        }
