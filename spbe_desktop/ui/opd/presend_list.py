"""The checklist before sending, as the export dialog shows it: one heading per kind of finding
with its count, then the first few indicators or documents concerned (``services.presend``).

It warns; it never blocks, except when there is nothing at all to send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from spbe_desktop.services.presend import (
    DRAFT,
    EMPTY,
    LARGE,
    LARGE_FILE_MB,
    NOTHING_NEW,
    SCANNED,
    UNASSIGNED,
    UNREADABLE,
    PresendCheck,
    PresendFinding,
)
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.layout import label, screen_room, vbox
from spbe_desktop.ui.opd.document_table_model import flag_label

#: Lines listed per kind; the rest are counted ("… dan 12 lainnya").
SHOWN_PER_KIND = 5


class PresendList(QFrame):
    """A framed, scrollable list of what to look at before sending."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsBox")
        self.label = label(wrap=True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(self.tr("Perlu diperhatikan sebelum mengirim"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.label)
        # The dialog must still fit a 1024 x 600 screen: a long list scrolls.
        self.scroll_area.setMaximumHeight(max(120, min(260, screen_room(self).height() // 3)))
        vbox(self.scroll_area, parent=self)
        self.hide()

    def show_check(self, check: PresendCheck) -> None:
        """Show ``check``'s findings (hidden when there are none)."""
        if check.nothing_to_send:
            text = _esc(
                self.tr(
                    "Belum ada yang dapat dikirim: isi indikator atau lampirkan dokumen bukti "
                    "terlebih dahulu."
                )
            )
            self.label.setText(f"<b>{text}</b>")
            self.show()
            return
        counts = check.counts()
        if not counts:
            self.label.setText("")
            self.hide()
            return
        heading = _esc(self.tr("Perlu diperhatikan sebelum mengirim"))
        blocks = [f"<b>{heading}</b>"]
        for kind in counts:
            found = check.of_kind(kind)
            title = _esc(self.kind_title(kind, len(found)))
            lines = [f"<li>{_esc(self.line(f))}</li>" for f in found[:SHOWN_PER_KIND]]
            if len(found) > SHOWN_PER_KIND:
                more = self.tr("… dan %1 lainnya").replace("%1", str(len(found) - SHOWN_PER_KIND))
                lines.append(f"<li>{_esc(more)}</li>")
            advice = self.advice(kind)
            tail = f"{_esc(advice)}" if advice else ""
            blocks.append(
                f"<p style='margin-top:6px;margin-bottom:0px'><b>{title}</b></p>"
                f"<ul style='margin-top:2px;margin-bottom:2px'>{''.join(lines)}</ul>{tail}"
            )
        blocks.append(
            _esc(self.tr("Paket tetap dapat dibuat; perbaiki yang perlu lalu buat paket lagi."))
        )
        self.label.setText("".join(blocks))
        self.show()

    def kind_title(self, kind: str, count: int) -> str:
        """The heading of one kind, with its count."""
        titles = {
            DRAFT: self.tr("Isian masih draf: %1 indikator"),
            EMPTY: self.tr("Indikator tanpa isian dan tanpa dokumen: %1"),
            UNASSIGNED: self.tr("Diisi, tetapi tidak ditugaskan kepada unit Anda: %1 indikator"),
            UNREADABLE: self.tr("Berkas yang tidak dapat dibuka penilai: %1"),
            SCANNED: self.tr("Hasil pindaian tanpa lapisan teks: %1"),
            LARGE: self.tr("Berkas sangat besar (lebih dari %2 MB): %1"),
            NOTHING_NEW: self.tr("Tidak ada yang baru sejak tanda terima terakhir"),
        }
        return titles.get(kind, kind).replace("%2", str(LARGE_FILE_MB)).replace("%1", str(count))

    def line(self, f: PresendFinding) -> str:
        """One finding: the indicator, or the document with the indicators it serves."""
        if f.kind in (DRAFT, EMPTY, UNASSIGNED):
            return self.tr("Indikator %1 · %2").replace("%1", str(f.number)).replace("%2", f.name)
        if f.kind == NOTHING_NEW:
            return self.tr(
                "Koordinator sudah memegang semua isian dan dokumen Anda: paket perubahan "
                "tidak akan berisi apa pun. Pilih \u201cLengkap\u201d bila koordinator memintanya."
            )
        what = fmt.size(f.size) if f.kind == LARGE else flag_label(f.flag) if f.flag else ""
        line = (
            self.tr("“%1” (indikator %2): %3").replace("%2", ", ".join(map(str, f.indicators)))
            if f.indicators
            else self.tr("“%1”: %3")
        )
        return line.replace("%3", what).replace("%1", f.title)  # the title last: it is typed

    def advice(self, kind: str) -> str:
        texts = {
            DRAFT: self.tr("Ubah statusnya menjadi \u201cSiap dikirim\u201d bila sudah selesai."),
            UNASSIGNED: self.tr("Koordinator mungkin tidak memakai isian untuk indikator ini."),
            UNREADABLE: self.tr(
                "Penilai tidak dapat membuka atau merujuk dokumen ini. Ganti dengan salinan yang "
                "utuh, tanpa kata sandi."
            ),
            SCANNED: self.tr("Penilai sulit merujuk halamannya; lampirkan hasil OCR bila ada."),
            LARGE: self.tr(
                "Surel dan aplikasi pesan sering menolak lampiran sebesar ini; centang "
                "\u201cPecah menjadi beberapa berkas\u201d atau kirim lewat flashdisk."
            ),
        }
        return texts.get(kind, "")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
