"""Live index: the current index, its predicate, the gap to the target and the what-if plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QWidget,
)

from spbe_desktop.core.index import merge_runs, predicate_for
from spbe_desktop.core.items import uses_items
from spbe_desktop.services.workspace import IndexReport
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.index_summary import IndexSummary
from spbe_desktop.ui.common.layout import label, section, vbox

MAX_PLAN_STEPS = 12


class IndexPanel(QFrame):
    """Shows an :class:`IndexReport`; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexPanel")
        self.summary = IndexSummary(self.tr("Nilai indeks sekarang"))
        self.caption, self.value = self.summary.caption, self.summary.value
        self.predicate, self.gap = self.summary.predicate, self.summary.gap
        self.target = label(wrap=True)
        self.note = label(
            self.tr("Dihitung dari tingkat yang Anda isi; indikator kosong dihitung tingkat 1."),
            name="breadcrumb",
            wrap=True,
        )
        self.groups_grid = QGridLayout()
        self.groups_grid.setColumnStretch(0, 1)
        self._group_rows: list[tuple[QLabel, QProgressBar]] = []
        self.plan_hint = label(wrap=True)
        self.plan = QListWidget()
        self.plan.setObjectName("planList")
        self.plan.setAccessibleName(self.tr("Rencana kenaikan tingkat menuju target"))
        self.plan.setToolTip(
            self.tr(
                "Kenaikan satu tingkat yang paling besar pengaruhnya terhadap indeks, "
                "berurutan; setiap tingkat memerlukan tingkat di bawahnya."
            )
        )
        self.plan.setWordWrap(True)
        vbox(
            self.summary,
            self.target,
            self.note,
            6,
            section(self.tr("Indeks per bagian")),
            self.groups_grid,
            6,
            section(self.tr("Rencana menuju target")),
            self.plan_hint,
            (self.plan, 1),
            margins=12,
            parent=self,
        )

    def show_report(self, report: IndexReport, *, own_only: bool = False) -> None:
        self.summary.show_index(report.pack, report.result, report.target)
        self.target.setText(
            self.tr("Target: %1 (%2)")
            .replace("%1", fmt.number(report.target))
            .replace("%2", predicate_for(report.pack, report.target))
        )
        by_items = uses_items(report.pack)
        self.note.setText(
            self.tr(
                "Dihitung dari butir wajib yang diterima koordinator; butir di atas tingkat yang "
                "belum lengkap tidak dihitung."
            )
            if by_items
            else self.tr(
                "Dihitung dari tingkat yang Anda isi; indikator kosong dihitung tingkat 1."
            )
        )
        self._show_groups(report)
        if by_items:
            self._show_item_plan(report)
        else:
            self._show_plan(report, own_only)

    def _show_groups(self, report: IndexReport) -> None:
        groups = report.result.groups
        while len(self._group_rows) < len(groups):
            label = QLabel()
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(100, 500)
            bar.setMaximumWidth(90)
            bar.setTextVisible(True)
            row = len(self._group_rows)
            self.groups_grid.addWidget(label, row, 0)
            self.groups_grid.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignRight)
            self._group_rows.append((label, bar))
        for (label, bar), group in zip(self._group_rows, groups, strict=False):
            label.setText(f"{group.number}. {group.name}")
            bar.setValue(int(group.index * 100))
            bar.setFormat(fmt.number(group.index))
            bar.setAccessibleName(
                self.tr("Indeks %1: %2")
                .replace("%1", group.name)
                .replace("%2", fmt.number(group.index))
            )
            label.show()
            bar.show()
        for label, bar in self._group_rows[len(groups) :]:
            label.hide()
            bar.hide()

    def _show_plan(self, report: IndexReport, own_only: bool) -> None:
        plan = report.plan
        self.plan.clear()
        if not plan.steps:
            self.plan_hint.setText(self.tr("Tidak ada kenaikan yang diperlukan."))
            return
        steps = merge_runs(plan.steps)  # "42: 3 → 5", not "42: 3 → 4" then "42: 4 → 5"
        hint = self.tr("%n kenaikan tingkat diperlukan, dimulai dari:", "", len(plan.steps))
        if not plan.reached and own_only:
            hint = self.tr(
                "Indikator unit Anda saja belum cukup untuk mencapai target; sisanya "
                "diisi perangkat daerah lain. Kenaikan yang paling berpengaruh:"
            )
        elif not plan.reached:
            hint = self.tr("Target tidak tercapai walau semua tingkat dinaikkan.")
        self.plan_hint.setText(hint)
        for step in steps[:MAX_PLAN_STEPS]:
            text = (
                self.tr("%1. %2: %3 → %4 (+%5)")
                .replace("%1", str(step.number))
                .replace("%2", step.name)
                .replace("%3", str(step.from_level))
                .replace("%4", str(step.to_level))
                .replace("%5", fmt.number(step.gain, 3))
            )
            item = QListWidgetItem(text)
            tip = self.tr("Indeks menjadi %1").replace("%1", fmt.number(step.index_after, 3))
            if step.owner:
                tip += "\n" + self.tr("Pemilik: %1").replace("%1", step.owner)
            item.setToolTip(tip)
            self.plan.addItem(item)

    def _show_item_plan(self, report: IndexReport) -> None:
        """Under the items rule: the items to have accepted (or scores to raise), best first."""
        plan = report.item_plan
        self.plan.clear()
        if plan is None or not plan.steps:
            self.plan_hint.setText(self.tr("Tidak ada butir yang perlu ditambah."))
            return
        hint = self.tr("%n butir perlu diterima, dimulai dari:", "", len(plan.steps))
        if not plan.reached:
            hint = self.tr(
                "Target tidak tercapai dengan butir yang dapat Anda kerjakan; mulai dari:"
            )
        self.plan_hint.setText(hint)
        for step in plan.steps[:MAX_PLAN_STEPS]:
            what = step.item_code or self.tr("skor indeks nasional")
            text = (
                self.tr("%1. %2: %3 (+%4)")
                .replace("%1", str(step.number))
                .replace("%2", step.name)
                .replace("%3", what)
                .replace("%4", fmt.number(step.gain, 3))
            )
            item = QListWidgetItem(text)
            tip = step.item_name + "\n" if step.item_name else ""
            tip += self.tr("Indeks menjadi %1").replace("%1", fmt.number(step.index_after, 3))
            item.setToolTip(tip)
            self.plan.addItem(item)
