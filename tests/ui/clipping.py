"""Find the texts a window cuts off: labels, buttons, combo boxes, fields, table headers and
table columns too narrow for what they show ("Per doma", "Tak mung", "Ko", a 25 px "Judul").

Only what the user sees counts: widgets hidden (or on a hidden tab) are skipped, and a widget
inside a scroll area is measured against its own size, not the part scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

#: A column may be narrower than its longest cell (which is then elided, with a tooltip) only if
#: it still shows this much of it.
READABLE_COLUMN = 140
#: Rows looked at per table (enough to see what a column holds).
ROWS = 40
SLACK = 2


def clipped_texts(root: QWidget) -> list[str]:
    """Every text inside ``root`` (its window's visible part) that does not fit its widget."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow() and widget is not root:
            continue
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QLineEdit)):
            continue  # a part of another control (a spin box's field, a clear button)
        problem = _problem(widget)
        if problem:
            found.append(problem)
    return found


def _problem(widget: QWidget) -> str | None:
    if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)):
        # Squeezed in height: the text's lower half is cut off.
        need = widget.minimumSizeHint().height()
        if widget.height() + SLACK < need:
            return f"{type(widget).__name__} {_text(widget)!r}: height {widget.height()} < {need}"
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton):
        text = widget.text()
        if text and widget.sizeHint().width() > widget.width() + SLACK:
            return f"button {text!r}: {widget.width()} < {widget.sizeHint().width()}"
        return None
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QLineEdit):
        text = widget.text()
        need = widget.fontMetrics().horizontalAdvance(text) + 12
        if text and need > widget.width() + SLACK:
            return f"field {text!r}: {widget.width()} < {need}"
        return None
    if isinstance(widget, QTableView):
        return _table(widget)
    return None


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"label {text[:40]!r}: height {label.height()} < {need}"
        if label.minimumSizeHint().width() > label.width() + SLACK:
            return f"label {text[:40]!r}: width {label.width()} < {label.minimumSizeHint().width()}"
        return None
    if label.sizeHint().width() > label.width() + SLACK:
        return f"label {text[:40]!r}: {label.width()} < {label.sizeHint().width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if field.width() + SLACK < min(need, READABLE_COLUMN * 2):
        return f"combo {text!r}: {field.width()} < {need}"
    return None


def _table(table: QTableView) -> str | None:
    model = table.model()
    header = table.horizontalHeader()
    if model is None or header.isHidden():
        return None
    problems = []
    metrics = table.fontMetrics()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need_title = _header_need(header, title)
        if title and width + SLACK < need_title:
            problems.append(f"header {title!r}: {width} < {need_title}")
            continue
        widest = 0
        for row in range(min(ROWS, model.rowCount())):
            text = model.index(row, column).data()
            if text is None:
                continue
            widest = max(widest, metrics.horizontalAdvance(str(text)) + 6)
        if widest and width + SLACK < min(widest, READABLE_COLUMN):
            problems.append(f"column {title!r}: {width} < {min(widest, READABLE_COLUMN)}")
    return f"table {table.objectName() or table.accessibleName()}: {problems}" if problems else None


def _header_need(header: QHeaderView, title: str) -> int:
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin


def _text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        return (
            widget.text() or widget.placeholderText()
            if isinstance(widget, QLineEdit)
            else widget.text()
        )
    return ""
