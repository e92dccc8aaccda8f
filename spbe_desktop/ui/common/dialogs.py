"""The small modal questions :mod:`prompts` opens: a new OPD's name, a key's fingerprint check.

Opened only through ``prompts.new_opd`` and ``prompts.confirm_fingerprint``, the seam tests
replace.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from spbe_desktop.ui.common.layout import fingerprint_label, label, ok_cancel, vbox


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
        self.note = label(wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Nama OPD:"), self.name_edit)
        form.addRow(self.tr("&Kontak:"), self.contact_edit)
        self.buttons = ok_cancel(self, self.tr("&Tambah"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(form, self.note, self.buttons, parent=self)
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
        intro = label(request.intro, wrap=True, plain=True)
        self.fingerprint = fingerprint_label(request.fingerprint, self.tr("Sidik jari kunci"))
        self.fingerprint.setObjectName("fingerprint")
        phone = label(
            self.tr("Cocokkan sidik jari ini dengan OPD lewat telepon"), name="indexGap", wrap=True
        )
        phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.addItems(list(request.names))
        self.name_combo.setCurrentText(request.default_name)
        self.name_combo.setAccessibleName(self.tr("Nama OPD pemilik kunci"))
        self.warning = label(request.warning, name="provisionalBanner", wrap=True)
        self.warning.setVisible(bool(request.warning))
        self.checked = QCheckBox(
            self.tr("Sidik jari sudah saya cocokkan dengan petugas OPD lewat telepon")
        )
        form = QFormLayout()
        form.addRow(self.tr("&OPD:"), self.name_combo)
        self.buttons = ok_cancel(self, request.accept_text)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(
            intro,
            6,
            self.fingerprint,
            phone,
            6,
            form,
            self.warning,
            self.checked,
            self.buttons,
            parent=self,
        )
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
