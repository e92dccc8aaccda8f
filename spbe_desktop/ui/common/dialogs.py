"""Dialogs shared by the views: one open window per dialog slot, and two small questions.

:func:`show_modeless` (an owner's attribute) and :func:`show_keyed` (a dict entry) open a
dialog that deletes itself when closed, raise the one already open instead of opening it twice,
and forget it when it goes, so nobody asks a deleted dialog anything (that raises RuntimeError).

The small modal questions :mod:`prompts` opens (a new OPD's name, a key's fingerprint check) are
opened only through ``prompts.new_opd`` and ``prompts.confirm_fingerprint``, the seam tests
replace.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
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

W = TypeVar("W", bound=QWidget)
K = TypeVar("K", bound=Hashable)


def shown(widget: W | None) -> W | None:
    """``widget`` while it is on screen; None when there is none, it was closed or Qt deleted it."""
    if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return None
    return widget


def raise_shown(widget: QWidget | None) -> bool:
    """Bring ``widget`` to the front if it is on screen; False when there is nothing to raise."""
    window = shown(widget)
    if window is None:
        return False
    window.raise_()
    window.activateWindow()
    return True


def _open_once(
    current: W | None,
    factory: Callable[[], W],
    keep: Callable[[W], None],
    forget: Callable[[W], None],
    modal: bool,
    accepted: Callable[[W], Any] | None = None,
) -> W:
    """The already open ``current`` (raised), else a new one from ``factory``: it deletes itself
    when closed and is forgotten when it finishes or is destroyed (whichever comes first)."""
    window = shown(current)
    if window is not None:
        raise_shown(window)
        return window
    dialog = factory()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if accepted is not None and isinstance(dialog, QDialog):
        dialog.accepted.connect(lambda d=dialog: accepted(d))
    # Closing queues the deletion: forget on ``finished`` already, so the closed (and soon
    # deleted) dialog is never handed out; ``destroyed`` covers widgets that are no QDialog.
    if isinstance(dialog, QDialog):
        dialog.finished.connect(lambda _result=0, d=dialog: forget(d))
    dialog.destroyed.connect(lambda _obj=None, d=dialog: forget(d))
    keep(dialog)
    if modal and isinstance(dialog, QDialog):
        dialog.open()  # window-modal: the owner's window waits for it
    else:
        dialog.show()
    return dialog


def show_modeless(
    owner: QObject,
    attr: str,
    factory: Callable[[], W],
    *,
    modal: bool = False,
    accepted: Callable[[W], Any] | None = None,
) -> W:
    """Show the dialog kept in ``owner.<attr>``: the open one raised, else a new one.

    ``owner.<attr>`` holds the dialog while it is open and None once it is closed, so the next
    call builds a new one. ``modal``: open it window-modal (``QDialog.open``), not modeless.
    ``accepted``: called with a new dialog when it is accepted (not connected again when the
    open one is only raised).
    """

    # Weakly: were this the owner's last reference, dropping it inside the dialog's deletion
    # would delete the owner, and with it the dialog a second time.
    owner_ref = weakref.ref(owner)

    def forget(dialog: W) -> None:
        held = owner_ref()
        if held is not None and shiboken6.isValid(held) and getattr(held, attr, None) is dialog:
            setattr(held, attr, None)

    current: Any = getattr(owner, attr, None)
    return _open_once(current, factory, lambda d: setattr(owner, attr, d), forget, modal, accepted)


def show_keyed(dialogs: dict[K, W], key: K, factory: Callable[[], W]) -> W:
    """Like :func:`show_modeless` for one of many windows (one per ``key``) kept in ``dialogs``."""

    def forget(dialog: W) -> None:
        if dialogs.get(key) is dialog:
            del dialogs[key]

    return _open_once(
        dialogs.get(key), factory, lambda d: dialogs.__setitem__(key, d), forget, False
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
