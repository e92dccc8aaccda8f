"""The user guide (Bahasa Indonesia), shown inside the app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from spbe_desktop.ui.common import assets
from spbe_desktop.ui.common.layout import close_button, fit_to_screen, vbox


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan pengguna"))
        fit_to_screen(self, 760, 820)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Isi panduan"))
        self.browser.setMarkdown(assets.help_markdown())
        vbox(self.browser, close_button(self.accept), parent=self)
