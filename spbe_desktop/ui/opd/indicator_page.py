"""One indicator: what it asks, the level ladder, the claim, the justification, the evidence.

The page shows and collects; it emits what the user asked for and the workspace controller
does the work (saving, attaching, previewing) through services and jobs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from spbe_desktop.core.evidence_warnings import (
    ENCRYPTED,
    EXPIRED,
    LEVEL_GAP,
    NO_EVIDENCE,
    OLD,
    SCANNED,
    UNREADABLE,
    EvidenceWarning,
    evidence_warnings,
)
from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import SELF_OPD, Answer, DocumentRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.columns import ColumnFit
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, repolish, section, vbox
from spbe_desktop.ui.opd.document_table_model import DocumentColumn, DocumentTableModel
from spbe_desktop.ui.opd.items_panel import ItemsPanel
from spbe_desktop.ui.opd.navigator_model import status_of, verdict_label
from spbe_desktop.ui.opd.rule_texts import rule_texts, value_note

STATUS_ORDER = ("empty", "draft", "ready", "na")


class LevelRow(QFrame):
    """One rung of the level ladder: the radio button, the criteria and the expected evidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelRow")
        self.radio = QRadioButton()
        self.radio.setObjectName("levelRadio")
        self.criteria = label(wrap=True)
        self.criteria.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = label(wrap=True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        layout = vbox(self.radio, self.criteria, self.evidence, parent=self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)

    def set_claimed(self, claimed: bool) -> None:
        repolish(self, "claimed", "true" if claimed else "false")


class IndicatorPage(QWidget):
    """Everything about one indicator on one scrollable page; accepts dropped files."""

    level_chosen = Signal(int)  # 0 = no level
    status_chosen = Signal(str)
    justification_edited = Signal(str)
    add_files_requested = Signal(list)  # list[Path]; empty = ask with a file dialog
    link_requested = Signal()
    preview_requested = Signal(int)
    open_requested = Signal(int)
    unlink_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._pack: Pack | None = None
        self._indicator: Indicator | None = None
        self._answer: Answer | None = None
        self._today = dt.date.today()
        self._loading = False
        self._build()
        self._connect_signals()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.title = label(name="indicatorTitle", wrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breadcrumb = label(name="breadcrumb", wrap=True)
        self.verdict_banner = label(name="verdictBanner", wrap=True)
        self.verdict_banner.hide()
        self.explanation = label(wrap=True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.level_group = QButtonGroup(self)
        self.level_rows: list[LevelRow] = []
        # Under the items rule (Pemdi 2026) the checklist replaces the ladder: the value comes
        # from accepted items, not from a claimed level.
        self.items_panel = ItemsPanel()
        self.items_panel.hide()
        self.ladder_box = QWidget()
        ladder = QVBoxLayout(self.ladder_box)
        ladder.setContentsMargins(0, 0, 0, 0)
        ladder.setSpacing(4)
        for n in range(1, 6):
            row = LevelRow()
            self.level_group.addButton(row.radio, n)
            self.level_rows.append(row)
            ladder.addWidget(row)
        ladder.insertWidget(
            0, section(self.tr("Tingkat kematangan: pilih tingkat yang Anda klaim"), wrap=True)
        )
        self.level_buttons = [r.radio for r in self.level_rows]
        self.clear_level_button = QPushButton(self.tr("Kosongkan tingkat"))
        self.clear_level_button.setToolTip(self.tr("Hapus pilihan tingkat untuk indikator ini"))

        self.warnings_box = QFrame()
        self.warnings_box.setObjectName("warningsBox")
        self.warnings_label = label(wrap=True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setAccessibleName(self.tr("Peringatan"))
        vbox(self.warnings_label, parent=self.warnings_box)
        self.warnings_box.hide()

        self.justification_title = section("", wrap=True)
        # Under the items rule: where the value comes from (no level is claimed), and its value.
        self.rule_note = label(name="ruleNote", wrap=True)
        self.rule_note.hide()
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justificationEdit")
        self.justification.setTabChangesFocus(True)
        self.justification.setMinimumHeight(110)
        self.save_state = label(name="saveState", wrap=True)  # its longest text is a sentence
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setAccessibleName(self.tr("Status isian"))
        for code, text in zip(
            STATUS_ORDER,
            (self.tr("Kosong"), self.tr("Draf"), self.tr("Siap dikirim"), self.tr("Tidak berlaku")),
            strict=True,
        ):
            self.status_combo.addItem(text, code)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status_row = hbox(status_label, self.status_combo, (self.save_state, 1))

        self._show_rule_texts(by_items=False)
        self.add_button = QPushButton(self.tr("&Tambah dokumen…"))
        self.add_button.setObjectName("addDocumentsButton")
        self.add_button.setToolTip(self.tr("Pilih satu atau beberapa berkas dari komputer"))
        self.link_button = QPushButton(self.tr("Tautkan dokumen &tersimpan…"))
        self.link_button.setToolTip(
            self.tr("Gunakan dokumen yang sudah ada di ruang kerja ini untuk indikator ini juga")
        )
        self.preview_button = QPushButton(self.tr("&Pratinjau"))
        self.open_button = QPushButton(self.tr("&Buka"))
        self.open_button.setToolTip(self.tr("Buka dengan aplikasi bawaan komputer"))
        self.unlink_button = QPushButton(self.tr("&Lepas"))
        self.unlink_button.setToolTip(
            self.tr("Lepas dokumen dari indikator ini (dokumen tetap tersimpan)")
        )
        self.remove_button = QPushButton(self.tr("&Hapus"))
        self.remove_button.setToolTip(self.tr("Hapus dokumen dari ruang kerja"))
        self.documents = DocumentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setAccessibleName(self.tr("Daftar dokumen bukti dukung"))
        self.table.setModel(self.documents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)
        # The title takes what the other columns leave, never less than it needs to be read.
        self.columns = ColumnFit.of(self.table, main=DocumentColumn.TITLE, widest=200)
        self.drop_hint = label(
            self.tr("Seret berkas ke halaman ini untuk melampirkannya."),
            name="dropHint",
            wrap=True,
        )

        content = QWidget()
        col = vbox(
            self.title,
            self.breadcrumb,
            self.verdict_banner,
            self.explanation,
            self.warnings_box,
            4,
            self.items_panel,
            self.ladder_box,
            hbox(STRETCH, self.clear_level_button),
            self.rule_note,
            self.justification_title,
            self.justification,
            status_row,
            4,
            section(self.tr("Dokumen bukti dukung"), wrap=True),
            # Two short rows rather than one long one: the page must fit narrow laptop screens.
            hbox(self.add_button, self.link_button, STRETCH),
            self.table,
            hbox(
                STRETCH,
                self.preview_button,
                self.open_button,
                self.unlink_button,
                self.remove_button,
            ),
            self.drop_hint,
            STRETCH,
            parent=content,
        )
        col.setContentsMargins(16, 12, 16, 16)
        col.setSpacing(8)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        # Texts wrap, so the page fits the width it gets; the splitter never gives it less than
        # its widest row of buttons (below). Should a translation still be wider, a scroll bar
        # appears instead of cutting the page off on the right.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        vbox(self.scroll_area, margins=0, parent=self)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(content.minimumSizeHint().width() + scroll_bar + 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.level_group.idClicked.connect(self._on_level_group_clicked)
        self.clear_level_button.clicked.connect(self._on_clear_level_button_clicked)
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self.justification.textChanged.connect(self._on_justification_changed)
        self.add_button.clicked.connect(lambda: self.add_files_requested.emit([]))
        self.link_button.clicked.connect(self.link_requested)
        self.preview_button.clicked.connect(lambda: self._emit_for_selected(self.preview_requested))
        self.open_button.clicked.connect(lambda: self._emit_for_selected(self.open_requested))
        self.unlink_button.clicked.connect(lambda: self._emit_for_selected(self.unlink_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_selected(self.remove_requested))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            lambda: self._emit_for_selected(self.unlink_requested),
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # ------------------------------------------------------------------ showing
    @property
    def indicator(self) -> Indicator | None:
        return self._indicator

    def show_indicator(
        self,
        pack: Pack,
        indicator: Indicator,
        answer: Answer | None,
        docs: list[DocumentRecord],
        today: dt.date | None = None,
    ) -> None:
        """Fill the page for ``indicator`` (no signals are emitted while filling)."""
        self._loading = True
        try:
            self._pack = pack
            self._indicator = indicator
            self._answer = answer
            self._today = today or dt.date.today()
            self.title.setText(
                self.tr("Indikator %1 · %2")
                .replace("%1", str(indicator.number))
                .replace("%2", indicator.name)
            )
            self.breadcrumb.setText(self._breadcrumb(pack, indicator))
            by_items = uses_items(pack)
            self.items_panel.setVisible(by_items)
            self.ladder_box.setVisible(not by_items)
            self.clear_level_button.setVisible(not by_items)
            self._show_rule_texts(by_items)
            self.rule_note.setVisible(by_items)
            self.set_value(None)
            self.explanation.setText(indicator.explanation)
            for row, spec in zip(self.level_rows, indicator.levels, strict=True):
                level = self.tr("Tingkat %1 · %2")
                row.radio.setText(level.replace("%1", str(spec.level)).replace("%2", spec.name))
                row.radio.setAccessibleName(row.radio.text())
                row.criteria.setText(spec.criteria)
                # One paragraph per level keeps the ladder short enough to see the evidence below.
                items = "; ".join(_escape(e) for e in spec.evidence)
                # Outside the f-string: lupdate does not look inside one.
                expected = _escape(self.tr("Bukti yang diharapkan:"))
                row.evidence.setText(f"<b>{expected}</b> {items}" if items else "")
            self._show_level(answer.level if answer else None)
            self._show_status(status_of(answer))
            text = answer.justification if answer else ""
            if self.justification.toPlainText() != text:
                self.justification.setPlainText(text)
            self._show_verdict(answer)
            self.documents.show_documents(indicator, docs, self._today)
            self.columns.refit()
            self.save_state.setText("")
            self._render_warnings()
            self._update_buttons()
        finally:
            self._loading = False
        self.scroll_area.verticalScrollBar().setValue(0)

    def set_documents(self, docs: list[DocumentRecord]) -> None:
        if self._indicator is None:
            return
        self.documents.show_documents(self._indicator, docs, self._today)
        self.columns.refit()
        self._render_warnings()
        self._update_buttons()

    def set_answer(self, answer: Answer | None) -> None:
        """The stored answer changed (saved, or verdicts arrived); keeps what is being typed."""
        self._answer = answer
        self._show_verdict(answer)
        self._render_warnings()

    def _show_rule_texts(self, by_items: bool) -> None:
        texts = rule_texts(by_items)
        self.justification_title.setText(texts.justification_title)
        self.justification.setPlaceholderText(texts.justification_placeholder)
        self.justification.setAccessibleName(texts.justification_name)
        self.status_combo.setToolTip(texts.status_tip)

    def set_value(self, value: Decimal | None) -> None:
        """The indicator's live value under the items rule (from the newest index report)."""
        if self._indicator is not None and self._pack is not None and uses_items(self._pack):
            self.rule_note.setText(value_note(self._indicator, value))

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)

    def _breadcrumb(self, pack: Pack, indicator: Indicator) -> str:
        aspect = next(a for a in pack.aspects if a.id == indicator.aspect_id)
        parts = []
        if indicator.domain_id:
            domain = next(d for d in pack.domains if d.id == indicator.domain_id)
            parts.append(
                self.tr("Domain %1 %2").replace("%1", str(domain.number)).replace("%2", domain.name)
            )
        parts.append(
            self.tr("Aspek %1 %2").replace("%1", str(aspect.number)).replace("%2", aspect.name)
        )
        parts.append(self.tr("bobot %1").replace("%1", fmt.number(indicator.weight)))
        return " › ".join(parts)

    def _show_level(self, level: int | None) -> None:
        self.level_group.setExclusive(False)
        for n, button in enumerate(self.level_buttons, start=1):
            button.setChecked(n == level)
        self.level_group.setExclusive(True)
        for n, row in enumerate(self.level_rows, start=1):
            row.set_claimed(n == level)
        self.clear_level_button.setEnabled(level is not None)

    def _show_status(self, status: str) -> None:
        self.status_combo.setCurrentIndex(STATUS_ORDER.index(status))

    def _show_verdict(self, answer: Answer | None) -> None:
        if answer is None or not answer.verdict:
            self.verdict_banner.hide()
            return
        text = self.tr("Hasil pemeriksaan koordinator: %1").replace(
            "%1", verdict_label(answer.verdict)
        )
        if answer.verdict_comment:
            text += "\n" + answer.verdict_comment
        self.verdict_banner.setText(text)
        repolish(self.verdict_banner, "verdict", answer.verdict)
        self.verdict_banner.show()

    def _current_answer(self) -> Answer | None:
        """The answer as the user sees it now (saving may still be under way)."""
        if self._indicator is None:
            return None
        level = self.level_group.checkedId()
        base = self._answer or Answer(
            SELF_OPD, self._indicator.id, None, "", "draft", None, "", "", ""
        )
        return dataclasses.replace(
            base,
            level=level if level > 0 else None,
            status=str(self.status_combo.currentData()),
        )

    def current_warnings(self) -> list[EvidenceWarning]:
        if self._indicator is None:
            return []
        return evidence_warnings(
            self._indicator, self._current_answer(), self.documents.documents(), self._today
        )

    def _render_warnings(self) -> None:
        texts = [self.warning_text(w) for w in self.current_warnings()]
        if not texts:
            self.warnings_box.hide()
            self.warnings_label.setText("")
            return
        items = "".join(f"<li>{_escape(t)}</li>" for t in texts)
        heading = _escape(self.tr("Perlu diperhatikan"))  # outside the f-string, for lupdate
        self.warnings_label.setText(
            f"<b>{heading}</b><ul style='margin-top:2px;margin-bottom:0px'>{items}</ul>"
        )
        self.warnings_box.show()

    def warning_text(self, warning: EvidenceWarning) -> str:
        p = warning.params
        if warning.code == ENCRYPTED:
            return self.tr(
                "“%1” dilindungi kata sandi: penilai tidak dapat membukanya. Lampirkan salinan "
                "tanpa kata sandi."
            ).replace("%1", str(p["title"]))
        if warning.code == UNREADABLE:
            return self.tr(
                "“%1” rusak atau tidak lengkap: teksnya tidak dapat dibaca, dan penilai mungkin "
                "tidak dapat membukanya. Periksa berkasnya, lalu lampirkan lagi berkas aslinya."
            ).replace("%1", str(p["title"]))
        if warning.code == SCANNED:
            return self.tr(
                "“%1” hasil pindaian tanpa lapisan teks: penilai sulit merujuk halamannya. "
                "Lampirkan PDF hasil OCR bila ada."
            ).replace("%1", str(p["title"]))
        if warning.code == EXPIRED:
            return (
                self.tr("Masa berlaku “%1” sudah habis (%2). Lampirkan dokumen yang masih berlaku.")
                .replace("%1", str(p["title"]))
                .replace("%2", fmt.date(p["date"]))
            )
        if warning.code == OLD:
            return (
                self.tr(
                    "“%1” bertanggal %2, lebih dari %3 tahun lalu; untuk indikator ini "
                    "hanya dokumen %3 tahun terakhir yang dihitung."
                )
                .replace("%1", str(p["title"]))
                .replace("%2", fmt.date(p["date"]))
                .replace("%3", str(p["years"]))
            )
        if warning.code == NO_EVIDENCE:
            return self.tr(
                "Tingkat %1 dipilih, tetapi belum ada dokumen bukti yang dilampirkan."
            ).replace("%1", str(p["level"]))
        if warning.code == LEVEL_GAP:
            missing = ", ".join(
                f"{k} ({name})" for k, name in zip(p["missing"], p["names"], strict=True)
            )
            return (
                self.tr(
                    "Tingkat %1 dipilih, tetapi belum ada dokumen untuk tingkat %2. Penilai tidak "
                    "menerima tingkat yang lebih tinggi sebelum tingkat di bawahnya terbukti."
                )
                .replace("%1", str(p["level"]))
                .replace("%2", missing)
            )
        return warning.code

    # ------------------------------------------------------------------ slots
    @Slot(int)
    def _on_level_group_clicked(self, level: int) -> None:
        if self._loading:
            return
        for n, row in enumerate(self.level_rows, start=1):
            row.set_claimed(n == level)
        self.clear_level_button.setEnabled(True)
        if self.status_combo.currentData() == "empty":
            self._show_status("draft")
        self._render_warnings()
        self.level_chosen.emit(level)

    @Slot()
    def _on_clear_level_button_clicked(self) -> None:
        self._show_level(None)
        self._render_warnings()
        self.level_chosen.emit(0)

    @Slot(int)
    def _on_status_combo_activated(self, _row: int) -> None:
        if self._loading:
            return
        self._render_warnings()
        self.status_chosen.emit(str(self.status_combo.currentData()))

    @Slot()
    def _on_justification_changed(self) -> None:
        if self._loading:
            return
        if self.status_combo.currentData() == "empty":
            self._show_status("draft")
        self.justification_edited.emit(self.justification.toPlainText())

    def selected_document_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.documents.document(rows[0].row()).id

    def select_document(self, doc_id: int) -> None:
        for row, doc in enumerate(self.documents.documents()):
            if doc.id == doc_id:
                self.table.selectRow(row)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        doc_id = self.selected_document_id()
        if doc_id is not None:
            signal.emit(doc_id)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.preview_requested.emit(self.documents.document(index.row()).id)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_document_id() is not None
        for b in (self.preview_button, self.open_button, self.unlink_button, self.remove_button):
            b.setEnabled(has)
        enabled = self._indicator is not None
        self.add_button.setEnabled(enabled)
        self.link_button.setEnabled(enabled)

    # ------------------------------------------------------------------ drag and drop
    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._indicator is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files_requested.emit(paths)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
