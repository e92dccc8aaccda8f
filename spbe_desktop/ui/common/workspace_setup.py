"""New workspaces for the main window: set up by hand, from a coordinator's kit, or the demo.

Each flow asks what it needs, creates the workspace in a job (``services``) and emits
``created(path, select)``; the main window then opens it like any other workspace. A kit is
read and its signature checked first, and nothing is created unless the officer confirms the
coordinator's fingerprint (checked by phone).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from spbe_desktop import paths
from spbe_desktop.services.exchange import KitInfo, init_from_kit, read_kit
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.setup_dialog import KitDialog, KitRequest, SetupDialog, SetupRequest


def demo_workspace_path() -> Path:
    return paths.data_dir() / "contoh" / "contoh-diskominfo-malut.spbe"


class WorkspaceSetup(QObject):
    """The flows that end in a new workspace file; ``window`` parents their dialogs."""

    created = Signal(Path, object)  # the workspace, the indicator to show first (or None)

    def __init__(self, runner: JobRunner, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window

    @Slot()
    def set_up(self) -> None:
        """Ask for the unit, framework and file, then create the workspace."""
        dialog = SetupDialog(paths.data_dir(), self._window)
        if dialog.exec() == SetupDialog.DialogCode.Accepted:
            self.create(dialog.request())

    def create(self, req: SetupRequest) -> None:
        self._runner.submit(
            lambda _t: init_workspace(**dataclasses.asdict(req)),  # the request's fields by name
            title=self.tr("Membuat ruang kerja"),
            owner=self._window,
            modal=True,
            on_done=lambda _profile: self.created.emit(req.path, None),
        )

    @Slot()
    def open_kit(self, kit: Path | None = None) -> None:
        """Check a kit's signature (asking for the file unless given), then confirm and create."""
        chosen = kit or prompts.choose_open_file(
            self._window,
            self.tr("Pilih kit dari koordinator"),
            self.tr("Kit penilaian (*.json *.kit *.spbekit);;Semua berkas (*)"),
        )
        if chosen is None:
            return
        self._runner.submit(
            lambda _t: read_kit(chosen),  # verifies the signature; says whose key the kit pins
            title=self.tr("Memeriksa kit"),
            owner=self._window,
            modal=True,
            on_done=lambda info: self._confirm_kit(chosen, info),
        )

    def _confirm_kit(self, kit: Path, info: KitInfo) -> None:
        """The kit's details and the coordinator's fingerprint; nothing is created unless the
        officer confirms the fingerprint by phone and accepts."""
        dialog = KitDialog(kit, info, paths.data_dir(), self._window)
        if dialog.exec() == KitDialog.DialogCode.Accepted:
            self.create_from_kit(dialog.request())

    def create_from_kit(self, req: KitRequest) -> None:
        self._runner.submit(
            lambda _t: init_from_kit(
                req.path,
                req.kit,
                req.officer,
                req.passphrase,
                coordinator_fingerprint=req.coordinator_fingerprint,
            ),
            title=self.tr("Membuat ruang kerja dari kit"),
            owner=self._window,
            modal=True,
            on_done=lambda _profile: self.created.emit(req.path, None),
        )

    @Slot()
    def open_demo(self, select: str | None = None) -> None:
        """The demo workspace, made the first time it is asked for."""
        from spbe_desktop.services.demo import create_demo_workspace  # pypdf: not at start-up

        path = demo_workspace_path()
        if path.exists():
            self.created.emit(path, select)
            return
        self._runner.submit(
            lambda _t: create_demo_workspace(path),
            title=self.tr("Menyiapkan ruang kerja contoh"),
            key="demo",
            owner=self._window,
            modal=True,
            on_done=lambda made: self.created.emit(made, select),
        )
