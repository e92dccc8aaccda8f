"""The external assessors' results (Pemdi 2026): a value per indicator and stage (dokumen,
interviu, visitasi) with a note, and the self-assessment (mandiri) beside the assessors' value
per aspect and per indicator. The comparison panel is shown on the dashboard too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from spbe_desktop.core.items import STAGES, AssessorResult
from spbe_desktop.core.packs import Pack
from spbe_desktop.services import items as item_service
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, refill, section, vbox
from spbe_desktop.ui.coordinator.assessor_models import (
    ResultColumn,
    ResultsModel,
    stage_text,
)
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.items_models import (
    CompareColumn,
    CompareModel,
    Comparison,
    read_comparison,
)


class ComparisonPanel(QWidget):
    """Mandiri vs asesor: the index, each aspect and each indicator."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CompareModel(self)
        self.table = make_table(self.model, name, self.tr("Mandiri dan asesor"))
        self.summary = label(name="breadcrumb", wrap=True)
        vbox((self.table, 1), self.summary, margins=0, parent=self)

    def show_comparison(self, comparison: Comparison) -> None:
        self.model.set_comparison(comparison)
        fit_columns(self.table, 360, main=CompareColumn.LABEL)
        a, r = comparison.report.assessor, comparison.report.result
        if a is None:
            self.summary.setText(self.tr("Belum ada hasil asesor eksternal yang dicatat."))
        else:
            self.summary.setText(
                self.tr("Indeks mandiri %1 (%2); indeks menurut asesor %3 (%4).")
                .replace("%1", fmt.number(r.index))
                .replace("%2", r.predicate)
                .replace("%3", fmt.number(a.index))
                .replace("%4", a.predicate)
            )


class AssessorTab(WorkspaceTab):
    """Enter what the external assessors gave per indicator and stage; see it beside mandiri."""

    changed = Signal()
    comparison_loaded = Signal(object)  # Comparison

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.pack: Pack | None = None
        self.comparison: Comparison | None = None
        self.correcting: AssessorResult | None = None  # the result the form replaces
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("assessorIndicator")
        self.indicator_combo.setAccessibleName(self.tr("Indikator"))
        self.indicator_combo.setMinimumContentsLength(30)
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("assessorStage")
        self.stage_combo.setAccessibleName(self.tr("Tahap penilaian"))
        for stage in STAGES:
            self.stage_combo.addItem(stage_text(stage), stage)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("assessorValue")
        self.value_edit.setAccessibleName(self.tr("Nilai asesor"))
        self.value_edit.setPlaceholderText(self.tr("1–5, mis. 2,5"))
        self.value_edit.setMaximumWidth(120)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("assessorNote")
        self.note_edit.setAccessibleName(self.tr("Catatan asesor"))
        self.note_edit.setPlaceholderText(self.tr("Catatan asesor (mis. bukti notulen kurang)"))
        self.save_button = QPushButton(self.tr("&Simpan hasil asesor"))
        self.save_button.setObjectName("saveAssessorResult")
        self.cancel_correction_button = QPushButton(self.tr("&Batal koreksi"))
        self.cancel_correction_button.hide()
        self.message = label(name="saveState", wrap=True)
        box = QGroupBox(self.tr("Catat hasil asesor eksternal"))
        ind_label, stage_label = QLabel(self.tr("&Indikator:")), QLabel(self.tr("&Tahap:"))
        value_label, note_label = QLabel(self.tr("&Nilai:")), QLabel(self.tr("&Catatan:"))
        for lbl, buddy in (
            (ind_label, self.indicator_combo),
            (stage_label, self.stage_combo),
            (value_label, self.value_edit),
            (note_label, self.note_edit),
        ):
            lbl.setBuddy(buddy)
        vbox(
            hbox(ind_label, (self.indicator_combo, 1), stage_label, self.stage_combo),
            hbox(value_label, self.value_edit, note_label, (self.note_edit, 1)),
            hbox((self.message, 1), STRETCH, self.cancel_correction_button, self.save_button),
            parent=box,
        )
        self.results_model = ResultsModel(self)
        self.results = make_table(
            self.results_model, "assessorResults", self.tr("Hasil asesor yang sudah dicatat")
        )
        self.correct_button = QPushButton(self.tr("&Koreksi…"))
        self.correct_button.setToolTip(
            self.tr("Isi formulir dengan hasil terpilih untuk dikoreksi")
        )
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.delete_button.setToolTip(self.tr("Hapus hasil terpilih yang salah dicatat"))
        for button in (self.correct_button, self.delete_button):
            button.setEnabled(False)
        self.comparison_panel = ComparisonPanel("assessorComparison")
        vbox(
            box,
            hbox(
                (section(self.tr("Hasil asesor yang sudah dicatat")), 1),
                self.correct_button,
                self.delete_button,
            ),
            (self.results, 1),
            section(self.tr("Mandiri dan asesor per aspek dan indikator")),
            (self.comparison_panel, 1),
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.value_edit.returnPressed.connect(self._on_save_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.cancel_correction_button.clicked.connect(self._end_correction)
        self.results.doubleClicked.connect(lambda _i: self._on_correct_button_clicked())
        self.results.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def set_overview(self, overview: Overview) -> None:
        pack = overview.dashboard.pack
        if self.pack is None or self.pack.content_hash != pack.content_hash:
            self.pack = pack
            refill(
                self.indicator_combo,
                ((f"{i.number}. {i.name}", i.id) for i in pack.indicators),
            )
            self.results_model.names = {i.id: f"{i.number}. {i.name}" for i in pack.indicators}
        self.reload()

    def reload(self) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda _t: read_comparison(workspace),
            title=self.tr("Membaca hasil asesor"),
            owner=self,
            quiet=True,
            on_done=self.newest(self._apply),
        )
        self.runner.submit(
            lambda _t: item_service.assessor_results(workspace),
            title=self.tr("Membaca daftar hasil asesor"),
            owner=self,
            quiet=True,
            on_done=self._show_results,
        )

    def _show_results(self, results: list[AssessorResult]) -> None:
        self.results_model.set_rows(results)
        fit_columns(self.results, 360, main=ResultColumn.NOTE)
        if self.correcting is not None and all(r.id != self.correcting.id for r in results):
            self._end_correction()
        self._update_buttons()

    def _selected_result(self) -> AssessorResult | None:
        rows = self.results.selectionModel().selectedRows()
        return self.results_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_result() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _apply(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.comparison_panel.show_comparison(comparison)
        self.comparison_loaded.emit(comparison)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        indicator = self.indicator_combo.currentData()
        value = self.value_edit.text().strip()
        if not indicator:
            return
        if not value:
            self.message.setText(self.tr("Isi nilai dari asesor (1 sampai 5, mis. 2,5)."))
            self.value_edit.setFocus()
            return
        workspace, stage = self.workspace, self.stage_combo.currentData()
        note = self.note_edit.text()
        number = self.indicator_combo.currentText().split(".", 1)[0]
        replaces = self.correcting.id if self.correcting is not None else None
        self.runner.submit(
            lambda _t: item_service.record_result(
                workspace, indicator, value, stage=stage, note=note, replaces=replaces
            ),
            title=self.tr("Menyimpan hasil asesor"),
            owner=self,
            on_done=lambda result: self._after_save(number, result.value, str(stage)),
        )

    def _after_save(self, number: str, value: Decimal, stage: str) -> None:
        text = (
            self.tr("Hasil asesor indikator %1 (%2): %3.")
            .replace("%1", number)
            .replace("%2", stage_text(stage))
            .replace("%3", fmt.number(value))
        )
        self.message.setText(text)
        self.status_message.emit(text)
        self._end_correction()
        self.changed.emit()

    @Slot()
    def _on_correct_button_clicked(self) -> None:
        """The chosen result goes into the form; saving replaces it (one step, audited)."""
        result = self._selected_result()
        if result is None:
            return
        self.correcting = result
        self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(result.indicator_id))
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(result.stage))
        self.value_edit.setText(fmt.number(result.value))
        self.note_edit.setText(result.note)
        self.save_button.setText(self.tr("&Simpan koreksi"))
        self.cancel_correction_button.show()
        self.message.setText(
            self.tr("Mengoreksi hasil asesor indikator %1 (%2) yang dicatat %3.")
            .replace("%1", self.indicator_combo.currentText().split(".", 1)[0])
            .replace("%2", stage_text(result.stage))
            .replace("%3", fmt.timestamp(result.recorded_at))
        )
        self.value_edit.setFocus()

    @Slot()
    def _end_correction(self) -> None:
        self.correcting = None
        self.save_button.setText(self.tr("&Simpan hasil asesor"))
        self.cancel_correction_button.hide()
        self.value_edit.clear()
        self.note_edit.clear()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        result = self._selected_result()
        if result is None:
            return
        what = (
            self.tr("indikator %1, %2, nilai %3")
            .replace("%1", self.results_model.names.get(result.indicator_id, result.indicator_id))
            .replace("%2", stage_text(result.stage))
            .replace("%3", fmt.number(result.value))
        )
        if not prompts.confirm(
            self,
            self.tr("Hapus hasil asesor"),
            self.tr("Hapus hasil asesor ini (%1)? Riwayat tetap mencatatnya.").replace("%1", what),
            action=self.tr("Hapus"),
        ):
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: item_service.remove_result(workspace, result.id),
            title=self.tr("Menghapus hasil asesor"),
            owner=self,
            on_done=lambda _r: self._after_delete(what),
        )

    def _after_delete(self, what: str) -> None:
        text = self.tr("Hasil asesor dihapus: %1.").replace("%1", what)
        self.message.setText(text)
        self.status_message.emit(text)
        self.changed.emit()
