"""Bar chart of the index per domain or per aspect, with the target as a vertical line.

Painted by hand rather than with QtCharts: QtCharts gives a category axis at most about 40 % of
the chart's width and elides every longer label to "...", so the seven Pemdi aspect names
("1. Tata Kelola dan Manajemen Pemerintah Digital (1,04)") all read "..." on a laptop screen.
Here each group's name gets the room it needs, wrapped onto two lines when it must be, and is
elided (with the whole name in the tooltip and the accessible description) only on a very
narrow window.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from spbe_desktop.core.index import GroupScore
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.coordinator.palette import accent, target_line

MAX_LEVEL = 5
#: Share of the width the names may take at most; the bars get the rest.
_LABEL_SHARE = 0.62
_GAP = 8  # pixels between names and bars, and around the plot


class GroupChart(QWidget):
    """Read-only; the values are also in the accessible description and in each row's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupChart")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.categories: list[str] = []  # top to bottom: "1. Name (1,50)"
        self._names: list[str] = []  # as painted: "1. Name" (the value goes after the bar)
        self._shown: list[str] = []  # the values as the GUI writes them
        self._values: list[float] = []
        self._target = 0.0

    def show_scores(self, groups: Sequence[GroupScore], target: Decimal, caption: str) -> None:
        self.categories = [f"{g.number}. {g.name} ({fmt.number(g.index)})" for g in groups]
        self._names = [f"{g.number}. {g.name}" for g in groups]
        self._shown = [fmt.number(g.index) for g in groups]
        self._values = [max(0.0, min(float(g.index), MAX_LEVEL)) for g in groups]
        self._target = max(0.0, min(float(target), MAX_LEVEL))
        summary = "; ".join(f"{g.number}. {g.name} {fmt.number(g.index)}" for g in groups)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(
            self.tr("%1. Garis putus-putus: target %2.")
            .replace("%1", summary)
            .replace("%2", fmt.number(target))
        )
        self.setToolTip(self.accessibleDescription())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(480, max(200, len(self.categories) * (2 * line + 6) + 3 * line))

    # --------------------------------------------------------------------------- painting
    def label_width(self) -> int:
        """Width given to the names: what the longest needs on the lines its row holds (one,
        or two when the chart is tall enough), within its share of the width."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(c) for c in self._names), default=0)
        if self._row_height() >= 2 * fm.height():
            widest = min(widest, widest // 2 + fm.averageCharWidth() * 12)
        return max(0, min(widest, int(self.width() * _LABEL_SHARE)))

    def _row_height(self) -> float:
        bottom = self.height() - self.fontMetrics().height() - _GAP  # the scale's numbers
        return max(1.0, (bottom - _GAP) / max(1, len(self.categories)))

    def _geometry(self) -> tuple[int, int, int, int, int, float]:
        """names' width, plot left and right, top, bottom, row height (pixels)."""
        fm = self.fontMetrics()
        names = self.label_width()
        right = self.width() - _GAP - fm.horizontalAdvance(" 5,00")  # room for a value
        bottom = self.height() - fm.height() - _GAP  # room for the scale's numbers
        return names, names + _GAP, right, _GAP, bottom, self._row_height()

    def painted_names(self) -> list[str]:
        """Each group's name as painted at the current size: whole (wrapped onto as many
        lines as its row holds) or, only when that is not enough, elided in the middle."""
        fm = self.fontMetrics()
        names, _left, _right, _top, _bottom, row_height = self._geometry()
        room = QRectF(0, 0, names, row_height).toRect()
        out = []
        for name in self._names:
            if fm.boundingRect(room, Qt.TextFlag.TextWordWrap, name).height() > row_height:
                name = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, names)
            out.append(name)
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.categories:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(QPalette.ColorRole.WindowText))
        line = self.fontMetrics().height()
        names, left, right, top, bottom, row_height = self._geometry()
        plot_width = max(1, right - left)

        def x_of(value: float) -> float:
            return left + plot_width * value / MAX_LEVEL

        # The scale: a grid line and a number at every level.
        grid = QPen(palette.color(QPalette.ColorRole.Midlight))
        for level in range(MAX_LEVEL + 1):
            x = x_of(level)
            painter.setPen(grid)
            painter.drawLine(int(x), top, int(x), bottom)
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(x - line, bottom + 2, 2 * line, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(level),
            )
        # The target: a dashed vertical line over the whole height of the bars (under the text).
        pen = QPen(target_line(palette))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(int(x_of(self._target)), top, int(x_of(self._target)), bottom)
        # One row per group: its name, the bar and its value.
        option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        rows_drawn = zip(self.painted_names(), self._shown, self._values, strict=True)
        for i, (name, shown, value) in enumerate(rows_drawn):
            y = top + i * row_height
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y, names, row_height), name, option)
            bar_height = min(row_height * 0.6, 2.2 * line)
            bar = QRectF(left, y + (row_height - bar_height) / 2, x_of(value) - left, bar_height)
            painter.fillRect(bar, accent(palette))
            painter.drawText(
                QRectF(bar.right() + 4, y, self.width() - bar.right(), row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
        painter.end()
