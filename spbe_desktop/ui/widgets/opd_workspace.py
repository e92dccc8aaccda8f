"""The OPD officer's workspace: navigator, indicator page and live index, side by side.

The controller for the OPD role: it reads through the GUI thread's store (quick reads only) and
sends every write, parse and copy to the job runner. A coordinator view would be a sibling
widget chosen by the main window from the workspace's role.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from spbe_desktop import paths
from spbe_desktop.core.models import Answer
from spbe_desktop.services.attach import PrepareOutcome, attach_files, prepare_documents
from spbe_desktop.services.evidence import (
    export_blob,
    link_documents,
    remove_document,
    unlink_document,
)
from spbe_desktop.services.workspace import index_report
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui import prompts
from spbe_desktop.ui.dialogs.link_document_dialog import LinkDocumentDialog
from spbe_desktop.ui.dialogs.metadata_dialog import DocumentMetadataDialog
from spbe_desktop.ui.dialogs.preview_dialog import PreviewDialog, load_preview_image
from spbe_desktop.ui.jobs import JobProgressDialog, JobRunner
from spbe_desktop.ui.messages import error_text, error_title
from spbe_desktop.ui.widgets.answer_saver import AnswerSaver
from spbe_desktop.ui.widgets.index_panel import IndexPanel
from spbe_desktop.ui.widgets.indicator_page import IndicatorPage
from spbe_desktop.ui.widgets.navigator import Navigator

log = logging.getLogger(__name__)


class OpdWorkspaceView(QWidget):
    """Everything an OPD officer does in one workspace."""

    status_message = Signal(str)
    answers_changed = Signal()

    def __init__(
        self,
        workspace: Path,
        store: WorkspaceStore,
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = store
        self.runner = runner
        self.pack = store.pack()
        self.profile = store.profile()
        self.saver = AnswerSaver(workspace, runner, self)
        self._answers: dict[str, Answer] = store.answers()
        self._current: str | None = None
        self._previews: list[PreviewDialog] = []
        self.metadata_dialog: DocumentMetadataDialog | None = None
        self.link_dialog: LinkDocumentDialog | None = None
        self._build()
        self._connect_signals()
        self.navigator.update_answers(self._answers)
        self.refresh_index()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        prof = self.profile
        self.header = QLabel(
            self.tr("%1 · %2 · periode %3 · %4")
            .replace("%1", prof.unit or prof.instansi)
            .replace("%2", prof.instansi)
            .replace("%3", prof.period)
            .replace("%4", self.pack.title)
        )
        self.header.setObjectName("workspaceHeader")
        self.header.setWordWrap(True)
        self.header.setContentsMargins(8, 6, 8, 0)
        self.provisional_banner = QLabel(
            self.tr(
                "SEMENTARA: kerangka %1 belum final. Isi, bobot, dan predikatnya dapat "
                "berubah; koordinator dapat mengirim paket kerangka yang sudah diperbaiki."
            ).replace("%1", self.pack.title)
        )
        self.provisional_banner.setObjectName("provisionalBanner")
        self.provisional_banner.setWordWrap(True)
        self.provisional_banner.setVisible(self.pack.provisional)
        self.navigator = Navigator(self.pack, self.profile.assigned)
        self.navigator.setMinimumWidth(250)
        self.page = IndicatorPage()
        self.index_panel = IndexPanel()
        self.index_panel.setMinimumWidth(230)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.index_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([390, 700, 270])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        if self.pack.provisional:
            banner_box = QVBoxLayout()
            banner_box.setContentsMargins(8, 0, 8, 0)
            banner_box.addWidget(self.provisional_banner)
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
        self.saver.saved.connect(self._on_saver_saved)
        self.saver.state_changed.connect(self._on_saver_state_changed)
        self.saver.save_failed.connect(self._show_error)

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

    def _show_current(self) -> None:
        if self._current is None:
            return
        ind = self.pack.indicator(self._current)
        docs = self.store.documents_for(ind.id)
        self.page.show_indicator(
            self.pack, ind, self._answer_with_pending(ind.id), docs, dt.date.today()
        )

    def refresh_documents(self) -> None:
        if self._current is not None:
            self.page.set_documents(self.store.documents_for(self._current))

    def refresh_index(self) -> None:
        # index_report's plan only proposes raises this OPD can make (its assignment).
        self.index_panel.show_report(
            index_report(self.workspace), own_only=self.profile.assigned is not None
        )

    def refresh_all(self) -> None:
        """Re-read everything (after a receipt or an outside change)."""
        self._answers = self.store.answers()
        self.navigator.update_answers(self._answers)
        self.refresh_index()
        self._show_current()

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
    def _show_error(self, exc: BaseException) -> None:
        prompts.show_error(self, error_title(), error_text(exc))

    @Slot(list)
    def _on_page_add_files_requested(self, files: list[Path]) -> None:
        if self._current is None:
            return
        if not files:
            files = prompts.choose_documents(self)
        if not files:
            return
        indicator = self._current
        job = self.runner.submit(
            lambda token: prepare_documents(files, token),
            title=self.tr("Membaca dokumen"),
            on_success=lambda outcomes: self._on_prepared(indicator, outcomes),
            on_failure=self._show_error,
        )
        JobProgressDialog.track(job, self, self.tr("Membaca dokumen"))

    def _on_prepared(self, indicator: str, outcomes: list[PrepareOutcome]) -> None:
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
        dialog = DocumentMetadataDialog(prepared, ind, answer.level if answer else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._attach(indicator, dialog.requests()))
        dialog.finished.connect(self._on_metadata_dialog_finished)
        self.metadata_dialog = dialog
        dialog.open()

    @Slot()
    def _on_metadata_dialog_finished(self) -> None:
        self.metadata_dialog = None

    def _attach(self, indicator: str, requests: list[Any]) -> None:
        workspace = self.workspace
        job = self.runner.submit(
            lambda token: attach_files(workspace, indicator, requests, token),
            title=self.tr("Melampirkan %n dokumen", "", len(requests)),
            on_success=self._on_attached,
            on_failure=self._show_error,
            on_cancelled=self._on_attach_cancelled,
        )
        JobProgressDialog.track(job, self, self.tr("Melampirkan dokumen"))

    def _on_attached(self, results: list[Any]) -> None:
        self.refresh_documents()
        self.status_message.emit(self.tr("%n dokumen dilampirkan.", "", len(results)))
        if results and self._current is not None:
            self.page.select_document(results[-1].document_id)

    def _on_attach_cancelled(self) -> None:
        self.refresh_documents()
        self.status_message.emit(self.tr("Dibatalkan; dokumen yang sudah selesai tetap terlampir."))

    @Slot()
    def _on_page_link_requested(self) -> None:
        if self._current is None:
            return
        ind = self.pack.indicator(self._current)
        answer = self._answer_with_pending(ind.id)
        dialog = LinkDocumentDialog(
            self.store.documents(), ind, answer.level if answer else None, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        indicator = ind.id
        dialog.accepted.connect(
            lambda: self._link(indicator, dialog.selected_ids(), dialog.selected_level())
        )
        self.link_dialog = dialog
        dialog.open()

    def _link(self, indicator: str, doc_ids: list[int], level: int | None) -> None:
        if not doc_ids:
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: link_documents(workspace, doc_ids, indicator, level),
            title=self.tr("Menautkan dokumen"),
            on_success=lambda _r: self.refresh_documents(),
            on_failure=self._show_error,
        )

    def _export_then(self, doc_id: int, then: Any, *, decode_image: bool) -> None:
        workspace = self.workspace
        folder = paths.cache_dir() / "pratinjau"

        def work(token: Any) -> Any:
            path, mime, title = yield from export_blob(workspace, doc_id, folder, token)
            image = load_preview_image(path) if decode_image and mime.startswith("image/") else None
            return path, mime, title, image

        job = self.runner.submit(
            work,
            title=self.tr("Menyiapkan dokumen"),
            on_success=then,
            on_failure=self._show_error,
        )
        JobProgressDialog.track(job, self, self.tr("Menyiapkan dokumen"))

    @Slot(int)
    def _on_page_preview_requested(self, doc_id: int) -> None:
        self._export_then(doc_id, self._show_preview, decode_image=True)

    def _show_preview(self, result: tuple[Path, str, str, Any]) -> None:
        path, mime, title, image = result
        dialog = PreviewDialog(path, mime, title, image, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._previews = [d for d in self._previews if d.isVisible()] + [dialog]
        dialog.show()

    @Slot(int)
    def _on_page_open_requested(self, doc_id: int) -> None:
        self._export_then(doc_id, self._open_external, decode_image=False)

    def _open_external(self, result: tuple[Path, str, str, Any]) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result[0]))):
            prompts.show_error(
                self,
                error_title(),
                self.tr(
                    "Tidak ada aplikasi untuk membuka berkas ini. Berkasnya ada di %1."
                ).replace("%1", str(result[0])),
            )

    @Slot(int)
    def _on_page_unlink_requested(self, doc_id: int) -> None:
        if self._current is None:
            return
        doc = self.store.document(doc_id)
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
        self.runner.submit(
            lambda _t: unlink_document(workspace, doc_id, indicator),
            title=self.tr("Melepas dokumen"),
            on_success=lambda _r: self.refresh_documents(),
            on_failure=self._show_error,
        )

    @Slot(int)
    def _on_page_remove_requested(self, doc_id: int) -> None:
        doc = self.store.document(doc_id)
        others = [ind for ind, _ in doc.links if ind != self._current]
        text = self.tr("Hapus “%1” dari ruang kerja?").replace("%1", doc.title)
        if others:
            text += " " + self.tr("Dokumen ini juga dipakai untuk indikator %1.").replace(
                "%1", ", ".join(str(self.pack.indicator(i).number) for i in others)
            )
        if not prompts.confirm(self, self.tr("Hapus dokumen"), text, action=self.tr("Hapus")):
            return
        workspace = self.workspace
        self.runner.submit(
            lambda _t: remove_document(workspace, doc_id),
            title=self.tr("Menghapus dokumen"),
            on_success=lambda _r: self.refresh_documents(),
            on_failure=self._show_error,
        )
