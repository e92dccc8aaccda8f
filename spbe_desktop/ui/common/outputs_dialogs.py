"""The small dialogs of the outputs (:mod:`outputs`): what to write where, and what was made.

Every dialog here is opened with ``open()`` (window-modal, never blocking the caller), so the
tests fill and click them as a user does; the file choosers inside go through :mod:`prompts`.
:func:`open_folder` is the one place the system's file manager is started (tests replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.layout import (
    fit_to_screen,
    hbox,
    label,
    ok_cancel,
    screen_room,
    vbox,
)

#: A path field's width range in pixels: wide enough for a usual path, never past a laptop.
MIN_FIELD, MAX_FIELD = 320, 680


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PathField(QWidget):
    """A path typed or chosen with "Pilih…" (``choose`` gets the current path, returns the new
    one or None)."""

    changed = Signal()

    def __init__(
        self,
        value: Path | None,
        choose: Callable[[Path | None], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit()
        self.button = QPushButton(QCoreApplication.translate("outputs", "Pilih…"))
        hbox(self.edit, self.button, margins=0, parent=self)
        self.button.clicked.connect(self._on_button_clicked)
        self.edit.textChanged.connect(self.changed)
        if value is not None:
            self.set_path(value)
        else:
            self.edit.setMinimumWidth(MIN_FIELD)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        """Show ``path``, the field widened (within reason) so that all of it is seen."""
        text = str(path)
        need = self.edit.fontMetrics().horizontalAdvance(text) + 16
        # Never so wide that the dialog outgrows the screen and squeezes its labels: a longer
        # path shows its end (the name), the cursor being there.
        room = screen_room(self).width() - MIN_FIELD  # the label and the button beside it
        self.edit.setMinimumWidth(max(MIN_FIELD, min(need, MAX_FIELD, room)))
        self.edit.setText(text)

    @Slot()
    def _on_button_clicked(self) -> None:
        chosen = self._choose(self.path())
        if chosen is not None:
            self.set_path(chosen)


class ReportDialog(QDialog):
    """Where the DOCX report goes, and (optionally) last period's workspace to compare with."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buat laporan (DOCX)"))
        self.out = PathField(suggested, self._choose_out)
        self.compare = QCheckBox(self.tr("&Bandingkan dengan periode lalu…"))
        self.compare.setToolTip(
            self.tr(
                "Hasil periode lalu dicantumkan di samping hasil sekarang; berkasnya hanya dibaca"
            )
        )
        self.previous = PathField(None, self._choose_previous)
        self.previous.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Berkas &laporan:"), self.out)
        form.addRow(self.compare)
        form.addRow(self.tr("Ruang kerja periode &lalu:"), self.previous)
        self.buttons = ok_cancel(self, self.tr("&Buat laporan"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(form, self.buttons, parent=self)
        self.compare.toggled.connect(self.previous.setEnabled)
        self.compare.toggled.connect(self._update)
        self.out.changed.connect(self._update)
        self.previous.changed.connect(self._update)
        self._update()

    def _choose_out(self, current: Path | None) -> Path | None:
        return prompts.choose_save_file(
            self,
            self.tr("Simpan laporan"),
            current or Path(),
            self.tr("Dokumen Word (*.docx)"),
        )

    def _choose_previous(self, current: Path | None) -> Path | None:
        start = current.parent if current is not None else None
        return prompts.choose_open_file(
            self, self.tr("Ruang kerja periode lalu"), prompts.workspace_filter(), start
        )

    @Slot()
    def _update(self) -> None:
        ok = self.out.path() is not None
        if self.compare.isChecked():
            ok = ok and self.previous.path() is not None
        self.ok_button.setEnabled(ok)

    def values(self) -> tuple[Path, Path | None]:
        """The report file (with ``.docx``) and the previous workspace, if one is compared."""
        out = self.out.path()
        assert out is not None
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        return out, self.previous.path() if self.compare.isChecked() else None


class FolderDialog(QDialog):
    """The folder compiled evidence goes to (it must not exist yet, or be empty), and for the
    portal's evidence per item the largest file in MB."""

    def __init__(
        self,
        title: str,
        intro: str,
        suggested: Path,
        parent: QWidget | None = None,
        *,
        max_mb: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.out = PathField(suggested, self._choose)
        form = QFormLayout()
        form.addRow(self.tr("&Folder baru:"), self.out)
        self.max_mb: QSpinBox | None = None
        if max_mb is not None:
            self.max_mb = QSpinBox()
            self.max_mb.setRange(1, 100)
            self.max_mb.setValue(max_mb)
            self.max_mb.setSuffix(" MB")
            self.max_mb.setToolTip(
                self.tr(
                    "Berkas yang lebih besar diperkecil (gambar 150 dpi), lalu dibagi menjadi "
                    "beberapa bagian"
                )
            )
            form.addRow(self.tr("&Ukuran berkas paling besar:"), self.max_mb)
        self.buttons = ok_cancel(self, self.tr("&Susun"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(label(intro, wrap=True), form, self.buttons, parent=self)
        self.out.changed.connect(self._update)
        self._update()

    def _choose(self, current: Path | None) -> Path | None:
        start = current.parent if current is not None else None
        parent = prompts.choose_directory(self, self.tr("Pilih folder tempat hasilnya"), start)
        if parent is None:
            return None
        name = current.name if current is not None else self.tr("Bukti dukung")
        return parent / name

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(self.out.path() is not None)

    def folder(self) -> Path:
        out = self.out.path()
        assert out is not None
        return out

    def max_bytes(self) -> int | None:
        return self.max_mb.value() * 1024 * 1024 if self.max_mb is not None else None


class ResultDialog(QDialog):
    """What an output made, in a sentence or two with its figures; "Buka folder" shows it.

    ``action`` adds one more button (e.g. "Buka ruang kerja baru"); clicking it emits
    :attr:`action_clicked` and closes the dialog.
    """

    action_clicked = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        parent: QWidget | None = None,
        *,
        details: str = "",
        folder: Path | None = None,
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.folder = folder
        self.text = label(text, wrap=True, plain=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        lines = details.count("\n") + 1
        if details and lines <= 10:  # a short list: no big empty box under it
            self.details.setFixedHeight((lines + 1) * self.fontMetrics().lineSpacing() + 16)
        self.buttons = QDialogButtonBox()
        self.open_button: QPushButton | None = None
        self.action_button: QPushButton | None = None
        if action:
            self.action_button = self.buttons.addButton(
                action, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.action_button.clicked.connect(self._on_action_button_clicked)
        if folder is not None:
            self.open_button = self.buttons.addButton(
                self.tr("Buka &folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_button.clicked.connect(self._on_open_button_clicked)
        close = self.buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        (self.action_button or self.open_button or close).setDefault(True)
        vbox(self.text, self.details, self.buttons, parent=self)
        self.setMinimumWidth(460)
        if details and lines > 10:
            fit_to_screen(self, 640, 480)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)

    @Slot()
    def _on_action_button_clicked(self) -> None:
        self.accept()
        self.action_clicked.emit()
