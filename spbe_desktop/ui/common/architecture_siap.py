"""Where one object stands in SIAP Digital: the status, its id there, the date it was entered,
and the screenshot that proves it (a document of the workspace)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from spbe_desktop.services.architecture import (
    SIAP_STATUSES,
    ArchObject,
    attach_screenshot,
    set_siap_status,
)
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.architecture_models import siap_name
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label
from spbe_desktop.ui.common.optional_date import OptionalDateEdit


class SiapBox(QWidget):
    """Status, SIAP id, date and screenshot of the object shown; asks to save or attach."""

    save_requested = Signal()
    attach_requested = Signal()
    preview_requested = Signal(int)  # document id of the screenshot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screenshot: int | None = None
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("siapStatus")
        self.status_combo.setAccessibleName(self.tr("Status di SIAP Digital"))
        for status in SIAP_STATUSES:
            self.status_combo.addItem(siap_name(status), status)
        self.siap_id = QLineEdit()
        self.siap_id.setObjectName("siapId")
        self.siap_id.setAccessibleName(self.tr("ID di SIAP Digital"))
        self.siap_id.setPlaceholderText(self.tr("ID objek di SIAP Digital (bila ada)"))
        self.input_date = OptionalDateEdit(self.tr("sudah diinput"))
        self.input_date.setObjectName("siapDate")
        self.screenshot_label = label(wrap=True)
        self.screenshot_label.setObjectName("siapScreenshot")
        self.screenshot_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(self.tr("Lampirkan &tangkapan layar…"))
        self.attach_button.setObjectName("siapAttachButton")
        self.attach_button.setToolTip(
            self.tr("Simpan tangkapan layar SIAP Digital sebagai dokumen bukti objek ini")
        )
        self.preview_button = QPushButton(self.tr("Li&hat"))
        self.preview_button.setObjectName("siapPreviewButton")
        self.save_button = QPushButton(self.tr("Simpan &status SIAP"))
        self.save_button.setObjectName("siapSaveButton")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("ID SIAP"), self.siap_id)
        form.addRow(self.tr("Tanggal input"), self.input_date)
        form.addRow(self.tr("Tangkapan layar"), self.screenshot_label)
        form.addRow(hbox(self.attach_button, self.preview_button, STRETCH))
        form.addRow(hbox(STRETCH, self.save_button))
        self.attach_button.clicked.connect(self.attach_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.show_object(None)

    def show_object(self, obj: ArchObject | None) -> None:
        """Show ``obj``'s SIAP record (None: a new object, saved first)."""
        siap = obj.siap if obj is not None else None
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(siap.status if siap else "belum"))
        )
        self.siap_id.setText(siap.siap_id if siap else "")
        self.input_date.set_iso(siap.input_date if siap else None)
        self._screenshot = siap.screenshot_id if siap else None
        self.screenshot_label.setText(
            siap.screenshot_title
            if siap and siap.screenshot_id
            else self.tr("Belum ada. Lampirkan tangkapan layar objek ini di SIAP Digital.")
        )
        self.preview_button.setEnabled(self._screenshot is not None)
        for widget in (self.status_combo, self.siap_id, self.input_date, self.attach_button):
            widget.setEnabled(obj is not None)
        self.save_button.setEnabled(obj is not None)

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def set_status(self, status: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def screenshot_id(self) -> int | None:
        return self._screenshot

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        if self._screenshot is not None:
            self.preview_requested.emit(self._screenshot)


def attach_screenshot_job(
    owner: QWidget,
    runner: JobRunner,
    workspace: Path,
    obj: ArchObject,
    on_done: Callable[[ArchObject], Any],
) -> None:
    """Ask for the screenshot file, then store it as the object's document in a job."""
    file = prompts.choose_open_file(
        owner,
        QCoreApplication.translate("architecture", "Pilih tangkapan layar SIAP Digital"),
        QCoreApplication.translate(
            "architecture",
            "Gambar atau PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)",
        ),
    )
    if file is None:
        return
    runner.submit(
        lambda token: attach_screenshot(workspace, obj.id, file, token),
        title=QCoreApplication.translate("architecture", "Melampirkan tangkapan layar"),
        owner=owner,
        modal=True,
        on_done=on_done,
    )


def save_status_job(
    owner: QWidget,
    runner: JobRunner,
    workspace: Path,
    box: SiapBox,
    obj: ArchObject,
    on_done: Callable[[ArchObject], Any],
) -> None:
    """Record what ``box`` shows (status, SIAP ID, input date) for ``obj`` in a job: the OPD's
    own entry, or the coordinator's as SIAP Digital administrator (back in the receipt)."""
    status, siap_id, date = box.status(), box.siap_id.text(), box.input_date.iso() or ""
    runner.submit(
        lambda _t: set_siap_status(workspace, obj.id, status, siap_id=siap_id, input_date=date),
        title=QCoreApplication.translate("architecture", "Menyimpan status SIAP Digital"),
        owner=owner,
        on_done=on_done,
    )
