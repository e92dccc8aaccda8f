"""Search every OPD's evidence by text, with filters for OPD, indicator, kind and issue date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.models import KINDS, DocumentRecord
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.coordinator.common import fit_columns, make_table, run_job
from spbe_desktop.ui.coordinator.models import SearchModel
from spbe_desktop.ui.jobs import JobRunner
from spbe_desktop.ui.widgets.optional_date import OptionalDateEdit


class SearchTab(QWidget):
    """Query and filters above, results below; double-click previews a document."""

    preview_requested = Signal(int)
    results_shown = Signal(int)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self._generation = 0
        self._filled_for: str | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            self.tr("Kata dalam judul, nomor, nama berkas atau isi dokumen")
        )
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("&Cari"))
        self.search_button.setDefault(True)
        self.opd_combo = QComboBox()
        self.indicator_combo = QComboBox()
        self.indicator_combo.setMinimumContentsLength(30)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Semua jenis"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind, kind)
        self.issued_from = OptionalDateEdit(self.tr("Terbit sejak"))
        self.issued_to = OptionalDateEdit(self.tr("sampai"))
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("OPD:")), 0, 0)
        grid.addWidget(self.opd_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Indikator:")), 0, 2)
        grid.addWidget(self.indicator_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("Jenis:")), 1, 0)
        grid.addWidget(self.kind_combo, 1, 1)
        grid.addWidget(self.issued_from, 1, 2, 1, 1)
        grid.addWidget(self.issued_to, 1, 3, 1, 1)
        grid.setColumnStretch(3, 1)
        self.count = QLabel()
        self.count.setObjectName("saveState")
        self.model = SearchModel(self)
        self.results = make_table(self.model, "searchResults", self.tr("Hasil pencarian"))
        self.preview_button = QPushButton(self.tr("&Pratinjau"))
        self.preview_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addLayout(grid)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.results.doubleClicked.connect(self._on_results_double_clicked)
        self.results.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)

    def set_overview(self, overview: Overview) -> None:
        d = overview.dashboard
        self.model.opd_names = {r.opd.id: r.opd.name for r in d.opds}
        self.model.opd_names[0] = overview.profile.unit
        self.model.numbers = {i.id: i.number for i in d.pack.indicators}
        names = [r.opd.name for r in d.opds]
        key = "|".join(names) + d.pack.content_hash
        if key == self._filled_for:
            return
        self._filled_for = key
        opd = self.opd_combo.currentData()
        self.opd_combo.clear()
        self.opd_combo.addItem(self.tr("Semua OPD"), None)
        for name in names:
            self.opd_combo.addItem(name, name)
        self.opd_combo.setCurrentIndex(max(0, self.opd_combo.findData(opd)))
        ind = self.indicator_combo.currentData()
        self.indicator_combo.clear()
        self.indicator_combo.addItem(self.tr("Semua indikator"), None)
        for i in d.pack.indicators:
            self.indicator_combo.addItem(f"{i.number}. {i.name}", i.id)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(ind)))

    def current_query(self) -> coord.SearchQuery:
        return coord.SearchQuery(
            text=self.query.text().strip(),
            opd=self.opd_combo.currentData(),
            indicator=self.indicator_combo.currentData(),
            kind=self.kind_combo.currentData(),
            issued_from=self.issued_from.iso(),
            issued_to=self.issued_to.iso(),
        )

    @Slot()
    def search(self) -> None:
        query = self.current_query()
        if not query.text:
            self.model.set_rows([])
            self.count.setText(self.tr("Ketik kata yang dicari."))
            return
        self._generation += 1
        generation = self._generation
        workspace = self.workspace
        self.count.setText(self.tr("Mencari…"))
        run_job(
            self,
            self.runner,
            lambda _t: coord.search_evidence(workspace, query),
            title=self.tr("Mencari bukti"),
            on_success=lambda r: self._show(generation, r),
        )

    def _show(self, generation: int, found: list[DocumentRecord]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(found)
        fit_columns(self.results, 320)
        self.count.setText(
            self.tr("%n dokumen ditemukan.", "", len(found))
            if found
            else self.tr("Tidak ada dokumen yang cocok.")
        )
        self.results_shown.emit(len(found))

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        self.preview_button.setEnabled(bool(self.results.selectionModel().selectedRows()))

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        if rows:
            self.preview_requested.emit(int(self.model.row_at(rows[0].row()).id))

    @Slot(QModelIndex)
    def _on_results_double_clicked(self, index: QModelIndex) -> None:
        self.preview_requested.emit(int(self.model.row_at(index.row()).id))
