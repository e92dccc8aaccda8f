"""Issue 15's defects on the OPD side, one test each, through the real widgets.

Previewing again after a preview was closed; Ctrl+O (and the demo) while a workspace is open;
the first export without a Documents folder, and the folder it remembers; broken, encrypted and
truncated PDFs flagged on the page and before sending; an encrypted PDF's preview; closing the
window (and the progress dialog) while a job runs; the demo's verdicts and its receipt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import CancelToken, Progress, run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import JobProgressDialog, JobRunner
from spbe_desktop.ui.common.preview_dialog import PreviewDialog
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.document_table_model import DocumentColumn
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.generate import make_pdf
from tests.ui.test_opd_flow import open_view, open_view_with_two_documents

WAIT_MS = 15_000


def shown_previews(view: OpdWorkspaceView) -> list[PreviewDialog]:
    return [d for d in view.viewer.dialogs if shiboken6.isValid(d) and d.isVisible()]


def delete_closed_windows() -> None:
    """Run the deletions that closing a ``WA_DeleteOnClose`` dialog queued."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def preview_selected(qtbot: QtBot, view: OpdWorkspaceView, row: int) -> PreviewDialog:
    view.page.table.selectRow(row)
    qtbot.mouseClick(view.page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_previews(view)), timeout=WAIT_MS)
    return shown_previews(view)[-1]


@pytest.fixture
def problem_pdfs(tmp_path: Path) -> dict[str, Path]:
    """A password-protected PDF, one cut off halfway (an interrupted download) and one that
    is not a PDF inside (damaged)."""
    folder = tmp_path / "bermasalah"
    folder.mkdir()
    text = ["KEPUTUSAN GUBERNUR MALUKU UTARA\nTENTANG TIM KOORDINASI SPBE"] * 3
    encrypted = make_pdf(folder / "sk-berkata-sandi.pdf", text, user_password="rahasia")
    whole = make_pdf(folder / "utuh.pdf", text).read_bytes()
    truncated = folder / "sk-terpotong.pdf"
    truncated.write_bytes(whole[: len(whole) // 2])
    damaged = folder / "sk-rusak.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 300)
    return {"encrypted": encrypted, "truncated": truncated, "damaged": damaged}


# ----------------------------------------------------------------------------------- defect 1
def test_preview_again_after_closing_a_preview(
    qtbot: QtBot,
    window_factory: Callable[[JobRunner], MainWindow],
    real_runner: JobRunner,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
) -> None:
    """Every preview after the first failed with a RuntimeError: the list of open previews
    still held the closed (deleted) one and asked it whether it was visible."""
    window = window_factory(real_runner)
    view = open_view_with_two_documents(qtbot, window, opd_workspace, sample_docs)
    for k in range(4):
        dialog = preview_selected(qtbot, view, k % 2)
        qtbot.addWidget(dialog)
        assert dialog.document is not None or dialog.image_label is not None
        # Closed the way a user closes it: its "Tutup" button (even rounds) or Esc.
        if k % 2 == 0:
            box = dialog.findChild(QDialogButtonBox)
            assert box is not None
            close = box.button(QDialogButtonBox.StandardButton.Close)
            qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        delete_closed_windows()
        assert not shown_previews(view)
        assert all(shiboken6.isValid(d) for d in view.viewer.dialogs)


# ----------------------------------------------------------------------------------- defect 2
def endless(release: threading.Event) -> Callable[[CancelToken], Generator[Progress, None, None]]:
    """A job that runs until released or cancelled (the work itself does not matter here)."""

    def job(token: CancelToken) -> Generator[Progress, None, None]:
        while not release.is_set():
            token.raise_if_cancelled()
            yield Progress(1, 2, "progress.checking")
            threading.Event().wait(0.005)

    return job


def test_ctrl_o_with_a_workspace_open_asks_only_about_real_work(
    qtbot: QtBot,
    window_factory: Callable[[JobRunner], MainWindow],
    real_runner: JobRunner,
    opd_workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+O asked whether to cancel "Membuka ruang kerja" (the opening itself) and close the
    app, and its "Batal" button meant "go on". Now only real work is asked about, the question
    says what happens, and the buttons say what they do."""
    other = tmp_path / "lain.spbe"
    init_workspace(other, role="opd", instansi="Pemprov", unit="Bappeda", officer="Ani")
    window = window_factory(real_runner)
    open_view(qtbot, window, opd_workspace)
    asked: list[tuple[list[str], str]] = []
    answer = {"stop": False}

    def ask(_parent: object, titles: list[str], purpose: str) -> bool:
        asked.append((titles, purpose))
        return answer["stop"]

    monkeypatch.setattr(prompts, "ask_close_while_busy", ask)
    monkeypatch.setattr(prompts, "choose_open_file", lambda *_a, **_k: other)

    # Nothing runs: Ctrl+O opens the other workspace without a question.
    with qtbot.waitSignal(window.workspace_opened, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and window.workspace == other

    # The demo, made by a job whose result opens it, does not ask about that job either.
    with qtbot.waitSignal(window.workspace_opened, timeout=60_000):
        window.setup.open_demo()
    demo = window.workspace
    assert asked == [] and demo is not None and demo.parent.name == "contoh"

    # A real job runs: the question names it and what happens next; "let it run" keeps it.
    release = threading.Event()
    job = real_runner.submit(endless(release), title="Membuat paket bukti", owner=window.view)
    assert job is not None
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(["Membuat paket bukti"], prompts.OPEN_WORKSPACE)]
    assert window.workspace == demo and not job.is_done
    answer["stop"] = True
    with qtbot.waitSignal(window.workspace_opened, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert job.state == "cancelled" and window.workspace == other
    release.set()

    box = prompts.close_while_busy_box(window, ["Membuat paket bukti"], prompts.OPEN_WORKSPACE)
    stop = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert "Membuat paket bukti" in box.text()
    assert "buka ruang kerja lain" in box.informativeText()
    assert "tutup aplikasi" not in box.informativeText()
    assert [b.text() for b in stop] == ["&Hentikan dan buka"]
    keep = box.defaultButton()
    assert keep is not None and keep.text() == "&Biarkan berjalan"
    assert box.buttonRole(keep) == QMessageBox.ButtonRole.RejectRole
    assert box.escapeButton() is keep
    box.deleteLater()


# ----------------------------------------------------------------------------------- defect 3
def test_first_export_without_a_documents_folder_and_the_folder_it_remembers(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no ~/Documents the first export failed, naming a hidden temporary
    (".bukti-….pending.part"), an English OS error and advice about disk space; and the
    dialog never remembered the folder of the last bundle."""
    home = tmp_path / "rumah"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    run(attach_files(opd_workspace, "I01", [AttachRequest(sample_docs["pdf"], level=2)]))
    view = open_view(qtbot, window, opd_workspace)

    def export_dialog() -> Any:
        window.export_action.trigger()
        dialog = view.export_dialog
        assert dialog is not None
        return dialog

    def export(dialog: Any) -> None:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    # First use: the suggestion lies in a folder that exists (home), and the export works.
    dialog = export_dialog()
    suggested = Path(dialog.out_edit.text())
    assert suggested.parent == home
    assert not (home / "Documents").exists()  # nothing made behind the user's back
    export(dialog)
    assert dialog.stack.currentIndex() == 1 and suggested.exists()
    dialog.accept()

    # A bundle saved elsewhere: the next export starts in that folder.
    flashdisk = tmp_path / "flashdisk"
    flashdisk.mkdir()
    monkeypatch.setattr(prompts, "choose_save_file", lambda *_a, **_k: flashdisk / "kirim")
    dialog = export_dialog()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.out_edit.text() == str(flashdisk / "kirim.zip")
    dialog.full_radio.setChecked(True)
    export(dialog)
    assert (flashdisk / "kirim.zip").exists()
    dialog.accept()
    dialog = export_dialog()
    assert Path(dialog.out_edit.text()).parent == flashdisk

    # A folder that is gone (the flash disk pulled out): the message names the user's file and
    # folder, in Indonesian, and says what to do.
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _title, text, **_k: shown.append(text))
    gone = tmp_path / "dicabut" / "bukti.zip"
    dialog.out_edit.setText(str(gone))
    dialog.full_radio.setChecked(True)
    export(dialog)
    assert len(shown) == 1
    text = shown[0]
    assert "bukti.zip" in text and str(gone.parent) in text
    assert "tidak ada" in text and "pilih folder lain" in text
    assert ".part" not in text and "pending" not in text
    assert "No such file" not in text and "ruang kosong" not in text
    dialog.reject()


# ----------------------------------------------------------------------------------- defect 5
def test_broken_encrypted_and_truncated_pdfs_are_flagged_on_the_page_and_before_sending(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    problem_pdfs: dict[str, Path],
) -> None:
    """The attach dialog said so, and then nothing did: no note in the document list, no
    warning on the page, nothing before sending (scans were flagged in both places)."""
    titles = {
        "encrypted": "SK Tim (berkata sandi)",
        "truncated": "SK Tim (terpotong)",
        "damaged": "SK Tim (rusak)",
    }
    run(
        attach_files(
            opd_workspace,
            "I19",
            [AttachRequest(path, title=titles[k], level=2) for k, path in problem_pdfs.items()],
        )
    )
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I19")
    page = view.page
    notes = {
        page.documents.document(r).title: page.documents.index(r, DocumentColumn.NOTES).data()
        for r in range(page.documents.rowCount())
    }
    assert notes == {
        titles["encrypted"]: "dilindungi kata sandi",
        titles["truncated"]: "rusak atau tidak terbaca",
        titles["damaged"]: "rusak atau tidak terbaca",
    }
    warnings = page.warnings_label.text()
    assert not page.warnings_box.isHidden()
    assert f"“{titles['encrypted']}” dilindungi kata sandi" in warnings
    assert f"“{titles['truncated']}” rusak atau tidak lengkap" in warnings
    assert f"“{titles['damaged']}” rusak atau tidak lengkap" in warnings

    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None
    assert dialog.problems_box.isVisibleTo(dialog)
    listed = dialog.problems_label.text()
    assert "Perlu diperhatikan sebelum mengirim" in listed
    assert f"“{titles['encrypted']}” (indikator 19): dilindungi kata sandi" in listed
    assert f"“{titles['damaged']}” (indikator 19): rusak atau tidak terbaca" in listed
    dialog.reject()


# ----------------------------------------------------------------------------------- defect 7
def test_preview_of_an_encrypted_or_damaged_pdf_says_why_it_shows_nothing(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    problem_pdfs: dict[str, Path],
) -> None:
    """An encrypted PDF showed a blank grey page without a word."""
    run(
        attach_files(
            opd_workspace,
            "I10",
            [
                AttachRequest(problem_pdfs["encrypted"], title="A berkata sandi"),
                AttachRequest(problem_pdfs["damaged"], title="B rusak"),
            ],
        )
    )
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I10")
    rows = {view.page.documents.document(r).title: r for r in range(2)}

    encrypted = preview_selected(qtbot, view, rows["A berkata sandi"])
    qtbot.addWidget(encrypted)
    assert encrypted.pdf_view is None
    assert encrypted.message is not None and encrypted.message.isVisible()
    assert "dilindungi kata sandi" in encrypted.message.text()
    assert "Buka dengan aplikasi lain" in encrypted.message.text()
    encrypted.close()
    delete_closed_windows()

    damaged = preview_selected(qtbot, view, rows["B rusak"])
    qtbot.addWidget(damaged)
    assert damaged.pdf_view is None
    assert damaged.message is not None and "rusak atau tidak lengkap" in damaged.message.text()
    damaged.close()


# ----------------------------------------------------------------------------------- defect 9
def test_closing_the_window_during_a_job_asks_and_the_progress_dialog_close_cancels(
    qtbot: QtBot,
    window_factory: Callable[[JobRunner], MainWindow],
    real_runner: JobRunner,
    opd_workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The progress dialog was window-modal, and Qt drops a window manager's close request
    for a window a modal dialog blocks: closing the app while a job ran did nothing at all."""
    window = window_factory(real_runner)
    view = open_view(qtbot, window, opd_workspace)
    asked: list[tuple[list[str], str]] = []
    answer = {"stop": False}

    def ask(_parent: object, titles: list[str], purpose: str) -> bool:
        asked.append((titles, purpose))
        return answer["stop"]

    monkeypatch.setattr(prompts, "ask_close_while_busy", ask)
    release = threading.Event()
    cancelled: list[bool] = []
    job = real_runner.submit(
        endless(release),
        title="Membuat paket bukti",
        owner=view,
        modal=True,
        on_cancelled=lambda: cancelled.append(True),
    )
    assert job is not None
    dialog = window.findChild(JobProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    # Nothing blocks the window's own close button; its contents take no input meanwhile.
    assert QGuiApplication.modalWindow() is None
    assert not view.isEnabled() and not window.menuBar().isEnabled()

    handle = window.windowHandle()
    assert handle is not None
    handle.close()  # what the window manager's close button does
    assert asked == [(["Membuat paket bukti"], prompts.QUIT)]
    assert window.isVisible() and not job.is_done

    # The progress dialog's own close button cancels the job (as its Cancel button does).
    with qtbot.waitSignal(job.done, timeout=WAIT_MS):
        dialog.windowHandle().close()
    assert job.state == "cancelled" and cancelled == [True]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.isEnabled() and window.menuBar().isEnabled()

    # Closing while another job runs, answering "stop": the job is cancelled, the window goes.
    second = real_runner.submit(
        endless(release), title="Melampirkan 3 dokumen", owner=view, modal=True
    )
    assert second is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    answer["stop"] = True
    window.windowHandle().close()
    assert asked[-1] == (["Melampirkan 3 dokumen"], prompts.QUIT)
    assert second.state == "cancelled" and not window.isVisible()
    release.set()


# ---------------------------------------------------------------------------------- defect 11
def test_the_demo_shows_verdicts_that_came_with_a_receipt(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The demo showed the coordinator's verdicts while its export said no receipt had ever
    come: now the demo's verdicts arrive in a receipt, as they do for a real OPD."""
    from spbe_desktop.services.demo import create_demo_workspace
    from spbe_desktop.services.exchange import estimate_export

    path = create_demo_workspace(tmp_path / "contoh.spbe")
    view = open_view(qtbot, window, path)
    view.select_indicator("I19")
    assert "perlu revisi" in view.page.verdict_banner.text()
    delta = estimate_export(path, full=False)
    full = estimate_export(path, full=True)
    assert delta.delta and delta.documents < full.documents
    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None
    text = dialog.estimate_label.text()
    assert text.startswith("Perkiraan:") and "Belum ada tanda terima" not in text
    dialog.reject()
