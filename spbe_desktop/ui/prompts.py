"""Thin wrappers over QFileDialog / QMessageBox / QInputDialog: the one seam tests monkeypatch.

Every modal question the GUI asks goes through here, so a test replaces one function instead of
Qt statics, and no test ever blocks on a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from spbe_desktop.ui.messages import error_text, error_title


def document_filter() -> str:
    return QCoreApplication.translate(
        "prompts",
        "Dokumen (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.png *.jpg *.jpeg *.tif *.tiff "
        "*.mp4);;Semua berkas (*)",
    )


def workspace_filter() -> str:
    return QCoreApplication.translate("prompts", "Ruang kerja SPBE (*.spbe);;Semua berkas (*)")


def choose_documents(parent: QWidget | None, start: Path | None = None) -> list[Path]:
    """Ask for one or more evidence files."""
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("prompts", "Pilih dokumen bukti dukung"),
        str(start or ""),
        document_filter(),
    )
    return [Path(f) for f in files]


def choose_open_file(
    parent: QWidget | None, title: str, name_filter: str, start: Path | None = None
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or ""), name_filter)
    return Path(name) if name else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(name) if name else None


def choose_directory(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
    return Path(name) if name else None


def confirm(parent: QWidget | None, title: str, text: str, *, action: str = "") -> bool:
    """Ask yes/no; ``action`` labels the affirmative button (e.g. "Hapus")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(
        action or QCoreApplication.translate("prompts", "Ya"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("prompts", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
    """One-sentence error; optional details stay behind the "Show details" button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Why something could not be done, in one sentence (never a traceback)."""
    show_error(parent, error_title(), error_text(error))


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_close_while_busy(parent: QWidget | None, job_titles: list[str]) -> bool:
    """Closing while jobs run: True means cancel them and close."""
    listing = "\n".join(f"• {t}" for t in job_titles)
    return confirm(
        parent,
        QCoreApplication.translate("prompts", "Proses masih berjalan"),
        QCoreApplication.translate(
            "prompts",
            "Proses berikut masih berjalan:\n%1\n\nBatalkan dan tutup aplikasi? Data yang sudah "
            "tersimpan tidak hilang.",
        ).replace("%1", listing),
        action=QCoreApplication.translate("prompts", "Batalkan dan tutup"),
    )
