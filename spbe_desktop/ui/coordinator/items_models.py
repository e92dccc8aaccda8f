"""Models of the Pemdi item views: each unit's items of an indicator (with their verdicts), the
revision queue ranked by index gain, and the self-assessment beside the external assessors'.

The ``read_*`` functions are job bodies: they run on a worker thread, call the services (each
opens its own store) and return plain dataclasses; they must not touch widgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from spbe_desktop.core.item_plan import coefficients
from spbe_desktop.core.items import ItemStatus, accepted_codes
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.packs import Pack
from spbe_desktop.services import items as item_service
from spbe_desktop.services.items import ItemRow
from spbe_desktop.services.workspace import IndexReport, index_report, indicators_json
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import RIGHT, Column, ColumnTableModel

_CTX = "coordinator"

ITEM_STATUS_LABELS: dict[str, object] = {
    ItemStatus.EMPTY: QT_TRANSLATE_NOOP("coordinator", "belum ada dokumen"),
    ItemStatus.ATTACHED: QT_TRANSLATE_NOOP("coordinator", "menunggu pemeriksaan"),
    ItemStatus.ACCEPTED: QT_TRANSLATE_NOOP("coordinator", "diterima"),
    ItemStatus.REVISION: QT_TRANSLATE_NOOP("coordinator", "dikembalikan"),
    ItemStatus.BLOCKED: QT_TRANSLATE_NOOP("coordinator", "terkunci (tingkat bawah belum lengkap)"),
}
REASON_LABELS: dict[str, object] = {
    "wrong-document": QT_TRANSLATE_NOOP("coordinator", "dokumen tidak sesuai"),
    "not-uploaded": QT_TRANSLATE_NOOP("coordinator", "belum diunggah"),
    "blocked": QT_TRANSLATE_NOOP("coordinator", "tingkat bawah belum lengkap"),
    "other": QT_TRANSLATE_NOOP("coordinator", "lainnya"),
}
STATUS_ICONS: dict[str, str] = {
    ItemStatus.EMPTY: "status-empty",
    ItemStatus.ATTACHED: "status-draft",  # waiting for a judgement, not done
    ItemStatus.ACCEPTED: "verdict-accepted",
    ItemStatus.REVISION: "verdict-revise",
    ItemStatus.BLOCKED: "status-na",
}


def item_status_text(status: str) -> str:
    return QCoreApplication.translate(_CTX, str(ITEM_STATUS_LABELS.get(status, status)))


def reason_text(reason: str | None) -> str:
    if reason is None or reason not in REASON_LABELS:
        return ""
    return QCoreApplication.translate(_CTX, str(REASON_LABELS[reason]))


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit whose items the coordinator judges: a registered OPD or the workspace's own."""

    opd_id: int
    name: str

    @property
    def arg(self) -> str | None:
        """What the item services take: the OPD's name, None for the workspace's own unit."""
        return None if self.opd_id == SELF_OPD else self.name


@dataclass(frozen=True, slots=True)
class UnitItem:
    """One unit's stand on one item."""

    unit: Unit
    row: ItemRow

    @property
    def reason(self) -> str | None:
        s = next((s for s in self.row.states if s.opd_id == self.unit.opd_id), None)
        return s.reason if s and s.verdict == "revision" else None

    @property
    def verdict_note(self) -> str:
        s = next((s for s in self.row.states if s.opd_id == self.unit.opd_id), None)
        return s.verdict_note if s and s.verdict else ""


def _involved(rows: list[ItemRow], units: Mapping[int, Unit]) -> list[Unit]:
    """The units that attached something or got a verdict on this indicator, by name."""
    ids = {d.opd_id for r in rows for d in r.documents} | {
        s.opd_id for r in rows for s in r.states if s.verdict
    }
    return sorted((units[i] for i in ids if i in units), key=lambda u: u.name.casefold())


def read_unit_items(workspace: Path, indicator: str, units: list[Unit]) -> list[UnitItem]:
    """Job body: every item of ``indicator`` per unit that has documents or verdicts on it."""
    rows = item_service.item_rows(workspace, indicator)
    out = []
    for unit in _involved(rows, {u.opd_id: u for u in units}):
        for row in item_service.item_rows(workspace, indicator, unit=unit.arg):
            if row.documents or any(s.verdict for s in row.states):
                out.append(UnitItem(unit, row))
    return out


@dataclass(frozen=True, slots=True)
class QueueRow:
    """An item waiting for the coordinator: attached and not judged, or returned for revision."""

    unit: Unit
    indicator_id: str
    indicator_number: int
    row: ItemRow
    gain: Decimal  # the instansi's index gain if this item is accepted


def read_queue(workspace: Path, pack: Pack, units: list[Unit]) -> list[QueueRow]:
    """Job body: the revision queue across units, the largest index gain first."""
    by_id = {u.opd_id: u for u in units}
    coef = coefficients(pack)
    everything = [(ind, item_service.item_rows(workspace, ind.id)) for ind in pack.indicators]
    accepted = accepted_codes(s for _i, rows in everything for r in rows for s in r.states)
    out = []
    for ind, rows in everything:
        if ind.external is not None or not ind.items:
            continue
        involved = _involved(rows, by_id)
        if not involved:
            continue
        now = Fraction(str(pack.scoring.indicator_value(ind, accepted)))
        for unit in involved:
            for row in item_service.item_rows(workspace, ind.id, unit=unit.arg):
                if row.status not in (ItemStatus.ATTACHED, ItemStatus.REVISION):
                    continue
                after = Fraction(str(pack.scoring.indicator_value(ind, accepted | {row.item.code})))
                gain = coef.get(ind.id, Fraction(0)) * (after - now)
                out.append(QueueRow(unit, ind.id, ind.number, row, Decimal(float(gain))))
    out.sort(key=lambda q: (-q.gain, q.indicator_number, q.row.item.code, q.unit.name))
    return out


@dataclass(frozen=True, slots=True)
class Comparison:
    """The index report and the indicators the external assessors valued."""

    report: IndexReport
    judged: frozenset[str]


def read_comparison(workspace: Path) -> Comparison:
    """Job body: the index, the assessors' beside it."""
    report = index_report(workspace)
    judged = frozenset(
        r["id"] for r in indicators_json(workspace) if r["assessor_value"] is not None
    )
    return Comparison(report, judged)


ItemColumn = IntEnum("ItemColumn", "UNIT CODE NAME STATUS DOCUMENTS REASON", start=0)


class UnitItemsModel(ColumnTableModel[UnitItem]):
    """Each unit's items of one indicator: documents, status and the verdict's reason."""

    @override
    def columns(self) -> Mapping[int, Column[UnitItem]]:
        return {
            ItemColumn.UNIT: Column(self.tr("OPD"), lambda r: r.unit.name),
            ItemColumn.CODE: Column(self.tr("Butir"), lambda r: r.row.item.code),
            ItemColumn.NAME: Column(
                self.tr("Nama butir"), lambda r: r.row.item.name, tooltip=lambda r: r.row.item.name
            ),
            ItemColumn.STATUS: Column(
                self.tr("Status"),
                lambda r: item_status_text(r.row.status),
                icon=lambda r: STATUS_ICONS.get(r.row.status),
            ),
            ItemColumn.DOCUMENTS: Column(
                self.tr("Dokumen"),
                lambda r: "; ".join(d.title or d.file_name for d in r.row.documents),
                tooltip=lambda r: "\n".join(d.file_name for d in r.row.documents) or None,
            ),
            ItemColumn.REASON: Column(
                self.tr("Alasan / catatan"), self._reason, tooltip=lambda r: self._reason(r) or None
            ),
        }

    def _reason(self, row: UnitItem) -> str:
        parts = [reason_text(row.reason), row.verdict_note]
        return " — ".join(p for p in parts if p)


QueueColumn = IntEnum("QueueColumn", "GAIN UNIT INDICATOR CODE NAME STATUS", start=0)


class QueueModel(ColumnTableModel[QueueRow]):
    """Items to judge or to chase, the largest index gain first."""

    @override
    def columns(self) -> Mapping[int, Column[QueueRow]]:
        return {
            QueueColumn.GAIN: Column(
                self.tr("Kenaikan indeks"),
                lambda r: "+" + fmt.number(r.gain, 4),
                align=RIGHT,
                header_tip=self.tr("Kenaikan indeks instansi bila butir ini diterima"),
            ),
            QueueColumn.UNIT: Column(self.tr("OPD"), lambda r: r.unit.name),
            QueueColumn.INDICATOR: Column(
                self.tr("Indikator"), lambda r: str(r.indicator_number), align=RIGHT
            ),
            QueueColumn.CODE: Column(self.tr("Butir"), lambda r: r.row.item.code),
            QueueColumn.NAME: Column(
                self.tr("Nama butir"), lambda r: r.row.item.name, tooltip=lambda r: r.row.item.name
            ),
            QueueColumn.STATUS: Column(
                self.tr("Status"),
                lambda r: item_status_text(r.row.status),
                icon=lambda r: STATUS_ICONS.get(r.row.status),
            ),
        }


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One aspect or indicator: the self-assessment and the assessors' value."""

    kind: str  # "aspect" | "indicator"
    label: str
    mandiri: Decimal
    asesor: Decimal | None


def compare_rows(comparison: Comparison) -> list[CompareRow]:
    """The index, each aspect and each indicator, mandiri beside asesor."""
    report = comparison.report
    a = report.assessor
    rows = [
        CompareRow(
            "index",
            QCoreApplication.translate("coordinator", "Indeks instansi"),
            report.result.index,
            a.index if a else None,
        )
    ]
    theirs = {g.id: g.index for g in a.aspects} if a else {}
    for g in report.result.aspects:
        label = QCoreApplication.translate("coordinator", "Aspek %1. %2")
        rows.append(
            CompareRow(
                "aspect",
                label.replace("%1", str(g.number)).replace("%2", g.name),
                g.index,
                theirs.get(g.id),
            )
        )
    judged = comparison.judged
    for ind in report.pack.indicators:
        value = report.values.get(ind.id)
        if value is None:
            continue
        label = QCoreApplication.translate("coordinator", "Indikator %1. %2")
        rows.append(
            CompareRow(
                "indicator",
                label.replace("%1", str(ind.number)).replace("%2", ind.name),
                value,
                report.assessor_values.get(ind.id) if ind.id in judged else None,
            )
        )
    return rows


CompareColumn = IntEnum("CompareColumn", "LABEL MANDIRI ASESOR DIFF", start=0)


class CompareModel(ColumnTableModel[CompareRow]):
    """Mandiri vs asesor per aspect and per indicator, with Indonesian decimal commas."""

    @override
    def columns(self) -> Mapping[int, Column[CompareRow]]:
        return {
            CompareColumn.LABEL: Column(
                self.tr("Aspek / indikator"), lambda r: r.label, tooltip=lambda r: r.label
            ),
            CompareColumn.MANDIRI: Column(
                self.tr("Mandiri"), lambda r: fmt.number(r.mandiri), align=RIGHT
            ),
            CompareColumn.ASESOR: Column(
                self.tr("Asesor"),
                lambda r: fmt.number(r.asesor) if r.asesor is not None else "–",
                align=RIGHT,
            ),
            CompareColumn.DIFF: Column(self.tr("Selisih"), self._diff, align=RIGHT),
        }

    def _diff(self, row: CompareRow) -> str:
        if row.asesor is None:
            return ""
        # The difference of the two values as shown, so 1,08 beside 1,08 is never "+0,01".
        d = fmt.rounded(row.asesor) - fmt.rounded(row.mandiri)
        return ("+" if d > 0 else "") + fmt.number(d)

    def set_comparison(self, comparison: Comparison) -> None:
        self.set_rows(compare_rows(comparison))
