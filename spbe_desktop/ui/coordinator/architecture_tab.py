"""Architecture: every OPD's inventory in one view per domain, the findings to settle before
typing it into SIAP Digital, the coordinator's remark per object (it travels back in the OPD's
receipt), and the combined workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QWidget,
)
from typing_extensions import override

from spbe_desktop.services.architecture import (
    ArchitectureSummary,
    ArchObject,
    CodeEntry,
    Finding,
    add_local_code,
    domain_spec,
    list_objects,
    set_remark,
    summary,
)
from spbe_desktop.ui.common.architecture_models import (
    ArchObjectModel,
    ObjectColumn,
    domain_items,
    siap_name,
)
from spbe_desktop.ui.common.architecture_siap import SiapBox, attach_screenshot_job, save_status_job
from spbe_desktop.ui.common.architecture_workbook import export_to_excel
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.dialogs import show_modeless
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, panel, refill, section, vbox
from spbe_desktop.ui.common.preview_dialog import DocumentViewer
from spbe_desktop.ui.coordinator.architecture_code_dialog import LocalCodeDialog
from spbe_desktop.ui.coordinator.architecture_models import (
    FindingColumn,
    FindingModel,
    finding_counts,
)
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table


class ArchitectureTab(WorkspaceTab):
    """The province's inventory across OPDs and what does not add up in it."""

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.loaded = False
        self._objects: list[ArchObject] = []
        self.findings: list[Finding] = []
        self.code_dialog: LocalCodeDialog | None = None
        self.viewer = DocumentViewer(workspace, runner, self)  # the SIAP screenshots
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.domain_combo = QComboBox()
        self.domain_combo.setObjectName("archDomain")
        self.domain_combo.setAccessibleName(self.tr("Domain arsitektur"))
        refill(self.domain_combo, domain_items())
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("archUnit")
        self.unit_combo.setAccessibleName(self.tr("OPD"))
        refill(self.unit_combo, [(self.tr("Semua OPD"), "")])
        self.search = QLineEdit()
        self.search.setObjectName("archSearch")
        self.search.setPlaceholderText(self.tr("Cari nama, kode, atau isian…"))
        self.search.setAccessibleName(self.tr("Cari objek"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Ekspor ke E&xcel…"))
        self.export_button.setObjectName("archExportButton")
        self.export_button.setToolTip(
            self.tr("Tulis buku kerja gabungan semua OPD untuk operator SIAP Digital")
        )
        self.model = ArchObjectModel(self)
        self.table = make_table(self.model, "archTable", self.tr("Objek arsitektur semua OPD"))
        self.count = label(name="saveState")
        self.add_code_button = QPushButton(self.tr("Tambah &kode referensi…"))
        self.add_code_button.setObjectName("archAddCodeButton")
        self.add_code_button.setToolTip(
            self.tr("Perluas daftar kode (RAB, RAL, RAD, RAA, RAI, RAK) di bawah tingkat nasional")
        )
        self.detail = label(wrap=True)
        self.detail.setObjectName("archDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remark_edit = QLineEdit()
        self.remark_edit.setObjectName("archRemark")
        self.remark_edit.setAccessibleName(self.tr("Catatan untuk OPD"))
        self.remark_edit.setPlaceholderText(
            self.tr("Catatan untuk OPD (dikirim bersama tanda terima)")
        )
        self.remark_button = QPushButton(self.tr("Simpan ca&tatan"))
        self.remark_button.setObjectName("archRemarkButton")
        self.findings_title = section(self.tr("Temuan"))
        self.findings_counts = label(wrap=True)
        self.findings_counts.setObjectName("archFindingCounts")
        self.finding_model = FindingModel(self)
        self.finding_table = make_table(
            self.finding_model, "archFindings", self.tr("Temuan inventaris arsitektur")
        )
        self.siap = SiapBox()
        side = QWidget()
        vbox(
            self.detail,
            hbox((self.remark_edit, 1), self.remark_button),
            section(self.tr("Status di SIAP"), wrap=True),
            self.siap,
            STRETCH,
            margins=0,
            parent=side,
        )
        side_scroll = QScrollArea()
        side_scroll.setObjectName("archDetailScroll")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(320)
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(
            panel((self.table, 1), hbox(self.count, STRETCH, self.add_code_button))
        )
        self.sides.addWidget(side_scroll)
        self.sides.setChildrenCollapsible(False)
        self.sides.setStretchFactor(0, 3)
        self.sides.setStretchFactor(1, 2)
        top = panel(
            hbox(
                label(self.tr("Domain:")),
                self.domain_combo,
                label(self.tr("OPD:")),
                self.unit_combo,
                (self.search, 1),
                self.export_button,
            ),
            (self.sides, 1),
        )
        bottom = panel(self.findings_title, self.findings_counts, (self.finding_table, 1))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        vbox((self.splitter, 1), margins=8, parent=self)
        self._show_selected()

    def _connect_signals(self) -> None:
        self.domain_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.finding_table.selectionModel().selectionChanged.connect(
            self._on_finding_selection_changed
        )
        self.remark_button.clicked.connect(self._on_remark_button_clicked)
        self.siap.save_requested.connect(self._on_siap_save_requested)
        self.siap.attach_requested.connect(self._on_siap_attach_requested)
        self.siap.preview_requested.connect(self.viewer.preview)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.add_code_button.clicked.connect(self._on_add_code_button_clicked)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # bundles imported meanwhile bring new objects

    # ------------------------------------------------------------------ reading
    @Slot()
    def reload(self, select: int | None = None) -> None:
        workspace = self.workspace

        def work(_t: Any) -> tuple[list[ArchObject], ArchitectureSummary]:
            return list_objects(workspace), summary(workspace)

        self.runner.submit(
            work,
            title=self.tr("Membaca inventaris arsitektur"),
            owner=self,
            quiet=True,
            on_done=self.newest(lambda result: self._show(result[0], result[1], select)),
        )

    def _show(
        self, objects: list[ArchObject], result: ArchitectureSummary, select: int | None
    ) -> None:
        self.loaded = True
        self._objects = objects
        self.findings = list(result.findings)
        refill(self.domain_combo, domain_items(result.counts))
        units = sorted({o.opd_name for o in objects}, key=str.casefold)
        refill(self.unit_combo, [(self.tr("Semua OPD"), ""), *((u, u) for u in units)])
        self.finding_model.set_rows(self.findings)
        fit_columns(self.finding_table, 260, main=int(FindingColumn.MESSAGE))
        self.findings_title.setText(self.tr("Temuan (%1)").replace("%1", str(len(self.findings))))
        self.findings_counts.setText(finding_counts(self.findings) or self.tr("Tidak ada temuan."))
        self._filter(select)

    def _filter(self, select: int | None = None) -> None:
        domain = str(self.domain_combo.currentData())
        unit = str(self.unit_combo.currentData() or "")
        words = self.search.text().casefold().split()
        keep = select if select is not None else self._current_id()
        rows = [
            o
            for o in self._objects
            if o.domain == domain
            and (not unit or o.opd_name == unit)
            and all(w in _haystack(o) for w in words)
        ]
        self.model.set_rows(rows)
        fit_columns(self.table, 260, main=int(ObjectColumn.NAME))
        self.count.setText(self.tr("%n objek", "", len(rows)))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self._filter()

    # ------------------------------------------------------------------ selection
    def _current(self) -> ArchObject | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _current_id(self) -> int | None:
        obj = self._current()
        return obj.id if obj else None

    def objects(self) -> list[ArchObject]:
        return self.model.rows()

    def select_domain(self, domain: str) -> None:
        self.domain_combo.setCurrentIndex(self.domain_combo.findData(domain))

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        obj = self._current()
        self.remark_edit.setEnabled(obj is not None)
        self.remark_button.setEnabled(obj is not None)
        self.remark_edit.setText(obj.remark if obj else "")
        self.siap.show_object(obj)
        self.detail.setText(_detail(obj) if obj else self.tr("Pilih objek untuk melihat isinya."))

    @Slot(QItemSelection, QItemSelection)
    def _on_finding_selection_changed(self, *_args: object) -> None:
        """A finding's first object, chosen in the table (its domain, all OPDs)."""
        rows = self.finding_table.selectionModel().selectedRows()
        if not rows:
            return
        finding = self.finding_model.row_at(rows[0].row())
        target = next((o for o in self._objects if o.id in finding.object_ids), None)
        if target is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.unit_combo.blockSignals(True)
        self.unit_combo.setCurrentIndex(0)
        self.unit_combo.blockSignals(False)
        self.domain_combo.blockSignals(True)
        self.select_domain(target.domain)
        self.domain_combo.blockSignals(False)
        self._filter(target.id)

    # ------------------------------------------------------------------ writing
    @Slot()
    def _on_remark_button_clicked(self) -> None:
        obj = self._current()
        if obj is None:
            return
        workspace, text = self.workspace, self.remark_edit.text()
        self.runner.submit(
            lambda _t: set_remark(workspace, obj.id, text),
            title=self.tr("Menyimpan catatan"),
            owner=self,
            on_done=self._on_remark_saved,
        )

    def _on_remark_saved(self, obj: ArchObject) -> None:
        self.status_message.emit(
            self.tr("Catatan untuk %1 pada “%2” disimpan.")
            .replace("%1", obj.opd_name)
            .replace("%2", obj.name)
        )
        self.reload(select=obj.id)

    @Slot()
    def _on_siap_save_requested(self) -> None:
        """The coordinator, as SIAP Digital administrator, records what was typed in; it goes
        back to the OPD in the receipt."""
        obj = self._current()
        if obj is None:
            return
        save_status_job(self, self.runner, self.workspace, self.siap, obj, self._on_siap_saved)

    @Slot()
    def _on_siap_attach_requested(self) -> None:
        obj = self._current()
        if obj is not None:
            attach_screenshot_job(self, self.runner, self.workspace, obj, self._on_siap_saved)

    def _on_siap_saved(self, obj: ArchObject) -> None:
        self.status_message.emit(
            self.tr("Status SIAP Digital %1 “%2” disimpan.")
            .replace("%1", obj.opd_name)
            .replace("%2", obj.name)
        )
        self.reload(select=obj.id)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        export_to_excel(
            self,
            self.runner,
            self.workspace,
            self.workspace.stem,
            lambda path: self.status_message.emit(
                self.tr("Buku kerja ditulis: %1").replace("%1", str(path))
            ),
        )

    @Slot()
    def _on_add_code_button_clicked(self) -> None:
        show_modeless(
            self, "code_dialog", lambda: LocalCodeDialog(self), modal=True, accepted=self._add_code
        )

    def _add_code(self, dialog: LocalCodeDialog) -> None:
        workspace = self.workspace
        list_id, code, name = dialog.list_id(), dialog.code(), dialog.name()
        parent = dialog.parent_code()
        self.runner.submit(
            lambda _t: add_local_code(workspace, list_id, code, name, parent),
            title=self.tr("Menambah kode referensi"),
            owner=self,
            on_done=self._on_code_added,
        )

    def _on_code_added(self, entry: CodeEntry) -> None:
        self.status_message.emit(self.tr("Kode %1 ditambahkan.").replace("%1", entry.label))


def _haystack(obj: ArchObject) -> str:
    return " ".join([obj.name, obj.ref_label, obj.opd_name, *obj.fields.values()]).casefold()


def _detail(obj: ArchObject) -> str:
    """The object's filled fields in one paragraph ("Uraian: …; URL: …")."""
    spec = domain_spec(obj.domain)
    parts = [f"{f.label}: {obj.fields[f.key]}" for f in spec.fields if obj.fields.get(f.key)]
    head = f"{obj.opd_name} · {obj.name} · {siap_name(obj.siap.status)}"
    return head + ("\n" + "; ".join(parts) if parts else "")
