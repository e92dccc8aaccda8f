"""Model of the history tab: the workspace's audit log, newest first, one sentence per entry."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from typing_extensions import override

from spbe_desktop.services.history import HistoryLine, history_text
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.i18n import current_language
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel

HistoryColumn = IntEnum("HistoryColumn", "AT ACTOR EVENT", start=0)


class HistoryModel(ColumnTableModel[HistoryLine]):
    """The audit log as sentences ("Bappeda mengirim paket 2 dokumen baru (paket ke-1).")."""

    @override
    def columns(self) -> Mapping[int, Column[HistoryLine]]:
        return {
            HistoryColumn.AT: Column(self.tr("Waktu"), lambda r: fmt.timestamp(r.entry.at)),
            HistoryColumn.ACTOR: Column(self.tr("Oleh"), lambda r: r.entry.actor),
            HistoryColumn.EVENT: Column(self.tr("Kejadian"), self.sentence, tooltip=self.sentence),
        }

    @staticmethod
    def sentence(row: HistoryLine) -> str:
        return history_text(row, current_language())
