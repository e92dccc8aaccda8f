"""Dialogs of the coordinator window: a new OPD, and the fingerprint check before pinning a key.

They are opened only through :mod:`spbe_desktop.ui.coordinator.ask`, the seam tests replace.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NewOpdDialog(QDialog):
    """Name and contact of an OPD to add to the register."""

    def __init__(self, existing: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah OPD"))
        self.setMinimumWidth(420)
        self._existing = {n.casefold() for n in existing}
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("mis. Bappeda"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("nama petugas, telepon atau surel"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nama OPD:"), self.name_edit)
        form.addRow(self.tr("&Kontak:"), self.contact_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Tambah"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(self.name_edit.text())

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        name = text.strip()
        taken = name.casefold() in self._existing
        self.note.setText(self.tr("OPD dengan nama ini sudah terdaftar.") if taken else "")
        self.ok_button.setEnabled(bool(name) and not taken)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.contact_edit.text().strip()


@dataclass(frozen=True, slots=True)
class FingerprintRequest:
    """What the fingerprint dialog shows: who claims the key, its fingerprint, name choices."""

    title: str
    intro: str
    fingerprint: str
    names: tuple[str, ...]
    default_name: str
    accept_text: str
    warning: str = ""


class FingerprintDialog(QDialog):
    """Shows a key's fingerprint and pins it only after the officer confirms the phone check."""

    def __init__(self, request: FingerprintRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(request.title)
        self.setMinimumWidth(520)
        intro = QLabel(request.intro)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = QLabel(request.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Sidik jari kunci"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        phone = QLabel(self.tr("Cocokkan sidik jari ini dengan OPD lewat telepon"))
        phone.setObjectName("indexGap")
        phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        phone.setWordWrap(True)
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.addItems(list(request.names))
        self.name_combo.setCurrentText(request.default_name)
        self.name_combo.setAccessibleName(self.tr("Nama OPD pemilik kunci"))
        self.warning = QLabel(request.warning)
        self.warning.setObjectName("provisionalBanner")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(request.warning))
        self.checked = QCheckBox(
            self.tr("Sidik jari sudah saya cocokkan dengan petugas OPD lewat telepon")
        )
        form = QFormLayout()
        form.addRow(self.tr("&OPD:"), self.name_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(request.accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fingerprint)
        layout.addWidget(phone)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.checked)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.checked.toggled.connect(self._update_ok)
        self.name_combo.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            self.checked.isChecked() and bool(self.name_combo.currentText().strip())
        )

    def chosen_name(self) -> str:
        return self.name_combo.currentText().strip()
