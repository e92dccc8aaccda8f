"""What-if: the cheapest one-level raises from the decided levels to the target, with the OPD
that owns each step; indicators can be locked or marked impossible this year."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QPushButton, QSplitter, QWidget

from spbe_desktop.core.index import IndexResult, display_value, predicate_for
from spbe_desktop.core.packs import Pack
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.coordinator import Overview, WhatIf
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, panel, section, vbox
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.what_if_models import (
    ConstraintColumn,
    ConstraintRow,
    Constraints,
    ConstraintsModel,
    PlanColumn,
    PlanModel,
)


class WhatIfTab(WorkspaceTab):
    """Plan table and constraints; every change recomputes in a job."""

    target_changed = Signal(object)  # Decimal
    plan_shown = Signal()

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.pack: Pack | None = None
        self.target: Decimal | None = None
        self.result: WhatIf | None = None
        self.current_index: IndexResult | None = None
        self.constraints = Constraints(self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setObjectName("targetSpin")
        self.target_spin.setLocale(QLocale())
        self.target_spin.setDecimals(2)
        self.target_spin.setRange(1.0, 5.0)
        self.target_spin.setSingleStep(0.05)
        self.target_spin.setKeyboardTracking(False)
        self.target_spin.setAccessibleName(self.tr("Target indeks"))
        self.target_name = QLabel()
        self.next_button = QPushButton(self.tr("Ambang predikat &berikutnya"))
        self.next_button.setToolTip(
            self.tr("Jadikan target batas bawah predikat di atas predikat sekarang")
        )
        target_label = QLabel(self.tr("&Target indeks:"))
        target_label.setBuddy(self.target_spin)
        self.summary = label(name="indexGap", wrap=True)

        self.plan_model = PlanModel(self.constraints, self)
        self.plan = make_table(self.plan_model, "planTable", self.tr("Rencana menuju target"))
        plan_hint = label(
            self.tr(
                "Kenaikan satu tingkat yang paling besar pengaruhnya lebih dulu; setiap "
                "tingkat memerlukan tingkat di bawahnya. Centang Kunci untuk mempertahankan "
                "tingkat indikator, atau Tak mungkin bila indikator tidak mungkin dinaikkan "
                "tahun ini."
            ),
            name="breadcrumb",
            wrap=True,
        )
        plan_hint.setMinimumWidth(200)  # wraps instead of widening its pane

        self.constraints_model = ConstraintsModel(self.constraints, self)
        self.constraint_table = make_table(
            self.constraints_model, "constraintsTable", self.tr("Batasan per indikator")
        )
        self.excluded = label(name="breadcrumb", wrap=True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(
            panel(section(self.tr("Rencana menuju target")), plan_hint, (self.plan, 1))
        )
        splitter.addWidget(
            panel(
                section(self.tr("Batasan per indikator")),
                self.excluded,
                (self.constraint_table, 1),
            )
        )
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 600])
        splitter.setChildrenCollapsible(False)
        vbox(
            hbox(target_label, self.target_spin, self.target_name, self.next_button, STRETCH),
            self.summary,
            (splitter, 1),
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.target_spin.valueChanged.connect(self._on_target_spin_changed)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.constraints.changed.connect(self.recompute)

    # ------------------------------------------------------------------ data
    def set_overview(self, overview: Overview) -> None:
        d = overview.dashboard
        self.pack = d.pack
        self.target = d.target
        self.target_spin.blockSignals(True)
        self.target_spin.setValue(float(d.target))
        self.target_spin.blockSignals(False)
        self.target_name.setText(f"({predicate_for(d.pack, d.target)})")
        self.current_index = d.index
        self.constraints_model.set_rows(
            ConstraintRow(ind, d.consolidated[ind.id].level if ind.id in d.consolidated else None)
            for ind in d.pack.indicators
        )
        fit_columns(self.constraint_table, 280, main=ConstraintColumn.INDICATOR)
        self.recompute()

    @Slot(float)
    def _on_target_spin_changed(self, value: float) -> None:
        target = Decimal(str(round(value, 2)))
        if target != self.target:
            self.target = target
            self.target_changed.emit(target)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.pack is None or self.current_index is None:
            return
        index = self.current_index.index
        for band in self.pack.predicates:
            if band.minimum > index:
                self.target_spin.setValue(float(band.minimum))
                return

    @Slot()
    def recompute(self) -> None:
        if self.pack is None:
            return
        workspace, target = self.workspace, self.target
        locked = sorted(self.constraints.locked)
        impossible = sorted(self.constraints.impossible)
        self.runner.submit(
            lambda _t: coord.what_if(workspace, target, locked=locked, impossible=impossible),
            title=self.tr("Menghitung rencana"),
            owner=self,
            on_done=self.newest(self._show),
        )

    def _show(self, result: WhatIf) -> None:
        if self.pack is None:
            return
        self.result = result
        plan = result.plan
        pack = self.pack
        bands = tuple((b.minimum, b.name) for b in pack.predicates)
        start = display_value(plan.start, bands)
        end = display_value(plan.end, bands)
        now = (
            self.tr("Indeks sekarang %1 (%2).")
            .replace("%1", fmt.number(start))
            .replace("%2", predicate_for(pack, plan.start))
        )
        if not plan.steps and plan.reached:
            outlook = self.tr("Target %1 sudah tercapai.").replace("%1", fmt.number(plan.target))
        elif plan.reached:
            outlook = (
                self.tr("Dengan %n kenaikan tingkat indeks menjadi %1 (%2).", "", len(plan.steps))
                .replace("%1", fmt.number(end))
                .replace("%2", predicate_for(pack, plan.end))
            )
        else:
            outlook = (
                self.tr(
                    "Target %1 tidak tercapai walau semua kenaikan yang diizinkan "
                    "dilakukan: paling tinggi %2 (%3)."
                )
                .replace("%1", fmt.number(plan.target))
                .replace("%2", fmt.number(end))
                .replace("%3", predicate_for(pack, plan.end))
            )
        # Two whole sentences side by side (each translated on its own), not a built sentence.
        self.summary.setText(f"{now} {outlook}")
        self.plan_model.set_steps(plan.steps)
        fit_columns(self.plan, 280, main=PlanColumn.INDICATOR)
        excluded = len(self.constraints.locked) + len(self.constraints.impossible)
        self.excluded.setText(
            self.tr("%n indikator dikeluarkan dari rencana.", "", excluded)
            if excluded
            else self.tr("Semua indikator boleh dinaikkan.")
        )
        self.plan_shown.emit()
