"""Small pieces the coordinator tabs share: running a job for a widget, tables, the legend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from typing_extensions import override

from spbe_desktop.errors import SpbeError
from spbe_desktop.ui import prompts
from spbe_desktop.ui.coordinator import ask, labels
from spbe_desktop.ui.coordinator.models import STATE_ROLE
from spbe_desktop.ui.coordinator.palette import LEGEND_STATES, tint
from spbe_desktop.ui.jobs import Job, JobFunction, JobRunner


def run_job(
    owner: QWidget,
    runner: JobRunner,
    fn: JobFunction,
    *,
    title: str,
    on_success: Callable[[Any], Any] | None = None,
    on_failure: Callable[[BaseException], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
    on_progress: Callable[[int, int, str], Any] | None = None,
    key: str | None = None,
    modal: bool = False,
) -> Job | None:
    """TRANSITION: the tabs move to ``runner.submit(owner=…)`` directly."""
    return runner.submit(
        fn,
        title=title,
        key=key,
        owner=owner,
        modal=modal,
        on_done=on_success,
        on_error=on_failure,
        on_cancelled=on_cancelled,
        on_progress=on_progress,
    )


def show_error(widget: QWidget, exc: BaseException) -> None:
    prompts.show_failure(widget, exc)


def run_trust(
    owner: QWidget,
    runner: JobRunner,
    pin: Callable[[bool, bool], Any],
    *,
    title: str,
    on_success: Callable[[Any], Any],
    replace: bool = False,
    unrevoke: bool = False,
) -> None:
    """Run a trust decision ``pin(replace, unrevoke)`` (``exchange.trust_card`` or
    ``trust_public_key``). When the service refuses a change that needs the coordinator's
    explicit word (another key for an OPD whose key still works, a revoked key), a warning
    shows the fingerprints and the decision runs again only if the coordinator confirms it."""

    def refused(exc: BaseException) -> None:
        code = exc.code if isinstance(exc, SpbeError) else ""
        params = exc.params if isinstance(exc, SpbeError) else {}
        again: dict[str, bool] | None = None
        if code == "exchange.key_replace_needed" and not replace:
            if not ask.confirm_key_replace(owner, params["name"], params["old"], params["new"]):
                return
            again = {"replace": True, "unrevoke": unrevoke}
        elif code == "exchange.key_revoked" and not unrevoke:
            if not ask.confirm_unrevoke(owner, params["name"], params["fingerprint"]):
                return
            again = {"replace": replace, "unrevoke": True}
        if again is None:
            show_error(owner, exc)
            return
        run_trust(owner, runner, pin, title=title, on_success=on_success, **again)

    run_job(
        owner,
        runner,
        lambda _t: pin(replace, unrevoke),
        title=title,
        on_success=on_success,
        on_failure=refused,
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


def fit_columns(view: QTableView, widest: int = 360) -> None:
    """Size columns to their contents, capped so one long title cannot push the rest away."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


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


def plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
