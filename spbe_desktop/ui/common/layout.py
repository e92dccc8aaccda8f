"""Builders for what every tab and dialog lays out the same way.

Rows and columns of widgets, titled panels, labels with their style name, the standard button
rows of a dialog and the big fingerprint a user reads out on the phone. They only build
widgets; what the widgets mean stays with the tab or dialog that uses them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

#: In a :func:`vbox` or :func:`hbox`: stretchable empty space.
STRETCH = "stretch"
#: What a box holds: a widget or a layout (with a stretch factor as a pair), a spacing in
#: pixels, or ``STRETCH``.
Item = QWidget | QLayout | int | str | tuple[QWidget | QLayout, int]


def _fill(box: QBoxLayout, items: tuple[Item, ...], margins: int | None) -> None:
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        thing, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(thing, QWidget):
            box.addWidget(thing, stretch)
        elif isinstance(thing, QLayout):
            box.addLayout(thing, stretch)
        elif thing == STRETCH:
            box.addStretch(1)
        elif isinstance(thing, int):
            box.addSpacing(thing)


def vbox(*items: Item, margins: int | None = None, parent: QWidget | None = None) -> QVBoxLayout:
    """A column of ``items`` (installed on ``parent`` when given)."""
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(box, items, margins)
    return box


def hbox(*items: Item, margins: int | None = None, parent: QWidget | None = None) -> QHBoxLayout:
    """A row of ``items`` (installed on ``parent`` when given)."""
    box = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _fill(box, items, margins)
    return box


def panel(*items: Item) -> QWidget:
    """A plain widget holding a column of ``items`` without margins (a splitter's pane)."""
    widget = QWidget()
    vbox(*items, margins=0, parent=widget)
    return widget


def label(text: str = "", *, name: str = "", wrap: bool = False, plain: bool = False) -> QLabel:
    """A label; ``name`` is its style-sheet name (``sectionTitle``, ``breadcrumb``…)."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    if plain:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def section(text: str, *, wrap: bool = False) -> QLabel:
    """The bold title above a part of a page; ``wrap`` on a page that must fit a narrow width
    (a title beside other widgets in a row should not wrap: it would give way to them)."""
    return label(text, name="sectionTitle", wrap=wrap)


def refill(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace a combo box's (text, data) items, keeping the chosen one if it is still there;
    no change signal is emitted."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


def repolish(widget: QWidget, name: str, value: Any) -> None:
    """Set a property the style sheet selects on, and restyle the widget for it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def ok_cancel(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], Any] | None = None
) -> QDialogButtonBox:
    """OK (labelled ``ok_text``; runs ``on_ok``, else accepts) and Cancel (rejects)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("layout", "Batal")
    )
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_button(on_close: Callable[[], Any]) -> QDialogButtonBox:
    """A single "Tutup" button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("layout", "Tutup")
    )
    buttons.rejected.connect(on_close)
    return buttons


def screen_room(widget: QWidget) -> QSize:
    """The room a window of ``widget`` has: the available geometry of the screen it is on (or
    of the primary screen), less a margin for the window frame and the title bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1024, 600)
    room = screen.availableGeometry().size()
    return QSize(max(320, room.width() - 16), max(240, room.height() - 48))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window to ``width`` × ``height``, but never beyond the screen it is on (a 1366 × 768
    or 1024 × 600 laptop screen is smaller than many dialogs' comfortable size)."""
    room = screen_room(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def fingerprint_label(fingerprint: str, accessible_name: str) -> QLabel:
    """A key's fingerprint, large, monospaced and selectable, to read out on the phone."""
    widget = QLabel(fingerprint)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setAccessibleName(accessible_name)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(mono.pointSizeF() * 1.3)
    mono.setWeight(QFont.Weight.DemiBold)
    widget.setFont(mono)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget
