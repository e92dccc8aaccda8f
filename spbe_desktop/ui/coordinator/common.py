"""Small pieces the coordinator tabs share: pinning an OPD's key, tables, the matrix legend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from typing_extensions import override

from spbe_desktop.errors import SpbeError
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.table_model import ColumnTableModel
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.dashboard_models import STATE_ROLE
from spbe_desktop.ui.coordinator.palette import LEGEND_STATES, tint


class WorkspaceTab(QWidget):
    """A tab of the coordinator window: it reads and writes its workspace only through jobs."""

    status_message = Signal(str)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.newest = Newest()  # wrap a read's on_done: a newer read supersedes it


#: ``pin(name, replace, unrevoke)``: ``exchange.trust_card`` or ``trust_public_key`` for a name.
Pin = Callable[[str, bool, bool], Any]


def pin_key(
    owner: QWidget,
    runner: JobRunner,
    request: FingerprintRequest,
    pin: Pin,
    on_done: Callable[[Any], Any],
) -> None:
    """Show a key's fingerprint; once the coordinator confirmed it with the OPD by phone, pin it
    to the OPD chosen there, in a job.

    When the service refuses a change that needs the coordinator's explicit word (another key
    for an OPD whose key still works, a revoked key), a warning shows the fingerprints and the
    pinning runs again only if the coordinator confirms it.
    """
    name = prompts.confirm_fingerprint(owner, request)
    if name:
        _pin(owner, runner, lambda replace, unrevoke: pin(name, replace, unrevoke), on_done)


def _pin(
    owner: QWidget,
    runner: JobRunner,
    pin: Callable[[bool, bool], Any],
    on_done: Callable[[Any], Any],
    replace: bool = False,
    unrevoke: bool = False,
) -> None:
    def refused(exc: BaseException) -> None:
        code = exc.code if isinstance(exc, SpbeError) else ""
        params = exc.params if isinstance(exc, SpbeError) else {}
        if code == "exchange.key_replace_needed" and not replace:
            if prompts.confirm_key_replace(owner, params["name"], params["old"], params["new"]):
                _pin(owner, runner, pin, on_done, True, unrevoke)
        elif code == "exchange.key_revoked" and not unrevoke:
            if prompts.confirm_unrevoke(owner, params["name"], params["fingerprint"]):
                _pin(owner, runner, pin, on_done, replace, True)
        else:
            prompts.show_failure(owner, exc)

    runner.submit(
        lambda _t: pin(replace, unrevoke),
        title=QCoreApplication.translate("coordinator", "Menyematkan kunci OPD"),
        owner=owner,
        on_done=on_done,
        on_error=refused,
    )


def make_table(model: Any, name: str, accessible: str) -> QTableView:
    """A read-mostly table: whole-row selection, sortable off, last column stretched."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    # Column widths from the first rows only: measuring 2,000 history rows stalls the GUI.
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def wire_preview(
    view: QTableView, button: QPushButton, doc_id: Callable[[Any], int], preview: SignalInstance
) -> None:
    """Double-click, or the button (enabled while a row is selected), previews the document of
    the row (``doc_id(row)``)."""
    model = view.model()
    assert isinstance(model, ColumnTableModel)

    def selected() -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def emit(row: int | None) -> None:
        if row is not None:
            preview.emit(doc_id(model.row_at(row)))

    view.doubleClicked.connect(lambda index: emit(index.row()))
    button.clicked.connect(lambda: emit(selected()))
    view.selectionModel().selectionChanged.connect(
        lambda *_a: button.setEnabled(selected() is not None)
    )
    button.setEnabled(False)


class StateDelegate(QStyledItemDelegate):
    """Paints a cell's background from its ``STATE_ROLE``, tinted into the view's palette."""

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        state = index.data(STATE_ROLE)
        if state:
            color = tint(option.palette, str(state))  # type: ignore[attr-defined]
            if color is not None:
                option.backgroundBrush = QBrush(color)  # type: ignore[attr-defined]
            if state == "unassigned":
                option.palette.setColor(  # type: ignore[attr-defined]
                    QPalette.ColorRole.Text,
                    option.palette.color(QPalette.ColorRole.PlaceholderText),  # type: ignore[attr-defined]
                )


class _Swatch(QFrame):
    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(14, 14)
        self.setFrameShape(QFrame.Shape.Box)

    @override
    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        color = tint(self.palette(), self.state)
        if color is not None:
            painter.fillRect(self.rect(), color)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class Legend(QWidget):
    """What the matrix colours mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = {
            "diterima": labels.verdict_text("diterima"),
            "perlu_revisi": labels.verdict_text("perlu_revisi"),
            "ditolak": labels.verdict_text("ditolak"),
            "ready": labels.status_text("ready"),
            "draft": labels.status_text("draft"),
            "unassigned": self.tr("tidak ditugaskan"),
        }
        for state in LEGEND_STATES:
            layout.addWidget(_Swatch(state))
            label = QLabel(texts[state])
            layout.addWidget(label)
            layout.addSpacing(10)
        note = QLabel(self.tr("Angka = tingkat yang diklaim OPD; – = tidak berlaku."))
        note.setObjectName("breadcrumb")
        layout.addWidget(note)
        layout.addStretch(1)
