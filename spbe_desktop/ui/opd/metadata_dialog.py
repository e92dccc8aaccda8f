"""Confirm what the program guessed about each new document before it is stored."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QWidget,
)

from spbe_desktop.core.models import KINDS
from spbe_desktop.core.packs import Indicator
from spbe_desktop.services.attach import AttachRequest, Prepared
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.layout import hbox, label, ok_cancel, vbox
from spbe_desktop.ui.common.messages import code_text
from spbe_desktop.ui.common.optional_date import OptionalDateEdit


class LevelCombo(QComboBox):
    """The level a document proves: "all levels / not specific", or one of the indicator's."""

    def __init__(
        self, indicator: Indicator, level: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.addItem(self.tr("semua tingkat / tidak khusus"), None)
        for spec in indicator.levels:
            self.addItem(
                self.tr("Tingkat %1 · %2").replace("%1", str(spec.level)).replace("%2", spec.name),
                spec.level,
            )
        if level:
            self.setCurrentIndex(level)


class DocumentForm(QWidget):
    """The metadata of one document, pre-filled from :class:`Prepared`."""

    def __init__(
        self,
        prepared: Prepared,
        indicator: Indicator,
        level: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        info = prepared.info
        facts = [prepared.path.name, fmt.size(prepared.size)]
        if info.page_count:
            facts.append(self.tr("%n halaman", "", info.page_count))
        self.facts = label(" · ".join(facts), wrap=True)
        self.notes = label(
            "\n".join(code_text(w) for w in info.warnings), name="dropHint", wrap=True
        )
        self.notes.setVisible(bool(info.warnings))
        self.title = QLineEdit(prepared.title)
        self.title.setObjectName("titleEdit")
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        self.kind.addItems(list(KINDS))
        self.kind.setCurrentText(prepared.kind)
        self.number = QLineEdit(prepared.number)
        self.number.setPlaceholderText(self.tr("mis. 100.3.3.1/45/2024"))
        self.issued = OptionalDateEdit(self.tr("ada"))
        self.issued.set_iso(prepared.issued)
        self.valid_until = OptionalDateEdit(self.tr("ada"))
        self.valid_until.setToolTip(
            self.tr("Isi bila dokumen punya masa berlaku (misalnya sertifikat atau SK tim)")
        )
        self.issuer = QLineEdit(prepared.issuer)
        self.issuer.setPlaceholderText(self.tr("mis. GUBERNUR MALUKU UTARA"))
        self.level = LevelCombo(indicator, level)
        self.level.setObjectName("levelCombo")
        self.level.setToolTip(
            self.tr('Tingkat yang dibuktikan dokumen ini; pilih "semua" bila tidak khusus')
        )
        form = QFormLayout(self)
        form.addRow(self.facts)
        form.addRow(self.notes)
        form.addRow(self.tr("&Judul:"), self.title)
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("&Nomor:"), self.number)
        form.addRow(self.tr("Tanggal &terbit:"), self.issued)
        form.addRow(self.tr("&Berlaku sampai:"), self.valid_until)
        form.addRow(self.tr("&Penerbit:"), self.issuer)
        form.addRow(self.tr("Bukti untuk &tingkat:"), self.level)

    def request(self) -> AttachRequest:
        return AttachRequest(
            path=self.prepared.path,
            title=self.title.text().strip() or self.prepared.title,
            kind=self.kind.currentText(),
            number=self.number.text().strip(),
            issued=self.issued.iso(),
            valid_until=self.valid_until.iso(),
            issuer=self.issuer.text().strip(),
            level=self.level.currentData(),
            info=self.prepared.info,
        )


class DocumentMetadataDialog(QDialog):
    """One form per file; the officer checks the guesses and confirms with "Lampirkan"."""

    def __init__(
        self,
        prepared: list[Prepared],
        indicator: Indicator,
        level: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa keterangan dokumen"))
        self.setMinimumSize(720, 420)
        intro = label(
            self.tr(
                "Keterangan di bawah ditebak dari isi dokumen. Periksa dan perbaiki bila "
                "perlu, lalu pilih Lampirkan. Dokumen akan ditautkan ke indikator %1."
            ).replace("%1", f"{indicator.number}. {indicator.name}"),
            wrap=True,
        )
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Berkas yang akan dilampirkan"))
        self.files.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.forms: list[DocumentForm] = []
        for prep in prepared:
            form = DocumentForm(prep, indicator, level)
            self.forms.append(form)
            self.stack.addWidget(form)
            self.files.addItem(prep.path.name)
        self.files.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.files.setCurrentRow(0)
        self.files.setVisible(len(prepared) > 1)
        self.buttons = ok_cancel(self, self.tr("&Lampirkan"))
        vbox(intro, (hbox(self.files, (self.stack, 1)), 1), self.buttons, parent=self)

    def requests(self) -> list[AttachRequest]:
        return [form.request() for form in self.forms]
