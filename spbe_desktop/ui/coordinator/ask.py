"""The coordinator window's modal questions: the one seam its tests monkeypatch.

File choices, yes/no questions and errors go through :mod:`spbe_desktop.ui.prompts`; this module
adds what that one lacks (several files with a filter) and the coordinator's own dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

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
