"""Import: drop many bundles and parts at once; a job verifies and imports each file, the report
says what happened to every one, and unknown keys wait in quarantine for a trust decision."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QProgressBar, QPushButton, QWidget
from typing_extensions import override

from spbe_desktop.core.models import OpdRecord
from spbe_desktop.core.progress import CancelToken
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services import exchange
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.common.i18n import current_language
from spbe_desktop.ui.common.jobs import Job, JobRunner
from spbe_desktop.ui.common.layout import hbox, label, vbox
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table, pin_key
from spbe_desktop.ui.coordinator.import_messages import app_message, mentions_document
from spbe_desktop.ui.coordinator.import_models import ImportReportModel, ReportColumn, ReportRow

IMPORT_KEY = "coordinator-import"


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files (or folders) a drag carries; empty for anything else."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class ImportTab(WorkspaceTab):
    """Drop zone, progress with Cancel, per-file report and the quarantine."""

    imported = Signal()

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.job: Job | None = None
        self._log = exchange.ImportLog()
        self._token: CancelToken | None = None
        self._register: list[str] = []
        self._pinned: dict[str, str] = {}  # OPD name -> fingerprint of its working key
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()
        self._show_idle()

    def _build(self) -> None:
        self.drop_area = QFrame()
        self.drop_area.setObjectName("dropArea")
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_area.setFrameShadow(QFrame.Shadow.Sunken)
        self.drop_area.setMinimumHeight(90)
        hint = label(
            self.tr(
                "Seret paket bukti dari OPD ke sini — boleh banyak sekaligus, termasuk "
                "bagian-bagian paket yang dipecah, dalam urutan apa pun."
            ),
            name="dropHint",
            wrap=True,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("&Pilih berkas…"))
        drop_layout = vbox(hint, parent=self.drop_area)
        drop_layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignCenter)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan impor"))
        self.progress_label = label(wrap=True)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.setToolTip(
            self.tr("Hentikan impor; berkas yang sudah selesai tetap tersimpan")
        )
        self.summary = label(name="indexGap", wrap=True)
        self.report_model = ImportReportModel(self)
        self.report = make_table(self.report_model, "importReport", self.tr("Laporan impor"))
        self.report.setWordWrap(True)

        self.quarantine_box = QFrame()
        self.quarantine_box.setObjectName("warningsBox")
        self.quarantine_label = label(wrap=True)
        self.trust_button = QPushButton(self.tr("Putuskan &kepercayaan…"))
        self.trust_button.setToolTip(
            self.tr("Periksa sidik jari kunci bersama OPD, lalu sematkan dan impor ulang")
        )
        hbox((self.quarantine_label, 1), self.trust_button, parent=self.quarantine_box)

        vbox(
            self.drop_area,
            hbox((self.progress, 1), self.cancel_button),
            self.progress_label,
            self.summary,
            self.quarantine_box,
            (self.report, 1),
            margins=8,
            parent=self,
        )

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.trust_button.clicked.connect(self._on_trust_button_clicked)

    def set_register(self, opds: Sequence[OpdRecord]) -> None:
        """The OPDs the trust dialog offers, and which of them hold a working key."""
        self._register = [o.name for o in opds]
        self._pinned = {o.name: o.fingerprint for o in opds if o.fingerprint and not o.revoked_at}

    # ------------------------------------------------------------------ drag and drop
    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) and not self.is_running():
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.import_paths(files)

    # ------------------------------------------------------------------ import
    def is_running(self) -> bool:
        return self.job is not None and not self.job.is_done

    def cancel(self) -> None:
        """Stop the running import after the file being read (that one is left untouched)."""
        if self._token is not None:
            self._token.cancel()
        if self.job is not None:
            self.job.cancel()

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        files = prompts.choose_files(
            self,
            self.tr("Pilih paket bukti dari OPD"),
            self.tr("Paket bukti (*.zip *.spbebundle);;Semua berkas (*)"),
        )
        if files:
            self.import_paths(files)

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """Verify and import ``paths`` (files or folders of bundles) in one job."""
        if self.is_running() or not paths:
            return None
        workspace = self.workspace
        files = list(paths)
        log = exchange.ImportLog()
        self._log = log
        self._show_running(len(files))

        def work(token: CancelToken) -> Any:
            # The token is kept so Cancel works even before submit() has returned the job
            # (a synchronous runner runs the whole job inside submit()).
            self._token = token
            outcomes = yield from exchange.import_files(workspace, files, token, log)
            # A message that would name a document by its path in the bundle names its title.
            named = any(mentions_document(o) for o in outcomes)
            titles = coord.document_titles(workspace, log.planned) if named else {}
            return outcomes, titles

        self.job = self.runner.submit(
            work,
            title=self.tr("Mengimpor paket bukti"),
            key=IMPORT_KEY,
            owner=self,
            on_done=self._on_import_succeeded,
            on_error=self._on_import_failed,
            on_cancelled=self._on_import_cancelled,
            on_progress=self._on_import_progress,
        )
        if self.job is None:
            self._show_idle()
        return self.job

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Membatalkan…"))

    def _on_import_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text and self.cancel_button.isEnabled():
            self.progress_label.setText(text)

    def _rows(
        self, outcomes: Sequence[exchange.ImportOutcome], titles: Mapping[str, str] | None = None
    ) -> list[ReportRow]:
        lang = current_language()
        return [
            ReportRow(o.path, o.status, o.unit, app_message(o, titles or {}, lang), o)
            for o in outcomes
        ]

    def _on_import_succeeded(
        self, result: tuple[list[exchange.ImportOutcome], dict[str, str]]
    ) -> None:
        outcomes, titles = result
        self.report_model.merge(self._rows(outcomes, titles))
        self._finish(cancelled=False)

    def _on_import_cancelled(self) -> None:
        done = {o.path for o in self._log.outcomes}
        rest = [
            ReportRow(p, "cancelled", "", self.tr("Impor dibatalkan sebelum berkas ini diperiksa."))
            for p in self._log.planned
            if p not in done
        ]
        self.report_model.merge(self._rows(self._log.outcomes) + rest)
        self._finish(cancelled=True)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.report_model.merge(self._rows(self._log.outcomes))
        self._finish(cancelled=False)
        prompts.show_failure(self, exc)

    def _finish(self, *, cancelled: bool) -> None:
        self._show_idle()
        counts = self.report_model.counts()
        parts = [
            self.tr("%n diterima", "", counts.get("accepted", 0)),
            self.tr("%n duplikat", "", counts.get("duplicate", 0)),
            self.tr("%n ditolak", "", counts.get("refused", 0)),
        ]
        if counts.get("part_stored"):
            parts.append(self.tr("%n bagian tersimpan", "", counts["part_stored"]))
        if counts.get("quarantined"):
            parts.append(self.tr("%n dikarantina", "", counts["quarantined"]))
        text = ", ".join(parts) + "."
        if cancelled:
            text = self.tr(
                "Impor dibatalkan; berkas yang sudah selesai tetap tersimpan. %1"
            ).replace("%1", text)
        self.summary.setText(text)
        self.status_message.emit(text)
        fit_columns(self.report, 320)
        self.report.resizeRowsToContents()
        self._show_quarantine()
        if self._log.outcomes:
            self.imported.emit()

    def _show_running(self, count: int) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress_label.setText(self.tr("Memeriksa %n berkas…", "", count))
        self.progress_label.show()
        self.choose_button.setEnabled(False)
        self.trust_button.setEnabled(False)

    def _show_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.progress_label.hide()
        self.choose_button.setEnabled(True)
        self.trust_button.setEnabled(True)
        self._show_quarantine()

    # ------------------------------------------------------------------ quarantine
    def _show_quarantine(self) -> None:
        rows = self.report_model.quarantined()
        keys = {r.outcome.signer_fingerprint for r in rows if r.outcome is not None}
        self.quarantine_box.setVisible(bool(rows))
        if rows:
            self.quarantine_label.setText(
                self.tr(
                    "%n berkas dikarantina: ditandatangani kunci yang belum terdaftar "
                    "(%1 kunci). Tidak ada yang diimpor dari berkas ini sebelum Anda "
                    "memutuskan.",
                    "",
                    len(rows),
                ).replace("%1", str(len(keys)))
            )

    def _quarantine_choice(self) -> ReportRow | None:
        rows = self.report_model.quarantined()
        if not rows:
            return None
        selected = self.report.selectionModel().selectedRows(ReportColumn.FILE)
        if selected:
            row = self.report_model.row_at(selected[0].row())
            if isinstance(row, ReportRow) and row.status == "quarantined":
                return row
        return rows[0]

    @Slot()
    def _on_trust_button_clicked(self) -> None:
        chosen = self._quarantine_choice()
        if chosen is None or chosen.outcome is None:
            return
        outcome = chosen.outcome
        fingerprint = outcome.signer_fingerprint or ""
        public_key = outcome.signer_public_key or ""
        same_key = [
            r.path
            for r in self.report_model.quarantined()
            if r.outcome is not None and r.outcome.signer_fingerprint == fingerprint
        ]
        declared = outcome.unit or ""
        default = next((n for n in self._register if n.casefold() == declared.casefold()), declared)
        intro = self.tr(
            "%n berkas ditandatangani kunci yang belum terdaftar. Paketnya menyebut "
            'pengirim "%1". Sematkan kunci ini hanya bila petugas OPD membacakan sidik '
            "jari yang sama lewat telepon; paket dari kunci asing bisa dipalsukan siapa "
            "saja.",
            "",
            len(same_key),
        ).replace("%1", declared or "—")
        # Only an OPD that holds a working key has one to lose: then both fingerprints and
        # the warning; a first key (or a registered OPD without one) is a plain confirmation.
        old = self._pinned.get(default)
        warning = ""
        if old and old != fingerprint:
            warning = (
                self.tr(
                    "%1 sudah memiliki kunci tersemat yang masih berlaku (sidik jari %2). Bila "
                    "dilanjutkan, kunci itu diganti dengan kunci di atas dan paket yang "
                    "ditandatangani kunci lama akan ditolak."
                )
                .replace("%1", default)
                .replace("%2", old)
            )
        title = self.tr("Ganti kunci OPD?") if warning else self.tr("Percayai kunci OPD?")
        workspace = self.workspace
        pin_key(
            self,
            self.runner,
            FingerprintRequest(
                title=title,
                intro=intro,
                fingerprint=fingerprint,
                names=tuple(self._register),
                default_name=default,
                accept_text=self.tr("&Percayai dan impor ulang"),
                warning=warning,
            ),
            lambda name, replace, unrevoke: exchange.trust_public_key(
                workspace, name, public_key, replace=replace, unrevoke=unrevoke
            ),
            lambda result: self._after_trust(result, same_key),
        )

    def _after_trust(self, result: tuple[Any, str], files: list[Path]) -> None:
        opd, fingerprint = result
        self.status_message.emit(
            self.tr("Kunci %1 disematkan (sidik jari %2); berkasnya diimpor ulang.")
            .replace("%1", opd.name)
            .replace("%2", fingerprint)
        )
        self.imported.emit()
        self.import_paths(files)
