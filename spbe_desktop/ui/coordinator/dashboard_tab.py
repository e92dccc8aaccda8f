"""Dashboard: the instansi's index, predicate and gap to target, the per-domain chart,
completeness per OPD and the OPD × indicator matrix."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.index import next_predicate, predicate_for
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui import format as fmt
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.chart import GroupChart
from spbe_desktop.ui.coordinator.common import Legend, StateDelegate, fit_columns, make_table
from spbe_desktop.ui.coordinator.models import INDICATOR_ROLE, MatrixModel, OpdSummaryModel

MATRIX_COLUMN_WIDTH = 28
#: Long OPD names are cut in the matrix's row header (the full name is in the tooltip).
MATRIX_NAME_WIDTH = 230


class DashboardTab(QWidget):
    """Where the index stands, who has sent what, and which cells still need work."""

    indicator_activated = Signal(str)
    target_edit_requested = Signal()

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
        self.caption = QLabel()
        self.caption.setObjectName("sectionTitle")
        self.value = QLabel("–")
        self.value.setObjectName("indexValue")
        self.value.setAccessibleName(self.tr("Nilai indeks instansi"))
        self.predicate = QLabel()
        self.predicate.setObjectName("indexPredicate")
        self.gap = QLabel()
        self.gap.setObjectName("indexGap")
        self.gap.setWordWrap(True)
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.RichText)
        self.target.setToolTip(self.tr("Ubah target di tab Simulasi target"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Dihitung dari keputusan instansi; indikator yang belum diputuskan dihitung "
                "tingkat 1."
            )
        )
        self.note.setObjectName("breadcrumb")
        self.note.setWordWrap(True)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        for w in (
            self.caption,
            self.value,
            self.predicate,
            self.gap,
            self.target,
            self.counts,
            self.pending,
            self.note,
        ):
            card_layout.addWidget(w)
        card_layout.addStretch(1)

        self.chart_title = QLabel()
        self.chart_title.setObjectName("sectionTitle")
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Tampilkan indeks per"))
        self.chart = GroupChart()
        chart_head = QHBoxLayout()
        chart_head.addWidget(self.chart_title, 1)
        chart_head.addWidget(self.group_combo)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(chart_head)
        chart_layout.addWidget(self.chart, 1)

        self.summary_model = OpdSummaryModel(self)
        self.summary = make_table(self.summary_model, "opdSummary", self.tr("Kelengkapan per OPD"))
        summary_title = QLabel(self.tr("Kelengkapan per OPD"))
        summary_title.setObjectName("sectionTitle")
        summary_box = QWidget()
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(summary_title)
        summary_layout.addWidget(self.summary, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(card)
        top.addWidget(chart_box)
        top.addWidget(summary_box)
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
        matrix_title = QLabel(self.tr("Matriks OPD × indikator"))
        matrix_title.setObjectName("sectionTitle")
        matrix_hint = QLabel(
            self.tr("Klik dua kali sebuah sel untuk membuka konsolidasi indikatornya.")
        )
        matrix_hint.setObjectName("breadcrumb")
        head = QHBoxLayout()
        head.addWidget(matrix_title)
        head.addWidget(matrix_hint, 1)
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addLayout(head)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(Legend())

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(matrix_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([290, 460])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.matrix.doubleClicked.connect(self._on_matrix_double_clicked)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.target.linkActivated.connect(lambda _l: self.target_edit_requested.emit())

    # ------------------------------------------------------------------ showing
    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        d = overview.dashboard
        pack = d.pack
        result = d.index
        self.caption.setText(pack.index_name)
        self.value.setText(fmt.number(result.display))
        self.predicate.setText(result.predicate)
        target_name = predicate_for(pack, d.target)
        gap = d.target - result.index
        if gap > 0:
            self.gap.setText(
                self.tr("kurang %1 menuju %2")
                .replace("%1", fmt.number(labels.ceil2(gap)))
                .replace("%2", target_name)
            )
        else:
            nxt = next_predicate(pack, result.index)
            if nxt is None:
                self.gap.setText(self.tr("Target tercapai; predikat tertinggi."))
            else:
                self.gap.setText(
                    self.tr("Target tercapai; kurang %1 menuju %2.")
                    .replace("%1", fmt.number(labels.ceil2(nxt[1] - result.index)))
                    .replace("%2", nxt[0])
                )
        self.target.setText(
            self.tr('Target: %1 (%2) · <a href="#target">ubah</a>')
            .replace("%1", fmt.number(d.target))
            .replace("%2", target_name)
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
        fit_columns(self.summary, 220)
        self.matrix_model.set_dashboard(d)

    def _fill_group_combo(self, overview: Overview) -> None:
        pack = overview.dashboard.pack
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        if pack.domains:
            self.group_combo.addItem(self.tr("Per domain"), "domain")
        self.group_combo.addItem(self.tr("Per aspek"), "aspect")
        found = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(0, found))
        self.group_combo.blockSignals(False)
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
