"""Bar chart of the index per domain or per aspect, with the target as a vertical line."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.index import GroupScore
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.coordinator.palette import accent, target_line

MAX_LEVEL = 5


class GroupChart(QChartView):
    """Read-only; the values are also in the accessible description and the axis labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        self.setChart(chart)
        self.categories: list[str] = []

    def show_scores(self, groups: Sequence[GroupScore], target: Decimal, caption: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        ordered = list(reversed(groups))  # the first group drawn on top
        self.categories = [f"{g.number}. {g.name} ({fmt.number(g.index)})" for g in ordered]
        bars = QBarSet(caption)
        bars.append([float(g.index) for g in ordered])
        bars.setColor(accent(palette))
        bars.setBorderColor(accent(palette))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(self.categories)
        axis_y.setLabelsBrush(QBrush(text))
        axis_y.setGridLineVisible(False)
        axis_x = QValueAxis()
        axis_x.setRange(0, MAX_LEVEL)
        axis_x.setTickCount(MAX_LEVEL + 1)
        axis_x.setLabelFormat("%d")
        axis_x.setLabelsBrush(QBrush(text))
        axis_x.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        # The target: a vertical line at x = target over the whole height of the bars.
        line = QLineSeries()
        n = len(ordered)
        line.append(float(target), -0.5)
        line.append(float(target), n - 0.5)
        pen = QPen(target_line(palette))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        axis_t = QValueAxis()
        axis_t.setRange(-0.5, n - 0.5)
        axis_t.setVisible(False)
        chart.addAxis(axis_t, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(axis_x)
        line.attachAxis(axis_t)
        summary = "; ".join(f"{g.number}. {g.name} {fmt.number(g.index)}" for g in groups)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(
            self.tr("%1. Garis putus-putus: target %2.")
            .replace("%1", summary)
            .replace("%2", fmt.number(target))
        )
        self.setToolTip(self.accessibleDescription())
