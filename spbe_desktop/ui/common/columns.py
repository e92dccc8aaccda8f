"""Table column widths that keep every column readable, at any window width.

Columns are sized to their contents (capped, so one long value cannot push the rest away), and
one main column, a document's title say, takes the width that is left. A table narrower than
its columns scrolls sideways instead of squeezing the main column to a few pixels ("Pe…", a
25 px "Judul"), and no header is ever cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView
from typing_extensions import override

#: The main column keeps at least this much (or its whole content, when that is shorter).
LEAST_MAIN = 180


class ColumnFit(QObject):
    """Sizes the columns of one table; the main column follows the table's width."""

    def __init__(self, view: QTableView, main: int, widest: int, least: int) -> None:
        super().__init__(view)
        self._view = view
        self._main = main  # -1: the last column
        self._widest = widest
        self._least = least
        self._main_content = 0
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    @classmethod
    def of(
        cls, view: QTableView, main: int = -1, widest: int = 360, least: int = LEAST_MAIN
    ) -> ColumnFit:
        """The table's fitter (made the first time), for ``main`` (-1: the last column)."""
        fit = view.findChild(cls)
        if fit is None:
            fit = cls(view, main, widest, least)
        fit._main, fit._widest, fit._least = main, widest, least
        return fit

    def refit(self) -> None:
        """Measure the columns again (call after the rows changed)."""
        view = self._view
        model = view.model()
        if model is None or model.columnCount() == 0:
            return
        header = view.horizontalHeader()
        main = self._main_column()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            need = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column == main:
                self._main_content = need
            else:
                # Capped, but never below the header: a title is never cut short.
                header.resizeSection(
                    column, max(min(need, self._widest), header.sectionSizeHint(column))
                )
        self._fill()

    def _main_column(self) -> int:
        model = self._view.model()
        count = model.columnCount() if model is not None else 0
        return self._main if 0 <= self._main < count else count - 1

    def _fill(self) -> None:
        view = self._view
        model = view.model()
        if model is None or model.columnCount() == 0:
            return
        header = view.horizontalHeader()
        main = self._main_column()
        others = sum(
            header.sectionSize(c)
            for c in range(model.columnCount())
            if c != main and not header.isSectionHidden(c)
        )
        room = view.viewport().width() - others
        least = max(min(self._main_content, self._least), header.sectionSizeHint(main))
        header.resizeSection(main, max(least, room))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fill()
        return False


def fit_columns(view: QTableView, widest: int = 360, main: int = -1) -> None:
    """Size ``view``'s columns to their contents (at most ``widest``); ``main`` (default: the
    last column) takes the width that is left and never less than it needs to be read."""
    ColumnFit.of(view, main, widest).refit()
