"""The main window: the welcome screen, or the open workspace's view for its role.

Opening reads a :class:`Snapshot` of the workspace in a job (migrating it if an older version
made it) and shows the view for its role: :class:`OpdWorkspaceView` for an OPD,
:class:`CoordinatorWindow` for the coordinator (``_show_view``). The window holds no store; it
holds the open workspace (a lock file beside it) so a second window or copy of the app is told
it is open here; the window's own jobs and the CLI are not held back by it (SQLite's WAL
locking keeps them safe). Creating workspaces is :mod:`workspace_setup`'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QWidget,
)
from typing_extensions import override

from spbe_desktop import __version__, paths
from spbe_desktop.errors import SpbeError
from spbe_desktop.services.workspace import Snapshot, WorkspaceHold, hold_workspace, snapshot
from spbe_desktop.ui.common import assets, prompts
from spbe_desktop.ui.common.dialogs import show_modeless
from spbe_desktop.ui.common.help_dialog import HelpDialog
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import fit_to_screen, screen_room
from spbe_desktop.ui.common.messages import error_text
from spbe_desktop.ui.common.outputs import OutputActions
from spbe_desktop.ui.common.settings_store import UiSettings
from spbe_desktop.ui.common.welcome import WelcomePage, recent_details
from spbe_desktop.ui.common.workspace_setup import WorkspaceSetup
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView

log = logging.getLogger(__name__)

# The smallest window the layout is made for: a 1024 × 600 netbook or projector screen, less its
# task bar and the window's title bar (never more than the screen has room for, either).
MIN_WIDTH, MIN_HEIGHT = 1024, 520


class MainWindow(QMainWindow):
    """Menus, the welcome page and the workspace view; closing never loses typed work."""

    workspace_opened = Signal(Path)
    language_changed = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        settings: UiSettings,
        switch_language: Callable[[str], str] | None = None,
        language: str = "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self._switch_language = switch_language
        self.language = language
        self.workspace: Path | None = None
        self.hold: WorkspaceHold | None = None  # set with ``workspace``: this window holds it
        self.view: QWidget | None = None
        self._opened: Snapshot | None = None  # as read when the workspace was opened
        self.help_dialog: HelpDialog | None = None  # the guide, while it is open
        self.setup = WorkspaceSetup(runner, self)
        self.setup.created.connect(self.open_workspace)
        room = screen_room(self)
        self.setMinimumSize(min(MIN_WIDTH, room.width()), min(MIN_HEIGHT, room.height()))
        self.setWindowIcon(QIcon(assets.icon_path("app")))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self._build()
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        geometry = settings.bytes_value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 760)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        """(Re)build everything that shows text: menus, welcome page, the workspace view."""
        self.menuBar().clear()
        self._build_menus()
        self.welcome = WelcomePage()
        self.welcome.kit_requested.connect(self.setup.open_kit)
        self.welcome.setup_requested.connect(self.setup.set_up)
        self.welcome.open_requested.connect(self.choose_workspace)
        self.welcome.demo_requested.connect(self.setup.open_demo)
        self.welcome.recent_chosen.connect(self.open_workspace)
        self.welcome.set_recent(self.settings.recent_entries())
        while self.stack.count():
            old = self.stack.widget(0)
            assert old is not None
            self.stack.removeWidget(old)
            old.deleteLater()
        self.view = None
        self.stack.addWidget(self.welcome)
        self.busy_label.setText(self.tr("Sedang bekerja…"))
        self._update_title()

    def _build_status_bar(self) -> None:
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Sedang bekerja"))
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        if getattr(self, "outputs", None) is None:  # once; its menus are rebuilt with the rest
            self.outputs = OutputActions(self, self.runner, self.settings, self._flush_view)
            self.outputs.open_requested.connect(self.open_workspace)
        file_menu = bar.addMenu(self.tr("&Berkas"))
        self._action(file_menu, self.tr("Buka &kit dari koordinator…"), self.setup.open_kit)
        self._action(
            file_menu,
            self.tr("&Siapkan ruang kerja baru…"),
            self.setup.set_up,
            QKeySequence.StandardKey.New,
        )
        self._action(
            file_menu,
            self.tr("&Buka ruang kerja…"),
            self.choose_workspace,
            QKeySequence.StandardKey.Open,
        )
        self._action(file_menu, self.tr("Buka &contoh"), self.setup.open_demo)
        self.outputs.add_new_period_action(file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("&Terakhir dibuka"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, self.tr("&Tutup ruang kerja"), self.close_workspace, "Ctrl+W"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit)

        send_menu = bar.addMenu(self.tr("&Kirim"))
        self.export_action = self._action(
            send_menu,
            self.tr("&Kirim bukti ke koordinator…"),
            self._on_export_action_triggered,
            "Ctrl+E",
            self.tr("Buat paket bukti bertanda tangan untuk koordinator"),
        )
        self.receipt_action = self._action(
            send_menu,
            self.tr("&Terima tanda terima…"),
            self._on_receipt_action_triggered,
            None,
            self.tr("Catat tanda terima dan hasil pemeriksaan dari koordinator"),
        )

        self.outputs.build_menu(bar)

        view_menu = bar.addMenu(self.tr("T&ampilan"))
        lang_menu = view_menu.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("Ba&ntuan"))
        self._action(
            help_menu,
            self.tr("&Panduan pengguna"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&Tentang aplikasi"), self.show_about)
        self._update_actions()

    def _update_actions(self) -> None:
        is_opd = isinstance(self.view, OpdWorkspaceView)
        self.export_action.setEnabled(is_opd)
        self.receipt_action.setEnabled(is_opd)
        self.close_action.setEnabled(self.workspace is not None)
        self.outputs.update(self.workspace, self._opened)

    def _update_title(self) -> None:
        name = self.tr("Penilaian Mandiri SPBE")
        if self.workspace is not None:
            self.setWindowTitle(f"{self.workspace.name} — {name}")
        else:
            self.setWindowTitle(name)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = self.settings.recent_entries()
        for recent in items:
            # Path, role, period and the date it was last opened.
            details = recent_details(recent)
            text = f"{recent.path}  ({details})" if details else str(recent.path)
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _c=False, p=recent.path: self.open_workspace(p))
        if not items:
            empty = self.recent_menu.addAction(self.tr("(kosong)"))
            empty.setEnabled(False)

    @Slot(bool)
    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Switch the GUI language and rebuild the widgets (typed work is saved first)."""
        if self._switch_language is None or lang == self.language:
            return
        if not self._quiesce(prompts.SWITCH_LANGUAGE):
            self.language_actions[self.language].setChecked(True)
            return
        self._flush_view()
        self.language = self._switch_language(lang)
        self.settings.set_language(self.language)
        current, shown = None, self._opened
        if isinstance(self.view, OpdWorkspaceView):
            current, shown = self.view.current_indicator, self.view.current_snapshot()
        self._build()
        if shown is not None and self.workspace is not None:
            self._show_view(self.workspace, shown, current)
        self.language_changed.emit(self.language)

    # ------------------------------------------------------------------ workspace lifecycle
    @Slot()
    def choose_workspace(self) -> None:
        path = prompts.choose_open_file(
            self, self.tr("Buka ruang kerja"), prompts.workspace_filter(), paths.data_dir()
        )
        if path is not None:
            self.open_workspace(path)

    @Slot(Path)
    def open_file(self, path: Path, select: str | None = None) -> None:
        """Open what the system handed us (double-click): a workspace, a kit, or a file that
        needs a workspace first (bundle, receipt), by its suffix."""
        suffix = path.suffix.lower()
        if suffix == ".spbekit":
            self.setup.open_kit(path)
        elif suffix in (".spbebundle", ".spbereceipt"):
            prompts.inform(
                self,
                self.tr("Buka ruang kerja dulu"),
                self.tr(
                    "Berkas %1 perlu dibuka dari ruang kerja: buka ruang kerja Anda, lalu pilih "
                    "Impor paket bukti (koordinator) atau Kirim → Terima tanda terima (OPD)."
                ).replace("%1", path.name),
            )
        else:
            self.open_workspace(path, select)

    def open_workspace(self, path: Path, select: str | None = None) -> None:
        """Hold the workspace for this window, open (and migrate if needed) in a job, then
        show it. Held by another window or copy of the app: say so, and open nothing.

        Work still running in the shown workspace (an export, an attach) is stopped first, if
        the user agrees; otherwise nothing is opened."""
        if self.workspace is not None and not self._quiesce(prompts.OPEN_WORKSPACE):
            return
        try:
            # Never waits: a lock file beside the workspace, not the workspace itself.
            hold = self._hold(path)
        except SpbeError as exc:
            self._on_open_failed(exc)
            return
        self._open_held(path, hold, select)

    def reopen_last(self) -> bool:
        """Started without a file: reopen the workspace opened last, unless it is gone or
        another window or copy of the app holds it (then the welcome screen stays, without a
        message: nothing was asked for). True if an opening started."""
        recent = self.settings.recent_entries()
        if self.workspace is not None or not recent or not recent[0].path.is_file():
            return False
        path = recent[0].path
        try:
            hold = hold_workspace(path)
        except (SpbeError, OSError) as exc:
            log.info("last workspace %s not reopened: %s", path.name, exc)
            return False
        self._open_held(path, hold, None)
        return True

    def _open_held(self, path: Path, hold: WorkspaceHold, select: str | None) -> None:
        job = self.runner.submit(
            lambda _t: snapshot(path),  # migrations and backups happen here
            title=self.tr("Membuka ruang kerja"),
            key="open-workspace",
            owner=self,
            modal=True,
            quiet=True,  # closing waits for it (a migration is not cut short)
            on_done=lambda opened: self._on_workspace_read(path, opened, hold, select),
            on_error=lambda exc: self._on_open_failed(exc, hold),
        )
        if job is None:  # another opening is under way: this one starts nothing
            self._drop_hold(hold)

    def _hold(self, path: Path) -> WorkspaceHold:
        """This window's hold on ``path``: the one it has if it shows ``path`` already."""
        if self.hold is not None and self.hold.covers(path):
            return self.hold
        return hold_workspace(path)

    def _drop_hold(self, hold: WorkspaceHold | None) -> None:
        """Release a hold taken for an opening that did not happen (never the shown one's)."""
        if hold is not None and hold is not self.hold:
            hold.release()

    def _on_open_failed(self, exc: BaseException, hold: WorkspaceHold | None = None) -> None:
        self._drop_hold(hold)
        prompts.show_failure(self, exc)
        self.welcome.set_recent(self.settings.recent_entries())

    def _on_workspace_read(
        self, path: Path, opened: Snapshot, hold: WorkspaceHold, select: str | None
    ) -> None:
        if not self._release_workspace(keep=hold):
            self._drop_hold(hold)
            return
        self.workspace = path
        self.hold = hold
        self._opened = opened
        self.settings.add_recent(path, opened.profile.role, opened.profile.period)
        self._show_view(path, opened, select)
        self.workspace_opened.emit(path)

    def _show_view(self, path: Path, opened: Snapshot, select: str | None) -> None:
        """The view for the workspace's role (the store allows only the two roles)."""
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        view: QWidget
        if opened.profile.role == "opd":
            opd = OpdWorkspaceView(path, opened, self.runner)
            opd.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view = opd
        else:
            # Imported here: an OPD officer's app never loads the coordinator's tabs.
            from spbe_desktop.ui.coordinator import CoordinatorWindow

            coord = CoordinatorWindow(path, self.runner)
            coord.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view = coord
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        state = self.settings.bytes_value("window/workspaceSplitter")
        if isinstance(view, OpdWorkspaceView):
            if state is not None:
                view.splitter.restoreState(state)
            # The indicator asked for, else the one shown last time, else the first.
            remembered = self.settings.last_indicator(path)
            view.indicator_shown.connect(
                lambda indicator: self.settings.set_last_indicator(path, indicator)
            )
            if not any(i and view.select_indicator(i) for i in (select, remembered)):
                view.select_first()
        self._update_title()
        self._update_actions()

    def _flush_view(self) -> bool:
        """Write typed-but-unsaved answers; False if that failed and the user wants to stay."""
        if not isinstance(self.view, OpdWorkspaceView):
            return True
        self.settings.set_bytes_value("window/workspaceSplitter", self.view.splitter.saveState())
        try:
            self.view.flush_pending()
        except SpbeError as exc:
            return prompts.confirm(
                self,
                self.tr("Isian belum tersimpan"),
                self.tr(
                    "Isian terakhir belum dapat disimpan: %1 Lanjutkan tanpa menyimpannya?"
                ).replace("%1", error_text(exc)),
                action=self.tr("Lanjutkan"),
            )
        return True

    def _release_workspace(
        self, keep: WorkspaceHold | None = None, purpose: str = prompts.OPEN_WORKSPACE
    ) -> bool:
        """Close the shown workspace and end this window's hold on it (unless it is ``keep``,
        the hold of the workspace about to be shown: the same file again)."""
        if self.workspace is None:
            return True
        if not self._quiesce(purpose) or not self._flush_view():
            return False
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.workspace = None
        self._opened = None
        if self.hold is not None and self.hold is not keep:
            self.hold.release()
        self.hold = None
        self._update_title()
        self._update_actions()
        return True

    @Slot()
    def close_workspace(self) -> None:
        if self._release_workspace(purpose=prompts.CLOSE_WORKSPACE):
            self.welcome.set_recent(self.settings.recent_entries())
            self.stack.setCurrentWidget(self.welcome)

    # ------------------------------------------------------------------ exchange (OPD)
    @Slot()
    def _on_export_action_triggered(self) -> None:
        if isinstance(self.view, OpdWorkspaceView):
            self._flush_view()
            # The folder of the last bundle, else the documents folder (if there is one).
            dialog = self.view.export_bundle(self.settings.folder("export"))
            dialog.written.connect(lambda folder: self.settings.set_folder("export", folder))

    @Slot()
    def _on_receipt_action_triggered(self) -> None:
        if isinstance(self.view, OpdWorkspaceView):
            self.view.accept_receipt()

    # ------------------------------------------------------------------ help
    @Slot()
    def show_help(self) -> None:
        show_modeless(self, "help_dialog", lambda: HelpDialog(self))

    @Slot()
    def show_about(self) -> None:
        prompts.inform(
            self,
            self.tr("Tentang aplikasi"),
            self.tr(
                "Penilaian Mandiri SPBE (spbe-desktop) versi %1.\nAlat luring untuk "
                "mengisi penilaian mandiri SPBE dan Pemerintah Digital, melampirkan bukti "
                "dukung, dan mengirim paket bukti bertanda tangan."
            ).replace("%1", __version__),
        )

    # ------------------------------------------------------------------ closing
    def _quiesce(self, purpose: str) -> bool:
        """Let running jobs end before the view they report to goes away.

        Quiet jobs (autosaves, quick reads) are awaited; any other job is cancelled after
        asking whether to stop it for ``purpose`` (``prompts.QUIT``...). Their last signals are
        delivered before returning, so no callback meets a deleted widget.
        """
        others = self.runner.jobs_to_ask_about()
        if others:
            titles = [j.title for j in others if j.title]
            if not prompts.ask_close_while_busy(self, titles, purpose):
                return False
            self.runner.cancel_all()
        if self.runner.active_jobs():
            self.runner.wait_for_done(30_000)
            QCoreApplication.processEvents()
        return True

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quiesce(prompts.QUIT):
            event.ignore()
            return
        if not self._flush_view():
            event.ignore()
            return
        self.settings.set_bytes_value("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.hold is not None:
            self.hold.release()
            self.hold = None
        event.accept()
