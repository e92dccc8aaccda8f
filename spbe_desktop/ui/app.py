"""Start the desktop app: QApplication, translators, crash handler, main window.

``spbe-desktop [WORKSPACE] [--demo] [--lang id|en] [--selftest]``. Hidden developer options:
``--screenshot PATH`` (grab the main window once a workspace is shown, then exit) and
``--indicator ID`` (the indicator to show first).
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from spbe_desktop import __version__, paths
from spbe_desktop.documents.child import FROZEN_WORKER_FLAG

log = logging.getLogger("spbe_desktop.ui")

ORGANIZATION = "spbe-desktop"
APPLICATION = "spbe-desktop"
#: Reverse-DNS id shared with the .desktop file, AppStream metadata and installers.
APP_ID = "io.github.spbe_desktop.SpbeDesktop"
LOG_FILE = "spbe-desktop.log"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spbe-desktop",
        description="Penilaian mandiri SPBE / Pemdi: aplikasi desktop (luring).",
    )
    parser.add_argument(
        "workspace",
        nargs="?",
        type=Path,
        metavar="WORKSPACE",
        help="berkas ruang kerja .spbe yang dibuka",
    )
    parser.add_argument(
        "--demo", action="store_true", help="buka ruang kerja contoh (dibuat bila belum ada)"
    )
    parser.add_argument("--lang", choices=["id", "en"], help="bahasa tampilan (default: id)")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="bangun jendela utama tanpa layar lalu keluar (uji paket)",
    )
    parser.add_argument("--version", action="version", version=f"spbe-desktop {__version__}")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--indicator", help=argparse.SUPPRESS)
    return parser


def setup_logging() -> Path:
    """Rotating log file under the per-user log folder; returns its path."""
    path = paths.log_dir() / LOG_FILE
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(os.environ.get("SPBE_LOG_LEVEL", "INFO").upper())
    return path


def install_excepthook(log_file: Path) -> None:
    """Log uncaught exceptions with their traceback; show the user one sentence only."""
    showing = {"now": False}

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None or showing["now"]:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from spbe_desktop.ui.common import prompts
        from spbe_desktop.ui.common.messages import error_text, error_title

        showing["now"] = True
        try:
            prompts.show_error(None, error_title(), error_text(exc), details=str(log_file))
        finally:
            showing["now"] = False

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == [FROZEN_WORKER_FLAG]:
        # A frozen build runs the document parser child through its own executable.
        from spbe_desktop.documents.worker import main as worker_main

        return worker_main(args_in)
    args = build_parser().parse_args(args_in)
    if args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_file = setup_logging()

    from PySide6.QtWidgets import QApplication

    from spbe_desktop.ui.common import assets, i18n
    from spbe_desktop.ui.common.jobs import JobRunner
    from spbe_desktop.ui.common.settings_store import UiSettings
    from spbe_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # matches packaging/linux/<APP_ID>.desktop
    install_excepthook(log_file)
    settings = UiSettings()
    language = i18n.install(app, args.lang or settings.language() or "id")
    app.setStyleSheet(assets.stylesheet())
    runner = JobRunner(app)
    window = MainWindow(
        runner, settings, switch_language=lambda lang: i18n.install(app, lang), language=language
    )
    if args.selftest:
        return _selftest(app, window)
    if args.screenshot is not None:
        _arrange_screenshot(app, window, args.screenshot)
    window.show()
    if args.demo:
        window.setup.open_demo(select=args.indicator)
    elif args.workspace is not None:
        window.open_file(args.workspace, select=args.indicator)
    elif args.screenshot is None:
        window.reopen_last()  # start where the user left off
    try:
        code = app.exec()
    finally:
        runner.cancel_all()
        runner.wait_for_done()
    return int(code)


def _arrange_screenshot(app: object, window: object, out: Path) -> None:
    """Grab the window ~1.5 s after a workspace is shown, save it, and quit.

    The window is 1366 × 768, or the whole screen when that is smaller (run under
    ``xvfb-run -s "-screen 0 1024x600x24"`` to see the app on a small laptop).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from spbe_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert isinstance(app, QApplication)
    screen = window.screen() or app.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    width, height = 1366, 768
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
    window.move(0, 0)

    def grab() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        log.info("screenshot saved to %s", out)
        app.quit()

    window.workspace_opened.connect(lambda _p: QTimer.singleShot(1500, grab))
    QTimer.singleShot(120_000, app.quit)  # never hang a script


def _selftest(app: object, window: object) -> int:
    """Build the window on a throw-away workspace, show an indicator, exit 0 if all went well."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from spbe_desktop.services.workspace import init_workspace
    from spbe_desktop.ui.main_window import MainWindow
    from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView

    assert isinstance(window, MainWindow)
    assert isinstance(app, QApplication)
    # A smoke test must end: if anything waits forever (a modal nobody can answer offscreen),
    # leave with status 3 instead of hanging the build.
    watchdog = threading.Timer(90, lambda: os._exit(3))
    watchdog.daemon = True
    watchdog.start()
    window.show()
    with tempfile.TemporaryDirectory(prefix="spbe-selftest-") as tmp:
        path = Path(tmp) / "selftest.spbe"
        init_workspace(path, role="opd", instansi="Uji", unit="Uji", officer="Uji")
        loop = QEventLoop()
        window.workspace_opened.connect(lambda _p: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        window.open_workspace(path)
        if window.workspace is None:
            loop.exec()
        view = window.view
        ok = isinstance(view, OpdWorkspaceView) and bool(view.page.title.text())
        # Let follow-up jobs (index, evidence list) end first, so closing never has to ask.
        window.runner.wait_for_done(QDeadlineTimer(30_000).remainingTime())
        app.processEvents()
        window.close()
        window.runner.wait_for_done(QDeadlineTimer(30_000).remainingTime())
        app.processEvents()
    print("selftest ok" if ok else "selftest FAILED")  # noqa: T201
    return 0 if ok else 1
