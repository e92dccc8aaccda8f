"""First screen: open a kit, set up by hand, open a workspace, or pick a recent one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.settings_store import RecentWorkspace


def role_label(role: str | None) -> str:
    """A workspace's role as users call it: "OPD" or "Koordinator" ("" if not known)."""
    if role == "opd":
        return QCoreApplication.translate("WelcomePage", "OPD")
    if role == "coordinator":
        return QCoreApplication.translate("WelcomePage", "Koordinator")
    return ""


def recent_details(recent: RecentWorkspace) -> str:
    """What is known of a recent workspace: "OPD · periode 2026 · dibuka 1 Desember 2026"."""
    parts = [role_label(recent.role)]
    if recent.period:
        parts.append(
            QCoreApplication.translate("WelcomePage", "periode %1").replace("%1", recent.period)
        )
    if recent.opened is not None:
        parts.append(
            QCoreApplication.translate("WelcomePage", "dibuka %1").replace(
                "%1", fmt.date(recent.opened.date())
            )
        )
    return " · ".join(p for p in parts if p)


class WelcomePage(QWidget):
    """What to do first; emits what the user chose (the main window does it)."""

    kit_requested = Signal()
    setup_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Selamat datang di Penilaian Mandiri SPBE"))
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Aplikasi ini menuntun Anda mengisi setiap indikator, melampirkan dokumen "
                "bukti dukung, dan mengirim paket bukti bertanda tangan ke koordinator. "
                "Semua data tersimpan di komputer ini; internet tidak diperlukan."
            )
        )
        intro.setWordWrap(True)
        self.kit_button = QCommandLinkButton(
            self.tr("Buka kit dari koordinator"),
            self.tr(
                "Cara termudah: kit berisi kerangka, indikator yang ditugaskan, dan kunci "
                "koordinator."
            ),
        )
        self.setup_button = QCommandLinkButton(
            self.tr("Siapkan sendiri"),
            self.tr("Isi nama instansi, unit, dan kerangka penilaian secara manual."),
        )
        self.open_button = QCommandLinkButton(
            self.tr("Buka ruang kerja yang sudah ada"),
            self.tr("Berkas .spbe yang pernah Anda buat."),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Coba dengan contoh"),
            self.tr("Ruang kerja contoh sebuah dinas, untuk berlatih tanpa mengubah data Anda."),
        )
        recent_title = QLabel(self.tr("Terakhir dibuka"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Ruang kerja yang terakhir dibuka"))
        self.recent.setToolTip(self.tr("Klik dua kali atau tekan Enter untuk membuka"))
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(intro)
        left.addSpacing(12)
        for button in (self.kit_button, self.setup_button, self.open_button, self.demo_button):
            left.addWidget(button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(recent_title)
        right.addWidget(self.recent, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(32)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.kit_button.clicked.connect(self.kit_requested)
        self.setup_button.clicked.connect(self.setup_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(self._on_recent_item_activated)

    def set_recent(self, items: Sequence[RecentWorkspace | Path]) -> None:
        """The recent workspaces: name, then path, role, period and the date last opened."""
        self.recent.clear()
        for entry in items:
            recent = entry if isinstance(entry, RecentWorkspace) else RecentWorkspace(entry)
            path = recent.path
            item = QListWidgetItem(f"{path.stem}\n{path}\n{recent_details(recent)}".rstrip())
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not items:
            empty = QListWidgetItem(self.tr("Belum ada."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)

    @Slot(QListWidgetItem)
    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value:
            self.recent_chosen.emit(Path(value))
