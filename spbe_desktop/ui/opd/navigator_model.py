"""Tree of the framework: group (domain or aspect) -> aspect -> indicator, with each status.

SPBE 2020 has domain -> aspect -> indicator; Pemdi 2026 has aspect -> indicator. Group rows
show how many of their (visible) indicators are filled in.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from typing_extensions import override

from spbe_desktop.core.models import Answer
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.ui.common.assets import icon_path
from spbe_desktop.ui.common.format import number

#: What an item of the tree answers besides its text: the indicator (or group) id, "indicator"
#: "aspect" or "group", the search text, whether the OPD answers for it, its status.
ID_ROLE, KIND_ROLE, SEARCH_ROLE, ASSIGNED_ROLE, STATUS_ROLE = range(
    Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 6
)


Column = IntEnum("Column", "NAME STATUS", start=0)


STATUS_LABELS = {
    "empty": QT_TRANSLATE_NOOP("status", "kosong"),
    "draft": QT_TRANSLATE_NOOP("status", "draf"),
    "ready": QT_TRANSLATE_NOOP("status", "siap"),
    "na": QT_TRANSLATE_NOOP("status", "tidak berlaku"),
}
VERDICT_LABELS = {
    "diterima": QT_TRANSLATE_NOOP("status", "diterima"),
    "perlu_revisi": QT_TRANSLATE_NOOP("status", "perlu revisi"),
    "ditolak": QT_TRANSLATE_NOOP("status", "ditolak"),
}
_STATUS_ICONS = {
    "empty": "status-empty",
    "draft": "status-draft",
    "ready": "status-ready",
    "na": "status-na",
    "diterima": "verdict-accepted",
    "perlu_revisi": "verdict-revise",
    "ditolak": "verdict-rejected",
}


def status_of(answer: Answer | None) -> str:
    """ "empty", "draft", "ready" or "na" (a stored answer with nothing in it is still empty)."""
    if answer is None:
        return "empty"
    if answer.status == "draft" and answer.level is None and not answer.justification.strip():
        return "empty"
    return answer.status if answer.status in STATUS_LABELS else "draft"


def status_label(status: str) -> str:
    return QCoreApplication.translate("status", str(STATUS_LABELS.get(status, status)))


def verdict_label(verdict: str) -> str:
    return QCoreApplication.translate("status", str(VERDICT_LABELS.get(verdict, verdict)))


def is_filled(answer: Answer | None) -> bool:
    return answer is not None and (answer.level is not None or answer.status == "na")


class NavigatorModel(QStandardItemModel):
    """The indicator tree of one pack; :meth:`update_answers` refreshes statuses in place."""

    def __init__(
        self, pack: Pack, assigned: tuple[str, ...] | None, parent: QObject | None = None
    ) -> None:
        super().__init__(0, len(Column), parent)
        self._pack = pack
        self._assigned = set(assigned) if assigned else None
        self._indicator_items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._group_items: list[tuple[QStandardItem, QStandardItem, tuple[str, ...]]] = []
        self._icons = {k: QIcon(icon_path(v)) for k, v in _STATUS_ICONS.items()}
        # Pemdi 2026: the values the accepted items give (None: whole levels, SPBE 2020).
        self._values: dict[str, Decimal] | None = None
        self._answers: dict[str, Answer] = {}
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("navigator", "Indikator"),
                QCoreApplication.translate("navigator", "Status"),
            ]
        )
        self._build()

    def _row(self, text: str, kind: str, ident: str, search: str) -> list[QStandardItem]:
        name = QStandardItem(text)
        name.setEditable(False)
        name.setData(kind, KIND_ROLE)
        name.setData(ident, ID_ROLE)
        name.setData(search.casefold(), SEARCH_ROLE)
        name.setToolTip(text)
        status = QStandardItem("")
        status.setEditable(False)
        status.setData(kind, KIND_ROLE)
        status.setData(ident, ID_ROLE)
        return [name, status]

    def _indicator_row(self, ind: Indicator) -> list[QStandardItem]:
        row = self._row(
            f"{ind.number}. {ind.name}", "indicator", ind.id, f"{ind.number} {ind.id} {ind.name}"
        )
        assigned = self._assigned is None or ind.id in self._assigned
        for item in row:
            item.setData(assigned, ASSIGNED_ROLE)
        self._indicator_items[ind.id] = (row[0], row[1])
        return row

    def _build(self) -> None:
        pack = self._pack
        imap = pack.indicator_map
        amap = {a.id: a for a in pack.aspects}
        root = self.invisibleRootItem()
        domain_word = QCoreApplication.translate("navigator", "Domain")
        aspect_word = QCoreApplication.translate("navigator", "Aspek")
        for group in pack.groups():
            if pack.top_level == "domain":
                row = self._row(
                    f"{domain_word} {group.number}. {group.name}", "group", group.id, group.name
                )
                domain = next(d for d in pack.domains if d.id == group.id)
                for aspect_id in domain.aspect_ids:
                    aspect = amap[aspect_id]
                    arow = self._row(
                        f"{aspect_word} {aspect.number}. {aspect.name}",
                        "aspect",
                        aspect.id,
                        aspect.name,
                    )
                    for ind_id in aspect.indicator_ids:
                        arow[0].appendRow(self._indicator_row(imap[ind_id]))
                    row[0].appendRow(arow)
            else:
                row = self._row(
                    f"{aspect_word} {group.number}. {group.name}", "group", group.id, group.name
                )
                for ind_id in group.indicator_ids:
                    row[0].appendRow(self._indicator_row(imap[ind_id]))
            root.appendRow(row)
            self._group_items.append((row[0], row[1], group.indicator_ids))

    def indicator_index(self, indicator_id: str) -> QModelIndex:
        items = self._indicator_items.get(indicator_id)
        return items[0].index() if items else QModelIndex()

    def update_values(self, values: dict[str, Decimal]) -> None:
        """Show each indicator's value (Pemdi 2026: from the accepted items, not a level)."""
        self._values = dict(values)
        self.update_answers(self._answers)

    def _filled(self, ind_id: str, answer: Answer | None) -> bool:
        if self._values is not None:
            return self._values.get(ind_id, Decimal(1)) > 1 or (
                answer is not None and answer.status == "na"
            )
        return is_filled(answer)

    def update_answers(self, answers: dict[str, Answer]) -> None:
        """Refresh the status column and the per-group progress."""
        self._answers = answers
        for ind_id, (name, status_item) in self._indicator_items.items():
            answer = answers.get(ind_id)
            status = status_of(answer)
            text = status_label(status)
            icon_key = status
            tip = text
            value = None if self._values is None else self._values.get(ind_id)
            if value is not None and status != "na":
                text = QCoreApplication.translate("navigator", "nilai %1").replace(
                    "%1", number(value)
                )
                icon_key = "ready" if value > 1 else "empty"
                tip = QCoreApplication.translate(
                    "navigator", "Nilai dari butir yang diterima koordinator: %1"
                ).replace("%1", number(value))
            elif answer is not None and answer.level is not None and status != "na":
                text = (
                    QCoreApplication.translate("navigator", "Tk %1 · %2")
                    .replace("%1", str(answer.level))
                    .replace("%2", text)
                )
            if answer is not None and answer.verdict:
                icon_key = answer.verdict
                text = verdict_label(answer.verdict)
                tip = QCoreApplication.translate("navigator", "Hasil koordinator: %1").replace(
                    "%1", text
                )
                if answer.verdict_comment:
                    tip += f"\n{answer.verdict_comment}"
            status_item.setText(text)
            status_item.setToolTip(tip)
            status_item.setData(status, STATUS_ROLE)
            name.setIcon(self._icons[icon_key])
        for _name, status_item, ids in self._group_items:
            visible = [i for i in ids if self._assigned is None or i in self._assigned] or list(ids)
            filled = sum(1 for i in visible if self._filled(i, answers.get(i)))
            status_item.setText(
                QCoreApplication.translate("navigator", "%1/%2 terisi")
                .replace("%1", str(filled))
                .replace("%2", str(len(visible)))
            )


class NavigatorFilter(QSortFilterProxyModel):
    """Shows indicators matching the search text and, optionally, only assigned ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._assigned_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_assigned_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._assigned_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, KIND_ROLE) != "indicator":
            return False  # groups show when a child matches (recursive filtering)
        if self._assigned_only and not model.data(index, ASSIGNED_ROLE):
            return False
        if not self._text:
            return True
        haystack = str(model.data(index, SEARCH_ROLE) or "")
        return all(term in haystack for term in self._text.split())
