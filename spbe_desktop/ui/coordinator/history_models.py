"""Model of the history tab: the workspace's audit log, newest first."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from typing_extensions import override

from spbe_desktop.core.models import AuditEntry
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel
from spbe_desktop.ui.coordinator import labels

HistoryColumn = IntEnum("HistoryColumn", "AT ACTOR ACTION ENTITY DETAIL", start=0)


def _detail(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_short(v)}" for k, v in value.items())
    return _short(value)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


def _detail_tip(row: AuditEntry) -> str | None:
    if row.new is None:
        return None
    before = _detail(row.old)
    after = json.dumps(row.new, ensure_ascii=False, indent=1)
    return (before + "\n→\n" + after) if before else after


class HistoryModel(ColumnTableModel[AuditEntry]):
    """The audit log, newest first; answer entities are shown with the OPD's name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opd_names: dict[int, str] = {}
        self.numbers: dict[str, int] = {}

    @override
    def columns(self) -> Mapping[int, Column[AuditEntry]]:
        return {
            HistoryColumn.AT: Column(self.tr("Waktu"), lambda r: fmt.timestamp(r.at)),
            HistoryColumn.ACTOR: Column(self.tr("Pelaku"), lambda r: r.actor),
            HistoryColumn.ACTION: Column(
                self.tr("Tindakan"),
                lambda r: labels.action_text(r.action),
                tooltip=lambda r: r.action,
            ),
            HistoryColumn.ENTITY: Column(
                self.tr("Entitas"), lambda r: self.entity_text(r.entity), tooltip=lambda r: r.entity
            ),
            HistoryColumn.DETAIL: Column(
                self.tr("Rincian"), lambda r: _detail(r.new), tooltip=_detail_tip
            ),
        }

    def entity_text(self, entity: str) -> str:
        """ "answer:3:I29" -> "BPKAD · indikator 29" ("Instansi" for the decision itself)."""
        kind, _, rest = entity.partition(":")
        if kind != "answer" or rest.count(":") != 1:
            return entity
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
