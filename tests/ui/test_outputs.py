"""The outputs in the app, for both roles (issue 15: "Laporan" is in the app; issue 16): the DOCX
report, evidence per item for the portal, the CSV tables, a backup, the check and "Mulai
periode baru", each a job ending in a result dialog with its figures and "Buka folder"; a
cancelled compile leaves no folder. Real workspaces, real files, real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.core.packs import load_shipped_pack
from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common import outputs_dialogs, prompts
from spbe_desktop.ui.common.jobs import InlineJobRunner, Job, JobRunner
from spbe_desktop.ui.common.new_period_dialog import NewPeriodDialog
from spbe_desktop.ui.common.outputs_dialogs import (
    FolderDialog,
    PathField,
    ReportDialog,
    ResultDialog,
)
from spbe_desktop.ui.main_window import MainWindow
from tests.support.generate import make_pdf, make_png
from tests.ui.clipping import clipped_texts

INSTANSI = "Pemerintah Provinsi Maluku Utara"


def attach(ws: Path, indicator: str, file: Path, item: str | None = None, **meta: Any) -> None:
    run(attach_files(ws, indicator, [AttachRequest(file, **meta)], item=item))


@pytest.fixture
def opd_pemdi(tmp_path: Path) -> Path:
    """A Pemdi 2026 OPD with evidence on three items of two indicators (PDFs and a PNG)."""
    ws = tmp_path / "kominfo-2026.spbe"
    init_workspace(ws, role="opd", instansi=INSTANSI, unit="Dinas Kominfo", officer="Rina")
    files = tmp_path / "berkas"
    files.mkdir()
    sk = make_pdf(files / "sk.pdf", ["KEPUTUSAN GUBERNUR TENTANG TIM PEMDI", "Lampiran"])
    katalog = make_pdf(files / "katalog.pdf", ["KATALOG LAYANAN DIGITAL"])
    layar = make_png(files / "layar.png", 640, 400)
    attach(ws, "1", sk, item="I1-L1-01", title="SK Tim Pemdi")
    attach(ws, "2", katalog, item="I2-L1-01", title="Katalog Layanan")
    attach(ws, "2", layar, item="I2-L1-02", title="Tangkapan layar")
    return ws


@pytest.fixture
def coordinator_pemdi(tmp_path: Path) -> Path:
    ws = tmp_path / "koordinator-2026.spbe"
    init_workspace(ws, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="Budi")
    return ws


@pytest.fixture
def opened_folders(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What "Buka folder" asked the system to show (no file manager starts in a test)."""
    shown: list[Path] = []
    monkeypatch.setattr(outputs_dialogs, "open_folder", shown.append)
    return shown


def open_ws(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(path)


def result(qtbot: QtBot, window: MainWindow) -> ResultDialog:
    qtbot.waitUntil(lambda: window.outputs.result_dialog is not None)
    dialog = window.outputs.result_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def click_ok(qtbot: QtBot, dialog: Any) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def docx_text(path: Path) -> tuple[str, str]:
    """The paragraphs' text and the tables' text of a Word file."""
    document = docx.Document(str(path))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    return paragraphs, cells


def item_row(path: Path, code: str) -> list[str]:
    """The row of an item in its indicator's table (Butir, Uraian, Status, Dokumen...)."""
    for table in docx.Document(str(path)).tables:
        if [c.text for c in table.rows[0].cells][:4] != ["Butir", "Uraian", "Status", "Dokumen"]:
            continue
        for row in table.rows[1:]:
            if row.cells[0].text == code:
                return [c.text for c in row.cells]
    raise AssertionError(f"no row for {code}")


def test_laporan_menu_offers_every_output_and_per_item_only_on_pemdi(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Berkas", "&Kirim", "&Laporan"]
    actions = window.outputs.actions
    assert not actions["report"].isEnabled()  # nothing open yet
    assert actions["new_period"].isEnabled()  # from a workspace file, open or not
    old = tmp_path / "lama.spbe"
    init_workspace(old, role="opd", instansi=INSTANSI, unit="Bappeda", framework="spbe-2020")
    open_ws(qtbot, window, old)
    for key in ("report", "compile", "csv", "backup", "check"):
        assert actions[key].isEnabled(), key
    assert not actions["items"].isEnabled()  # SPBE 2020 has no items


def test_report_from_the_app_for_an_opd(
    qtbot: QtBot, window: MainWindow, opd_pemdi: Path, tmp_path: Path, opened_folders: list[Path]
) -> None:
    open_ws(qtbot, window, opd_pemdi)
    window.outputs.actions["report"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    assert dialog.out.path() is not None
    assert dialog.out.path().name == "Laporan Dinas Kominfo 2026.docx"
    out = tmp_path / "belum ada" / "laporan"  # a missing folder, no suffix typed
    dialog.out.set_path(out)
    click_ok(qtbot, dialog)
    shown = result(qtbot, window)
    written = out.with_name("laporan.docx")
    assert written.is_file()
    text = shown.text.text()
    assert text.startswith("Laporan laporan.docx ditulis (")
    assert "20 indikator, 3 dokumen" in text
    paragraphs, cells = docx_text(written)
    first = load_shipped_pack("pemdi-2026").indicators[0]
    assert f"Indikator 1. {first.name}" in paragraphs
    row = item_row(written, "I1-L1-01")  # the indicator's table of items
    assert row[1] == first.items[0].name
    assert row[3] == "D1"  # the SK, first in the appendix
    third = load_shipped_pack("pemdi-2026").indicators[2].items[0].code
    assert item_row(written, third)[2] == "Belum ada dokumen"
    assert "Dinas Kominfo" in paragraphs + cells
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)
    assert opened_folders == [written.parent]
    assert window.settings.output_folder("report") == written.parent


def test_report_from_the_app_for_a_coordinator_beside_last_period(
    qtbot: QtBot,
    window: MainWindow,
    coordinator_pemdi: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = tmp_path / "koordinator-2025.spbe"
    init_workspace(old, role="coordinator", instansi=INSTANSI, framework="spbe-2020", period="2025")
    open_ws(qtbot, window, coordinator_pemdi)
    window.outputs.actions["report"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    out = tmp_path / "laporan-koordinator.docx"
    dialog.out.set_path(out)
    dialog.compare.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # no old workspace chosen yet
    monkeypatch.setattr(prompts, "choose_open_file", lambda *_args: old)
    qtbot.mouseClick(dialog.previous.button, Qt.MouseButton.LeftButton)
    assert dialog.previous.path() == old
    click_ok(qtbot, dialog)
    assert "laporan-koordinator.docx ditulis" in result(qtbot, window).text.text()
    paragraphs, cells = docx_text(out)
    spbe = load_shipped_pack("spbe-2020")
    assert f"{spbe.index_name} 2025:" in paragraphs + cells  # last period beside today's
    pemdi = load_shipped_pack("pemdi-2026")
    assert f"Indikator 20. {pemdi.indicators[-1].name}" in paragraphs
    assert item_row(out, "I20-L1-01")[1] == pemdi.indicators[-1].items[0].name


def test_report_failure_is_one_sentence(
    qtbot: QtBot, window: MainWindow, opd_pemdi: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _title, text, **_k: errors.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    open_ws(qtbot, window, opd_pemdi)
    window.outputs.actions["report"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    dialog.out.set_path(opd_pemdi / "laporan.docx")  # a "folder" that is a file
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(errors))
    assert window.outputs.result_dialog is None
    assert errors[0].startswith(f"{opd_pemdi} tidak dapat ditulis (")
    assert errors[0].endswith("; periksa folder dan ruang kosong disk.")


def test_evidence_per_item_from_the_app(
    qtbot: QtBot, window: MainWindow, opd_pemdi: Path, tmp_path: Path, opened_folders: list[Path]
) -> None:
    open_ws(qtbot, window, opd_pemdi)
    assert window.outputs.actions["items"].isEnabled()
    window.outputs.actions["items"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, FolderDialog)
    assert dialog.max_mb is not None
    assert dialog.max_mb.value() == 5
    dialog.max_mb.setValue(2)
    out = tmp_path / "keluaran" / "portal"
    dialog.out.set_path(out)
    click_ok(qtbot, dialog)
    shown = result(qtbot, window)
    pdfs = sorted(out.rglob("*.pdf"))
    assert len(pdfs) == 3  # one per item with evidence
    assert (out / "notes.csv").is_file()
    assert (out / "index.html").is_file()
    pages = sum(len(PdfReader(p).pages) for p in pdfs)
    assert all(p.stat().st_size <= 2 * 1024 * 1024 for p in pdfs)
    text = shown.text.text()
    assert "Bukti per butir disusun di folder portal: 3 butir, 3 berkas PDF, " in text
    assert f"{pages} halaman" in text
    assert text.endswith("; batas 2 MB).")  # in the spin box's MB
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)
    assert opened_folders == [out]


def test_cancelled_compile_leaves_no_folder(
    qtbot: QtBot,
    window: MainWindow,
    inline_runner: InlineJobRunner,
    opd_pemdi: Path,
    tmp_path: Path,
) -> None:
    open_ws(qtbot, window, opd_pemdi)

    def cancel_at_first_progress(job: Job) -> None:
        job.signals.progress.connect(lambda *_args: job.cancel())

    inline_runner.job_started.connect(cancel_at_first_progress)
    cancelled: list[Job] = []
    inline_runner.job_finished.connect(lambda job: cancelled.append(job))
    for key in ("items", "compile"):
        window.outputs.actions[key].trigger()
        dialog = window.outputs.dialog
        assert isinstance(dialog, FolderDialog)
        out = tmp_path / f"batal-{key}"
        dialog.out.set_path(out)
        click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: len(cancelled) > 0)
        assert cancelled.pop().state == "cancelled"
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f"batal-{key}")] == []
    assert window.outputs.result_dialog is None
    assert window.statusBar().currentMessage() == "Dibatalkan; tidak ada berkas yang ditulis."


def test_cancel_at_the_last_step_leaves_no_report_and_no_csv(
    qtbot: QtBot,
    window: MainWindow,
    inline_runner: InlineJobRunner,
    coordinator_pemdi: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The files are complete by then, but not renamed into place: Cancel means nothing made."""
    open_ws(qtbot, window, coordinator_pemdi)

    def cancel_when_complete(job: Job) -> None:
        job.signals.progress.connect(lambda done, total, _t: done == total > 0 and job.cancel())

    inline_runner.job_started.connect(cancel_when_complete)
    ended: list[str] = []
    inline_runner.job_finished.connect(lambda job: ended.append(job.state))
    window.outputs.actions["report"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    dialog.out.set_path(tmp_path / "batal" / "laporan.docx")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: ended == ["cancelled"])
    assert list((tmp_path / "batal").iterdir()) == []
    monkeypatch.setattr(prompts, "choose_directory", lambda *_args: tmp_path / "batal")
    window.outputs.actions["csv"].trigger()
    qtbot.waitUntil(lambda: ended == ["cancelled", "cancelled"])
    assert list((tmp_path / "batal").iterdir()) == []  # neither CSV, nor a temporary file
    assert window.outputs.result_dialog is None


def test_evidence_per_indicator_from_the_coordinator_window(
    qtbot: QtBot, window: MainWindow, coordinator_pemdi: Path, tmp_path: Path
) -> None:
    open_ws(qtbot, window, coordinator_pemdi)
    window.outputs.actions["compile"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, FolderDialog)
    assert dialog.max_mb is None
    out = tmp_path / "bukti-koordinator"
    dialog.out.set_path(out)
    click_ok(qtbot, dialog)
    text = result(qtbot, window).text.text()
    assert text.startswith("Bukti dukung disusun di folder bukti-koordinator: 0 indikator")
    assert (out / "index.html").is_file()


def test_csv_backup_and_check_from_the_app(
    qtbot: QtBot,
    window: MainWindow,
    opd_pemdi: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_ws(qtbot, window, opd_pemdi)
    csv_folder = tmp_path / "tabel" / "csv"  # missing: made by the job
    monkeypatch.setattr(prompts, "choose_directory", lambda *_args: csv_folder)
    window.outputs.actions["csv"].trigger()
    shown = result(qtbot, window)
    assert (csv_folder / "tingkat-indikator.csv").is_file()
    assert shown.text.text().startswith("1 berkas CSV ditulis di folder csv (20 baris, ")
    assert shown.folder == csv_folder
    shown.close()

    suggested: list[Path] = []
    backup = tmp_path / "cadangan" / "kominfo-cadangan"

    def choose_save(_parent: Any, _title: str, start: Path, _filter: str) -> Path:
        suggested.append(start)
        return backup

    monkeypatch.setattr(prompts, "choose_save_file", choose_save)
    window.outputs.actions["backup"].trigger()
    shown = result(qtbot, window)
    written = backup.with_name("kominfo-cadangan.spbe")
    assert written.is_file()
    assert written.read_bytes()[:16] == b"SQLite format 3\x00"
    assert suggested[0].name.startswith("kominfo-2026 cadangan ")
    assert shown.text.text().startswith("Cadangan ditulis: kominfo-cadangan.spbe (")
    assert shown.text.text().endswith(  # the key in it has no passphrase: say so
        "Perhatian: kunci privat di dalamnya tidak dilindungi frasa sandi; simpan cadangan di "
        "tempat aman."
    )
    shown.close()

    window.outputs.actions["check"].trigger()
    shown = result(qtbot, window)
    assert shown.text.text().startswith("Ruang kerja utuh: 3 dokumen (")
    assert shown.open_button is None  # a check writes nothing

    # A second check while the first result is still open: the new result replaces it.
    window.outputs.actions["check"].trigger()
    qtbot.waitUntil(lambda: window.outputs.result_dialog not in (None, shown))
    again = result(qtbot, window)
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown) or not shown.isVisible())
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, ResultDialog)]
    assert [w for w in visible if w.isVisible()] == [again]


def test_new_period_from_spbe_2020_into_pemdi(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    old = tmp_path / "bappeda-2025.spbe"
    init_workspace(
        old,
        role="opd",
        instansi=INSTANSI,
        unit="Bappeda",
        officer="Sari",
        framework="spbe-2020",
        period="2025",
    )
    files = tmp_path / "berkas"
    files.mkdir()
    kebijakan = make_pdf(files / "kebijakan.pdf", ["PERATURAN GUBERNUR TENTANG SPBE"])
    izin = make_pdf(files / "izin.pdf", ["SURAT IZIN SEMENTARA"])
    attach(old, "1", kebijakan, title="Pergub SPBE", valid_until="2030-12-31")
    attach(old, "11", izin, title="Izin sementara", valid_until="2025-06-30")
    open_ws(qtbot, window, old)
    window.outputs.actions["new_period"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, NewPeriodDialog)
    assert dialog.previous.path() == old
    assert dialog.period.value() == 2026
    assert dialog.framework.currentData() == "pemdi-2026"
    new = tmp_path / "bappeda-2026.spbe"
    assert dialog.workspace.path() == new  # the year in the name follows the period
    dialog.period.setValue(2027)
    assert dialog.workspace.path() == tmp_path / "bappeda-2027.spbe"
    dialog.period.setValue(2026)
    click_ok(qtbot, dialog)
    shown = result(qtbot, window)
    assert new.is_file()
    text = shown.text.text()
    assert text.startswith(
        "Ruang kerja periode 2026 dibuat: bappeda-2026.spbe. Dokumen dibawa: 1 ("
    )
    assert "Ditinggalkan karena masa berlakunya habis: 1." in text
    assert "Saran tautan: " in text
    details = shown.details.toPlainText()
    assert "Izin sementara (berlaku s.d. 30 Juni 2025)" in details
    assert "Pergub SPBE: 1 → " in details
    assert shown.action_button is not None
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        qtbot.mouseClick(shown.action_button, Qt.MouseButton.LeftButton)
    assert window.workspace == new
    assert window.outputs.snapshot is not None
    assert window.outputs.snapshot.pack.id == "pemdi-2026"
    assert window.outputs.actions["items"].isEnabled()


def test_output_dialogs_cut_no_text_off(qtbot: QtBot, window: MainWindow, opd_pemdi: Path) -> None:
    """Labels, buttons and the suggested paths are seen whole (issue 15: clipped texts)."""
    window.resize(1366, 768)
    open_ws(qtbot, window, opd_pemdi)
    for key in ("report", "compile", "items", "new_period"):
        window.outputs.actions[key].trigger()
        dialog = window.outputs.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        # A path longer than the screen allows shows its end: the name (the test's paths are
        # long, and the offscreen screen is 800 px wide).
        assert [t for t in clipped_texts(dialog) if not t.startswith("field ")] == [], key
        for field in dialog.findChildren(PathField):
            assert field.edit.cursorPosition() == len(field.edit.text())
        dialog.reject()
    shown = ResultDialog(
        "Bukti per butir selesai",
        "Bukti per butir disusun di folder portal: 3 butir, 3 berkas PDF, 5 halaman, 1,2 MB "
        "(terbesar 600 KB; batas 5 MB).",
        window,
        details="Gambar diperkecil (150 dpi): I1-L1-01",
        folder=opd_pemdi.parent,
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(shown.isVisible)
    assert clipped_texts(shown) == []


def test_first_backup_creates_the_missing_documents_folder(
    qtbot: QtBot,
    window: MainWindow,
    opd_pemdi: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15: a first export failed where ~/Documents does not exist; the suggestion there
    is taken as it is, and the folder made."""
    home = tmp_path / "rumah"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setattr(prompts, "choose_save_file", lambda _p, _t, start, _f: start)
    open_ws(qtbot, window, opd_pemdi)
    window.outputs.actions["backup"].trigger()
    shown = result(qtbot, window)
    assert shown.folder == home / "Documents"
    (written,) = (home / "Documents").iterdir()
    assert written.name.startswith("kominfo-2026 cadangan ")
    assert window.settings.output_folder("backup") == home / "Documents"


def test_report_on_a_worker_thread(
    qtbot: QtBot,
    window_factory: Callable[[JobRunner], MainWindow],
    real_runner: JobRunner,
    opd_pemdi: Path,
    tmp_path: Path,
) -> None:
    """With the real runner: the job runs off the GUI thread and its result comes back to it."""
    window = window_factory(real_runner)
    open_ws(qtbot, window, opd_pemdi)
    window.outputs.actions["report"].trigger()
    dialog = window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    out = tmp_path / "utas" / "laporan.docx"
    dialog.out.set_path(out)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.outputs.result_dialog is not None, timeout=60_000)
    assert out.is_file()
    qtbot.waitUntil(lambda: not real_runner.is_busy())


def test_the_menus_default_size_cap_is_the_services_default() -> None:
    # The menu names the cap without importing the PDF services at start-up.
    from spbe_desktop.services.item_evidence import DEFAULT_ITEM_MAX_BYTES
    from spbe_desktop.ui.common.outputs import DEFAULT_ITEM_MAX_MB

    assert DEFAULT_ITEM_MAX_MB * 1024 * 1024 == DEFAULT_ITEM_MAX_BYTES
