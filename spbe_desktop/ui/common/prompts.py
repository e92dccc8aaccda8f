"""Every modal question the GUI asks, as one function each: the one seam tests monkeypatch.

Thin wrappers over QFileDialog / QMessageBox / QInputDialog and the few small dialogs of
:mod:`dialogs` (a new OPD, a key's fingerprint check), so a test replaces one function instead of
Qt statics, and no test ever blocks on a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from spbe_desktop.ui.common import i18n
from spbe_desktop.ui.common.dialogs import FingerprintDialog, FingerprintRequest, NewOpdDialog
from spbe_desktop.ui.common.messages import error_text, error_title

_ONE, _MANY = QFileDialog.FileMode.ExistingFile, QFileDialog.FileMode.ExistingFiles
_ANY = QFileDialog.FileMode.AnyFile


def documents_folder() -> Path:
    """Where a file dialog starts and a new file is suggested: the user's documents folder if it
    exists, else the home folder.

    Nothing is created: Windows and macOS always have a Documents folder, but a Linux desktop
    without the XDG user folders has none, and a folder the user never asked for should not
    appear in their home (the file dialog lets them make one where they want it).
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def document_filter() -> str:
    return QCoreApplication.translate(
        "prompts",
        "Dokumen (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.png *.jpg *.jpeg *.tif *.tiff "
        "*.mp4);;Semua berkas (*)",
    )


def workspace_filter() -> str:
    return QCoreApplication.translate("prompts", "Ruang kerja SPBE (*.spbe);;Semua berkas (*)")


def _ask_files(
    parent: QWidget | None,
    title: str,
    start: str,
    name_filter: str,
    mode: QFileDialog.FileMode,
    save: bool = False,
) -> list[Path]:
    """QFileDialog's static functions, but with sizes and dates in the GUI's language where
    Qt's own dialog shows (no native one)."""
    dialog = i18n.localize_file_dialog(QFileDialog(parent, title, start, name_filter))
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [Path(f) for f in dialog.selectedFiles() if f]
    finally:
        dialog.deleteLater()  # a static's dialog lived on its stack; this one is the parent's


def choose_files(
    parent: QWidget | None, title: str, name_filter: str, start: Path | None = None
) -> list[Path]:
    """Ask for one or more files of a kind (bundles and their parts)."""
    return _ask_files(parent, title, str(start or ""), name_filter, _MANY)


def choose_documents(parent: QWidget | None, start: Path | None = None) -> list[Path]:
    """Ask for one or more evidence files."""
    title = QCoreApplication.translate("prompts", "Pilih dokumen bukti dukung")
    return _ask_files(parent, title, str(start or ""), document_filter(), _MANY)


def choose_open_file(
    parent: QWidget | None, title: str, name_filter: str, start: Path | None = None
) -> Path | None:
    files = _ask_files(parent, title, str(start or ""), name_filter, _ONE)
    return files[0] if files else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str
) -> Path | None:
    files = _ask_files(parent, title, str(suggested), name_filter, _ANY, save=True)
    return files[0] if files else None


def choose_directory(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    files = _ask_files(parent, title, str(start or ""), "", QFileDialog.FileMode.Directory)
    return files[0] if files else None


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


#: What ``signing_passphrase`` returns when the user cancelled (None means "no key passphrase").
CANCELLED = "\x00cancelled"


def signing_passphrase(parent: QWidget | None, protected: bool) -> str | None:
    """The passphrase of the workspace's signing key, asked only when the key is protected.

    Returns None for an unprotected key and :data:`CANCELLED` when the user closed the box:
    whatever signs (bundle, kit, receipt) needs it, and a protected key without it fails with
    ``exchange.passphrase_needed`` — which the app must never reach with nothing to type it in.
    """
    if not protected:
        return None
    text = ask_passphrase(
        parent,
        QCoreApplication.translate("prompts", "Frasa sandi"),
        QCoreApplication.translate("prompts", "Frasa sandi kunci tanda tangan:"),
    )
    return CANCELLED if text is None else text


# What the user is about to do while jobs still run (``ask_close_while_busy``'s ``purpose``).
QUIT, CLOSE_WORKSPACE, OPEN_WORKSPACE, SWITCH_LANGUAGE = "quit", "close", "open", "language"


def close_while_busy_box(
    parent: QWidget | None, job_titles: list[str], purpose: str = QUIT
) -> QMessageBox:
    """The question before jobs are stopped so that ``purpose`` can go ahead.

    The buttons say what they do ("Hentikan dan tutup", "Biarkan berjalan"): a plain "Batal" next
    to a question about cancelling reads as "cancel the process", the opposite of what it does.
    Letting the jobs run is the default (Enter, Esc, closing the box).
    """
    # Written out in full: pyside6-lupdate finds only literal QCoreApplication.translate calls.
    questions = {
        QUIT: (
            QCoreApplication.translate("prompts", "Hentikan proses itu dan tutup aplikasi?"),
            QCoreApplication.translate("prompts", "&Hentikan dan tutup"),
        ),
        CLOSE_WORKSPACE: (
            QCoreApplication.translate("prompts", "Hentikan proses itu dan tutup ruang kerja?"),
            QCoreApplication.translate("prompts", "&Hentikan dan tutup"),
        ),
        OPEN_WORKSPACE: (
            QCoreApplication.translate("prompts", "Hentikan proses itu dan buka ruang kerja lain?"),
            QCoreApplication.translate("prompts", "&Hentikan dan buka"),
        ),
        SWITCH_LANGUAGE: (
            QCoreApplication.translate("prompts", "Hentikan proses itu dan ganti bahasa?"),
            QCoreApplication.translate("prompts", "&Hentikan dan ganti bahasa"),
        ),
    }
    question, stop = questions[purpose]
    listing = "\n".join(f"• {title}" for title in job_titles)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("prompts", "Proses masih berjalan"),
        QCoreApplication.translate("prompts", "Proses berikut masih berjalan:\n%1").replace(
            "%1", listing
        ),
        parent=parent,
    )
    box.setInformativeText(
        question
        + " "
        + QCoreApplication.translate("prompts", "Data yang sudah tersimpan tidak hilang.")
    )
    box.addButton(stop, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        QCoreApplication.translate("prompts", "&Biarkan berjalan"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_close_while_busy(
    parent: QWidget | None, job_titles: list[str], purpose: str = QUIT
) -> bool:
    """Jobs still run: True means stop them and go ahead with ``purpose`` (quit the app, close
    the workspace, open another one, switch the language)."""
    return _accepted(close_while_busy_box(parent, job_titles, purpose))


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


def _warning_box(
    parent: QWidget | None, title: str, text: str, details: str, accept: str
) -> QMessageBox:
    """A warning whose safe answer (Batal) is the default; ``accept`` labels the other one."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(details)
    box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(
        box.addButton(
            QCoreApplication.translate("prompts", "Batal"), QMessageBox.ButtonRole.RejectRole
        )
    )
    return box


def key_replace_box(parent: QWidget | None, name: str, old: str, new: str) -> QMessageBox:
    """The warning before another key replaces an OPD's working key: both fingerprints."""
    return _warning_box(
        parent,
        QCoreApplication.translate("prompts", "Ganti kunci OPD?"),
        QCoreApplication.translate(
            "prompts",
            "%1 sudah memiliki kunci tersemat yang masih berlaku. Bila diganti, paket bukti "
            "yang ditandatangani kunci lama akan ditolak.",
        ).replace("%1", name),
        QCoreApplication.translate(
            "prompts",
            "Sidik jari kunci lama: %1\nSidik jari kunci baru: %2\n\nGanti hanya bila petugas "
            "OPD membacakan sidik jari kunci baru lewat telepon dan menjelaskan mengapa kuncinya "
            "berganti.",
        )
        .replace("%1", old)
        .replace("%2", new),
        QCoreApplication.translate("prompts", "&Ganti kunci"),
    )


def unrevoke_box(parent: QWidget | None, name: str, fingerprint: str) -> QMessageBox:
    """The warning before a revoked key is trusted again."""
    return _warning_box(
        parent,
        QCoreApplication.translate("prompts", "Percayai lagi kunci yang dicabut?"),
        QCoreApplication.translate(
            "prompts",
            "Kunci ini pernah dicabut untuk %1. Bila dipercaya lagi, paket bukti yang "
            "ditandatangani kunci ini akan diterima lagi.",
        ).replace("%1", name),
        QCoreApplication.translate(
            "prompts",
            "Sidik jari: %1\n\nPercayai lagi hanya bila petugas OPD memastikan lewat telepon "
            "bahwa kunci ini aman.",
        ).replace("%1", fingerprint),
        QCoreApplication.translate("prompts", "&Percayai lagi"),
    )


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
