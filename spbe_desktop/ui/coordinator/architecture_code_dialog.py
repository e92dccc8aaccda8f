"""Extending a reference code list below its national levels (a deeper RAB urusan, an RAL
service area): the list, the new code and its name. The coordinator's tab saves it in a job."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from spbe_desktop.ui.common.layout import label, ok_cancel, vbox

#: The lists an instansi extends, with their names.
CODE_LISTS = (
    ("RAB", "Referensi Arsitektur Proses Bisnis"),
    ("RAL", "Referensi Arsitektur Layanan"),
    ("RAD", "Referensi Arsitektur Data dan Informasi"),
    ("RAA", "Referensi Arsitektur Aplikasi"),
    ("RAI", "Referensi Arsitektur Infrastruktur"),
    ("RAK", "Referensi Arsitektur Keamanan"),
)


class LocalCodeDialog(QDialog):
    """Asks for one new code of a list (e.g. RAB.02.06.01 under RAB.02.06)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah kode referensi"))
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("codeList")
        for list_id, name in CODE_LISTS:
            self.list_combo.addItem(f"{list_id} – {name}", list_id)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText(self.tr("mis. RAB.02.06.01"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("codeName")
        form = QFormLayout()
        form.addRow(self.tr("Daftar"), self.list_combo)
        form.addRow(self.tr("Kode"), self.code_edit)
        form.addRow(self.tr("Nama"), self.name_edit)
        hint = label(
            self.tr(
                "Tingkat atas daftar nasional sudah ditetapkan; tambahkan tingkat di bawahnya "
                "yang dipakai daerah Anda. Kode baru langsung dapat dipilih di ruang kerja ini."
            ),
            wrap=True,
        )
        vbox(hint, form, ok_cancel(self, self.tr("Tambah")), parent=self)

    def list_id(self) -> str:
        return str(self.list_combo.currentData())

    def code(self) -> str:
        return self.code_edit.text().strip().upper()

    def parent_code(self) -> str | None:
        """The code one level up (None for a first-level code)."""
        parts = self.code().split(".")
        return ".".join(parts[:-1]) if len(parts) > 2 else None

    def name(self) -> str:
        return self.name_edit.text().strip()
