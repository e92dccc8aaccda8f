"""Consolidation of one indicator: every OPD's claim and justification beside the evidence
(each content once, with its senders and look-alikes), a verdict per OPD, and the instansi's
decided level with its note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)

from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.coordinator import Consolidation, Overview
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import STRETCH, hbox, label, panel, refill, section, vbox
from spbe_desktop.ui.coordinator import labels
from spbe_desktop.ui.coordinator.common import (
    WorkspaceTab,
    make_table,
    wire_preview,
)
from spbe_desktop.ui.coordinator.consolidation_models import (
    ClaimColumn,
    ClaimRow,
    ClaimsModel,
    EvidenceColumn,
    EvidenceModel,
)
from spbe_desktop.ui.coordinator.items_models import Unit
from spbe_desktop.ui.coordinator.items_panel import ItemVerdictPanel


class ConsolidationTab(WorkspaceTab):
    """Decide the instansi's level for one indicator from what the OPDs sent."""

    changed = Signal()
    receipt_requested = Signal(str)
    preview_requested = Signal(int)
    consolidation_loaded = Signal(str)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.pack: Pack | None = None
        self.overview: Overview | None = None
        self.consolidation: Consolidation | None = None
        # Typed but not yet saved: a refresh of the same indicator keeps it.
        self._decision_dirty = False
        self._verdict_dirty = False
        self._shown_claim: str | None = None  # the OPD whose verdict the form shows
        self._applying = False
        self._build()
        self._connect_signals()
        self._update_buttons()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.picker = QComboBox()
        self.picker.setObjectName("indicatorPicker")
        self.picker.setAccessibleName(self.tr("Indikator"))
        self.picker.setMinimumContentsLength(40)
        self.completeness = QLabel()
        picker_label = QLabel(self.tr("&Indikator:"))
        picker_label.setBuddy(self.picker)
        self.explanation = label(name="breadcrumb", wrap=True, plain=True)

        self.claims_model = ClaimsModel(self)
        self.claims = make_table(self.claims_model, "claimsTable", self.tr("Klaim OPD"))
        self.justification = QPlainTextEdit()
        self.justification.setReadOnly(True)
        self.justification.setAccessibleName(self.tr("Penjelasan OPD terpilih"))
        self.justification.setMaximumHeight(90)
        self.verdict_combo = QComboBox()
        self.verdict_combo.setAccessibleName(self.tr("Hasil pemeriksaan"))
        for verdict in labels.VERDICTS:
            self.verdict_combo.addItem(labels.verdict_text(verdict), verdict)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("mis. lampirkan notulen reviu terbaru"))
        self.verdict_button = QPushButton(self.tr("Simpan hasi&l pemeriksaan"))
        self.receipt_button = QPushButton(self.tr("Terbitkan tanda &terima…"))
        self.receipt_button.setToolTip(
            self.tr(
                "Tanda terima bertanda tangan untuk OPD terpilih: apa yang sudah diterima "
                "dan hasil pemeriksaan setiap indikatornya"
            )
        )
        verdict_box = QGroupBox(self.tr("Hasil pemeriksaan untuk OPD terpilih"))
        verdict_form = QFormLayout(verdict_box)
        verdict_form.addRow(self.tr("Penjelasan OPD:"), self.justification)
        verdict_form.addRow(self.tr("&Hasil pemeriksaan:"), self.verdict_combo)
        verdict_form.addRow(self.tr("&Komentar:"), self.comment_edit)
        verdict_form.addRow(hbox(STRETCH, self.receipt_button, self.verdict_button))

        self.evidence_model = EvidenceModel(self)
        self.evidence = make_table(self.evidence_model, "evidenceTable", self.tr("Bukti dukung"))
        self.evidence_note = label(name="breadcrumb", wrap=True)
        self.preview_button = QPushButton(self.tr("&Pratinjau"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(panel(section(self.tr("Klaim OPD")), (self.claims, 1), verdict_box))
        self.splitter.addWidget(
            panel(
                hbox((section(self.tr("Bukti dukung")), 1), self.preview_button),
                (self.evidence, 1),
                self.evidence_note,
            )
        )
        self.splitter.setChildrenCollapsible(False)
        # Pemdi 2026 scores by items: their verdicts come first, the level claims after.
        self.items_panel = ItemVerdictPanel(self.workspace, self.runner)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("consolidationDetail")
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.setTabBarAutoHide(True)
        self.detail_tabs.addTab(self.splitter, self.tr("Klaim dan bukti"))

        self.level_combo = QComboBox()
        self.level_combo.setObjectName("decisionLevel")
        self.level_combo.setAccessibleName(self.tr("Tingkat instansi"))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Catatan keputusan"))
        self.note_edit.setPlaceholderText(
            self.tr("Dasar keputusan: dokumen mana yang membuktikan tingkat ini")
        )
        self.note_edit.setMaximumHeight(70)
        self.decide_button = QPushButton(self.tr("Simpan &keputusan"))
        self.decided_label = label(name="saveState")
        decision_box = QGroupBox(self.tr("Keputusan instansi"))
        self.decision_box = decision_box
        decision_layout = QFormLayout(decision_box)
        level_label = QLabel(self.tr("&Tingkat:"))
        level_label.setBuddy(self.level_combo)
        decision_layout.addRow(level_label, hbox(self.level_combo, (self.suggestion, 1)))
        decision_layout.addRow(self.tr("&Catatan:"), self.note_edit)
        decision_layout.addRow(hbox((self.decided_label, 1), self.decide_button))

        vbox(
            hbox(picker_label, (self.picker, 1), self.completeness),
            self.explanation,
            (self.detail_tabs, 1),
            decision_box,
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.picker.currentIndexChanged.connect(self._on_picker_changed)
        self.claims.selectionModel().selectionChanged.connect(self._on_claims_selection_changed)
        self.level_combo.activated.connect(self._on_decision_edited)
        self.note_edit.textChanged.connect(self._on_decision_edited)
        self.verdict_combo.activated.connect(self._on_verdict_edited)
        self.comment_edit.textEdited.connect(self._on_verdict_edited)
        wire_preview(
            self.evidence, self.preview_button, lambda e: e.document.id, self.preview_requested
        )
        self.verdict_button.clicked.connect(self._on_verdict_button_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.items_panel.changed.connect(self.changed)
        self.items_panel.preview_requested.connect(self.preview_requested)
        self.items_panel.status_message.connect(self.status_message)

    # ------------------------------------------------------------------ data
    def set_overview(self, overview: Overview) -> None:
        """Fill the picker on first use; reload the shown indicator (its data may have changed)."""
        self.overview = overview
        pack = overview.dashboard.pack
        if self.pack is None or self.pack.content_hash != pack.content_hash:
            self.pack = pack
            refill(self.picker, ((f"{i.number}. {i.name}", i.id) for i in pack.indicators))
            self._show_items_tab(uses_items(pack))
        self.items_panel.set_units(
            [
                Unit(SELF_OPD, overview.profile.unit),
                *(Unit(r.opd.id, r.opd.name) for r in overview.dashboard.opds),
            ]
        )
        self._show_completeness()
        if self.isVisible() or self.consolidation is not None:
            self.reload()

    def _show_items_tab(self, items: bool) -> None:
        """Items packs judge per item (the level decision follows from them); others as before."""
        shown = self.detail_tabs.indexOf(self.items_panel) >= 0
        if items and not shown:
            self.detail_tabs.insertTab(0, self.items_panel, self.tr("Butir per OPD"))
            self.detail_tabs.setCurrentIndex(0)
        elif not items and shown:
            self.detail_tabs.removeTab(self.detail_tabs.indexOf(self.items_panel))
        self.decision_box.setVisible(not items)

    def current_indicator(self) -> str | None:
        value = self.picker.currentData()
        return str(value) if value else None

    def indicator(self) -> Indicator | None:
        ind = self.current_indicator()
        return self.pack.indicator(ind) if self.pack and ind else None

    def show_indicator(self, indicator: str) -> None:
        found = self.picker.findData(indicator)
        if found < 0:
            return
        if found == self.picker.currentIndex():
            self.reload()
        else:
            self.picker.setCurrentIndex(found)  # reloads through the signal

    @Slot(int)
    def _on_picker_changed(self, _index: int) -> None:
        self._save_pending()
        self._show_completeness()
        self.reload()

    def _save_pending(self) -> None:
        """Leaving an indicator saves what was typed for it instead of dropping it."""
        shown = self.consolidation.indicator_id if self.consolidation else None
        if shown is None:
            return
        # Read both forms first: the first save refreshes the tab, which refills them.
        decision = self._decision_input() if self._decision_dirty else None
        verdict = self._verdict_input() if self._verdict_dirty else None
        claim = self._shown_claim
        if decision is not None:
            self._save_decision(shown, *decision)
        if verdict is not None and claim is not None:
            self._save_verdict(claim, shown, *verdict)

    def _decision_input(self) -> tuple[int | None, str]:
        return int(
            self.level_combo.currentData() or 0
        ) or None, self.note_edit.toPlainText().strip()

    def _verdict_input(self) -> tuple[str | None, str]:
        return self.verdict_combo.currentData(), self.comment_edit.text().strip()

    def reload(self) -> None:
        indicator = self.current_indicator()
        if indicator is None:
            return
        workspace = self.workspace
        if self.pack is not None and uses_items(self.pack):
            self.items_panel.show_indicator(indicator)
        self.runner.submit(
            lambda _t: coord.consolidation(workspace, indicator),
            title=self.tr("Membaca konsolidasi"),
            owner=self,
            on_done=self.newest(self._apply),  # a newer indicator chosen meanwhile wins
        )

    def _show_completeness(self) -> None:
        ind = self.indicator()
        if ind is None or self.overview is None:
            self.completeness.clear()
            self.explanation.clear()
            return
        answered, assigned = self.overview.dashboard.indicator_completeness.get(ind.id, (0, 0))
        self.completeness.setText(
            self.tr("%1 dari %2 OPD sudah menjawab")
            .replace("%1", str(answered))
            .replace("%2", str(assigned))
        )
        self.explanation.setText(ind.explanation)

    def _apply(self, cons: Consolidation) -> None:
        selected = self.selected_claim()
        same = self.consolidation is not None and self.consolidation.indicator_id == (
            cons.indicator_id
        )
        keep_decision = same and self._decision_dirty
        keep_verdict = same and self._verdict_dirty
        self._applying = True
        self.consolidation = cons
        ind = self.indicator()
        matrix = self.overview.dashboard.matrix if self.overview else {}
        self.claims_model.indicator = ind
        self.claims_model.set_rows(
            ClaimRow(
                c,
                matrix[(c.opd.id, cons.indicator_id)].documents
                if (c.opd.id, cons.indicator_id) in matrix
                else 0,
            )
            for c in cons.claims
        )
        fit_columns(self.claims, 260, main=ClaimColumn.JUSTIFICATION)
        self.evidence_model.set_rows(
            sorted(cons.evidence, key=lambda e: (-len(e.senders), e.document.title.casefold()))
        )
        fit_columns(self.evidence, 300, main=EvidenceColumn.TITLE)
        shared = sum(1 for e in cons.evidence if len(e.senders) > 1)
        similar = sum(1 for e in cons.evidence if e.near_identical)
        self.evidence_note.setText(
            self.tr("%n dokumen berbeda.", "", len(cons.evidence))
            + (" " + self.tr("%n dikirim oleh lebih dari satu OPD.", "", shared) if shared else "")
            + (" " + self.tr("%n mirip dokumen lain.", "", similar) if similar else "")
        )
        self._fill_levels(ind, cons, keep_input=keep_decision)
        if not (selected is not None and self.select_claim(selected)) and cons.claims:
            self.claims.selectRow(0)
        keep_verdict = keep_verdict and self.selected_claim() == selected
        self._show_claim(keep_input=keep_verdict)
        self._decision_dirty, self._verdict_dirty = keep_decision, keep_verdict
        self._applying = False
        self._update_buttons()
        self.consolidation_loaded.emit(cons.indicator_id)

    def _fill_levels(
        self, ind: Indicator | None, cons: Consolidation, *, keep_input: bool = False
    ) -> None:
        decided = cons.decided
        if not keep_input:
            self.level_combo.clear()
            self.level_combo.addItem(self.tr("— belum diputuskan"), 0)
            if ind is not None:
                for spec in ind.levels:
                    self.level_combo.addItem(labels.level_text(ind, spec.level), spec.level)
            level = decided.level if decided and decided.level else 0
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))
            self.note_edit.setPlainText(decided.justification if decided else "")
        if cons.suggested_level and ind is not None:
            self.suggestion.setText(
                self.tr(
                    "Saran: %1 (klaim terendah; tingkat lebih tinggi butuh tingkat di bawahnya)"
                ).replace("%1", labels.level_text(ind, cons.suggested_level))
            )
        else:
            self.suggestion.setText(self.tr("Belum ada klaim dari OPD."))
        if decided and decided.level:
            self.decided_label.setText(
                self.tr("Diputuskan oleh %1").replace("%1", decided.updated_by)
            )
        else:
            self.decided_label.setText(self.tr("Belum diputuskan; dihitung tingkat 1."))

    # ------------------------------------------------------------------ claims and verdicts
    def selected_claim(self) -> str | None:
        rows = self.claims.selectionModel().selectedRows()
        if not rows:
            return None
        row: ClaimRow = self.claims_model.row_at(rows[0].row())
        return row.claim.opd.name

    def select_claim(self, opd_name: str) -> bool:
        for k, row in enumerate(self.claims_model.rows()):
            if row.claim.opd.name == opd_name:
                self.claims.selectRow(k)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _on_claims_selection_changed(self, *_args: object) -> None:
        if self._applying:
            return  # _apply shows the claim itself, keeping what is being typed
        shown = self.consolidation.indicator_id if self.consolidation else None
        if self._verdict_dirty and self._shown_claim is not None and shown is not None:
            # Another OPD chosen: save the comment typed for the previous one.
            self._save_verdict(self._shown_claim, shown, *self._verdict_input())
        self._verdict_dirty = False
        self._show_claim()
        self._update_buttons()

    @Slot()
    def _on_decision_edited(self) -> None:
        if not self._applying:
            self._decision_dirty = True

    @Slot()
    def _on_verdict_edited(self) -> None:
        if not self._applying:
            self._verdict_dirty = True

    def _show_claim(self, *, keep_input: bool = False) -> None:
        name = self.selected_claim()
        row = next((r for r in self.claims_model.rows() if r.claim.opd.name == name), None)
        answer = row.claim.answer if row else None
        self.justification.setPlainText(answer.justification if answer else "")
        if keep_input:
            return
        self._shown_claim = name
        verdict = answer.verdict if answer else None
        self.verdict_combo.setCurrentIndex(max(0, self.verdict_combo.findData(verdict)))
        self.comment_edit.setText(answer.verdict_comment if answer else "")

    @Slot()
    def _update_buttons(self) -> None:
        name = self.selected_claim()
        row = next((r for r in self.claims_model.rows() if r.claim.opd.name == name), None)
        has_answer = row is not None and row.claim.answer is not None
        self.verdict_button.setEnabled(has_answer)
        self.verdict_combo.setEnabled(has_answer)
        self.comment_edit.setEnabled(has_answer)
        self.receipt_button.setEnabled(row is not None)
        self.decide_button.setEnabled(self.consolidation is not None)

    @Slot()
    def _on_verdict_button_clicked(self) -> None:
        name, indicator = self.selected_claim(), self.current_indicator()
        if name is None or indicator is None:
            return
        self._save_verdict(name, indicator, *self._verdict_input())

    def _save_verdict(self, name: str, indicator: str, verdict: str | None, comment: str) -> None:
        workspace = self.workspace
        self._verdict_dirty = False
        self.runner.submit(
            lambda _t: coord.set_verdict(workspace, name, indicator, verdict, comment),
            title=self.tr("Menyimpan hasil pemeriksaan"),
            owner=self,
            on_done=lambda _r: self._after_write(
                self.tr("Hasil pemeriksaan untuk %1: %2.")
                .replace("%1", name)
                .replace("%2", labels.verdict_text(verdict))
            ),
        )

    @Slot()
    def _on_receipt_button_clicked(self) -> None:
        name = self.selected_claim()
        if name is not None:
            self.receipt_requested.emit(name)

    @Slot()
    def _on_decide_button_clicked(self) -> None:
        indicator = self.current_indicator()
        if indicator is None:
            return
        self._save_decision(indicator, *self._decision_input())

    def _save_decision(self, indicator: str, level: int | None, note: str) -> None:
        workspace = self.workspace
        self._decision_dirty = False
        ind = self.pack.indicator(indicator) if self.pack else None
        self.runner.submit(
            lambda _t: coord.decide(workspace, indicator, level, note),
            title=self.tr("Menyimpan keputusan"),
            owner=self,
            on_done=lambda _r: self._after_write(
                self.tr("Keputusan indikator %1: %2.")
                .replace("%1", str(ind.number if ind else indicator))
                .replace(
                    "%2",
                    labels.level_text(ind, level) if ind and level else self.tr("belum diputuskan"),
                )
            ),
        )

    def _after_write(self, message: str) -> None:
        self.status_message.emit(message)
        self.changed.emit()  # the window refreshes the overview, which reloads this tab
