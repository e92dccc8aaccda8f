"""Table models of the coordinator window, each over a list of service dataclasses.

Column sets are ``IntEnum``s; rows are replaced as a whole with ``set_rows``/``set_*`` inside a
model reset. Header texts are translated where they are produced (``self.tr``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from typing_extensions import override

from spbe_desktop.core.index import PlanStep
from spbe_desktop.core.models import AuditEntry, DocumentRecord, OpdRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.services.coordinator import Claim, Dashboard, EvidenceItem, OpdRow
from spbe_desktop.services.exchange import ImportOutcome
from spbe_desktop.ui import format as fmt
from spbe_desktop.ui.assets import icon_path
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.palette import cell_state

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECO = Qt.ItemDataRole.DecorationRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_FONT = Qt.ItemDataRole.FontRole
#: The row's dataclass (every model answers it).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: A matrix cell's colour state (see ``palette.cell_state``).
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The indicator id of a matrix column.
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 3
#: The invisible root (a module-level default instead of a call in each signature).
_ROOT = QModelIndex()
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def timestamp(value: str | None) -> str:
    """A stored UTC timestamp in local time: "29 November 2026, 14.05"."""
    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return fmt.date(value)
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH.mm")


def assigned_ids(opd: OpdRecord, pack: Pack) -> frozenset[str]:
    """The indicators an OPD answers for (no assignment = all, as the dashboard counts)."""
    if opd.assigned:
        return frozenset(opd.assigned)
    return frozenset(i.id for i in pack.indicators)


class RowTableModel(QAbstractTableModel):
    """A table of one dataclass per row; subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def header_tips(self) -> dict[int, str]:
        return {}

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def decoration(self, row: Any, column: int) -> QIcon | None:
        return None

    def alignment(self, column: int) -> int | None:
        return None

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @override
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        if orientation == Qt.Orientation.Horizontal and role == _TIP:
            return self.header_tips().get(section)
        return None

    @override
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self.display(row, column)
        if role == _TIP:
            return self.tooltip(row, column)
        if role == _DECO:
            return self.decoration(row, column)
        if role == _ALIGN:
            return self.alignment(column)
        if role == ROW_ROLE:
            return row
        return None


# ---------------------------------------------------------------------------------- set-up
class RegisterColumn(IntEnum):
    NAME = 0
    CONTACT = 1
    FINGERPRINT = 2
    KEY = 3
    ASSIGNED = 4
    LAST_BUNDLE = 5


def last_bundle_text(row: OpdRow) -> str:
    if not row.last_bundle_at:
        return QCoreApplication.translate("coordinator", "belum ada")
    return f"{fmt.date(row.last_bundle_at)} · {labels.age_text(row.age_days)}"


class OpdRegisterModel(RowTableModel):
    """The OPD register: who they are, whether their key is pinned, what they answer for."""

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("OPD"),
            self.tr("Kontak"),
            self.tr("Sidik jari"),
            self.tr("Kunci"),
            self.tr("Indikator"),
            self.tr("Paket terakhir"),
        ]

    @staticmethod
    def key_state(opd: OpdRecord) -> str:
        if opd.revoked_at:
            return "revoked"
        if opd.fingerprint:
            return "trusted"
        return "none"

    @override
    def display(self, row: OpdRow, column: int) -> str:
        opd = row.opd
        if column == RegisterColumn.NAME:
            return opd.name
        if column == RegisterColumn.CONTACT:
            return opd.contact
        if column == RegisterColumn.FINGERPRINT:
            return opd.fingerprint or ""
        if column == RegisterColumn.KEY:
            state = self.key_state(opd)
            if state == "revoked":
                return self.tr("dicabut %1").replace("%1", fmt.date(opd.revoked_at))
            if state == "trusted":
                return self.tr("dipercaya")
            return self.tr("belum disematkan")
        if column == RegisterColumn.ASSIGNED:
            return str(row.assigned)
        if column == RegisterColumn.LAST_BUNDLE:
            return last_bundle_text(row)
        return ""

    @override
    def decoration(self, row: OpdRow, column: int) -> QIcon | None:
        if column != RegisterColumn.KEY:
            return None
        state = self.key_state(row.opd)
        return _icon(
            {"revoked": "verdict-rejected", "trusted": "verdict-accepted"}.get(state, "warning")
        )

    @override
    def alignment(self, column: int) -> int | None:
        return _RIGHT if column == RegisterColumn.ASSIGNED else None

    @override
    def tooltip(self, row: OpdRow, column: int) -> str | None:
        if column == RegisterColumn.ASSIGNED and not row.opd.assigned:
            return self.tr("Belum ada penugasan tersimpan: dihitung untuk semua indikator.")
        if column == RegisterColumn.FINGERPRINT and row.opd.fingerprint:
            return self.tr("Cocokkan sidik jari ini dengan OPD lewat telepon")
        return None


class AssignmentModel(QAbstractTableModel):
    """OPDs (rows) × indicators (columns), ticked where the OPD answers for the indicator."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack: Pack | None = None
        self._opds: list[OpdRecord] = []
        self._ticks: dict[str, set[str]] = {}  # OPD name -> indicator ids
        self._saved: dict[str, frozenset[str]] = {}
        self._indicators: list[Indicator] = []
        self._touched = False  # the user changed a tick since the last reset

    def set_data(
        self,
        pack: Pack,
        opds: Sequence[OpdRecord],
        assignments: dict[str, list[str]],
        *,
        keep_edits: bool = True,
    ) -> None:
        """Show each OPD's saved assignment; an OPD without one gets the suggestion of
        ``default_assignments`` (the framework's default owner of indicators nobody has).

        With ``keep_edits`` the ticks the user changed since the last reset survive (a refresh
        after an import must not throw away an assignment being edited).
        """
        kept = dict(self._ticks) if keep_edits and self._touched else {}
        self.beginResetModel()
        self._pack = pack
        self._indicators = list(pack.indicators)
        self._opds = list(opds)
        ticks: dict[str, set[str]] = {o.name: set(o.assigned or ()) for o in opds}
        unsaved = {o.name for o in opds if not o.assigned}
        for ind_id, names in assignments.items():
            for name in names:
                if name in unsaved:
                    ticks[name].add(ind_id)
        for name, edited in kept.items():
            if name in ticks:
                ticks[name] = set(edited)
        self._ticks = ticks
        self._saved = {o.name: frozenset(o.assigned or ()) for o in opds}
        self._touched = bool(kept) and self.is_dirty()
        self.endResetModel()

    def opds(self) -> list[OpdRecord]:
        return list(self._opds)

    def indicators_of(self, name: str) -> list[str]:
        """The ticked indicators of an OPD, in framework order."""
        ticked = self._ticks.get(name, set())
        return [i.id for i in self._indicators if i.id in ticked]

    def is_dirty(self) -> bool:
        """True when what is shown differs from what is stored (defaults count as unsaved)."""
        return any(frozenset(self._ticks[o.name]) != self._saved[o.name] for o in self._opds)

    def set_tick(self, name: str, indicator: str, on: bool) -> None:
        row = next(k for k, o in enumerate(self._opds) if o.name == name)
        column = next(k for k, i in enumerate(self._indicators) if i.id == indicator)
        self.setData(
            self.index(row, column),
            (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value,
            _CHECK,
        )

    @override
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._opds)

    @override
    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._indicators):
            ind = self._indicators[section]
            if role == _DISPLAY:
                return str(ind.number)
            if role == _TIP:
                owner = ind.default_owner or "—"
                return (
                    self.tr("%1. %2\nPemilik bawaan: %3")
                    .replace("%1", str(ind.number))
                    .replace("%2", ind.name)
                    .replace("%3", owner)
                )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._opds):
            name = self._opds[section].name
            if role == _DISPLAY:
                return f"{name} ({len(self._ticks[name])})"
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    @override
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        opd = self._opds[index.row()]
        ind = self._indicators[index.column()]
        if role == _CHECK:
            ticked = ind.id in self._ticks[opd.name]
            return (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value
        if role == _TIP:
            return f"{opd.name} · {ind.number}. {ind.name}"
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        if not index.isValid() or role != _CHECK:
            return False
        opd = self._opds[index.row()]
        ind = self._indicators[index.column()]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._ticks[opd.name].add(ind.id)
        else:
            self._ticks[opd.name].discard(ind.id)
        self._touched = True
        self.dataChanged.emit(index, index, [_CHECK])
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True


# ---------------------------------------------------------------------------------- dashboard
class SummaryColumn(IntEnum):
    NAME = 0
    COMPLETE = 1
    DOCUMENTS = 2
    LAST_BUNDLE = 3


class OpdSummaryModel(RowTableModel):
    """Per OPD: how much of its assignment is answered, documents, the last bundle's age."""

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("OPD"),
            self.tr("Kelengkapan"),
            self.tr("Dokumen"),
            self.tr("Paket terakhir"),
        ]

    @override
    def display(self, row: OpdRow, column: int) -> str:
        if column == SummaryColumn.NAME:
            return row.opd.name
        if column == SummaryColumn.COMPLETE:
            return (
                self.tr("%1 dari %2 (%3%)")
                .replace("%1", str(row.answered))
                .replace("%2", str(row.assigned))
                .replace("%3", QLocale().toString(round(row.completeness * 100)))
            )
        if column == SummaryColumn.DOCUMENTS:
            return QLocale().toString(row.documents)
        if column == SummaryColumn.LAST_BUNDLE:
            if not row.last_bundle_at:
                return self.tr("belum ada")
            return labels.age_text(row.age_days)
        return ""

    @override
    def alignment(self, column: int) -> int | None:
        return _RIGHT if column in (SummaryColumn.COMPLETE, SummaryColumn.DOCUMENTS) else None

    @override
    def tooltip(self, row: OpdRow, column: int) -> str | None:
        if column == SummaryColumn.LAST_BUNDLE and row.last_sequence is not None:
            return (
                self.tr("Paket urutan %1, diterima %2")
                .replace("%1", str(row.last_sequence))
                .replace("%2", timestamp(row.last_bundle_at))
            )
        if column == SummaryColumn.NAME:
            return row.opd.name
        return None


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
    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() or self._dashboard is None:
            return 0
        return self.opd_count + 2

    @override
    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._indicators):
                return None
            ind = self._indicators[section]
            if role == _DISPLAY:
                return str(ind.number)
            if role == _TIP:
                return f"{ind.number}. {ind.name}"
            if role == INDICATOR_ROLE:
                return ind.id
            return None
        if self._dashboard is None:
            return None
        if role == _FONT and section >= self.opd_count:
            return _bold()
        if role == _TIP and section < self.opd_count:
            row = self._dashboard.opds[section]
            return (
                self.tr("%1: %2 dari %3 indikator terjawab; paket terakhir: %4")
                .replace("%1", row.opd.name)
                .replace("%2", str(row.answered))
                .replace("%3", str(row.assigned))
                .replace("%4", last_bundle_text(row))
            )
        if role != _DISPLAY:
            return None
        if section < self.opd_count:
            return self._dashboard.opds[section].opd.name
        if section == self.completeness_row():
            return self.tr("Kelengkapan")
        if section == self.decision_row():
            return self.tr("Keputusan instansi")
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        d = self._dashboard
        if d is None or not index.isValid():
            return None
        ind = self._indicators[index.column()]
        row = index.row()
        if role == _ALIGN:
            return _CENTER
        if role == INDICATOR_ROLE:
            return ind.id
        if row < self.opd_count:
            return self._opd_cell(row, ind, role)
        if row == self.completeness_row():
            answered, assigned = d.indicator_completeness.get(ind.id, (0, 0))
            if role == _DISPLAY:
                return f"{answered}/{assigned}"
            if role == _TIP:
                return (
                    self.tr("%1. %2: %3 dari %4 OPD yang ditugaskan sudah menjawab")
                    .replace("%1", str(ind.number))
                    .replace("%2", ind.name)
                    .replace("%3", str(answered))
                    .replace("%4", str(assigned))
                )
            return None
        if row == self.decision_row():
            answer = d.consolidated.get(ind.id)
            level = answer.level if answer else None
            if role == _DISPLAY:
                if answer and answer.status == "na":
                    return "–"
                return str(level) if level else ""
            if role == _TIP:
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
            if role == _FONT:
                return _bold()
        return None

    def _opd_cell(self, row: int, ind: Indicator, role: int) -> Any:
        assert self._dashboard is not None
        opd_row = self._dashboard.opds[row]
        cell = self._dashboard.matrix.get((opd_row.opd.id, ind.id))
        assigned = ind.id in self._assigned[row]
        status = cell.status if cell else "empty"
        if role == _DISPLAY:
            if cell is None:
                return ""
            if cell.status == "na":
                return "–"
            return str(cell.level) if cell.level else ""
        if role == STATE_ROLE:
            return cell_state(status, cell.verdict if cell else None, assigned)
        if role == _TIP:
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
                lines.append(self.tr("Vonis: %1").replace("%1", labels.verdict_text(cell.verdict)))
            lines.append(self.tr("Klik dua kali untuk konsolidasi"))
            return "\n".join(lines)
        return None


# ---------------------------------------------------------------------------------- import
@dataclass(frozen=True, slots=True)
class ReportRow:
    """One file of an import: its outcome, or "not checked" when the import was cancelled."""

    path: Path
    status: str
    unit: str
    message: str
    outcome: ImportOutcome | None = None
    completed: bool = False  # a stored part whose bundle was completed later in the report


class ReportColumn(IntEnum):
    FILE = 0
    RESULT = 1
    OPD = 2
    DETAIL = 3


class ImportReportModel(RowTableModel):
    """What happened to each dropped file."""

    @override
    def headers(self) -> list[str]:
        return [self.tr("Berkas"), self.tr("Hasil"), self.tr("OPD"), self.tr("Keterangan")]

    def merge(self, rows: Sequence[ReportRow]) -> None:
        """Replace rows of the same files, append new ones, then mark completed parts."""
        by_path = {r.path: r for r in rows}
        kept = [by_path.pop(r.path, r) for r in self._rows]
        merged = kept + [r for r in rows if r.path in by_path]
        done = {
            (r.unit, r.outcome.sequence)
            for r in merged
            if r.outcome is not None and r.status == "accepted"
        }
        final = [
            ReportRow(r.path, r.status, r.unit, r.message, r.outcome, True)
            if r.status == "part_stored"
            and r.outcome is not None
            and (r.unit, r.outcome.sequence) in done
            else r
            for r in merged
        ]
        self.set_rows(final)

    def quarantined(self) -> list[ReportRow]:
        return [r for r in self._rows if r.status == "quarantined"]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self._rows:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    @override
    def display(self, row: ReportRow, column: int) -> str:
        if column == ReportColumn.FILE:
            return row.path.name
        if column == ReportColumn.RESULT:
            return labels.outcome_text(row.status)
        if column == ReportColumn.OPD:
            return row.unit
        if column == ReportColumn.DETAIL:
            if row.completed:
                return self.tr("%1 Paket kemudian lengkap dan diterima.").replace("%1", row.message)
            return row.message
        return ""

    @override
    def decoration(self, row: ReportRow, column: int) -> QIcon | None:
        if column != ReportColumn.RESULT:
            return None
        name = "verdict-accepted" if row.completed else labels.OUTCOME_ICONS.get(row.status)
        return _icon(name) if name else None

    @override
    def tooltip(self, row: ReportRow, column: int) -> str | None:
        if column == ReportColumn.FILE:
            return str(row.path)
        if column == ReportColumn.DETAIL:
            return row.message
        return None


# ---------------------------------------------------------------------------------- consolidation
@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim: Claim
    documents: int


class ClaimColumn(IntEnum):
    OPD = 0
    LEVEL = 1
    STATUS = 2
    JUSTIFICATION = 3
    DOCUMENTS = 4
    VERDICT = 5
    COMMENT = 6


class ClaimsModel(RowTableModel):
    """Every OPD's claim on one indicator, with its justification and the verdict so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("OPD"),
            self.tr("Klaim"),
            self.tr("Status"),
            self.tr("Penjelasan"),
            self.tr("Dokumen"),
            self.tr("Vonis"),
            self.tr("Komentar"),
        ]

    @override
    def display(self, row: ClaimRow, column: int) -> str:
        answer = row.claim.answer
        if column == ClaimColumn.OPD:
            return row.claim.opd.name
        if column == ClaimColumn.LEVEL:
            if answer is None:
                return ""
            if answer.status == "na":
                return labels.status_text("na")
            if answer.level and self.indicator is not None:
                return labels.level_text(self.indicator, answer.level)
            return ""
        if column == ClaimColumn.STATUS:
            return labels.status_text(answer.status if answer else "empty")
        if column == ClaimColumn.JUSTIFICATION:
            text = answer.justification if answer else ""
            return " ".join(text.split())
        if column == ClaimColumn.DOCUMENTS:
            return str(row.documents)
        if column == ClaimColumn.VERDICT:
            return labels.verdict_text(answer.verdict if answer else None)
        if column == ClaimColumn.COMMENT:
            return answer.verdict_comment if answer else ""
        return ""

    @override
    def tooltip(self, row: ClaimRow, column: int) -> str | None:
        answer = row.claim.answer
        if column == ClaimColumn.JUSTIFICATION and answer and answer.justification:
            return answer.justification
        return None

    @override
    def decoration(self, row: ClaimRow, column: int) -> QIcon | None:
        if column != ClaimColumn.VERDICT or row.claim.answer is None:
            return None
        name = labels.VERDICT_ICONS.get(row.claim.answer.verdict or "")
        return _icon(name) if name else None

    @override
    def alignment(self, column: int) -> int | None:
        return _RIGHT if column == ClaimColumn.DOCUMENTS else None


class EvidenceColumn(IntEnum):
    TITLE = 0
    KIND = 1
    NUMBER = 2
    ISSUED = 3
    SENDERS = 4
    NOTE = 5


class EvidenceModel(RowTableModel):
    """Evidence for one indicator, once per content, with who sent it and look-alikes."""

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("Judul"),
            self.tr("Jenis"),
            self.tr("Nomor"),
            self.tr("Tanggal"),
            self.tr("Pengirim"),
            self.tr("Catatan"),
        ]

    @override
    def display(self, row: EvidenceItem, column: int) -> str:
        doc = row.document
        if column == EvidenceColumn.TITLE:
            return doc.title
        if column == EvidenceColumn.KIND:
            return doc.kind
        if column == EvidenceColumn.NUMBER:
            return doc.number
        if column == EvidenceColumn.ISSUED:
            return fmt.date(doc.issued)
        if column == EvidenceColumn.SENDERS:
            if len(row.senders) > 1:
                return self.tr("dikirim oleh %n OPD", "", len(row.senders))
            return row.senders[0] if row.senders else ""
        if column == EvidenceColumn.NOTE:
            notes = []
            if row.near_identical:
                notes.append(
                    self.tr("hampir sama dengan: %1").replace("%1", "; ".join(row.near_identical))
                )
            if not doc.has_text_layer:
                notes.append(self.tr("pindaian tanpa teks"))
            return " · ".join(notes)
        return ""

    @override
    def tooltip(self, row: EvidenceItem, column: int) -> str | None:
        if column == EvidenceColumn.SENDERS:
            return ", ".join(row.senders)
        if column == EvidenceColumn.TITLE:
            return f"{row.document.file_name} · {fmt.size(row.document.size)}"
        if column == EvidenceColumn.NOTE and row.near_identical:
            return self.tr(
                "Teksnya sama dengan dokumen lain yang berbeda berkas (mis. dipindai ulang). "
                "Periksa apakah keduanya memang dokumen yang sama."
            )
        return None

    @override
    def decoration(self, row: EvidenceItem, column: int) -> QIcon | None:
        if column == EvidenceColumn.NOTE and row.near_identical:
            return _icon("warning")
        return None


# ---------------------------------------------------------------------------------- what-if
class Constraints(QObject):
    """Indicators locked at their level and those that cannot be raised this year."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked: set[str] = set()
        self.impossible: set[str] = set()

    def set(self, indicator: str, kind: str, on: bool) -> None:
        mine, other = (
            (self.locked, self.impossible) if kind == "locked" else (self.impossible, self.locked)
        )
        if on:
            mine.add(indicator)
            other.discard(indicator)  # one reason per indicator
        else:
            mine.discard(indicator)
        self.changed.emit()

    def state(self, indicator: str, kind: str) -> bool:
        return indicator in (self.locked if kind == "locked" else self.impossible)


def _constraint_tips(first: int) -> dict[int, str]:
    return {
        first: QCoreApplication.translate(
            "coordinator", "Kunci: tingkat indikator ini dipertahankan, tidak dinaikkan"
        ),
        first + 1: QCoreApplication.translate("coordinator", "Tidak mungkin dinaikkan tahun ini"),
    }


class _ConstraintColumns(RowTableModel):
    """Shared: the two checkable constraint columns at the end of a table."""

    def __init__(self, constraints: Constraints, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.constraints = constraints
        constraints.changed.connect(self._on_constraints_changed)

    def indicator_of(self, row: Any) -> str:
        raise NotImplementedError

    def first_check_column(self) -> int:
        return len(self.headers()) - 2

    def _kind(self, column: int) -> str | None:
        first = self.first_check_column()
        if column == first:
            return "locked"
        if column == first + 1:
            return "impossible"
        return None

    def _on_constraints_changed(self) -> None:
        if self._rows:
            first = self.first_check_column()
            self.dataChanged.emit(
                self.index(0, first), self.index(len(self._rows) - 1, first + 1), [_CHECK]
            )

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._kind(index.column()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    @override
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if index.isValid() and role == _CHECK:
            kind = self._kind(index.column())
            if kind is None:
                return None
            on = self.constraints.state(self.indicator_of(self._rows[index.row()]), kind)
            return (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value
        if index.isValid() and role == _DISPLAY and self._kind(index.column()):
            return None
        return super().data(index, role)

    @override
    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        kind = self._kind(index.column()) if index.isValid() else None
        if kind is None or role != _CHECK:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.constraints.set(
            self.indicator_of(self._rows[index.row()]), kind, state == Qt.CheckState.Checked.value
        )
        return True

    @override
    def display(self, row: Any, column: int) -> str:
        return ""


class PlanColumn(IntEnum):
    STEP = 0
    INDICATOR = 1
    RAISE = 2
    GAIN = 3
    INDEX_AFTER = 4
    OWNER = 5
    LOCKED = 6
    IMPOSSIBLE = 7


class PlanModel(_ConstraintColumns):
    """The cheapest one-level raises to the target, in order, with who has to deliver them."""

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("Langkah"),
            self.tr("Indikator"),
            self.tr("Dari → ke"),
            self.tr("Kenaikan"),
            self.tr("Indeks jadi"),
            self.tr("Pemilik"),
            self.tr("Kunci"),
            self.tr("Tak mungkin"),
        ]

    @override
    def header_tips(self) -> dict[int, str]:
        return _constraint_tips(self.first_check_column())

    @override
    def indicator_of(self, row: tuple[int, PlanStep]) -> str:
        return row[1].indicator_id

    def set_steps(self, steps: Sequence[PlanStep]) -> None:
        self.set_rows(list(enumerate(steps, start=1)))

    @override
    def display(self, row: tuple[int, PlanStep], column: int) -> str:
        number, step = row
        if column == PlanColumn.STEP:
            return str(number)
        if column == PlanColumn.INDICATOR:
            return f"{step.number}. {step.name}"
        if column == PlanColumn.RAISE:
            return f"{step.from_level} → {step.to_level}"
        if column == PlanColumn.GAIN:
            return "+" + fmt.number(step.gain, 3)
        if column == PlanColumn.INDEX_AFTER:
            return fmt.number(step.index_after, 3)
        if column == PlanColumn.OWNER:
            return step.owner
        return ""

    @override
    def alignment(self, column: int) -> int | None:
        if column in (PlanColumn.STEP, PlanColumn.GAIN, PlanColumn.INDEX_AFTER):
            return _RIGHT
        if column == PlanColumn.RAISE:
            return _CENTER
        return None


@dataclass(frozen=True, slots=True)
class ConstraintRow:
    indicator: Indicator
    level: int | None


class ConstraintColumn(IntEnum):
    INDICATOR = 0
    LEVEL = 1
    LOCKED = 2
    IMPOSSIBLE = 3


class ConstraintsModel(_ConstraintColumns):
    """Every indicator with its decided level; tick to keep it out of the plan."""

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("Indikator"),
            self.tr("Tingkat sekarang"),
            self.tr("Kunci"),
            self.tr("Tak mungkin"),
        ]

    @override
    def header_tips(self) -> dict[int, str]:
        return _constraint_tips(self.first_check_column())

    @override
    def indicator_of(self, row: ConstraintRow) -> str:
        return row.indicator.id

    @override
    def display(self, row: ConstraintRow, column: int) -> str:
        if column == ConstraintColumn.INDICATOR:
            return f"{row.indicator.number}. {row.indicator.name}"
        if column == ConstraintColumn.LEVEL:
            return str(row.level) if row.level else self.tr("1 (belum diputuskan)")
        return ""

    @override
    def alignment(self, column: int) -> int | None:
        return _CENTER if column == ConstraintColumn.LEVEL else None


# ---------------------------------------------------------------------------------- search, history
class SearchColumn(IntEnum):
    TITLE = 0
    OPD = 1
    KIND = 2
    NUMBER = 3
    ISSUED = 4
    INDICATORS = 5
    FILE = 6


class SearchModel(RowTableModel):
    """Documents found across every OPD's evidence."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opd_names: dict[int, str] = {}
        self.numbers: dict[str, int] = {}

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("Judul"),
            self.tr("OPD"),
            self.tr("Jenis"),
            self.tr("Nomor"),
            self.tr("Tanggal terbit"),
            self.tr("Indikator"),
            self.tr("Berkas"),
        ]

    @override
    def display(self, row: DocumentRecord, column: int) -> str:
        if column == SearchColumn.TITLE:
            return row.title
        if column == SearchColumn.OPD:
            return self.opd_names.get(row.opd_id, "")
        if column == SearchColumn.KIND:
            return row.kind
        if column == SearchColumn.NUMBER:
            return row.number
        if column == SearchColumn.ISSUED:
            return fmt.date(row.issued)
        if column == SearchColumn.INDICATORS:
            return ", ".join(str(self.numbers.get(i, i)) for i, _lv in row.links)
        if column == SearchColumn.FILE:
            return row.file_name
        return ""


class HistoryColumn(IntEnum):
    AT = 0
    ACTOR = 1
    ACTION = 2
    ENTITY = 3
    DETAIL = 4


def _detail(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_short(v)}" for k, v in value.items())
    return _short(value)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


class HistoryModel(RowTableModel):
    """The audit log, newest first; answer entities are shown with the OPD's name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opd_names: dict[int, str] = {}
        self.numbers: dict[str, int] = {}

    def entity_text(self, entity: str) -> str:
        """ "answer:3:I29" -> "BPKAD · indikator 29" ("Instansi" for the decision itself)."""
        kind, _, rest = entity.partition(":")
        if kind == "answer" and rest.count(":") == 1:
            opd, indicator = rest.split(":")
            who = (
                self.tr("Instansi")
                if opd == "0"
                else self.opd_names.get(int(opd) if opd.isdigit() else -1, opd)
            )
            return (
                self.tr("%1 · indikator %2")
                .replace("%1", who)
                .replace("%2", str(self.numbers.get(indicator, indicator)))
            )
        return entity

    @override
    def headers(self) -> list[str]:
        return [
            self.tr("Waktu"),
            self.tr("Pelaku"),
            self.tr("Tindakan"),
            self.tr("Entitas"),
            self.tr("Rincian"),
        ]

    @override
    def display(self, row: AuditEntry, column: int) -> str:
        if column == HistoryColumn.AT:
            return timestamp(row.at)
        if column == HistoryColumn.ACTOR:
            return row.actor
        if column == HistoryColumn.ACTION:
            return labels.action_text(row.action)
        if column == HistoryColumn.ENTITY:
            return self.entity_text(row.entity)
        if column == HistoryColumn.DETAIL:
            return _detail(row.new)
        return ""

    @override
    def tooltip(self, row: AuditEntry, column: int) -> str | None:
        if column == HistoryColumn.ACTION:
            return row.action
        if column == HistoryColumn.ENTITY:
            return row.entity
        if column == HistoryColumn.DETAIL and row.new is not None:
            before = _detail(row.old)
            after = json.dumps(row.new, ensure_ascii=False, indent=1)
            return (before + "\n→\n" + after) if before else after
        return None
