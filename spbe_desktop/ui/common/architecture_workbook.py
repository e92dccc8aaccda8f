"""The inventory's workbook from the GUI, in both roles: "Ekspor ke Excel…" writes it and
"Impor dari Excel…" reads an edited one back, each as a job; a refused workbook's problems are
listed as the service words them (sheet, row and column)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spbe_desktop.core.names import safe_name
from spbe_desktop.services.architecture import (
    WorkbookError,
    WorkbookImport,
    export_workbook,
    import_workbook,
)
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.i18n import current_language
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.messages import error_text

XLSX = ".xlsx"


def _filter() -> str:
    return QCoreApplication.translate("architecture", "Buku kerja Excel (*.xlsx);;Semua berkas (*)")


def export_to_excel(
    owner: QWidget,
    runner: JobRunner,
    workspace: Path,
    unit: str,
    on_done: Callable[[Path], Any],
    folder: Path | None = None,
) -> None:
    """Ask where, then write the workbook in a job (``on_done(path)`` afterwards)."""
    name = safe_name(
        QCoreApplication.translate("architecture", "arsitektur-%1").replace("%1", unit)
    )
    suggested = (folder or prompts.documents_folder()) / f"{name}{XLSX}"
    out = prompts.choose_save_file(
        owner,
        QCoreApplication.translate("architecture", "Ekspor inventaris ke Excel"),
        suggested,
        _filter(),
    )
    if out is None:
        return
    if out.suffix.lower() != XLSX:
        out = out.with_name(out.name + XLSX)
    runner.submit(
        lambda token: export_workbook(workspace, out, token),
        title=QCoreApplication.translate("architecture", "Menulis buku kerja arsitektur"),
        owner=owner,
        modal=True,
        on_done=on_done,
    )


def import_from_excel(
    owner: QWidget,
    runner: JobRunner,
    workspace: Path,
    on_done: Callable[[WorkbookImport], Any],
    folder: Path | None = None,
) -> None:
    """Ask for an edited workbook, then load it in a job; a refused one changes nothing and
    its problems are listed."""
    file = prompts.choose_open_file(
        owner,
        QCoreApplication.translate("architecture", "Impor inventaris dari Excel"),
        _filter(),
        folder or prompts.documents_folder(),
    )
    if file is None:
        return
    runner.submit(
        lambda token: import_workbook(workspace, file, token),
        title=QCoreApplication.translate("architecture", "Membaca buku kerja arsitektur"),
        owner=owner,
        modal=True,
        on_done=on_done,
        on_error=lambda exc: show_import_error(owner, exc),
    )


def problem_lines(error: WorkbookError, limit: int = 12) -> tuple[str, str]:
    """The first ``limit`` problems (shown) and all of them (details), one per line."""
    lang = current_language()
    lines = [p.message(lang) for p in error.problems]
    shown = lines[:limit]
    if len(lines) > limit:
        shown.append(
            QCoreApplication.translate(
                "architecture", "… dan %1 masalah lain (lihat rincian)."
            ).replace("%1", str(len(lines) - limit))
        )
    return "\n".join(shown), "\n".join(lines)


def show_import_error(owner: QWidget, error: BaseException) -> None:
    """Why the workbook was not loaded: the service's sentence, then each problem."""
    if isinstance(error, WorkbookError) and error.problems:
        shown, details = problem_lines(error)
        prompts.show_error(
            owner,
            QCoreApplication.translate("architecture", "Buku kerja tidak diimpor"),
            error_text(error) + "\n\n" + shown,
            details=details,
        )
        return
    prompts.show_failure(owner, error)


def import_summary(result: WorkbookImport) -> str:
    return (
        QCoreApplication.translate(
            "architecture",
            "Buku kerja diimpor: %1 objek baru, %2 diperbarui, %3 dihapus, %4 relasi.",
        )
        .replace("%1", str(result.created))
        .replace("%2", str(result.updated))
        .replace("%3", str(result.deleted))
        .replace("%4", str(result.relations))
    )
