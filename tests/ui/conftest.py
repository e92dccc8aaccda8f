"""UI test fixtures: every test here is marked ``ui``; dialogs go through patched prompts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common import assets, i18n, prompts
from spbe_desktop.ui.common.jobs import InlineJobRunner, JobRunner
from spbe_desktop.ui.common.settings_store import UiSettings
from spbe_desktop.ui.main_window import MainWindow

_HERE = Path(__file__).parent
#: Every function of ``prompts`` that opens a modal dialog (``show_failure`` goes through
#: ``show_error``; ``ask_close_while_busy`` is answered "yes" below).
MODAL_PROMPTS = (
    "choose_files",
    "choose_documents",
    "choose_open_file",
    "choose_save_file",
    "choose_directory",
    "confirm",
    "inform",
    "show_error",
    "ask_passphrase",
    "new_opd",
    "confirm_fingerprint",
    "confirm_key_replace",
    "confirm_unrevoke",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.ui)


@pytest.fixture
def gui_lang(qapp: QApplication) -> Iterator[None]:
    """Bahasa Indonesia installed (the default), and restored after the test."""
    i18n.install(qapp, "id")
    qapp.setStyleSheet(assets.stylesheet())
    yield
    i18n.install(qapp, "id")


@pytest.fixture
def inline_runner(qapp: QApplication) -> Iterator[InlineJobRunner]:
    runner = InlineJobRunner()
    yield runner
    runner.cancel_all()
    runner.wait_for_done()


@pytest.fixture
def real_runner(qapp: QApplication) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.cancel_all()
    runner.wait_for_done()


def make_window(qtbot: QtBot, qapp: QApplication, runner: JobRunner, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        runner,
        UiSettings(tmp_path / "ui-state.ini"),
        switch_language=lambda lang: i18n.install(qapp, lang),
        language="id",
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    tmp_path: Path,
) -> MainWindow:
    return make_window(qtbot, qapp, inline_runner, tmp_path)


@pytest.fixture
def window_factory(
    qtbot: QtBot, qapp: QApplication, gui_lang: None, tmp_path: Path
) -> Callable[[JobRunner], MainWindow]:
    """A main window on the given runner (the real one, for the threading tests)."""
    return lambda runner: make_window(qtbot, qapp, runner, tmp_path)


@pytest.fixture
def sample_docs(tmp_path: Path) -> dict[str, Path]:
    """Real generated files: an official decree (PDF), minutes (DOCX), a scan, a PNG."""
    from tests.support.generate import (
        make_docx,
        make_pdf,
        make_png,
        make_scanned_pdf,
        official_text,
    )

    folder = tmp_path / "dokumen"
    folder.mkdir()
    issuer = "GUBERNUR MALUKU UTARA"
    sk = official_text(
        "Keputusan/SK",
        "45",
        2024,
        "Pembentukan Tim Koordinasi SPBE",
        "Sofifi",
        dt.date(2024, 3, 12),
        issuer,
    )
    notulen = official_text(
        "Notulen",
        "12",
        2026,
        "Rapat Tim Koordinasi SPBE",
        "Sofifi",
        dt.date(2026, 9, 20),
        "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI MALUKU UTARA",
    )
    return {
        "pdf": make_pdf(folder / "sk-tim-koordinasi.pdf", ["\n".join(sk)], title="SK Tim"),
        "docx": make_docx(folder / "notulen-rapat.docx", notulen),
        "scan": make_scanned_pdf(folder / "pindaian.pdf"),
        "png": make_png(folder / "layar.png", 640, 400),
    }


@pytest.fixture(autouse=True)
def _flush_deferred_deletes(qapp: Any) -> Iterator[None]:
    """After qtbot has closed and ``deleteLater``-ed this test's windows, run those deletions.

    A window's Python wrapper sits in reference cycles (slots bound to it), so the garbage
    collector may otherwise delete it directly while its ``deleteLater`` is still queued, and
    the stale event then crashes whichever later test runs the event loop first. Autouse, so
    this teardown runs after qtbot's.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog offscreen waits forever: make any unexpected one fail the test at once.

    Tests that expect a dialog patch the prompt themselves (their patch is applied later and
    wins). Closing a window while a follow-up job still runs asks whether to cancel it; at
    teardown the answer is yes, so no test can hang there.
    """

    def unexpected(name: str) -> Callable[..., Any]:
        def fail(*args: Any, **kwargs: Any) -> Any:
            # Name what the dialog would have said: a CI log must tell which job failed and why.
            said = [a for a in args[1:] if isinstance(a, str)] + [
                v for v in kwargs.values() if isinstance(v, str)
            ]
            raise AssertionError(f"unexpected dialog: prompts.{name}: {' | '.join(said)}")

        return fail

    for name in MODAL_PROMPTS:
        monkeypatch.setattr(prompts, name, unexpected(name))
    monkeypatch.setattr(prompts, "ask_close_while_busy", lambda *_args: True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """Before pytest-qt closes this test's widgets, let every real worker thread finish and
    deliver its last queued signals while those widgets still exist: a signal that arrives after
    its receiver was deleted crashes the interpreter (seen as a rare segfault at teardown).

    The runners are the test's fixtures (``real_runner`` and the like), never found through
    ``gc.get_objects()``: that hands out tuples a worker thread is still building, and the
    worker then fails with a SystemError."""
    runners = [
        value
        for value in getattr(item, "funcargs", {}).values()
        if isinstance(value, JobRunner) and not isinstance(value, InlineJobRunner)
    ]
    for runner in runners:
        runner.cancel_all()
        runner.wait_for_done(60_000)
    if runners and (app := QApplication.instance()) is not None:
        app.processEvents()
    return (yield)
