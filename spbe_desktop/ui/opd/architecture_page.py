"""The OPD's architecture inventory: per domain a searchable table, the object's form, its
relations from this end, and its SIAP Digital status with the screenshot; the workbook both
ways. Every read and write is a job running ``services.architecture``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.services.architecture import (
    ArchObject,
    CodeEntry,
    Relation,
    WorkbookImport,
    create_object,
    delete_object,
    domain_spec,
    find_codes,
    list_objects,
    relations,
    set_related,
    update_object,
)
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.architecture_form import ArchObjectForm
from spbe_desktop.ui.common.architecture_models import (
    DOMAIN_HELP,
    ArchObjectModel,
    ObjectColumn,
    domain_items,
    domain_name,
    relation_name,
    tr,
)
from spbe_desktop.ui.common.architecture_siap import SiapBox, attach_screenshot_job, save_status_job
from spbe_desktop.ui.common.architecture_workbook import (
    export_to_excel,
    import_from_excel,
    import_summary,
)
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.dialogs import show_modeless
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, refill, section, vbox
from spbe_desktop.ui.opd.architecture_relations import (
    RelationPickDialog,
    RelationsBox,
    other_domain,
)


class ArchitecturePage(QWidget):
    """What the unit runs, domain by domain, ready for the SIAP Digital administrator."""

    status_message = Signal(str)
    preview_requested = Signal(int)  # a screenshot's document id
    objects_shown = Signal()
    relations_shown = Signal()

    def __init__(
        self, workspace: Path, runner: JobRunner, unit: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.unit = unit
        self.domain = "proses_bisnis"
        self.current: ArchObject | None = None
        self.dirty = False
        self.forms: dict[str, ArchObjectForm] = {}
        self.relation_boxes: dict[str, RelationsBox] = {}
        self.relation_dialog: RelationPickDialog | None = None
        self._codes: dict[str, list[CodeEntry]] = {}
        self._reads = Newest()
        self._relation_reads = Newest()
        self._reverting = False
        self._build()
        self._connect_signals()
        self._show_domain_widgets()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.title = label(self.tr("Inventaris arsitektur"), name="indicatorTitle", wrap=True)
        self.intro = label(
            self.tr(
                "Catat apa yang dijalankan unit Anda, per domain, agar admin SIAP Digital dapat "
                "menginputnya dan koordinator dapat memeriksanya. Kolom bertanda * wajib diisi; "
                "kode referensi dicari dengan kode atau namanya."
            ),
            wrap=True,
        )
        self.domain_combo = QComboBox()
        self.domain_combo.setObjectName("archDomain")
        self.domain_combo.setAccessibleName(self.tr("Domain arsitektur"))
        refill(self.domain_combo, domain_items())
        self.export_button = QPushButton(self.tr("Ekspor ke E&xcel…"))
        self.export_button.setObjectName("archExportButton")
        self.export_button.setToolTip(
            self.tr("Tulis buku kerja per domain, urutan kolom seperti di SIAP Digital")
        )
        self.import_button = QPushButton(self.tr("I&mpor dari Excel…"))
        self.import_button.setObjectName("archImportButton")
        self.import_button.setToolTip(self.tr("Muat buku kerja yang sudah Anda sunting"))
        self.help = label(name="breadcrumb", wrap=True)
        self.help.setObjectName("archHelp")
        self.search = QLineEdit()
        self.search.setObjectName("archSearch")
        self.search.setAccessibleName(self.tr("Cari objek"))
        self.search.setPlaceholderText(self.tr("Cari nama, kode, atau isian…"))
        self.search.setClearButtonEnabled(True)
        self.model = ArchObjectModel(self)
        self.table = QTableView()
        self.table.setObjectName("archTable")
        self.table.setAccessibleName(self.tr("Daftar objek arsitektur"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnHidden(int(ObjectColumn.OPD), True)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(220)
        self.count_label = label(name="saveState")
        self.add_button = QPushButton(self.tr("&Tambah objek"))
        self.add_button.setObjectName("archAddButton")
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.delete_button.setObjectName("archDeleteButton")
        self.form_title = section("", wrap=True)
        self.forms_box = QWidget()
        self.forms_layout = QVBoxLayout(self.forms_box)
        self.forms_layout.setContentsMargins(0, 0, 0, 0)
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setObjectName("archSaveButton")
        self.save_state = label(name="saveState")
        self.relations_title = section(self.tr("Relasi"), wrap=True)
        self.relations_hint = label(
            self.tr("Simpan objek dulu, lalu hubungkan dengan objek domain lain."), wrap=True
        )
        self.relations_holder = QWidget()
        self.relations_layout = QVBoxLayout(self.relations_holder)
        self.relations_layout.setContentsMargins(0, 0, 0, 0)
        self.siap = SiapBox()
        self.remark = label(name="verdictBanner", wrap=True)
        self.remark.hide()

        content = QWidget()
        content.setObjectName("archContent")
        vbox(
            self.title,
            self.intro,
            hbox(label(self.tr("Domain:")), (self.domain_combo, 1)),
            hbox(STRETCH, self.export_button, self.import_button),
            self.help,
            self.search,
            self.table,
            hbox(self.count_label, STRETCH, self.add_button, self.delete_button),
            self.form_title,
            self.remark,
            self.forms_box,
            hbox(self.save_state, STRETCH, self.save_button),
            self.relations_title,
            self.relations_hint,
            self.relations_holder,
            section(self.tr("Status di SIAP"), wrap=True),
            self.siap,
            STRETCH,
            margins=10,
            parent=content,
        )
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("archScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        vbox(self.scroll_area, margins=0, parent=self)

    def _connect_signals(self) -> None:
        self.domain_combo.currentIndexChanged.connect(self._on_domain_combo_changed)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.siap.save_requested.connect(self._on_siap_save_requested)
        self.siap.attach_requested.connect(self._on_siap_attach_requested)
        self.siap.preview_requested.connect(self.preview_requested)

    # ------------------------------------------------------------------ domain widgets
    @property
    def form(self) -> ArchObjectForm:
        return self.forms[self.domain]

    @property
    def relations_box(self) -> RelationsBox:
        return self.relation_boxes[self.domain]

    def _show_domain_widgets(self) -> None:
        """The current domain's form and relations (made the first time), the others hidden."""
        if self.domain not in self.forms:
            form = ArchObjectForm(domain_spec(self.domain))
            form.edited.connect(self._on_form_edited)
            self.forms[self.domain] = form
            self.forms_layout.addWidget(form)
            box = RelationsBox(self.domain)
            box.edit_requested.connect(self._on_relation_edit_requested)
            self.relation_boxes[self.domain] = box
            self.relations_layout.addWidget(box)
        for domain, form in self.forms.items():
            form.setVisible(domain == self.domain)
            self.relation_boxes[domain].setVisible(domain == self.domain)
        self.help.setText(tr(DOMAIN_HELP[self.domain]))
        has_relations = bool(self.relations_box.kinds)
        self.relations_title.setVisible(has_relations)
        self.relations_hint.setVisible(has_relations)
        self.show_object(None)

    def select_domain(self, domain: str) -> None:
        self.domain_combo.setCurrentIndex(self.domain_combo.findData(domain))

    @Slot(int)
    def _on_domain_combo_changed(self, _index: int) -> None:
        domain = str(self.domain_combo.currentData())
        if domain == self.domain:
            return
        if not self._may_leave():
            self._reverting = True
            self.domain_combo.setCurrentIndex(self.domain_combo.findData(self.domain))
            self._reverting = False
            return
        self.domain = domain
        self._show_domain_widgets()
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self, select: int | None = None) -> None:
        """Read the domain's objects (and, the first time, its code lists) in a job."""
        workspace, domain, query = self.workspace, self.domain, self.search.text()
        missing = sorted(self.form.code_lists() - set(self._codes))

        def work(_token: Any) -> tuple[list[ArchObject], Counter[str], dict[str, list[CodeEntry]]]:
            everything = list_objects(workspace)
            shown = list_objects(workspace, domain, query=query) if query.strip() else None
            codes = {lst: find_codes(workspace, lst, "", limit=100_000) for lst in missing}
            counts = Counter(o.domain for o in everything)
            return shown or [o for o in everything if o.domain == domain], counts, codes

        self.runner.submit(
            work,
            title=self.tr("Membaca inventaris arsitektur"),
            owner=self,
            quiet=True,
            on_done=self._reads(lambda result: self._on_read(domain, select, *result)),
        )

    def _on_read(
        self,
        domain: str,
        select: int | None,
        objects: list[ArchObject],
        counts: Counter[str],
        codes: dict[str, list[CodeEntry]],
    ) -> None:
        if domain != self.domain:
            return
        self._codes.update(codes)
        for form in self.forms.values():
            form.set_codes(self._codes)
        self._reverting = True
        refill(self.domain_combo, domain_items(counts))
        keep = select if select is not None else (self.current.id if self.current else None)
        self.model.set_rows(objects)
        self._reverting = False
        fit_columns(self.table, 260, main=int(ObjectColumn.NAME))
        self.count_label.setText(self.tr("%n objek", "", len(objects)))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show_selected()
        elif not self.dirty:
            self.show_object(None)
        self.objects_shown.emit()

    def objects(self) -> list[ArchObject]:
        return self.model.rows()

    def select_object(self, name: str) -> bool:
        row = next((n for n, o in enumerate(self.model.rows()) if o.name == name), -1)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.reload()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_args: object) -> None:
        if self._reverting:
            return
        chosen = self._selected()
        if chosen is not None and self.current is not None and chosen.id == self.current.id:
            return
        if not self._may_leave():
            self._reverting = True
            row = self.model.row_of(self.current.id) if self.current else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
            self._reverting = False
            return
        self._show_selected()

    def _selected(self) -> ArchObject | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        self.show_object(self._selected())

    def show_object(self, obj: ArchObject | None) -> None:
        """Show ``obj`` in the form, the SIAP box and (read in a job) its relations."""
        self.current = obj
        self.dirty = False
        self.form.show_object(obj)
        self.siap.show_object(obj)
        self.relations_box.show_relations(None, [])
        self.relations_hint.setVisible(obj is None and bool(self.relations_box.kinds))
        self.delete_button.setEnabled(obj is not None)
        self.form_title.setText(
            self.tr("%1 baru").replace("%1", domain_name(self.domain))
            if obj is None
            else self.tr("Rincian: %1").replace("%1", obj.name)
        )
        self.remark.setVisible(bool(obj and obj.remark))
        if obj is not None and obj.remark:
            self.remark.setText(
                self.tr("Catatan koordinator (%1): %2")
                .replace("%1", obj.remark_by)
                .replace("%2", obj.remark)
            )
        self.save_state.setText("")
        if obj is not None and self.relations_box.kinds:
            self._read_relations(obj.id)

    def _read_relations(self, object_id: int) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda _t: relations(workspace, object_id),
            title=self.tr("Membaca relasi"),
            owner=self,
            quiet=True,
            on_done=self._relation_reads(lambda rels: self._on_relations_read(object_id, rels)),
        )

    def _on_relations_read(self, object_id: int, rels: list[Relation]) -> None:
        if self.current is not None and self.current.id == object_id:
            self.relations_box.show_relations(object_id, rels)
            self.relations_shown.emit()

    # ------------------------------------------------------------------ editing
    @Slot()
    def _on_form_edited(self) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Belum disimpan"))

    def _may_leave(self) -> bool:
        """Whether the form may show something else (typed changes are dropped only when the
        user says so)."""
        if not self.dirty:
            return True
        if prompts.confirm(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Buang perubahan pada “%1”?").replace(
                "%1", self.form.name() or domain_name(self.domain)
            ),
            action=self.tr("Buang"),
        ):
            self.dirty = False
            return True
        return False

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if not self._may_leave():
            return
        self._reverting = True
        self.table.clearSelection()
        self._reverting = False
        self.show_object(None)
        self.form.name_edit.setFocus()

    @Slot()
    def save(self) -> None:
        """Create the object shown (new) or write its changes."""
        workspace, domain, form = self.workspace, self.domain, self.form
        name, code, fields = form.name(), form.ref_code(), form.values()
        current = self.current
        if current is None:

            def work(_t: Any) -> ArchObject:
                return create_object(workspace, domain, name, ref_code=code, fields=fields)
        else:
            object_id = current.id

            def work(_t: Any) -> ArchObject:
                return update_object(workspace, object_id, name=name, ref_code=code, fields=fields)

        self.runner.submit(
            work, title=self.tr("Menyimpan objek arsitektur"), owner=self, on_done=self._on_saved
        )

    def _on_saved(self, obj: ArchObject) -> None:
        self.dirty = False
        self.current = obj
        self.status_message.emit(self.tr("“%1” disimpan.").replace("%1", obj.name))
        self.reload(select=obj.id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        obj = self.current
        if obj is None or not prompts.confirm(
            self,
            self.tr("Hapus objek"),
            self.tr("Hapus “%1” beserta relasinya dari inventaris?").replace("%1", obj.name),
            action=self.tr("Hapus"),
        ):
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: delete_object(workspace, obj.id),
            title=self.tr("Menghapus objek arsitektur"),
            owner=self,
            on_done=lambda _r: self._on_deleted(obj),
        )

    def _on_deleted(self, obj: ArchObject) -> None:
        self.dirty = False
        self.current = None
        self.status_message.emit(self.tr("“%1” dihapus.").replace("%1", obj.name))
        self.reload()

    # ------------------------------------------------------------------ relations
    @Slot(str, str)
    def _on_relation_edit_requested(self, kind: str, end: str) -> None:
        obj = self.current
        if obj is None:
            return
        workspace, other = self.workspace, other_domain(kind, end)
        chosen = self.relations_box.linked_ids(kind)
        self.runner.submit(
            lambda _t: list_objects(workspace, other),
            title=self.tr("Membaca objek %1").replace("%1", domain_name(other)),
            owner=self,
            on_done=lambda objs: self._pick_related(obj, kind, end, objs, chosen),
        )

    def _pick_related(
        self, obj: ArchObject, kind: str, end: str, candidates: list[ArchObject], chosen: list[int]
    ) -> None:
        title = self.tr("%1 untuk “%2”").replace("%1", relation_name(kind, end))
        show_modeless(
            self,
            "relation_dialog",
            lambda: RelationPickDialog(
                title.replace("%2", obj.name), other_domain(kind, end), candidates, chosen, self
            ),
            modal=True,
            accepted=lambda dialog: self._set_related(obj, kind, dialog.selected_ids()),
        )

    def _set_related(self, obj: ArchObject, kind: str, ids: list[int]) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda _t: set_related(workspace, obj.id, kind, ids),
            title=self.tr("Menyimpan relasi"),
            owner=self,
            on_done=lambda _r: self._on_related_set(obj),
        )

    def _on_related_set(self, obj: ArchObject) -> None:
        self.status_message.emit(self.tr("Relasi “%1” disimpan.").replace("%1", obj.name))
        if self.current is not None and self.current.id == obj.id:
            self._read_relations(obj.id)

    # ------------------------------------------------------------------ SIAP Digital
    @Slot()
    def _on_siap_save_requested(self) -> None:
        obj = self.current
        if obj is None:
            return
        save_status_job(self, self.runner, self.workspace, self.siap, obj, self._on_siap_saved)

    def _on_siap_saved(self, obj: ArchObject) -> None:
        self.status_message.emit(
            self.tr("Status SIAP Digital “%1” disimpan.").replace("%1", obj.name)
        )
        self.siap.show_object(obj)
        self.reload(select=obj.id)

    @Slot()
    def _on_siap_attach_requested(self) -> None:
        if self.current is not None:
            attach_screenshot_job(
                self, self.runner, self.workspace, self.current, self._on_siap_saved
            )

    # ------------------------------------------------------------------ workbook
    @Slot()
    def _on_export_button_clicked(self) -> None:
        export_to_excel(
            self,
            self.runner,
            self.workspace,
            self.unit,
            lambda path: self.status_message.emit(
                self.tr("Buku kerja ditulis: %1").replace("%1", str(path))
            ),
        )

    @Slot()
    def _on_import_button_clicked(self) -> None:
        if self._may_leave():
            import_from_excel(self, self.runner, self.workspace, self._on_imported)

    def _on_imported(self, result: WorkbookImport) -> None:
        self.status_message.emit(import_summary(result))
        self.current = None
        self.reload()
