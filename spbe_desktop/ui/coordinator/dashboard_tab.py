"""Dashboard: the instansi's index, predicate and gap to target, the per-domain chart,
completeness per OPD and the OPD × indicator matrix."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from spbe_desktop.core.index import predicate_for
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.index_summary import IndexSummary
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, panel, refill, section, vbox
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.assessor_tab import ComparisonPanel
from spbe_desktop.ui.coordinator.chart import GroupChart
from spbe_desktop.ui.coordinator.common import Legend, StateDelegate, make_table
from spbe_desktop.ui.coordinator.dashboard_models import (
    INDICATOR_ROLE,
    MatrixModel,
    OpdSummaryModel,
    SummaryColumn,
)
from spbe_desktop.ui.coordinator.items_models import Comparison

MATRIX_COLUMN_WIDTH = 28
#: Long OPD names are cut in the matrix's row header (the full name is in the tooltip).
MATRIX_NAME_WIDTH = 230


class DashboardTab(QWidget):
    """Where the index stands, who has sent what, and which cells still need work."""

    indicator_activated = Signal(str)
    target_edit_requested = Signal()
    calendar_edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        card = QFrame()
        card.setObjectName("indexPanel")
        card.setMinimumWidth(240)
        card.setMaximumWidth(320)
        self.index_summary = IndexSummary(self.tr("Nilai indeks instansi"))
        self.caption, self.value = self.index_summary.caption, self.index_summary.value
        self.predicate, self.gap = self.index_summary.predicate, self.index_summary.gap
        self.target = label(wrap=True)
        self.target.setTextFormat(Qt.TextFormat.RichText)
        self.target.setToolTip(self.tr("Ubah target di tab Simulasi target"))
        self.stage = label(name="stageLine", wrap=True)
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        self.stage.setToolTip(self.tr("Ubah jadwal di tab OPD dan penugasan"))
        self.counts = label(wrap=True)
        self.pending = label(wrap=True)
        self.note = label(
            self.tr(
                "Dihitung dari keputusan instansi; indikator yang belum diputuskan dihitung "
                "tingkat 1."
            ),
            name="breadcrumb",
            wrap=True,
        )
        card_layout = vbox(
            self.index_summary,
            self.target,
            self.counts,
            self.pending,
            self.note,
            STRETCH,
        )
        card_layout.setContentsMargins(12, 8, 12, 8)
        card.setLayout(card_layout)

        self.chart_title = section("")
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Tampilkan indeks per"))
        self.chart = GroupChart()
        self.summary_model = OpdSummaryModel(self)
        self.summary = make_table(self.summary_model, "opdSummary", self.tr("Kelengkapan per OPD"))

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(card)
        top.addWidget(panel(hbox((self.chart_title, 1), self.group_combo), (self.chart, 1)))
        top.addWidget(panel(section(self.tr("Kelengkapan per OPD")), (self.summary, 1)))
        top.setStretchFactor(0, 0)
        top.setStretchFactor(1, 1)
        top.setStretchFactor(2, 1)
        top.setSizes([260, 540, 540])
        top.setChildrenCollapsible(False)

        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("opdMatrix")
        self.matrix.setAccessibleName(self.tr("Matriks OPD × indikator"))
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(StateDelegate(self.matrix))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setShowGrid(True)
        horizontal = self.matrix.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        width = max(MATRIX_COLUMN_WIDTH, self.fontMetrics().horizontalAdvance("0/00") + 6)
        horizontal.setMinimumSectionSize(width)
        horizontal.setDefaultSectionSize(width)
        vertical = self.matrix.verticalHeader()
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.setMaximumWidth(MATRIX_NAME_WIDTH)
        matrix_hint = label(
            self.tr("Klik dua kali sebuah sel untuk membuka konsolidasi indikatornya."),
            name="breadcrumb",
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(top)
        # Pemdi 2026: the assessors' results beside the self-assessment, in a second tab.
        self.comparison = ComparisonPanel("dashboardComparison")
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("dashboardBottom")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.setTabBarAutoHide(True)
        self.bottom_tabs.addTab(
            panel(
                hbox(section(self.tr("Matriks OPD × indikator")), (matrix_hint, 1)),
                (self.matrix, 1),
                Legend(),
            ),
            self.tr("Matriks OPD × indikator"),
        )
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([290, 460])
        self.splitter.setChildrenCollapsible(False)
        # The stage under way and its days left: one line above everything, where a laptop
        # screen still has room for it (the index card has none).
        vbox(self.stage, (self.splitter, 1), margins=8, parent=self)

    def _connect_signals(self) -> None:
        self.matrix.doubleClicked.connect(self._on_matrix_double_clicked)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.target.linkActivated.connect(lambda _l: self.target_edit_requested.emit())
        self.stage.linkActivated.connect(lambda _l: self.calendar_edit_requested.emit())

    # ------------------------------------------------------------------ showing
    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        d = overview.dashboard
        self.index_summary.show_index(d.pack, d.index, d.target)
        self.target.setText(
            self.tr('Target: %1 (%2) · <a href="#target">ubah</a>')
            .replace("%1", fmt.number(d.target))
            .replace("%2", predicate_for(d.pack, d.target))
        )
        self.stage.setText(
            self.tr('%1 · <a href="#calendar">ubah</a>').replace(
                "%1", html.escape(labels.stage_line(overview.calendar, dt.date.today()))
            )
        )
        sent = sum(1 for r in d.opds if r.last_bundle_at)
        self.counts.setText(
            self.tr("%1 OPD terdaftar, %2 sudah mengirim paket bukti.")
            .replace("%1", str(len(d.opds)))
            .replace("%2", str(sent))
        )
        self.pending.setText(
            self.tr("%n paket masih menunggu bagian lainnya.", "", d.pending_parts)
            if d.pending_parts
            else ""
        )
        self.pending.setVisible(bool(d.pending_parts))
        self._fill_group_combo(overview)
        self._show_chart()
        self.summary_model.set_rows(d.opds)
        fit_columns(self.summary, 220, main=SummaryColumn.NAME)
        self.matrix_model.set_dashboard(d)

    def show_comparison(self, comparison: Comparison) -> None:
        """Mandiri vs asesor (items packs): a tab beside the matrix, a line on the card."""
        if self.bottom_tabs.indexOf(self.comparison) < 0:
            self.bottom_tabs.addTab(self.comparison, self.tr("Mandiri dan asesor"))
        self.comparison.show_comparison(comparison)
        # The card has no room for another line on a 600 px screen: the note (about decided
        # levels, which items packs do not use) gives its place to the assessors' index.
        a = comparison.report.assessor
        if a is None:
            self.note.setText(self.tr("Dihitung dari butir yang diterima koordinator."))
        else:
            self.note.setText(
                self.tr("Menurut asesor: %1 (%2). Mandiri dihitung dari butir yang diterima.")
                .replace("%1", fmt.number(a.index))
                .replace("%2", a.predicate)
            )

    def _fill_group_combo(self, overview: Overview) -> None:
        choices = [(self.tr("Per aspek"), "aspect")]
        if overview.dashboard.pack.domains:
            choices.insert(0, (self.tr("Per domain"), "domain"))
        refill(self.group_combo, choices)
        self.group_combo.setVisible(self.group_combo.count() > 1)

    def _show_chart(self) -> None:
        if self.overview is None:
            return
        d = self.overview.dashboard
        by_domain = self.group_combo.currentData() == "domain"
        groups = d.index.domains if by_domain else d.index.aspects
        caption = self.tr("Indeks per domain") if by_domain else self.tr("Indeks per aspek")
        self.chart_title.setText(caption)
        self.chart.show_scores(groups, d.target, caption)

    @Slot(int)
    def _on_group_combo_changed(self, _index: int) -> None:
        self._show_chart()

    @Slot(QModelIndex)
    def _on_matrix_double_clicked(self, index: QModelIndex) -> None:
        indicator = index.data(INDICATOR_ROLE)
        if indicator:
            self.indicator_activated.emit(str(indicator))
