"""The OPD officer's workspace: navigator, indicator page and live index, side by side.

The controller for the OPD role, a sibling of the coordinator's window (the main window picks
one by the workspace's role). It holds no store: it starts from the :class:`Snapshot` the main
window read when opening (answers, documents, index) and keeps it current; every read after
that, and every write, parse and copy, is a job running a service. Only the autosave's final
write when the window closes is synchronous.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStyle, QWidget

from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import Answer, DocumentRecord
from spbe_desktop.services.attach import (
    AttachResult,
    PrepareOutcome,
    attach_files,
    prepare_documents,
)
from spbe_desktop.services.evidence import (
    documents,
    link_documents,
    remove_document,
    unlink_document,
)
from spbe_desktop.services.exchange import ReceiptSummary, accept_receipt
from spbe_desktop.services.workspace import IndexReport, Snapshot, index_report, snapshot
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import show_modeless
from spbe_desktop.ui.common.jobs import JobRunner, Newest
from spbe_desktop.ui.common.layout import label, vbox
from spbe_desktop.ui.common.messages import error_text
from spbe_desktop.ui.common.preview_dialog import DocumentViewer
from spbe_desktop.ui.opd.answer_saver import AnswerSaver
from spbe_desktop.ui.opd.architecture_entry import WorkspacePages
from spbe_desktop.ui.opd.export_dialog import ExportDialog
from spbe_desktop.ui.opd.index_panel import IndexPanel
from spbe_desktop.ui.opd.indicator_page import IndicatorPage
from spbe_desktop.ui.opd.items_controller import ItemsController
from spbe_desktop.ui.opd.link_document_dialog import LinkDocumentDialog
from spbe_desktop.ui.opd.metadata_dialog import DocumentMetadataDialog
from spbe_desktop.ui.opd.navigator import Navigator
from spbe_desktop.ui.opd.receipt_dialog import ReceiptDialog

log = logging.getLogger(__name__)


class OpdWorkspaceView(QWidget):
    """Everything an OPD officer does in one workspace."""

    status_message = Signal(str)
    answers_changed = Signal()
    indicator_shown = Signal(str)  # the indicator now on the page (remembered for next time)

    def __init__(
        self,
        workspace: Path,
        opened: Snapshot,
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.pack = opened.pack
        self.profile = opened.profile
        self.saver = AnswerSaver(workspace, runner, self)
        self.viewer = DocumentViewer(workspace, runner, self)
        self._answers: dict[str, Answer] = opened.answers
        self._documents: list[DocumentRecord] = opened.documents  # all of this workspace's
        self._index: IndexReport | None = opened.index
        self._current: str | None = None
        # Each series of reads delivers only its newest result (edits may follow quickly).
        self._document_reads = Newest()
        self._index_reads = Newest()
        self.metadata_dialog: DocumentMetadataDialog | None = None
        self.link_dialog: LinkDocumentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._build()
        self._connect_signals()
        self.navigator.update_answers(self._answers)
        if opened.index is not None:
            self._show_index(opened.index)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        prof = self.profile
        self.header = label(
            self.tr("%1 · %2 · periode %3 · %4")
            .replace("%1", prof.unit or prof.instansi)
            .replace("%2", prof.instansi)
            .replace("%3", prof.period)
            .replace("%4", self.pack.title),
            name="workspaceHeader",
            wrap=True,
        )
        self.header.setContentsMargins(8, 6, 8, 0)
        self.provisional_banner = label(
            self.tr(
                "SEMENTARA: kerangka %1 belum final. Isi, bobot, dan predikatnya dapat "
                "berubah; koordinator dapat mengirim paket kerangka yang sudah diperbaiki."
            ).replace("%1", self.pack.title),
            name="provisionalBanner",
            wrap=True,
        )
        self.provisional_banner.setVisible(self.pack.provisional)
        self.navigator = Navigator(self.pack, self.profile.assigned)
        self.navigator.setMinimumWidth(250)
        self.page = IndicatorPage()
        self.items = ItemsController(self.workspace, self.runner, self.page.items_panel)
        self.index_panel = IndexPanel()
        self.index_panel.setMinimumWidth(250)  # its title ("Indeks Pemerintah Digital")
        # Seven aspects and a plan are taller than a 1024 x 600 screen leaves: it scrolls.
        self.index_scroll = QScrollArea()
        self.index_scroll.setWidgetResizable(True)
        self.index_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.index_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index_scroll.setWidget(self.index_panel)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.index_scroll.setMinimumWidth(250 + bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.navigator)
        self.pages = WorkspacePages(
            self.page, self.navigator, self.workspace, self.runner, self.viewer, prof.unit
        )
        self.pages.status_message.connect(self.status_message)
        self.pages.documents_changed.connect(self.refresh_documents)
        self.splitter.addWidget(self.pages)  # the indicator page or the architecture inventory
        self.splitter.addWidget(self.index_scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        # At the window's smallest width (1024 px) the page keeps about half of it.
        self.splitter.setSizes([300, 600, 230])
        self.splitter.setChildrenCollapsible(False)
        layout = vbox(self.header, margins=0, parent=self)
        layout.setSpacing(4)
        if self.pack.provisional:
            banner_box = vbox(self.provisional_banner)
            banner_box.setContentsMargins(8, 0, 8, 0)
            layout.addLayout(banner_box)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.navigator.indicator_selected.connect(self._on_navigator_indicator_selected)
        self.page.level_chosen.connect(self._on_page_level_chosen)
        self.page.status_chosen.connect(self._on_page_status_chosen)
        self.page.justification_edited.connect(self._on_page_justification_edited)
        self.page.add_files_requested.connect(self._on_page_add_files_requested)
        self.page.link_requested.connect(self._on_page_link_requested)
        self.page.preview_requested.connect(self._on_page_preview_requested)
        self.page.open_requested.connect(self._on_page_open_requested)
        self.page.unlink_requested.connect(self._on_page_unlink_requested)
        self.page.remove_requested.connect(self._on_page_remove_requested)
        self.page.items_panel.attach_requested.connect(self._on_items_attach_requested)
        self.items.status_message.connect(self.status_message)
        self.saver.saved.connect(self._on_saver_saved)
        self.saver.state_changed.connect(self._on_saver_state_changed)
        self.saver.save_failed.connect(lambda exc: prompts.show_failure(self, exc))

    # ------------------------------------------------------------------ navigation
    def select_indicator(self, indicator_id: str) -> bool:
        return self.navigator.select(indicator_id)

    def select_first(self) -> None:
        first = self.navigator.first_visible_indicator()
        if first:
            self.select_indicator(first)

    @property
    def current_indicator(self) -> str | None:
        return self._current

    @Slot(str)
    def _on_navigator_indicator_selected(self, indicator_id: str) -> None:
        if indicator_id == self._current:
            return
        self.saver.flush()
        self._current = indicator_id
        self._show_current()
        self.indicator_shown.emit(indicator_id)

    def _answer_with_pending(self, indicator_id: str) -> Answer | None:
        answer = self._answers.get(indicator_id)
        pending = self.saver.pending_for(indicator_id)
        if not pending:
            return answer
        base = answer or Answer(0, indicator_id, None, "", "draft", None, "", "", "")
        changes: dict[str, Any] = {}
        if "level" in pending:
            changes["level"] = pending["level"] or None
        if "justification" in pending:
            changes["justification"] = pending["justification"]
        if "status" in pending:
            changes["status"] = pending["status"]
        return dataclasses.replace(base, **changes)

    def _documents_of(self, indicator: str) -> list[DocumentRecord]:
        return [d for d in self._documents if any(i == indicator for i, _lv in d.links)]

    def _show_current(self) -> None:
        if self._current is None:
            return
        ind = self.pack.indicator(self._current)
        self.page.show_indicator(
            self.pack,
            ind,
            self._answer_with_pending(ind.id),
            self._documents_of(ind.id),
            dt.date.today(),
        )
        if uses_items(self.pack):
            self.items.show(ind)
            self._show_value()

    def _show_value(self) -> None:
        """The shown indicator's live value under the items rule, from the newest report."""
        if self._current is not None and self._index is not None:
            self.page.set_value(self._index.values.get(self._current))

    def refresh_documents(self, then: Callable[[], Any] | None = None) -> None:
        """Re-read the documents (after an edit), then show the current indicator's."""
        workspace = self.workspace
        self.runner.submit(
            lambda _t: documents(workspace),
            title=self.tr("Membaca dokumen bukti"),
            owner=self,
            quiet=True,
            on_done=self._document_reads(lambda docs: self._on_documents_read(docs, then)),
        )

    def _on_documents_read(
        self, docs: list[DocumentRecord], then: Callable[[], Any] | None
    ) -> None:
        self._documents = docs
        if self._current is not None:
            self.page.set_documents(self._documents_of(self._current))
            self.items.reload()
        if then is not None:
            then()

    def refresh_index(self) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda _t: index_report(workspace),
            title=self.tr("Menghitung indeks"),
            owner=self,
            quiet=True,
            on_done=self._index_reads(self._show_index),
        )

    def _show_index(self, report: IndexReport) -> None:
        # index_report's plan only proposes raises this OPD can make (its assignment).
        self._index = report
        self.index_panel.show_report(report, own_only=self.profile.assigned is not None)
        self.items.show_report(report)
        if uses_items(self.pack):
            self._show_value()
        if report.item_plan is not None:  # Pemdi 2026: values from accepted items
            self.navigator.update_values(report.values)

    def refresh_all(self) -> None:
        """Re-read everything (after a receipt or an outside change)."""
        workspace = self.workspace
        self.runner.submit(
            lambda _t: snapshot(workspace),
            title=self.tr("Membaca ruang kerja"),
            owner=self,
            quiet=True,
            on_done=self._on_reread,
        )

    def _on_reread(self, now: Snapshot) -> None:
        self._answers, self._documents = now.answers, now.documents
        self.navigator.update_answers(self._answers)
        if now.index is not None:
            self._show_index(now.index)
        self._show_current()
        self.pages.refresh_shown()

    def current_snapshot(self) -> Snapshot:
        """What this view shows now (to rebuild it, e.g. in another language)."""
        return Snapshot(
            self.profile,
            self.pack,
            dict(self._answers),
            list(self._documents),
            self._index,
        )

    # ------------------------------------------------------------------ answers
    @Slot(int)
    def _on_page_level_chosen(self, level: int) -> None:
        if self._current:
            self.saver.set_level(self._current, level)

    @Slot(str)
    def _on_page_status_chosen(self, status: str) -> None:
        if self._current:
            self.saver.set_status(self._current, status)

    @Slot(str)
    def _on_page_justification_edited(self, text: str) -> None:
        if self._current:
            self.saver.set_justification(self._current, text)

    @Slot(dict)
    def _on_saver_saved(self, answers: dict[str, Answer]) -> None:
        self._answers = answers
        self.navigator.update_answers(answers)
        self.refresh_index()
        if self._current is not None:
            self.page.set_answer(self._answer_with_pending(self._current))
        self.answers_changed.emit()

    @Slot(str)
    def _on_saver_state_changed(self, state: str) -> None:
        texts = {
            "pending": self.tr("Belum tersimpan…"),
            "saving": self.tr("Menyimpan…"),
            "saved": self.tr("Tersimpan otomatis"),
            "waiting": self.tr("Menunggu ruang kerja bebas…"),
            "failed": self.tr("Gagal menyimpan; akan dicoba lagi saat Anda mengubah isian"),
        }
        self.page.set_save_state(texts.get(state, ""))

    def flush_pending(self) -> None:
        self.saver.flush_now()

    def has_unsaved(self) -> bool:
        return self.saver.has_pending()

    # ------------------------------------------------------------------ evidence
    @Slot(list)
    def _on_page_add_files_requested(self, files: list[Path]) -> None:
        self._add_files(files)

    @Slot(str)
    def _on_items_attach_requested(self, code: str) -> None:
        self._add_files([], item=code)

    def _add_files(self, files: list[Path], item: str | None = None) -> None:
        """Read ``files`` (none: ask), then ask their details and attach them (to ``item``)."""
        if self._current is None:
            return
        if not files:
            files = prompts.choose_documents(self)
        if not files:
            return
        indicator = self._current
        self.runner.submit(
            lambda token: prepare_documents(files, token),
            title=self.tr("Membaca dokumen"),
            owner=self,
            modal=True,
            on_done=lambda outcomes: self._on_prepared(indicator, outcomes, item),
        )

    def _on_prepared(
        self, indicator: str, outcomes: list[PrepareOutcome], item: str | None = None
    ) -> None:
        failed = [o for o in outcomes if o.error is not None]
        if failed:
            prompts.show_error(
                self,
                self.tr("Sebagian berkas tidak dapat dilampirkan"),
                "\n".join(error_text(o.error) for o in failed if o.error is not None),
            )
        prepared = [o.prepared for o in outcomes if o.prepared is not None]
        if not prepared:
            return
        ind = self.pack.indicator(indicator)
        answer = self._answer_with_pending(indicator)
        level = self.pack.item(item).level if item else (answer.level if answer else None)
        show_modeless(
            self,
            "metadata_dialog",
            lambda: DocumentMetadataDialog(prepared, ind, level, self),
            modal=True,
            accepted=lambda dialog: self._attach(indicator, dialog.requests(), item),
        )

    def _attach(self, indicator: str, requests: list[Any], item: str | None = None) -> None:
        workspace = self.workspace
        self.runner.submit(
            lambda token: attach_files(workspace, indicator, requests, token, item=item),
            title=self.tr("Melampirkan %n dokumen", "", len(requests)),
            owner=self,
            modal=True,
            on_done=self._on_attached,
            on_cancelled=self._on_attach_cancelled,
        )

    def _on_attached(self, results: list[AttachResult]) -> None:
        self.status_message.emit(self.tr("%n dokumen dilampirkan.", "", len(results)))

        def select_last() -> None:
            if results:
                self.page.select_document(results[-1].document_id)

        self.refresh_documents(then=select_last)

    def _on_attach_cancelled(self) -> None:
        self.refresh_documents()
        self.status_message.emit(self.tr("Dibatalkan; dokumen yang sudah selesai tetap terlampir."))

    @Slot()
    def _on_page_link_requested(self) -> None:
        if self._current is None:
            return
        indicator = self._current
        ind = self.pack.indicator(indicator)
        answer = self._answer_with_pending(ind.id)
        level = answer.level if answer else None
        show_modeless(
            self,
            "link_dialog",
            lambda: LinkDocumentDialog(self._documents, ind, level, self),
            modal=True,
            accepted=lambda d: self._link(indicator, d.selected_ids(), d.selected_level()),
        )

    def _edit(self, work: Any, title: str) -> None:
        """Run an evidence edit, then show the indicator's documents as they are now."""
        self.runner.submit(
            work, title=title, owner=self, on_done=lambda _r: self.refresh_documents()
        )

    def _link(self, indicator: str, doc_ids: list[int], level: int | None) -> None:
        if doc_ids:
            workspace = self.workspace
            self._edit(
                lambda _t: link_documents(workspace, doc_ids, indicator, level),
                self.tr("Menautkan dokumen"),
            )

    def _shown_document(self, doc_id: int) -> DocumentRecord:
        return next(d for d in self._documents if d.id == doc_id)

    @Slot(int)
    def _on_page_preview_requested(self, doc_id: int) -> None:
        self.viewer.preview(doc_id)

    @Slot(int)
    def _on_page_open_requested(self, doc_id: int) -> None:
        self.viewer.open_externally(doc_id)

    @Slot(int)
    def _on_page_unlink_requested(self, doc_id: int) -> None:
        if self._current is None:
            return
        doc = self._shown_document(doc_id)
        if not prompts.confirm(
            self,
            self.tr("Lepas dokumen"),
            self.tr(
                "Lepas “%1” dari indikator ini? Dokumen tetap tersimpan di ruang kerja."
            ).replace("%1", doc.title),
            action=self.tr("Lepas"),
        ):
            return
        workspace, indicator = self.workspace, self._current
        self._edit(
            lambda _t: unlink_document(workspace, doc_id, indicator),
            self.tr("Melepas dokumen"),
        )

    @Slot(int)
    def _on_page_remove_requested(self, doc_id: int) -> None:
        doc = self._shown_document(doc_id)
        others = [ind for ind, _ in doc.links if ind != self._current]
        text = self.tr("Hapus “%1” dari ruang kerja?").replace("%1", doc.title)
        if others:
            text += " " + self.tr("Dokumen ini juga dipakai untuk indikator %1.").replace(
                "%1", ", ".join(str(self.pack.indicator(i).number) for i in others)
            )
        if not prompts.confirm(self, self.tr("Hapus dokumen"), text, action=self.tr("Hapus")):
            return
        workspace = self.workspace
        self._edit(lambda _t: remove_document(workspace, doc_id), self.tr("Menghapus dokumen"))

    # ------------------------------------------------------------------ exchange
    def export_bundle(self, folder: Path | None = None) -> ExportDialog:
        """Open the dialog for the signed evidence bundle (it runs its own jobs), suggesting
        ``folder`` (else the documents folder); its ``written`` signal names the folder used."""
        return show_modeless(
            self,
            "export_dialog",
            lambda: ExportDialog(
                self.workspace,
                self.profile,
                self.runner,
                folder or prompts.documents_folder(),
                self,
                unsaved=[i.id for i in self.pack.indicators if self.saver.pending_for(i.id)],
            ),
            modal=True,
        )

    def accept_receipt(self) -> None:
        """Record the coordinator's receipt (its verdicts), then show what it says."""
        receipt = prompts.choose_open_file(
            self,
            self.tr("Pilih tanda terima dari koordinator"),
            self.tr("Tanda terima (*.spbereceipt *.json *.receipt);;Semua berkas (*)"),
        )
        if receipt is None:
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: accept_receipt(workspace, receipt),
            title=self.tr("Mencatat tanda terima"),
            owner=self,
            modal=True,
            on_done=self._on_receipt_accepted,
        )

    def _on_receipt_accepted(self, summary: ReceiptSummary) -> None:
        self.refresh_all()
        show_modeless(
            self, "receipt_dialog", lambda: ReceiptDialog(summary, self.pack, self), modal=True
        )
