"""A table over a list of rows (dataclasses) whose columns are declared as data.

A model lists its columns once, as :class:`Column` specs: the header, what a cell shows, its
alignment, tooltip, icon and sort key, and a check box for the few columns a user ticks.
:class:`ColumnTableModel` answers every Qt role from that list, so a model says *what* each
column is and never repeats *how* a table answers Qt. Rows are replaced as a whole
(``set_rows``) inside a model reset.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from typing_extensions import override

from spbe_desktop.ui.common.assets import icon_path

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
DECORATION = Qt.ItemDataRole.DecorationRole
CHECK = Qt.ItemDataRole.CheckStateRole
FONT = Qt.ItemDataRole.FontRole
#: The row object itself (every model answers it).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The invisible root (a module-level default instead of a call in each signature).
ROOT = QModelIndex()
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def check_state(on: bool) -> int:
    """The value of ``CheckStateRole`` for a ticked or an empty box."""
    return (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value


def is_checked(value: Any) -> bool:
    """Whether a value given to ``setData(…, CheckStateRole)`` ticks the box."""
    state = value.value if isinstance(value, Qt.CheckState) else int(value)
    return bool(state == Qt.CheckState.Checked.value)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its (translated) header and what each of its cells shows.

    ``text`` is the cell's text (None: a column of check boxes only); ``icon`` names a shipped
    icon; ``sort_key`` orders rows when a view sorts (default: the text); ``checked`` and
    ``set_checked`` make the cell a check box the user ticks.
    """

    header: str
    text: Callable[[R], str] | None = None
    align: int | None = None
    tooltip: Callable[[R], str | None] | None = None
    icon: Callable[[R], str | None] | None = None
    header_tip: str | None = None
    sort_key: Callable[[R], Any] | None = None
    checked: Callable[[R], bool] | None = None
    set_checked: Callable[[R, bool], None] | None = None


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """A table of one row object per row; subclasses declare their columns in ``columns()``.

    ``columns()`` maps each column number (a member of the model's ``IntEnum``) to its spec. It
    is read once, when the model is made: the GUI rebuilds its widgets when the language
    changes, so headers are translated there with ``self.tr``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._icons: dict[str, QIcon] = {}
        specs = self.columns()
        assert sorted(specs) == list(range(len(specs))), "columns are numbered 0, 1, 2, …"
        self._columns: list[Column[R]] = [specs[k] for k in range(len(specs))]

    def columns(self) -> Mapping[int, Column[R]]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        return [c.header for c in self._columns]

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def cells_changed(self, role: int = DISPLAY) -> None:
        """Every cell's ``role`` may have changed (e.g. an outside state behind check boxes)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [role])

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = QIcon(icon_path(name))
        return self._icons[name]

    @override
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == DISPLAY:
            return self._columns[section].header
        if role == TOOLTIP:
            return self._columns[section].header_tip
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._columns[index.column()].set_checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    @override
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == DISPLAY:
            return column.text(row) if column.text is not None else None
        if role == TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == DECORATION:
            name = column.icon(row) if column.icon is not None else None
            return self._icon(name) if name else None
        if role == ALIGN:
            return column.align
        if role == CHECK and column.checked is not None:
            return check_state(column.checked(row))
        if role == ROW_ROLE:
            return row
        return None

    @override
    def setData(self, index: Index, value: Any, role: int = CHECK) -> bool:
        if not index.isValid() or role != CHECK:
            return False
        column = self._columns[index.column()]
        if column.set_checked is None:
            return False
        column.set_checked(self._rows[index.row()], is_checked(value))
        self.dataChanged.emit(index, index, [CHECK])
        return True

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_key or spec.text
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
