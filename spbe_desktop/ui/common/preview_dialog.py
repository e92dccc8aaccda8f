"""Look at a stored document inside the app: PDF pages (QtPdf) or an image, scaled to fit.

:class:`DocumentViewer` copies a stored document out of the workspace in a job, then shows it
in a :class:`PreviewDialog` or hands it to the system's viewer; both roles' views use it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from spbe_desktop import paths
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.services.evidence import export_blob
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import raise_shown, show_keyed
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, close_button, fit_to_screen, hbox
from spbe_desktop.ui.common.messages import error_title

#: Images are decoded off the GUI thread at most this big (longest side, pixels).
MAX_IMAGE_SIDE = 1600


def load_preview_image(path: Path) -> QImage:
    """Decode and shrink an image (runs on a worker thread: QImage is thread-safe, QPixmap not)."""
    image = QImage(str(path))
    if not image.isNull() and max(image.width(), image.height()) > MAX_IMAGE_SIDE:
        image = image.scaled(
            QSize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class PreviewDialog(QDialog):
    """Non-modal viewer; "Buka dengan aplikasi lain" hands the file to the system viewer."""

    def __init__(
        self,
        path: Path,
        mime: str,
        title: str,
        image: QImage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau: %1").replace("%1", title))
        fit_to_screen(self, 820, 900)
        self.path = path
        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self.image_label: QLabel | None = None
        self._image = image
        self.message: QLabel | None = None  # why nothing can be shown, when that is so
        layout = QVBoxLayout(self)
        if mime == "application/pdf":
            self.document = QPdfDocument(self)
            error = self.document.load(str(path))
            if error == QPdfDocument.Error.None_:
                self.pdf_view = QPdfView(self)
                self.pdf_view.setAccessibleName(self.tr("Halaman dokumen"))
                self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                self.pdf_view.setDocument(self.document)
                layout.addWidget(self.pdf_view, 1)
            else:
                # QtPdf shows an empty grey page for a file it cannot open: say why instead.
                layout.addWidget(self._note(self._pdf_error_text(error)), 1)
        elif image is not None and not image.isNull():
            self.image_label = QLabel()
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_label.setAccessibleName(self.tr("Gambar dokumen"))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.image_label)
            layout.addWidget(scroll, 1)
            self._fit_image()
        else:
            note = self._note(
                self.tr(
                    'Pratinjau tidak tersedia untuk jenis berkas ini. Gunakan "Buka dengan '
                    'aplikasi lain".'
                )
            )
            layout.addWidget(note, 1)
        self.open_button = QPushButton(self.tr("Buka dengan aplikasi &lain"))
        layout.addLayout(hbox(self.open_button, STRETCH, close_button(self.close)))
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def _note(self, text: str) -> QLabel:
        self.message = QLabel(text)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(24, 24, 24, 24)
        return self.message

    def _pdf_error_text(self, error: QPdfDocument.Error) -> str:
        if error in (
            QPdfDocument.Error.IncorrectPassword,
            QPdfDocument.Error.UnsupportedSecurityScheme,
        ):
            return self.tr(
                "Dokumen ini dilindungi kata sandi, jadi halamannya tidak dapat ditampilkan di "
                'sini. Gunakan "Buka dengan aplikasi lain" (aplikasi itu akan menanyakan kata '
                "sandinya), dan lampirkan salinan tanpa kata sandi agar penilai dapat "
                "memeriksanya."
            )
        return self.tr(
            "Dokumen ini rusak atau tidak lengkap, jadi halamannya tidak dapat ditampilkan. "
            'Coba "Buka dengan aplikasi lain"; bila gagal juga, lampirkan lagi berkas aslinya.'
        )

    @Slot()
    def _on_open_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def _fit_image(self) -> None:
        if self.image_label is None or self._image is None:
            return
        box = self.size() - QSize(40, 80)
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > box.width() or pixmap.height() > box.height():
            pixmap = pixmap.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.image_label.setPixmap(pixmap)

    @override
    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_image()


@dataclass(frozen=True, slots=True)
class Exported:
    """A stored document copied out for viewing (``image``: decoded, when asked and an image)."""

    path: Path
    mime: str
    title: str
    image: QImage | None


class DocumentViewer(QObject):
    """Shows the stored documents of one workspace for ``owner``; keeps its previews open."""

    def __init__(self, workspace: Path, runner: JobRunner, owner: QWidget) -> None:
        super().__init__(owner)
        self._workspace = workspace
        self._runner = runner
        self._owner = owner
        # The open previews, one per document; a closed one leaves as it goes (dialogs.py).
        self._previews: dict[int, PreviewDialog] = {}

    @property
    def dialogs(self) -> list[PreviewDialog]:
        """The open previews, the one opened last at the end."""
        return list(self._previews.values())

    def preview(self, doc_id: int) -> None:
        """Inside the app: PDF pages or the image (other files: a note and "open with").

        A document already in an open preview brings that window to the front instead."""
        if raise_shown(self._previews.get(doc_id)):
            return
        self._export(doc_id, lambda doc: self._show(doc_id, doc), decode_image=True)

    def open_externally(self, doc_id: int) -> None:
        """With the computer's own application for the file's type."""
        self._export(doc_id, self._open, decode_image=False)

    def _export(self, doc_id: int, then: Callable[[Exported], Any], *, decode_image: bool) -> None:
        workspace, folder = self._workspace, paths.cache_dir() / "pratinjau"

        # Runs on a worker thread: QImage decoding is thread-safe (QPixmap is not).
        def work(token: CancelToken) -> Generator[Progress, None, Exported]:
            path, mime, title = yield from export_blob(workspace, doc_id, folder, token)
            image = load_preview_image(path) if decode_image and mime.startswith("image/") else None
            return Exported(path, mime, title, image)

        self._runner.submit(
            work,
            title=self.tr("Menyiapkan dokumen"),
            owner=self._owner,
            modal=True,
            on_done=then,
        )

    def _show(self, doc_id: int, doc: Exported) -> None:
        show_keyed(
            self._previews,
            doc_id,
            lambda: PreviewDialog(doc.path, doc.mime, doc.title, doc.image, self._owner),
        )

    def _open(self, doc: Exported) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(doc.path))):
            prompts.show_error(
                self._owner,
                error_title(),
                self.tr(
                    "Tidak ada aplikasi untuk membuka berkas ini. Berkasnya ada di %1."
                ).replace("%1", str(doc.path)),
            )
