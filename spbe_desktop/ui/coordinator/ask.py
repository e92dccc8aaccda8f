"""The coordinator window's modal questions: the one seam its tests monkeypatch.

File choices, yes/no questions and errors go through :mod:`spbe_desktop.ui.prompts`; this module
adds what that one lacks (several files with a filter) and the coordinator's own dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from spbe_desktop.ui.coordinator.dialogs import FingerprintDialog, FingerprintRequest, NewOpdDialog


def choose_files(
    parent: QWidget | None, title: str, name_filter: str, start: Path | None = None
) -> list[Path]:
    """Ask for one or more files of a kind (bundles and their parts)."""
    files, _ = QFileDialog.getOpenFileNames(parent, title, str(start or ""), name_filter)
    return [Path(f) for f in files]


def new_opd(parent: QWidget | None, existing: Sequence[str]) -> tuple[str, str] | None:
    """Name and contact of a new OPD, or None if cancelled."""
    dialog = NewOpdDialog(existing, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def confirm_fingerprint(parent: QWidget | None, request: FingerprintRequest) -> str | None:
    """The OPD name to pin the key to, once the officer confirmed the fingerprint; else None."""
    dialog = FingerprintDialog(request, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_name() or None


def key_replace_box(parent: QWidget | None, name: str, old: str, new: str) -> QMessageBox:
    """The warning before another key replaces an OPD's working key: both fingerprints."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ask", "Ganti kunci OPD?"),
        QCoreApplication.translate(
            "ask",
            "%1 sudah memiliki kunci tersemat yang masih berlaku. Bila diganti, paket bukti "
            "yang ditandatangani kunci lama akan ditolak.",
        ).replace("%1", name),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ask",
            "Sidik jari kunci lama: %1\nSidik jari kunci baru: %2\n\nGanti hanya bila petugas "
            "OPD membacakan sidik jari kunci baru lewat telepon dan menjelaskan mengapa kuncinya "
            "berganti.",
        )
        .replace("%1", old)
        .replace("%2", new)
    )
    box.addButton(
        QCoreApplication.translate("ask", "&Ganti kunci"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(
        box.addButton(QCoreApplication.translate("ask", "Batal"), QMessageBox.ButtonRole.RejectRole)
    )
    return box


def unrevoke_box(parent: QWidget | None, name: str, fingerprint: str) -> QMessageBox:
    """The warning before a revoked key is trusted again."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ask", "Percayai lagi kunci yang dicabut?"),
        QCoreApplication.translate(
            "ask",
            "Kunci ini pernah dicabut untuk %1. Bila dipercaya lagi, paket bukti yang "
            "ditandatangani kunci ini akan diterima lagi.",
        ).replace("%1", name),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ask",
            "Sidik jari: %1\n\nPercayai lagi hanya bila petugas OPD memastikan lewat telepon "
            "bahwa kunci ini aman.",
        ).replace("%1", fingerprint)
    )
    box.addButton(
        QCoreApplication.translate("ask", "&Percayai lagi"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(
        box.addButton(QCoreApplication.translate("ask", "Batal"), QMessageBox.ButtonRole.RejectRole)
    )
    return box


def _accepted(box: QMessageBox) -> bool:
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def confirm_key_replace(parent: QWidget | None, name: str, old: str, new: str) -> bool:
    """True once the coordinator confirmed that the OPD's key really changed."""
    return _accepted(key_replace_box(parent, name, old, new))


def confirm_unrevoke(parent: QWidget | None, name: str, fingerprint: str) -> bool:
    """True once the coordinator explicitly trusts a revoked key again."""
    return _accepted(unrevoke_box(parent, name, fingerprint))
