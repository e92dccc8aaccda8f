"""Models of the dashboard: completeness per OPD, and the OPD × indicator matrix."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QObject, Qt
from PySide6.QtGui import QFont
from typing_extensions import override

from spbe_desktop.core.models import OpdRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.services.coordinator import Dashboard, OpdRow
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import table_model as tm
from spbe_desktop.ui.common.table_model import ROW_ROLE, Column, ColumnTableModel
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.palette import cell_state

#: A matrix cell's colour state (see ``palette.cell_state``), and its column's indicator id.
STATE_ROLE, INDICATOR_ROLE = ROW_ROLE + 1, ROW_ROLE + 2


SummaryColumn = IntEnum("SummaryColumn", "NAME COMPLETE DOCUMENTS LAST_BUNDLE", start=0)


class OpdSummaryModel(ColumnTableModel[OpdRow]):
    """Per OPD: how much of its assignment is answered, documents, the last bundle's age."""

    @override
    def columns(self) -> Mapping[int, Column[OpdRow]]:
        return {
            SummaryColumn.NAME: Column(
                self.tr("OPD"), lambda r: r.opd.name, tooltip=lambda r: r.opd.name
            ),
            SummaryColumn.COMPLETE: Column(
                self.tr("Kelengkapan"),
                self._complete,
                align=tm.RIGHT,
                tooltip=lambda r: None if r.assigned else labels.unassigned_tip(),
            ),
            SummaryColumn.DOCUMENTS: Column(
                self.tr("Dokumen"), lambda r: QLocale().toString(r.documents), align=tm.RIGHT
            ),
            SummaryColumn.LAST_BUNDLE: Column(
                self.tr("Paket terakhir"), self._last_bundle, tooltip=self._last_bundle_tip
            ),
        }

    def _complete(self, row: OpdRow) -> str:
        if not row.assigned:
            return labels.unassigned_text()
        return (
            self.tr("%1 dari %2 (%3%)")
            .replace("%1", str(row.answered))
            .replace("%2", str(row.assigned))
            .replace("%3", QLocale().toString(round(row.completeness * 100)))
        )

    def _last_bundle(self, row: OpdRow) -> str:
        return labels.age_text(row.age_days) if row.last_bundle_at else self.tr("belum ada")

    def _last_bundle_tip(self, row: OpdRow) -> str | None:
        if row.last_sequence is None:
            return None
        return (
            self.tr("Paket urutan %1, diterima %2")
            .replace("%1", str(row.last_sequence))
            .replace("%2", fmt.timestamp(row.last_bundle_at))
        )


def assigned_ids(opd: OpdRecord, pack: Pack) -> frozenset[str]:
    """The indicators an OPD answers for (no saved assignment: none yet, as the dashboard
    counts and the register says)."""
    known = {i.id for i in pack.indicators}
    return frozenset(i for i in opd.assigned or () if i in known)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class MatrixModel(QAbstractTableModel):
    """OPD × indicator: each cell is the claimed level, coloured by verdict or claim status.

    Two summary rows follow the OPDs: how many assigned OPDs answered each indicator, and the
    instansi's decided level.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dashboard: Dashboard | None = None
        self._indicators: list[Indicator] = []
        self._assigned: list[frozenset[str]] = []

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self.beginResetModel()
        self._dashboard = dashboard
        self._indicators = list(dashboard.pack.indicators)
        self._assigned = [assigned_ids(r.opd, dashboard.pack) for r in dashboard.opds]
        self.endResetModel()

    @property
    def opd_count(self) -> int:
        return len(self._dashboard.opds) if self._dashboard else 0

    def completeness_row(self) -> int:
        return self.opd_count

    def decision_row(self) -> int:
        return self.opd_count + 1

    def indicator_at(self, column: int) -> str | None:
        if 0 <= column < len(self._indicators):
            return self._indicators[column].id
        return None

    def column_of(self, indicator: str) -> int:
        return next(k for k, i in enumerate(self._indicators) if i.id == indicator)

    def row_of(self, opd_name: str) -> int:
        assert self._dashboard is not None
        return next(k for k, r in enumerate(self._dashboard.opds) if r.opd.name == opd_name)

    @override
    def rowCount(self, parent: tm.Index = tm.ROOT) -> int:
        if parent.isValid() or self._dashboard is None:
            return 0
        return self.opd_count + 2

    @override
    def columnCount(self, parent: tm.Index = tm.ROOT) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = tm.DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._indicators):
                return None
            ind = self._indicators[section]
            if role == tm.DISPLAY:
                return str(ind.number)
            if role == tm.TOOLTIP:
                return f"{ind.number}. {ind.name}"
            if role == INDICATOR_ROLE:
                return ind.id
            return None
        if self._dashboard is None:
            return None
        if role == tm.FONT and section >= self.opd_count:
            return _bold()
        if role == tm.TOOLTIP and section < self.opd_count:
            row = self._dashboard.opds[section]
            if not row.assigned:
                return f"{row.opd.name}: {labels.unassigned_tip()}"
            return (
                self.tr("%1: %2 dari %3 indikator terjawab; paket terakhir: %4")
                .replace("%1", row.opd.name)
                .replace("%2", str(row.answered))
                .replace("%3", str(row.assigned))
                .replace("%4", labels.last_bundle_text(row))
            )
        if role != tm.DISPLAY:
            return None
        if section < self.opd_count:
            return self._dashboard.opds[section].opd.name
        if section == self.completeness_row():
            return self.tr("Kelengkapan")
        if section == self.decision_row():
            return self.tr("Keputusan instansi")
        return None

    @override
    def flags(self, index: tm.Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def data(self, index: tm.Index, role: int = tm.DISPLAY) -> Any:
        if self._dashboard is None or not index.isValid():
            return None
        ind = self._indicators[index.column()]
        row = index.row()
        if role == tm.ALIGN:
            return tm.CENTER
        if role == INDICATOR_ROLE:
            return ind.id
        if row < self.opd_count:
            return self._opd_cell(row, ind, role)
        if row == self.completeness_row():
            return self._completeness_cell(ind, role)
        if row == self.decision_row():
            return self._decision_cell(ind, role)
        return None

    def _completeness_cell(self, ind: Indicator, role: int) -> Any:
        assert self._dashboard is not None
        answered, assigned = self._dashboard.indicator_completeness.get(ind.id, (0, 0))
        if role == tm.DISPLAY:
            return f"{answered}/{assigned}"
        if role == tm.TOOLTIP:
            return (
                self.tr("%1. %2: %3 dari %4 OPD yang ditugaskan sudah menjawab")
                .replace("%1", str(ind.number))
                .replace("%2", ind.name)
                .replace("%3", str(answered))
                .replace("%4", str(assigned))
            )
        return None

    def _decision_cell(self, ind: Indicator, role: int) -> Any:
        assert self._dashboard is not None
        answer = self._dashboard.consolidated.get(ind.id)
        level = answer.level if answer else None
        if role == tm.DISPLAY:
            if answer and answer.status == "na":
                return "–"
            return str(level) if level else ""
        if role == tm.TOOLTIP:
            if not level:
                return (
                    self.tr("%1. %2: belum diputuskan (dihitung tingkat 1)")
                    .replace("%1", str(ind.number))
                    .replace("%2", ind.name)
                )
            return (
                self.tr("%1. %2: instansi tingkat %3")
                .replace("%1", str(ind.number))
                .replace("%2", ind.name)
                .replace("%3", labels.level_text(ind, level))
            )
        if role == tm.FONT:
            return _bold()
        return None

    def _opd_cell(self, row: int, ind: Indicator, role: int) -> Any:
        assert self._dashboard is not None
        opd_row = self._dashboard.opds[row]
        cell = self._dashboard.matrix.get((opd_row.opd.id, ind.id))
        assigned = ind.id in self._assigned[row]
        if role == tm.DISPLAY:
            if cell is None:
                return ""
            if cell.status == "na":
                return "–"
            return str(cell.level) if cell.level else ""
        if role == STATE_ROLE:
            status = cell.status if cell else "empty"
            return cell_state(status, cell.verdict if cell else None, assigned)
        if role == tm.TOOLTIP:
            lines = [f"{opd_row.opd.name} · {ind.number}. {ind.name}"]
            if not assigned:
                lines.append(self.tr("Tidak ditugaskan ke OPD ini"))
            if cell is None or (cell.level is None and cell.status != "na"):
                lines.append(self.tr("Belum ada klaim"))
            elif cell.status == "na":
                lines.append(self.tr("Klaim: tidak berlaku"))
            else:
                lines.append(
                    self.tr("Klaim: %1 (%2)")
                    .replace("%1", labels.level_text(ind, cell.level or 1))
                    .replace("%2", labels.status_text(cell.status))
                )
            if cell is not None:
                lines.append(self.tr("%n dokumen", "", cell.documents))
                lines.append(
                    self.tr("Hasil pemeriksaan: %1").replace(
                        "%1", labels.verdict_text(cell.verdict)
                    )
                )
            lines.append(self.tr("Klik dua kali untuk konsolidasi"))
            return "\n".join(lines)
        return None
