"""Set up a workspace by hand, or from the coordinator's evaluation kit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from spbe_desktop.core.names import slug
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.layout import fingerprint_label, hbox, label, ok_cancel, vbox

if TYPE_CHECKING:
    from spbe_desktop.services.exchange import KitInfo


@dataclass(frozen=True, slots=True)
class SetupRequest:
    path: Path
    role: str
    instansi: str
    unit: str
    officer: str
    framework: str
    period: str
    passphrase: str | None


@dataclass(frozen=True, slots=True)
class KitRequest:
    path: Path
    kit: Path
    officer: str
    passphrase: str | None
    coordinator_fingerprint: str  # as the officer confirmed it by phone


class _PathRow(QWidget):
    """A file name with a "Pilih…" button that asks where to save the workspace."""

    def __init__(self, initial: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(initial))
        self.button = QPushButton(self.tr("Pilih…"))
        self.edit.setAccessibleName(self.tr("Lokasi berkas ruang kerja"))
        hbox((self.edit, 1), self.button, margins=0, parent=self)
        self.button.clicked.connect(self._on_button_clicked)
        self.touched = False
        self.edit.textEdited.connect(self._on_edited)

    @Slot()
    def _on_edited(self) -> None:
        self.touched = True

    @Slot()
    def _on_button_clicked(self) -> None:
        chosen = prompts.choose_save_file(
            self,
            self.tr("Simpan ruang kerja"),
            Path(self.edit.text()),
            prompts.workspace_filter(),
        )
        if chosen is not None:
            if chosen.suffix != ".spbe":
                chosen = chosen.with_name(chosen.name + ".spbe")
            self.edit.setText(str(chosen))
            self.touched = True

    def path(self) -> Path:
        return Path(self.edit.text().strip())


def _passphrase_fields() -> tuple[QLineEdit, QLineEdit]:
    first = QLineEdit()
    first.setEchoMode(QLineEdit.EchoMode.Password)
    first.setPlaceholderText(QCoreApplication.translate("SetupDialog", "boleh dikosongkan"))
    first.setToolTip(
        QCoreApplication.translate(
            "SetupDialog",
            "Bila diisi, frasa sandi diminta setiap kali paket bukti ditandatangani. Jangan "
            "sampai lupa: frasa sandi tidak dapat dipulihkan.",
        )
    )
    second = QLineEdit()
    second.setEchoMode(QLineEdit.EchoMode.Password)
    return first, second


class SetupDialog(QDialog):
    """Fields for ``services.workspace.init_workspace``."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Siapkan ruang kerja"))
        self.setMinimumWidth(560)
        self._folder = folder
        intro = label(
            self.tr(
                "Isi data unit Anda. Bila koordinator sudah mengirim kit penilaian, lebih "
                'mudah memakai "Buka kit dari koordinator".'
            ),
            wrap=True,
        )
        self.role = QComboBox()
        self.role.addItem(self.tr("Perangkat daerah (OPD)"), "opd")
        self.role.addItem(self.tr("Koordinator (Diskominfo)"), "coordinator")
        self.instansi = QLineEdit()
        self.instansi.setPlaceholderText(self.tr("mis. Pemerintah Provinsi Maluku Utara"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("mis. Dinas Komunikasi dan Informatika"))
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("nama Anda"))
        self.framework = QComboBox()  # the first entry is the default: Pemdi 2026
        self.framework.addItem(self.tr("Pemerintah Digital 2026 (sementara)"), "pemdi-2026")
        self.framework.addItem(self.tr("SPBE (PermenPANRB 59/2020)"), "spbe-2020")
        self.period = QSpinBox()
        self.period.setRange(2018, 2100)
        self.period.setValue(dt.date.today().year)
        self.path_row = _PathRow(folder / "ruang-kerja.spbe")
        self.passphrase, self.passphrase2 = _passphrase_fields()
        self.error = label(wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Peran:"), self.role)
        form.addRow(self.tr("&Instansi:"), self.instansi)
        form.addRow(self.tr("&Unit kerja:"), self.unit)
        form.addRow(self.tr("Nama &petugas:"), self.officer)
        form.addRow(self.tr("&Kerangka penilaian:"), self.framework)
        form.addRow(self.tr("P&eriode:"), self.period)
        form.addRow(self.tr("&Simpan di:"), self.path_row)
        form.addRow(self.tr("&Frasa sandi kunci:"), self.passphrase)
        form.addRow(self.tr("&Ulangi frasa sandi:"), self.passphrase2)
        self.buttons = ok_cancel(self, self.tr("&Buat"), self._on_accepted)
        vbox(intro, form, self.error, self.buttons, parent=self)
        self.unit.textChanged.connect(self._suggest_path)
        self.period.valueChanged.connect(self._suggest_path)

    @Slot()
    def _suggest_path(self) -> None:
        if not self.path_row.touched:
            unit = self.unit.text() or self.instansi.text()
            name = f"{slug(unit, 'ruang-kerja')}-{self.period.value()}.spbe"
            self.path_row.edit.setText(str(self._folder / name))

    @Slot()
    def _on_accepted(self) -> None:
        if not self.instansi.text().strip():
            self.error.setText(self.tr("Isi nama instansi."))
            self.instansi.setFocus()
            return
        if self.role.currentData() == "opd" and not self.unit.text().strip():
            self.error.setText(self.tr("Isi nama unit kerja."))
            self.unit.setFocus()
            return
        if self.passphrase.text() != self.passphrase2.text():
            self.error.setText(self.tr("Kedua frasa sandi tidak sama."))
            self.passphrase2.setFocus()
            return
        self.accept()

    def request(self) -> SetupRequest:
        return SetupRequest(
            path=self.path_row.path(),
            role=str(self.role.currentData()),
            instansi=self.instansi.text().strip(),
            unit=self.unit.text().strip(),
            officer=self.officer.text().strip(),
            framework=str(self.framework.currentData()),
            period=str(self.period.value()),
            passphrase=self.passphrase.text() or None,
        )


class KitDialog(QDialog):
    """Fields for ``services.exchange.init_from_kit``, after the officer confirmed the
    coordinator's fingerprint by phone: a kit pins the key that later verifies every receipt."""

    def __init__(
        self, kit: Path, info: KitInfo, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buka kit dari koordinator"))
        self.setMinimumWidth(540)
        self._kit = kit
        self._info = info
        intro = label(
            self.tr(
                "Kit %1 berisi kerangka penilaian, indikator yang ditugaskan kepada unit "
                "Anda, dan kunci koordinator."
            ).replace("%1", kit.name),
            wrap=True,
        )
        issuer = label(
            self.tr("Kit untuk %1 (%2), ditandatangani koordinator %3 dengan sidik jari kunci:")
            .replace("%1", info.unit)
            .replace("%2", info.instansi)
            .replace("%3", info.coordinator_unit or "—"),
            wrap=True,
            plain=True,
        )
        # The same meaning as in the coordinator's register: no indicators = none assigned yet.
        self.assignment = label(
            self.tr("Indikator yang ditugaskan kepada unit Anda: %n.", "", info.assigned)
            if info.assigned
            else self.tr(
                "Koordinator belum menugaskan indikator kepada unit Anda, jadi semua indikator "
                "ditampilkan. Tanyakan kepada koordinator indikator mana yang menjadi bagian Anda."
            ),
            wrap=True,
        )
        self.fingerprint = fingerprint_label(
            info.coordinator_fingerprint, self.tr("Sidik jari kunci koordinator")
        )
        self.fingerprint.setObjectName("coordinatorFingerprint")
        phone = label(
            self.tr(
                "Cocokkan sidik jari ini dengan koordinator lewat telepon sebelum melanjutkan."
            ),
            name="indexGap",
            wrap=True,
        )
        phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checked = QCheckBox(
            self.tr("Sidik jari sudah saya cocokkan dengan koordinator lewat telepon")
        )
        self.officer = QLineEdit()
        self.officer.setPlaceholderText(self.tr("nama Anda"))
        self.path_row = _PathRow(folder / f"{slug(kit.stem, 'ruang-kerja')}.spbe")
        self.passphrase, self.passphrase2 = _passphrase_fields()
        self.error = label()
        form = QFormLayout()
        form.addRow(self.tr("Nama &petugas:"), self.officer)
        form.addRow(self.tr("&Simpan di:"), self.path_row)
        form.addRow(self.tr("&Frasa sandi kunci:"), self.passphrase)
        form.addRow(self.tr("&Ulangi frasa sandi:"), self.passphrase2)
        self.buttons = ok_cancel(self, self.tr("&Buat"), self._on_accepted)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(
            intro,
            self.assignment,
            issuer,
            self.fingerprint,
            phone,
            self.checked,
            form,
            self.error,
            self.buttons,
            parent=self,
        )
        self.checked.toggled.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(False)

    @Slot()
    def _on_accepted(self) -> None:
        if not self.checked.isChecked():
            self.error.setText(
                self.tr(
                    "Cocokkan dulu sidik jari koordinator lewat telepon, lalu centang kotaknya."
                )
            )
            return
        if self.passphrase.text() != self.passphrase2.text():
            self.error.setText(self.tr("Kedua frasa sandi tidak sama."))
            return
        self.accept()

    def request(self) -> KitRequest:
        return KitRequest(
            path=self.path_row.path(),
            kit=self._kit,
            officer=self.officer.text().strip(),
            passphrase=self.passphrase.text() or None,
            coordinator_fingerprint=self._info.coordinator_fingerprint,
        )
