"""Search every OPD's evidence by text, with filters for OPD, indicator, kind and issue date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from spbe_desktop.core.models import KINDS, DocumentRecord
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import hbox, label, refill, vbox
from spbe_desktop.ui.common.optional_date import OptionalDateEdit
from spbe_desktop.ui.coordinator.common import (
    WorkspaceTab,
    make_table,
    wire_preview,
)
from spbe_desktop.ui.coordinator.search_models import SearchColumn, SearchModel


class SearchTab(WorkspaceTab):
    """Query and filters above, results below; double-click previews a document."""

    preview_requested = Signal(int)
    results_shown = Signal(int)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
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
        self.count = label(name="saveState")
        self.model = SearchModel(self)
        self.results = make_table(self.model, "searchResults", self.tr("Hasil pencarian"))
        self.preview_button = QPushButton(self.tr("&Pratinjau"))
        vbox(
            hbox((self.query, 1), self.search_button),
            grid,
            (self.results, 1),
            hbox((self.count, 1), self.preview_button),
            margins=8,
            parent=self,
        )
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        wire_preview(self.results, self.preview_button, lambda d: d.id, self.preview_requested)
        self._filled_for: str | None = None

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
        refill(self.opd_combo, [(self.tr("Semua OPD"), None), *((n, n) for n in names)])
        refill(
            self.indicator_combo,
            [
                (self.tr("Semua indikator"), None),
                *((f"{i.number}. {i.name}", i.id) for i in d.pack.indicators),
            ],
        )

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
        workspace = self.workspace
        self.count.setText(self.tr("Mencari…"))
        self.runner.submit(
            lambda _t: coord.search_evidence(workspace, query),
            title=self.tr("Mencari bukti"),
            owner=self,
            on_done=self.newest(self._show),
        )

    def _show(self, found: list[DocumentRecord]) -> None:
        self.model.set_rows(found)
        fit_columns(self.results, 320, main=SearchColumn.TITLE)
        self.count.setText(
            self.tr("%n dokumen ditemukan.", "", len(found))
            if found
            else self.tr("Tidak ada dokumen yang cocok.")
        )
        self.results_shown.emit(len(found))
