"""The external assessors' results (Pemdi 2026): a value per indicator and stage (dokumen,
interviu, visitasi) with a note, and the self-assessment (mandiri) beside the assessors' value
per aspect and per indicator. The comparison panel is shown on the dashboard too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from spbe_desktop.core.items import STAGES
from spbe_desktop.core.packs import Pack
from spbe_desktop.services import items as item_service
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, refill, section, vbox
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.items_models import (
    CompareColumn,
    CompareModel,
    Comparison,
    read_comparison,
)

STAGE_LABELS: dict[str, object] = {
    "dokumen": QT_TRANSLATE_NOOP("coordinator", "Penilaian dokumen"),
    "interviu": QT_TRANSLATE_NOOP("coordinator", "Interviu"),
    "visitasi": QT_TRANSLATE_NOOP("coordinator", "Visitasi"),
}


def stage_text(stage: str) -> str:
    return QCoreApplication.translate("coordinator", str(STAGE_LABELS[stage]))


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
            hbox((self.message, 1), STRETCH, self.save_button),
            parent=box,
        )
        self.comparison_panel = ComparisonPanel("assessorComparison")
        vbox(
            box,
            section(self.tr("Mandiri dan asesor per aspek dan indikator")),
            (self.comparison_panel, 1),
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.value_edit.returnPressed.connect(self._on_save_button_clicked)

    def set_overview(self, overview: Overview) -> None:
        pack = overview.dashboard.pack
        if self.pack is None or self.pack.content_hash != pack.content_hash:
            self.pack = pack
            refill(
                self.indicator_combo,
                ((f"{i.number}. {i.name}", i.id) for i in pack.indicators),
            )
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
        self.runner.submit(
            lambda _t: item_service.record_result(
                workspace, indicator, value, stage=stage, note=note
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
        self.value_edit.clear()
        self.note_edit.clear()
        self.changed.emit()
