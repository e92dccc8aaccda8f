"""What the coordinator said about each indicator, from an accepted receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from spbe_desktop.core.packs import Pack
from spbe_desktop.ui.common.layout import close_button, vbox
from spbe_desktop.ui.opd.navigator_model import verdict_label


class ReceiptDialog(QDialog):
    def __init__(self, summary: Any, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tanda terima dari koordinator"))
        self.resize(720, 460)
        verdicts: dict[str, tuple[str, str]] = dict(summary.verdicts)
        intro = QLabel(
            self.tr(
                "Tanda terima untuk paket nomor %1 sudah dicatat. Pengiriman berikutnya hanya "
                "berisi perubahan."
            ).replace("%1", str(summary.sequence))
        )
        intro.setWordWrap(True)
        counts = {
            v: sum(1 for x, _ in verdicts.values() if x == v)
            for v in ("diterima", "perlu_revisi", "ditolak")
        }
        totals = QLabel(
            self.tr("Diterima: %1 · Perlu revisi: %2 · Ditolak: %3")
            .replace("%1", str(counts["diterima"]))
            .replace("%2", str(counts["perlu_revisi"]))
            .replace("%3", str(counts["ditolak"]))
        )
        totals.setObjectName("sectionTitle")
        self.table = QTableWidget(len(verdicts), 3)
        self.table.setAccessibleName(self.tr("Hasil per indikator"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indikator"), self.tr("Hasil"), self.tr("Catatan koordinator")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        imap = pack.indicator_map
        order = sorted(verdicts, key=lambda i: imap[i].number if i in imap else 999)
        for row, ind_id in enumerate(order):
            verdict, comment = verdicts[ind_id]
            ind = imap.get(ind_id)
            name = f"{ind.number}. {ind.name}" if ind else ind_id
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(verdict_label(verdict)))
            self.table.setItem(row, 2, QTableWidgetItem(comment))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        vbox(intro, totals, (self.table, 1), close_button(self.accept), parent=self)
