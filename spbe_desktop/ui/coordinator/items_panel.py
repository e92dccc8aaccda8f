"""Per-item verdicts (Pemdi 2026): each unit's items of one indicator with their documents and
status, and the coordinator's Terima / Kembalikan with a reason and a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from spbe_desktop.services import items as item_service
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import hbox, label, section, vbox
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table
from spbe_desktop.ui.coordinator.items_models import (
    ItemColumn,
    Unit,
    UnitItem,
    UnitItemsModel,
    item_status_text,
    read_unit_items,
    reason_text,
)

# The reasons offered for a return, in the order the portal lists them.
REASONS = ("wrong-document", "not-uploaded", "other")


class ItemVerdictPanel(WorkspaceTab):
    """Judge each unit's items of the indicator shown: accept, or return with a reason."""

    changed = Signal()
    preview_requested = Signal(int)
    items_loaded = Signal(str)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.units: list[Unit] = []
        self.indicator: str | None = None
        self._build()
        self._connect_signals()
        self._update_buttons()

    def _build(self) -> None:
        self.model = UnitItemsModel(self)
        self.table = make_table(self.model, "unitItemsTable", self.tr("Butir per OPD"))
        self.empty_label = label(
            self.tr("Belum ada OPD yang melampirkan dokumen pada butir indikator ini."),
            name="breadcrumb",
            wrap=True,
        )
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("itemReason")
        self.reason_combo.setAccessibleName(self.tr("Alasan dikembalikan"))
        for reason in REASONS:
            self.reason_combo.addItem(reason_text(reason), reason)
        reason_label = QLabel(self.tr("&Alasan:"))
        reason_label.setBuddy(self.reason_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("itemVerdictNote")
        self.note_edit.setAccessibleName(self.tr("Catatan hasil pemeriksaan"))
        self.note_edit.setPlaceholderText(
            self.tr("Catatan untuk OPD (wajib bila alasannya lainnya)")
        )
        note_label = QLabel(self.tr("C&atatan:"))
        note_label.setBuddy(self.note_edit)
        self.accept_button = QPushButton(self.tr("&Terima"))
        self.accept_button.setObjectName("acceptItemButton")
        self.return_button = QPushButton(self.tr("Ke&mbalikan"))
        self.return_button.setObjectName("returnItemButton")
        self.preview_button = QPushButton(self.tr("Pratinjau dokumen"))
        self.message = label(name="itemVerdictMessage", wrap=True)
        self.message.setObjectName("itemVerdictMessage")
        self.message.hide()
        # The verdict's fields and buttons above the table: on a 600 px screen they stay in
        # view while the table scrolls.
        vbox(
            hbox((section(self.tr("Butir per OPD")), 1), self.preview_button),
            hbox(
                reason_label,
                self.reason_combo,
                note_label,
                (self.note_edit, 1),
                self.return_button,
                self.accept_button,
            ),
            self.message,
            (self.table, 1),
            self.empty_label,
            margins=0,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._on_preview_button_clicked())
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)

    # ------------------------------------------------------------------ data
    def set_units(self, units: list[Unit]) -> None:
        self.units = list(units)

    def show_indicator(self, indicator: str) -> None:
        self.indicator = indicator
        self.reload()

    def reload(self) -> None:
        indicator = self.indicator
        if indicator is None:
            return
        workspace, units = self.workspace, list(self.units)
        self.runner.submit(
            lambda _t: read_unit_items(workspace, indicator, units),
            title=self.tr("Membaca butir"),
            owner=self,
            quiet=True,
            on_done=self.newest(lambda rows: self._apply(indicator, rows)),
        )

    def _apply(self, indicator: str, rows: list[UnitItem]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.table, 260, main=ItemColumn.NAME)
        self.empty_label.setVisible(not rows)
        if selected is not None:
            for k, r in enumerate(rows):
                if (r.unit, r.row.item.code) == (selected.unit, selected.row.item.code):
                    self.table.selectRow(k)
                    break
        self._update_buttons()
        self.items_loaded.emit(indicator)

    def selected(self) -> UnitItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, unit: str, code: str) -> bool:
        for k, r in enumerate(self.model.rows()):
            if r.unit.name == unit and r.row.item.code == code:
                self.table.selectRow(k)
                return True
        return False

    # ------------------------------------------------------------------ verdicts
    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self._say("")
        if row is not None:
            self.note_edit.setText(row.verdict_note)
            if row.reason in REASONS:
                self.reason_combo.setCurrentIndex(REASONS.index(row.reason))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.accept_button.setEnabled(row is not None)
        self.return_button.setEnabled(row is not None)
        self.preview_button.setEnabled(row is not None and bool(row.row.documents))

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        self._judge(accept=True)

    @Slot()
    def _on_return_button_clicked(self) -> None:
        self._judge(accept=False)

    def _judge(self, *, accept: bool) -> None:
        row = self.selected()
        if row is None:
            return
        reason = None if accept else str(self.reason_combo.currentData())
        note = self.note_edit.text().strip()
        if reason == "other" and not note:
            self._say(
                self.tr(
                    "Tulis catatan untuk OPD: alasan «lainnya» perlu penjelasan apa yang harus "
                    "diperbaiki."
                )
            )
            self.note_edit.setFocus()
            return
        workspace, code, unit = self.workspace, row.row.item.code, row.unit
        self.runner.submit(
            lambda _t: item_service.judge_item(
                workspace, code, accept=accept, reason=reason, note=note, unit=unit.arg
            ),
            title=self.tr("Menyimpan hasil pemeriksaan"),
            owner=self,
            on_done=lambda state: self._after_judge(unit, code, state.verdict),
        )

    def _after_judge(self, unit: Unit, code: str, verdict: str | None) -> None:
        status = "accepted" if verdict == "accepted" else "revision"
        text = (
            self.tr("Butir %1 dari %2: %3.")
            .replace("%1", code)
            .replace("%2", unit.name)
            .replace("%3", item_status_text(status))
        )
        self._say(text)
        self.status_message.emit(text)
        self.reload()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        row = self.selected()
        if row is not None and row.row.documents:
            self.preview_requested.emit(row.row.documents[0].id)
