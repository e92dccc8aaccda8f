"""Models of the set-up tab: the OPD register, and who answers for which indicator."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt, Signal
from typing_extensions import override

from spbe_desktop.core.models import OpdRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.services.coordinator import OpdRow
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import table_model as tm
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel
from spbe_desktop.ui.coordinator import labels

RegisterColumn = IntEnum(
    "RegisterColumn", "NAME CONTACT FINGERPRINT KEY ASSIGNED LAST_BUNDLE", start=0
)


def key_state(opd: OpdRecord) -> str:
    """ "revoked", "trusted" (a pinned key) or "none"."""
    if opd.revoked_at:
        return "revoked"
    return "trusted" if opd.fingerprint else "none"


_KEY_ICONS = {"revoked": "verdict-rejected", "trusted": "verdict-accepted", "none": "warning"}


class OpdRegisterModel(ColumnTableModel[OpdRow]):
    """The OPD register: who they are, whether their key is pinned, what they answer for."""

    @override
    def columns(self) -> Mapping[int, Column[OpdRow]]:
        return {
            RegisterColumn.NAME: Column(self.tr("OPD"), lambda r: r.opd.name),
            RegisterColumn.CONTACT: Column(self.tr("Kontak"), lambda r: r.opd.contact),
            RegisterColumn.FINGERPRINT: Column(
                self.tr("Sidik jari"),
                lambda r: r.opd.fingerprint or "",
                tooltip=lambda r: (
                    self.tr("Cocokkan sidik jari ini dengan OPD lewat telepon")
                    if r.opd.fingerprint
                    else None
                ),
            ),
            RegisterColumn.KEY: Column(
                self.tr("Kunci"), self._key_text, icon=lambda r: _KEY_ICONS[key_state(r.opd)]
            ),
            RegisterColumn.ASSIGNED: Column(
                self.tr("Indikator"),
                lambda r: str(r.assigned) if r.assigned else labels.unassigned_text(),
                align=tm.RIGHT,
                tooltip=lambda r: None if r.assigned else labels.unassigned_tip(),
            ),
            RegisterColumn.LAST_BUNDLE: Column(self.tr("Paket terakhir"), labels.last_bundle_text),
        }

    def _key_text(self, row: OpdRow) -> str:
        state = key_state(row.opd)
        if state == "revoked":
            return self.tr("dicabut %1").replace("%1", fmt.date(row.opd.revoked_at))
        if state == "trusted":
            return self.tr("dipercaya")
        return self.tr("belum disematkan")


class AssignmentModel(QAbstractTableModel):
    """OPDs (rows) × indicators (columns), ticked where the OPD answers for the indicator."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        self.setData(self.index(row, column), tm.check_state(on), tm.CHECK)

    @override
    def rowCount(self, parent: tm.Index = tm.ROOT) -> int:
        return 0 if parent.isValid() else len(self._opds)

    @override
    def columnCount(self, parent: tm.Index = tm.ROOT) -> int:
        return 0 if parent.isValid() else len(self._indicators)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = tm.DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._indicators):
            ind = self._indicators[section]
            if role == tm.DISPLAY:
                return str(ind.number)
            if role == tm.TOOLTIP:
                return (
                    self.tr("%1. %2\nPemilik bawaan: %3")
                    .replace("%1", str(ind.number))
                    .replace("%2", ind.name)
                    .replace("%3", ind.default_owner or "—")
                )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._opds):
            name = self._opds[section].name
            if role == tm.DISPLAY:
                return f"{name} ({len(self._ticks[name])})"
        return None

    @override
    def flags(self, index: tm.Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    @override
    def data(self, index: tm.Index, role: int = tm.DISPLAY) -> Any:
        if not index.isValid():
            return None
        opd = self._opds[index.row()]
        ind = self._indicators[index.column()]
        if role == tm.CHECK:
            return tm.check_state(ind.id in self._ticks[opd.name])
        if role == tm.TOOLTIP:
            return f"{opd.name} · {ind.number}. {ind.name}"
        return None

    @override
    def setData(self, index: tm.Index, value: Any, role: int = tm.CHECK) -> bool:
        if not index.isValid() or role != tm.CHECK:
            return False
        ticks = self._ticks[self._opds[index.row()].name]
        indicator = self._indicators[index.column()].id
        if tm.is_checked(value):
            ticks.add(indicator)
        else:
            ticks.discard(indicator)
        self._touched = True
        self.dataChanged.emit(index, index, [tm.CHECK])
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True
