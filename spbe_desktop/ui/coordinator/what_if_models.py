"""Models of the what-if tab: the plan to the target, and the per-indicator constraints.

Both tables end with the same two check-box columns (keep the level, cannot be raised this
year), backed by one shared :class:`Constraints`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from typing_extensions import override

from spbe_desktop.core.index import PlanStep
from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import CENTER, CHECK, RIGHT, Column, ColumnTableModel


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

    def columns(self, indicator_of: Callable[[Any], str]) -> tuple[Column[Any], Column[Any]]:
        """The two check-box columns of a table whose rows name an indicator."""

        def box(kind: str, header: str, tip: str) -> Column[Any]:
            return Column(
                header,
                header_tip=tip,
                checked=lambda row: self.state(indicator_of(row), kind),
                set_checked=lambda row, on: self.set(indicator_of(row), kind, on),
            )

        return (
            box(
                "locked",
                QCoreApplication.translate("coordinator", "Kunci"),
                QCoreApplication.translate(
                    "coordinator", "Kunci: tingkat indikator ini dipertahankan, tidak dinaikkan"
                ),
            ),
            box(
                "impossible",
                QCoreApplication.translate("coordinator", "Tak mungkin"),
                QCoreApplication.translate("coordinator", "Tidak mungkin dinaikkan tahun ini"),
            ),
        )


class _ConstrainedModel(ColumnTableModel[Any]):
    """A table whose last two columns tick :class:`Constraints` (kept in step with them)."""

    def __init__(self, constraints: Constraints, parent: QObject | None = None) -> None:
        self.constraints = constraints
        super().__init__(parent)
        constraints.changed.connect(self._on_constraints_changed)

    def _on_constraints_changed(self) -> None:
        self.cells_changed(CHECK)


PlanColumn = IntEnum(
    "PlanColumn", "STEP INDICATOR RAISE GAIN INDEX_AFTER OWNER LOCKED IMPOSSIBLE", start=0
)


PlanRow = tuple[int, PlanStep]


class PlanModel(_ConstrainedModel):
    """The cheapest one-level raises to the target, in order, with who has to deliver them."""

    @override
    def columns(self) -> Mapping[int, Column[PlanRow]]:
        locked, impossible = self.constraints.columns(lambda row: row[1].indicator_id)
        return {
            PlanColumn.STEP: Column(self.tr("Langkah"), lambda r: str(r[0]), align=RIGHT),
            PlanColumn.INDICATOR: Column(
                self.tr("Indikator"), lambda r: f"{r[1].number}. {r[1].name}"
            ),
            PlanColumn.RAISE: Column(
                self.tr("Dari → ke"), lambda r: f"{r[1].from_level} → {r[1].to_level}", CENTER
            ),
            PlanColumn.GAIN: Column(
                self.tr("Kenaikan"), lambda r: "+" + fmt.number(r[1].gain, 3), RIGHT
            ),
            PlanColumn.INDEX_AFTER: Column(
                self.tr("Indeks jadi"), lambda r: fmt.number(r[1].index_after, 3), RIGHT
            ),
            PlanColumn.OWNER: Column(self.tr("Pemilik"), lambda r: r[1].owner),
            PlanColumn.LOCKED: locked,
            PlanColumn.IMPOSSIBLE: impossible,
        }

    def set_steps(self, steps: Sequence[PlanStep]) -> None:
        self.set_rows(list(enumerate(steps, start=1)))


@dataclass(frozen=True, slots=True)
class ConstraintRow:
    indicator: Indicator
    level: int | None


ConstraintColumn = IntEnum("ConstraintColumn", "INDICATOR LEVEL LOCKED IMPOSSIBLE", start=0)


class ConstraintsModel(_ConstrainedModel):
    """Every indicator with its decided level; tick to keep it out of the plan."""

    @override
    def columns(self) -> Mapping[int, Column[ConstraintRow]]:
        locked, impossible = self.constraints.columns(lambda row: row.indicator.id)
        return {
            ConstraintColumn.INDICATOR: Column(
                self.tr("Indikator"), lambda r: f"{r.indicator.number}. {r.indicator.name}"
            ),
            ConstraintColumn.LEVEL: Column(
                self.tr("Tingkat sekarang"),
                lambda r: str(r.level) if r.level else self.tr("1 (belum diputuskan)"),
                CENTER,
            ),
            ConstraintColumn.LOCKED: locked,
            ConstraintColumn.IMPOSSIBLE: impossible,
        }
