"""What the app writes out of a workspace, for both roles: the menu "Laporan" and "Mulai periode
baru" in "Berkas".

Each output is a job (:mod:`jobs`: progress, Cancel) around the service the CLI calls too: the
DOCX report (``spbe report``), compiled evidence per indicator and per item (``spbe compile``),
the CSV tables (``spbe csv``), a backup (``spbe backup``), the check (``spbe check``) and the new
period's workspace (``spbe init --from``). The services write atomically or into a partial
folder, so a cancel leaves nothing half written. When done, a :class:`ResultDialog` says what
was made, with its figures, and offers "Buka folder". The folder of each kind of output is
remembered; a missing one (even the documents folder) is created by the job.

The ``_job_*`` functions run on a worker thread and must not touch widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMenuBar

from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import CheckResult
from spbe_desktop.core.names import safe_name
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import SpbeError
from spbe_desktop.services.maintenance import backup_steps, check_workspace, key_protected
from spbe_desktop.services.workspace import Snapshot
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import show_modeless, shown
from spbe_desktop.ui.common.jobs import Job, JobRunner
from spbe_desktop.ui.common.messages import code_text
from spbe_desktop.ui.common.new_period_dialog import NewPeriodDialog, NewPeriodRequest, summary
from spbe_desktop.ui.common.outputs_dialogs import FolderDialog, ReportDialog, ResultDialog
from spbe_desktop.ui.common.settings_store import UiSettings

if TYPE_CHECKING:
    # The services behind the menu (PDF, DOCX, images, the carry-forward) are imported by the
    # job that needs them: at start-up they cost the app about 0.5 s before its window shows.
    from spbe_desktop.services.carry_forward import CarryForwardResult
    from spbe_desktop.services.compiled_evidence import CompileSummary
    from spbe_desktop.services.csv_tables import CsvSummary
    from spbe_desktop.services.item_evidence import ItemCompileSummary
    from spbe_desktop.services.reporting import ReportSummary

ItemsResult = tuple["ItemCompileSummary", int]
#: The item compile's size cap when the user sets none (services.item_evidence's default).
DEFAULT_ITEM_MAX_MB = 5


# ---------------------------------------------------------------------- jobs (worker thread)
def _make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) when missing: a first run may find no documents
    folder at all."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SpbeError("report.io", file=str(folder), detail=exc.strerror or str(exc)) from exc


def _job_report(
    workspace: Path, out: Path, previous: Path | None, token: CancelToken
) -> Generator[Progress, None, tuple[ReportSummary, int]]:
    from spbe_desktop.services.reporting import write_report

    _make_folder(out.parent)
    done = yield from write_report(workspace, out, token, previous=previous)
    return done, out.stat().st_size


def _job_compile(
    workspace: Path, out: Path, token: CancelToken
) -> Generator[Progress, None, CompileSummary]:
    from spbe_desktop.services.compiled_evidence import compile_evidence

    _make_folder(out.parent)
    return (yield from compile_evidence(workspace, out, token))


def _job_items(
    workspace: Path, out: Path, max_bytes: int, token: CancelToken
) -> Generator[Progress, None, ItemsResult]:
    from spbe_desktop.services.item_evidence import compile_items

    _make_folder(out.parent)
    done = yield from compile_items(workspace, out, token, max_bytes=max_bytes)
    return done, max_bytes


def _job_csv(
    workspace: Path, out: Path, token: CancelToken
) -> Generator[Progress, None, tuple[CsvSummary, int]]:
    from spbe_desktop.services.csv_tables import export_csv

    done = yield from export_csv(workspace, out, token)  # creates the folder
    return done, sum(p.stat().st_size for p in done.paths)


def _job_backup(
    workspace: Path, out: Path, token: CancelToken
) -> Generator[Progress, None, tuple[Path, int, bool]]:
    _make_folder(out.parent)
    # The file dialog asked before an existing file is replaced.
    done = yield from backup_steps(workspace, out, token, replace=out.exists())
    return done, done.stat().st_size, key_protected(workspace)


def _job_new_period(
    request: NewPeriodRequest, token: CancelToken
) -> Generator[Progress, None, CarryForwardResult]:
    from spbe_desktop.services.carry_forward import carry_forward

    return (
        yield from carry_forward(
            request.workspace,
            request.previous,
            period=request.period,
            framework=request.framework,
            cancel=token,
        )
    )


def _mib(n: int) -> str:
    """Bytes in the MB of the size cap (MiB, as the CLI counts them): "4,8 MB", "5 MB"."""
    text = fmt.number(n / (1024 * 1024), 1)
    return (text[:-2] if text[-2:] in (",0", ".0") else text) + " MB"


def _fresh(path: Path) -> Path:
    """``path``, or ``path (2)``... when a file or a non-empty folder already has the name."""
    candidate, k = path, 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate = path.with_name(f"{path.name} ({k})")
        k += 1
    return candidate


# ---------------------------------------------------------------------- the actions (GUI thread)
class OutputActions(QObject):
    """The "Laporan" menu and "Mulai periode baru", over the workspace the window shows."""

    #: The user wants the new period's workspace opened.
    open_requested = Signal(Path)

    def __init__(
        self,
        window: QMainWindow,
        runner: JobRunner,
        settings: UiSettings,
        flush: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.settings = settings
        self._flush = flush
        self.workspace: Path | None = None
        self.snapshot: Snapshot | None = None
        self.dialog: QDialog | None = None  # the question open now (tests fill it in)
        self.result_dialog: ResultDialog | None = None  # the last result shown
        self.actions: dict[str, QAction] = {}

    # ------------------------------------------------------------------ menus
    def _add(self, menu: QMenu, key: str, text: str, slot: Callable[[], Any], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[key] = action
        return action

    def add_new_period_action(self, menu: QMenu) -> QAction:
        return self._add(
            menu,
            "new_period",
            self.tr("Mulai &periode baru…"),
            self.start_new_period,
            self.tr("Ruang kerja periode berikutnya dari ruang kerja ini, dengan dokumennya"),
        )

    def build_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("&Laporan"))
        self._add(
            menu,
            "report",
            self.tr("Buat &laporan (DOCX)…"),
            self.make_report,
            self.tr("Laporan penilaian mandiri sebagai dokumen Word"),
        )
        menu.addSeparator()
        self._add(
            menu,
            "compile",
            self.tr("&Kompilasi bukti per indikator…"),
            self.compile_indicators,
            self.tr("Satu PDF bukti dukung per indikator, siap unggah"),
        )
        self._add(
            menu,
            "items",
            self.tr("Bukti per &butir untuk portal…"),
            self.compile_items,
            self.tr("Satu PDF per butir bukti dengan batas ukuran, dan catatan tiap butir"),
        )
        self._add(
            menu,
            "csv",
            self.tr("Ekspor tabel &CSV…"),
            self.export_csv,
            self.tr("Tabel tingkat indikator untuk Excel"),
        )
        menu.addSeparator()
        self._add(
            menu,
            "backup",
            self.tr("C&adangkan ruang kerja…"),
            self.backup,
            self.tr("Salinan utuh ruang kerja, termasuk kunci tanda tangan"),
        )
        self._add(
            menu,
            "check",
            self.tr("&Periksa ruang kerja"),
            self.check,
            self.tr("Periksa keutuhan basis data, log audit dan setiap dokumen"),
        )
        self.update(self.workspace, self.snapshot)
        return menu

    def update(self, workspace: Path | None, snapshot: Snapshot | None) -> None:
        """Enable what the shown workspace allows (per item: a framework scored from items)."""
        self.workspace, self.snapshot = workspace, snapshot
        opened = workspace is not None
        for key, action in self.actions.items():
            if key != "new_period":
                action.setEnabled(opened)
        if "items" in self.actions:
            pemdi = snapshot is not None and uses_items(snapshot.pack)
            self.actions["items"].setEnabled(opened and pemdi)

    # ------------------------------------------------------------------ helpers
    def _start_folder(self, kind: str) -> Path:
        """The folder the last output of ``kind`` went to, else the documents folder (which
        the job creates if it is missing)."""
        last = self.settings.output_folder(kind)
        if last is not None and last.is_dir():
            return last
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def _label(self) -> str:
        """ "Dinas Kominfo 2026" for default file names."""
        if self.snapshot is None:
            return self.workspace.stem if self.workspace is not None else ""
        prof = self.snapshot.profile
        return f"{prof.unit or prof.instansi} {prof.period}".strip()

    def _ready(self) -> Path | None:
        """The shown workspace, once typed work is saved; None when there is none."""
        if self.workspace is None or not self._flush():
            return None
        return self.workspace

    def _ask(self, dialog: QDialog, on_ok: Callable[[], Any]) -> None:
        # Window-modal, kept in ``self.dialog`` while open and forgotten once closed (it
        # deletes itself then): ui.common.dialogs' one pattern for dialogs held by attribute.
        show_modeless(self, "dialog", lambda: dialog, modal=True, accepted=lambda _d: on_ok())

    def _submit(
        self, fn: Callable[[CancelToken], Any], title: str, on_done: Callable[[Any], Any]
    ) -> Job | None:
        return self.runner.submit(
            fn,
            title=title,
            key="output",
            owner=self.window,
            modal=True,
            on_done=on_done,
            on_cancelled=lambda: self.window.statusBar().showMessage(
                self.tr("Dibatalkan; tidak ada berkas yang ditulis."), 8000
            ),
        )

    def _show(self, title: str, text: str, *, folder: Path | None, details: str = "") -> None:
        self._show_result(ResultDialog(title, text, self.window, details=details, folder=folder))

    def _show_result(self, dialog: ResultDialog) -> None:
        """A new result replaces the one still open (it is a new job's outcome, not the same
        window to raise)."""
        old = shown(self.result_dialog)
        if old is not None:
            old.close()
        show_modeless(self, "result_dialog", lambda: dialog)

    # ------------------------------------------------------------------ the report
    @Slot()
    def make_report(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        name = safe_name(self.tr("Laporan %1").replace("%1", self._label()) + ".docx")
        dialog = ReportDialog(self._start_folder("report") / name, self.window)
        self._ask(dialog, lambda: self._report(workspace, *dialog.values()))

    def _report(self, workspace: Path, out: Path, previous: Path | None) -> None:
        if out.exists() and not prompts.confirm(
            self.window,
            self.tr("Timpa berkas?"),
            self.tr("%1 sudah ada. Ganti dengan laporan baru?").replace("%1", out.name),
            action=self.tr("&Timpa"),
        ):
            return
        self._submit(
            lambda token: _job_report(workspace, out, previous, token),
            self.tr("Membuat laporan"),
            lambda result: self._report_done(out, *result),
        )

    def _report_done(self, out: Path, done: ReportSummary, size: int) -> None:
        self.settings.set_output_folder("report", out.parent)
        text = (
            self.tr("Laporan %1 ditulis (%2): indeks %3 (%4), %5 indikator, %6 dokumen.")
            .replace("%1", out.name)
            .replace("%2", fmt.size(size))
            .replace("%3", fmt.number(done.index))
            .replace("%4", done.predicate)
            .replace("%5", str(done.indicators))
            .replace("%6", str(done.documents))
        )
        if done.provisional:
            text += " " + self.tr("Kerangkanya sementara; laporan ditandai demikian.")
        self._show(self.tr("Laporan selesai"), text, folder=out.parent)

    # ------------------------------------------------------------------ compiled evidence
    @Slot()
    def compile_indicators(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        name = safe_name(self.tr("Bukti dukung %1").replace("%1", self._label()))
        dialog = FolderDialog(
            self.tr("Kompilasi bukti per indikator"),
            self.tr(
                "Per indikator satu folder berisi satu PDF bukti dukung (sampul, lalu setiap "
                "dokumen) dan berkas lain di sampingnya; index.html mendaftar semuanya."
            ),
            _fresh(self._start_folder("compile") / name),
            self.window,
        )
        self._ask(dialog, lambda: self._compile(workspace, dialog.folder()))

    def _compile(self, workspace: Path, out: Path) -> None:
        self._submit(
            lambda token: _job_compile(workspace, out, token),
            self.tr("Menyusun bukti dukung"),
            self._compile_done,
        )

    def _compile_done(self, done: CompileSummary) -> None:
        self.settings.set_output_folder("compile", done.path.parent)
        text = (
            self.tr(
                "Bukti dukung disusun di folder %1: %2 indikator, %3 berkas PDF, %4 halaman, "
                "%5; %6 dokumen, %7 di antaranya disertakan terpisah."
            )
            .replace("%1", done.path.name)
            .replace("%2", str(done.indicators))
            .replace("%3", str(len(done.pdfs)))
            .replace("%4", str(done.pages))
            .replace("%5", fmt.size(done.size))
            .replace("%6", str(done.documents))
            .replace("%7", str(done.copied))
        )
        details = "\n".join(code_text(f.code, f.params) for f in done.findings)
        self._show(self.tr("Bukti dukung selesai"), text, folder=done.path, details=details)

    @Slot()
    def compile_items(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        name = safe_name(self.tr("Bukti per butir %1").replace("%1", self._label()))
        dialog = FolderDialog(
            self.tr("Bukti per butir untuk portal"),
            self.tr(
                "Satu PDF per butir bukti (sampul, lalu setiap dokumen), dalam folder per "
                "indikator, dan notes.csv berisi catatan tiap butir untuk ditempel di portal."
            ),
            _fresh(self._start_folder("items") / name),
            self.window,
            max_mb=DEFAULT_ITEM_MAX_MB,
        )
        self._ask(
            dialog,
            lambda: self._items(workspace, dialog.folder(), dialog.max_bytes() or 0),
        )

    def _items(self, workspace: Path, out: Path, max_bytes: int) -> None:
        self._submit(
            lambda token: _job_items(workspace, out, max_bytes, token),
            self.tr("Menyusun bukti per butir"),
            lambda result: self._items_done(*result),
        )

    def _items_done(self, done: ItemCompileSummary, max_bytes: int) -> None:
        self.settings.set_output_folder("items", done.path.parent)
        largest = max((f.size for f in done.files), default=0)
        text = (
            self.tr(
                "Bukti per butir disusun di folder %1: %2 butir, %3 berkas PDF, %4 halaman, "
                "%5 (terbesar %6; batas %7)."
            )
            .replace("%1", done.path.name)
            .replace("%2", str(done.items))
            .replace("%3", str(len(done.pdfs)))
            .replace("%4", str(done.pages))
            .replace("%5", _mib(done.size))
            .replace("%6", _mib(largest))
            .replace("%7", _mib(max_bytes))
        )
        beside = len(done.files) - len(done.pdfs)
        if beside:
            text += " " + self.tr("%1 berkas lain disertakan terpisah.").replace("%1", str(beside))
        lines = []
        if done.recompressed:
            lines.append(
                self.tr("Gambar diperkecil (150 dpi): %1").replace(
                    "%1", ", ".join(done.recompressed)
                )
            )
        if done.split:
            lines.append(
                self.tr("Dibagi menjadi beberapa bagian: %1").replace("%1", ", ".join(done.split))
            )
        lines += [code_text(f.code, f.params) for f in done.findings]
        self._show(
            self.tr("Bukti per butir selesai"), text, folder=done.path, details="\n".join(lines)
        )

    # ------------------------------------------------------------------ CSV
    @Slot()
    def export_csv(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        folder = prompts.choose_directory(
            self.window, self.tr("Folder untuk tabel CSV"), self._start_folder("csv")
        )
        if folder is None:
            return
        self._submit(
            lambda token: _job_csv(workspace, folder, token),
            self.tr("Mengekspor tabel CSV"),
            lambda result: self._csv_done(folder, *result),
        )

    def _csv_done(self, folder: Path, done: CsvSummary, size: int) -> None:
        self.settings.set_output_folder("csv", folder)
        text = (
            self.tr("%1 berkas CSV ditulis di folder %2 (%3 baris, %4): %5.")
            .replace("%1", str(len(done.paths)))
            .replace("%2", folder.name or str(folder))
            .replace("%3", str(done.rows))
            .replace("%4", fmt.size(size))
            .replace("%5", ", ".join(p.name for p in done.paths))
        )
        self._show(self.tr("Tabel CSV selesai"), text, folder=folder)

    # ------------------------------------------------------------------ backup and check
    @Slot()
    def backup(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        name = safe_name(
            self.tr("%1 cadangan %2")
            .replace("%1", workspace.stem)
            .replace("%2", dt.date.today().isoformat())
            + ".spbe"
        )
        out = prompts.choose_save_file(
            self.window,
            self.tr("Cadangkan ruang kerja"),
            self._start_folder("backup") / name,
            prompts.workspace_filter(),
        )
        if out is None:
            return
        if out.suffix.lower() != ".spbe":
            out = out.with_name(out.name + ".spbe")
        self._submit(
            lambda token: _job_backup(workspace, out, token),
            self.tr("Mencadangkan ruang kerja"),
            lambda result: self._backup_done(*result),
        )

    def _backup_done(self, out: Path, size: int, protected: bool) -> None:
        self.settings.set_output_folder("backup", out.parent)
        text = (
            self.tr("Cadangan ditulis: %1 (%2).")
            .replace("%1", out.name)
            .replace("%2", fmt.size(size))
        )
        if not protected:
            text += " " + code_text("backup.key_unprotected")
        self._show(self.tr("Cadangan selesai"), text, folder=out.parent)

    @Slot()
    def check(self) -> None:
        workspace = self._ready()
        if workspace is None:
            return
        self._submit(
            lambda token: check_workspace(workspace, token),
            self.tr("Memeriksa ruang kerja"),
            self._check_done,
        )

    def _check_done(self, done: CheckResult) -> None:
        d = done.details
        if done.ok:
            text = (
                self.tr(
                    "Ruang kerja utuh: %1 dokumen (%2) cocok dengan hash-nya, %3 entri log "
                    "audit berantai benar."
                )
                .replace("%1", str(d["documents"]))
                .replace("%2", fmt.size(int(d["bytes"])))
                .replace("%3", str(d["audit_entries"]))
            )
        else:
            text = self.tr(
                "Ruang kerja rusak: %1 masalah ditemukan. Pulihkan dari cadangan terakhir."
            ).replace("%1", str(len(done.findings)))
        details = "\n".join(f"• {code_text(f.code, f.params)}" for f in done.findings)
        self._show(self.tr("Pemeriksaan ruang kerja"), text, folder=None, details=details)

    # ------------------------------------------------------------------ a new period
    @Slot()
    def start_new_period(self) -> None:
        if self.workspace is not None and not self._flush():
            return
        period = self.snapshot.profile.period if self.snapshot is not None else ""
        dialog = NewPeriodDialog(self.workspace, period, self.window)
        self._ask(dialog, lambda: self._new_period(dialog.request()))

    def _new_period(self, request: NewPeriodRequest) -> None:
        if request.workspace.exists():
            exists = SpbeError("store.exists", file=request.workspace.name)
            prompts.show_failure(self.window, exists)
            return
        self._submit(
            lambda token: _job_new_period(request, token),
            self.tr("Membuat ruang kerja periode baru"),
            self._new_period_done,
        )

    def _new_period_done(self, done: CarryForwardResult) -> None:
        text, details = summary(done)
        dialog = ResultDialog(
            self.tr("Periode baru siap"),
            text,
            self.window,
            details=details,
            folder=done.workspace.parent,
            action=self.tr("&Buka ruang kerja baru"),
        )
        dialog.action_clicked.connect(lambda: self.open_requested.emit(done.workspace))
        self._show_result(dialog)
