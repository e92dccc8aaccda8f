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
        items = dict(getattr(summary, "item_verdicts", {}) or {})
        counts = {
            v: sum(1 for x, _ in verdicts.values() if x == v)
            for v in ("diterima", "perlu_revisi", "ditolak")
        }
        # Pemdi 2026: the verdicts are on evidence items; they count like the indicators'.
        counts["diterima"] += sum(1 for e in items.values() if e.verdict == "accepted")
        counts["perlu_revisi"] += sum(1 for e in items.values() if e.verdict == "revision")
        totals = QLabel(
            self.tr("Diterima: %1 · Perlu revisi: %2 · Ditolak: %3")
            .replace("%1", str(counts["diterima"]))
            .replace("%2", str(counts["perlu_revisi"]))
            .replace("%3", str(counts["ditolak"]))
        )
        totals.setObjectName("sectionTitle")
        self.table = QTableWidget(len(verdicts) + len(items), 3)
        self.table.setAccessibleName(self.tr("Hasil per indikator dan butir"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indikator atau butir"), self.tr("Hasil"), self.tr("Catatan koordinator")]
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
        items_by_code = {i.code: i for ind in pack.indicators for i in ind.items}
        for row, code in enumerate(sorted(items, key=_item_order), start=len(order)):
            entry = items[code]
            item = items_by_code.get(code)
            self.table.setItem(
                row, 0, QTableWidgetItem(f"{code} {item.name}" if item is not None else code)
            )
            self.table.setItem(row, 1, QTableWidgetItem(self._item_verdict(entry)))
            self.table.setItem(row, 2, QTableWidgetItem(entry.note))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        vbox(intro, totals, (self.table, 1), close_button(self.accept), parent=self)

    def _item_verdict(self, entry: Any) -> str:
        if entry.verdict == "accepted":
            return self.tr("Diterima")
        reason = {
            "wrong-document": self.tr("dokumen tidak sesuai"),
            "not-uploaded": self.tr("dokumen belum diunggah"),
            "blocked": self.tr("tingkat di bawahnya belum lengkap"),
            "other": self.tr("alasan lain"),
        }.get(entry.reason or "", entry.reason or "")
        return (
            self.tr("Perlu revisi: %1").replace("%1", reason) if reason else self.tr("Perlu revisi")
        )


def _item_order(code: str) -> tuple[int, int, str]:
    """I2-L1-03 after I1-L3-01 and before I10-L1-01: by indicator, then level, then code."""
    parts = code.split("-")
    try:
        return int(parts[0][1:]), int(parts[1][1:]), code
    except (IndexError, ValueError):
        return 999, 999, code
