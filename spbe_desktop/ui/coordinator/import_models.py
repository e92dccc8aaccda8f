"""Model of the import tab: what happened to each dropped file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

from typing_extensions import override

from spbe_desktop.services.exchange import ImportOutcome
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel
from spbe_desktop.ui.coordinator import labels


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One file of an import: its outcome, or "not checked" when the import was cancelled."""

    path: Path
    status: str
    unit: str
    message: str
    outcome: ImportOutcome | None = None
    completed: bool = False  # a stored part whose bundle was completed later in the report


ReportColumn = IntEnum("ReportColumn", "FILE RESULT OPD DETAIL", start=0)


class ImportReportModel(ColumnTableModel[ReportRow]):
    """What happened to each dropped file."""

    @override
    def columns(self) -> Mapping[int, Column[ReportRow]]:
        return {
            ReportColumn.FILE: Column(
                self.tr("Berkas"), lambda r: r.path.name, tooltip=lambda r: str(r.path)
            ),
            ReportColumn.RESULT: Column(
                self.tr("Hasil"),
                lambda r: labels.outcome_text(r.status),
                icon=lambda r: (
                    "verdict-accepted" if r.completed else labels.OUTCOME_ICONS.get(r.status)
                ),
            ),
            ReportColumn.OPD: Column(self.tr("OPD"), lambda r: r.unit),
            ReportColumn.DETAIL: Column(
                self.tr("Keterangan"), self._detail, tooltip=lambda r: r.message
            ),
        }

    def _detail(self, row: ReportRow) -> str:
        if row.completed:
            return self.tr("%1 Paket kemudian lengkap dan diterima.").replace("%1", row.message)
        return row.message

    def merge(self, rows: Sequence[ReportRow]) -> None:
        """Replace rows of the same files, append new ones, then mark completed parts."""
        by_path = {r.path: r for r in rows}
        kept = [by_path.pop(r.path, r) for r in self._rows]
        merged = kept + [r for r in rows if r.path in by_path]
        accepted = {
            (r.unit, r.outcome.sequence)
            for r in merged
            if r.outcome is not None and r.status == "accepted"
        }
        self.set_rows(
            replace(r, completed=True)
            if r.status == "part_stored"
            and r.outcome is not None
            and (r.unit, r.outcome.sequence) in accepted
            else r
            for r in merged
        )

    def quarantined(self) -> list[ReportRow]:
        return [r for r in self._rows if r.status == "quarantined"]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self._rows:
            out[r.status] = out.get(r.status, 0) + 1
        return out
