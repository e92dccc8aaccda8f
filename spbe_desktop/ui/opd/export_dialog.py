"""Export the signed evidence bundle for the coordinator: options, size estimate, what to look
at before sending, then the summary.

The estimate and the export run as jobs (``services.exchange``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.models import Profile
from spbe_desktop.services.exchange import estimate_export, export_bundle
from spbe_desktop.services.presend import PresendCheck, presend_check
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import (
    STRETCH,
    close_button,
    hbox,
    label,
    ok_cancel,
    screen_room,
    section,
    vbox,
)
from spbe_desktop.ui.common.messages import error_text
from spbe_desktop.ui.opd.presend_list import PresendList

DEFAULT_SPLIT_MB = 20


def default_bundle_name(profile: Profile, today: dt.date | None = None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", profile.unit.casefold()).strip("-") or "opd"
    day = (today or dt.date.today()).isoformat()
    return f"bukti-{slug}-{profile.period}-{day}.zip"


class ExportDialog(QDialog):
    """Step 1: choose full/delta/split and see the estimate. Step 2: what was written."""

    written = Signal(Path)  # the folder a bundle was just written to

    def __init__(
        self,
        workspace: Path,
        profile: Profile,
        runner: JobRunner,
        out_folder: Path,
        parent: QWidget | None = None,
        *,
        unsaved: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kirim bukti ke koordinator"))
        self.setMinimumWidth(min(600, screen_room(self).width()))
        self._workspace = workspace
        self._profile = profile
        self._runner = runner
        self._estimates = Newest()  # the newest estimate wins (full/delta may flip meanwhile)
        self.summary: Any = None
        self.check: PresendCheck | None = None  # what to look at before sending, once read
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_options(out_folder / default_bundle_name(profile)))
        self.stack.addWidget(self._build_summary())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._refresh_estimate()
        self._check_before_sending(unsaved)

    # ------------------------------------------------------------------ step 1
    def _build_options(self, out: Path) -> QWidget:
        page = QWidget()
        intro = label(
            self.tr(
                "Paket bukti berisi isian dan dokumen Anda, ditandatangani dengan kunci "
                "ruang kerja ini. Kirim berkasnya ke koordinator (flashdisk, surel, atau "
                "aplikasi pesan)."
            ),
            wrap=True,
        )
        self.delta_radio = QRadioButton(self.tr("Hanya &perubahan sejak tanda terima terakhir"))
        self.delta_radio.setToolTip(
            self.tr("Dokumen yang sudah diterima koordinator tidak dikirim lagi")
        )
        self.full_radio = QRadioButton(self.tr("&Lengkap: semua isian dan semua dokumen"))
        group = QButtonGroup(self)
        group.addButton(self.delta_radio)
        group.addButton(self.full_radio)
        self.delta_radio.setChecked(True)
        self.split_check = QCheckBox(
            self.tr("&Pecah menjadi beberapa berkas, masing-masing paling besar")
        )
        self.split_check.setToolTip(
            self.tr("Berguna bila surel atau aplikasi pesan membatasi ukuran lampiran")
        )
        self.split_mb = QSpinBox()
        self.split_mb.setRange(1, 4096)
        self.split_mb.setValue(DEFAULT_SPLIT_MB)
        self.split_mb.setSuffix(" MB")
        self.split_mb.setEnabled(False)
        self.split_mb.setAccessibleName(self.tr("Ukuran paling besar per berkas"))
        self.out_edit = QLineEdit(str(out))
        self.out_edit.setAccessibleName(self.tr("Lokasi berkas paket"))
        self.out_edit.textChanged.connect(self.out_edit.setToolTip)
        self.out_edit.setToolTip(str(out))
        # Wide enough for the whole suggested path, as far as the screen allows.
        room = screen_room(self).width() - 180
        self.out_edit.setMinimumWidth(
            min(room, self.out_edit.fontMetrics().horizontalAdvance(str(out)) + 16)
        )
        self.browse_button = browse = QPushButton(self.tr("Pilih &lokasi…"))
        save_label = QLabel(self.tr("&Simpan sebagai:"))
        save_label.setBuddy(self.out_edit)
        self.estimate_label = label(self.tr("Menghitung ukuran…"), name="indexGap", wrap=True)
        self.problems_box = PresendList()
        self.problems_label = self.problems_box.label
        self.buttons = ok_cancel(self, self.tr("&Buat paket"), self._on_export_clicked)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(
            intro,
            self.delta_radio,
            self.full_radio,
            hbox(self.split_check, self.split_mb, STRETCH),
            save_label,
            hbox((self.out_edit, 1), browse),
            self.estimate_label,
            self.problems_box,
            STRETCH,
            self.buttons,
            parent=page,
        )
        self.full_radio.toggled.connect(self._on_full_radio_toggled)
        self.split_check.toggled.connect(self.split_mb.setEnabled)
        browse.clicked.connect(self._on_browse_clicked)
        return page

    def _check_before_sending(self, unsaved: Sequence[str]) -> None:
        """Read the checklist (drafts, empty indicators, unreadable or very large files,
        nothing new) in a job and list it; with nothing at all to send, nothing can be made."""
        workspace = self._workspace
        self._runner.submit(
            lambda _t: presend_check(workspace, unsaved=unsaved),
            title=self.tr("Memeriksa sebelum mengirim"),
            owner=self,
            quiet=True,
            on_done=self._on_check_read,
        )

    def _on_check_read(self, check: PresendCheck) -> None:
        self.check = check
        self.problems_box.show_check(check)
        self.export_button.setEnabled(not check.nothing_to_send)

    @Slot(bool)
    def _on_full_radio_toggled(self, _on: bool) -> None:
        self._refresh_estimate()

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = prompts.choose_save_file(
            self,
            self.tr("Simpan paket bukti"),
            Path(self.out_edit.text()),
            self.tr("Paket bukti (*.zip)"),
        )
        if chosen is not None:
            if chosen.suffix.lower() != ".zip":
                chosen = chosen.with_name(chosen.name + ".zip")
            self.out_edit.setText(str(chosen))

    def _refresh_estimate(self) -> None:
        full = self.full_radio.isChecked()
        workspace = self._workspace
        self.estimate_label.setText(self.tr("Menghitung ukuran…"))
        newest = self._estimates(lambda ok, value: self._show_estimate(ok, value))
        self._runner.submit(
            lambda _t: estimate_export(workspace, full=full),
            title=self.tr("Menghitung ukuran paket"),
            owner=self,
            on_done=lambda est: newest(True, est),
            on_error=lambda exc: newest(False, exc),
        )

    def _show_estimate(self, ok: bool, est: Any) -> None:
        if not ok:
            self.estimate_label.setText(error_text(est))
            return
        text = (
            self.tr("Perkiraan: %1 dokumen, %2 indikator, sekitar %3.")
            .replace("%1", str(est.documents))
            .replace("%2", str(est.indicators))
            .replace("%3", fmt.size(est.bytes))
        )
        if not est.delta and not self.full_radio.isChecked():
            text += " " + self.tr(
                "Belum ada tanda terima dari koordinator, jadi paket berisi semuanya."
            )
        self.estimate_label.setText(text)

    @Slot()
    def _on_export_clicked(self) -> None:
        text = self.out_edit.text().strip()
        if not text:
            return
        out = Path(text)
        passphrase: str | None = None
        if self._profile.key_protected:
            passphrase = prompts.ask_passphrase(
                self, self.tr("Frasa sandi"), self.tr("Frasa sandi kunci tanda tangan:")
            )
            if passphrase is None:
                return
        full = self.full_radio.isChecked()
        split = self.split_mb.value() if self.split_check.isChecked() else None
        workspace = self._workspace
        self.export_button.setEnabled(False)
        nothing = self.check is not None and self.check.nothing_to_send
        self._runner.submit(
            lambda token: export_bundle(
                workspace, out, full=full, split_mb=split, passphrase=passphrase, cancel=token
            ),
            title=self.tr("Membuat paket bukti"),
            key="export",
            owner=self,
            modal=True,
            on_done=self._on_export_succeeded,
            on_finished=lambda: self.export_button.setEnabled(not nothing),
        )

    # ------------------------------------------------------------------ step 2
    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.summary_title = section("")
        self.summary_title.setWordWrap(True)
        self.summary_label = label(wrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Buka &folder"))
        close = close_button(self.accept)
        vbox(
            self.summary_title,
            self.summary_label,
            STRETCH,
            hbox(self.open_folder_button, STRETCH, close),
            parent=page,
        )
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        return page

    def _on_export_succeeded(self, summary: Any) -> None:
        self.summary = summary
        if summary.paths:
            self.written.emit(Path(summary.paths[0]).parent)
        if summary.nothing_changed:
            self.summary_title.setText(
                self.tr("Tidak ada perubahan sejak tanda terima terakhir; tidak ada paket dibuat.")
            )
            self.summary_label.setText(
                self.tr(
                    "Koordinator sudah memegang semua jawaban dan dokumen Anda. Pilih "
                    "\u201cLengkap\u201d bila koordinator meminta paket lengkap."
                )
            )
            self.open_folder_button.setVisible(False)
            self.stack.setCurrentIndex(1)
            return
        self.open_folder_button.setVisible(True)
        if summary.verified and summary.read_back:
            self.summary_title.setText(
                self.tr(
                    "Paket bukti selesai dibuat dan sudah dibaca ulang dari flashdisk: tanda "
                    "tangan dan isi berkas yang tersimpan di sana sah."
                )
            )
        elif summary.verified:
            self.summary_title.setText(
                self.tr(
                    "Paket bukti selesai dibuat dan sudah diperiksa ulang: tanda tangan dan "
                    "isi berkas sah."
                )
            )
        else:
            self.summary_title.setText(self.tr("Paket dibuat, tetapi pemeriksaan ulang gagal."))
        kind = self.tr("perubahan saja") if summary.delta else self.tr("lengkap")
        lines = [
            self.tr("Jenis: %1 · nomor urut %2")
            .replace("%1", kind)
            .replace("%2", str(summary.sequence)),
            self.tr("%1 dokumen, %2 indikator, %3")
            .replace("%1", str(summary.documents))
            .replace("%2", str(summary.indicators))
            .replace("%3", fmt.size(summary.bytes)),
            self.tr("Sidik jari kunci: %1").replace("%1", summary.fingerprint),
            self.tr("Berkas:"),
            *[f"  {p}" for p in summary.paths],
            *[
                self.tr("%1 (%2) lebih besar dari ukuran bagian; ia menjadi bagian tersendiri.")
                .replace("%1", name)
                .replace("%2", fmt.size(size))
                for name, size in summary.oversized
            ],
            "",
            self.tr(
                "Sampaikan sidik jari ini kepada koordinator bila diminta, agar paket dapat "
                "dicocokkan."
            ),
        ]
        self.summary_label.setText("\n".join(lines))
        self.stack.setCurrentIndex(1)

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        if self.summary is not None and self.summary.paths:
            folder = Path(self.summary.paths[0]).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
