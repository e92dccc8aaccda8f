"""The README's Pemdi 2026 screenshots, grabbed from a realistic round (issue 15).

The Provinsi Maluku Utara's coordinator (Diskominfo) has sent kits to five OPDs; they attached
real PDFs to items and sent pakets, the coordinator judged them (some accepted, some returned
with a reason), the receipts went back, and the external assessors' first results are in.
Bappeda has sent a second paket for level 2 of indicator 1 and attached one more document since.

Three images, each at 1366 × 800 with the main window as a user sees it:

- ``opd-items.png``: Bappeda's page of indicator 1, the checklist with items accepted, returned,
  attached and blocked, the returned item's reason and note, the live value 1,75;
- ``coordinator-revision-queue.png``: "Antrean revisi" across the OPDs, ranked by index gain,
  with the document stage's deadline;
- ``coordinator-mandiri-asesor.png``: the dashboard with mandiri vs asesor per aspect and
  indicator.

With ``SPBE_SCREENSHOT_DIR`` set the images are written there; without it the tests still check
what is shown. Under Xvfb::

    xvfb-run -a -s "-screen 0 1366x800x24" env QT_QPA_PLATFORM=xcb \
        SPBE_SCREENSHOT_DIR=docs/screenshots .venv/bin/python -m pytest \
        tests/ui/test_pemdi_screenshots.py -p no:cacheprovider
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.coordinator import set_stage_calendar
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    init_from_kit,
    issue_kit,
    issue_receipt,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.items import judge_item, record_result, set_item_note
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.items_models import CompareColumn, QueueColumn
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.generate import make_pdf
from tests.ui.conftest import make_window

INSTANSI = "Pemerintah Provinsi Maluku Utara"
SIZE = (1366, 800)
#: Days left in the document stage (the queue's deadline).
DAYS_LEFT = 12

#: unit -> (officer, kit indicators)
OPDS = {
    "Bappeda": ("Rina Hasan", ["1", "6"]),
    "Dinas Kesehatan": ("dr. Nurlela Umasugi", ["2", "17"]),
    "BKPSDM": ("Fadli Tomagola", ["3"]),
    "Inspektorat": ("Sarfan Mahmud", ["9"]),
    "Bagian Organisasi Setda": ("Wati Djafar", ["15", "20"]),
}

#: (unit, indicator, item, document title): what each OPD attaches before its first paket.
FIRST: list[tuple[str, str, str, str]] = [
    ("Bappeda", "1", "I1-L1-01", "Rancangan Akhir RPJMD Provinsi Maluku Utara 2025–2029"),
    ("Dinas Kesehatan", "2", "I2-L1-01", "Rencana Strategis Dinas Kesehatan 2025–2029"),
    ("Dinas Kesehatan", "2", "I2-L1-02", "Laporan Layanan Aplikasi SIMPUS Triwulan III 2026"),
    ("Dinas Kesehatan", "17", "I17-L1-01", "Alamat Portal Layanan Kesehatan Maluku Utara"),
    ("Dinas Kesehatan", "17", "I17-L1-02", "Surat Edaran Kepala Dinas tentang Portal Layanan"),
    ("BKPSDM", "3", "I3-L1-01", "Draf Peta Kompetensi Digital ASN Provinsi Maluku Utara"),
    ("BKPSDM", "3", "I3-L1-02", "Laporan Penggunaan Aplikasi e-Kinerja 2026"),
    ("BKPSDM", "3", "I3-L1-03", "Dokumentasi Komunitas Belajar Digital ASN"),
    ("BKPSDM", "3", "I3-L1-04", "Laporan Pembelajaran Mikro Internal Semester I 2026"),
    ("BKPSDM", "3", "I3-L1-05", "Rekap Daftar Hadir Pelatihan Literasi Digital"),
    (
        "Inspektorat",
        "9",
        "I9-L1-01",
        "Keputusan Gubernur Maluku Utara Nomor 120 Tahun 2025 tentang Tim Koordinasi "
        "Pemerintah Digital",
    ),
    ("Inspektorat", "9", "I9-L1-02", "Program Kerja Pengawasan Tahunan Inspektorat 2026"),
    ("Inspektorat", "9", "I9-L1-03", "Kutipan PKPT 2026: Audit Keamanan Aplikasi"),
    ("Bagian Organisasi Setda", "15", "I15-L1-01", "Peta Proses Bisnis Pelayanan Perizinan"),
    ("Bagian Organisasi Setda", "15", "I15-L1-02", "Laporan Evaluasi Kelembagaan 2025"),
    ("Bagian Organisasi Setda", "20", "I20-L1-01", "Hasil Survei Kepuasan Masyarakat 2025"),
]
#: (unit, item) -> None to accept, or (reason, note) to return; items not listed wait.
VERDICTS: dict[tuple[str, str], tuple[str, str] | None] = {
    ("Bappeda", "I1-L1-01"): None,
    ("Dinas Kesehatan", "I2-L1-01"): None,
    ("Dinas Kesehatan", "I2-L1-02"): (
        "wrong-document",
        "Laporan aplikasi, bukan bukti manajemen layanan; lampirkan log tiket layanan.",
    ),
    ("Dinas Kesehatan", "I17-L1-01"): None,
    ("Dinas Kesehatan", "I17-L1-02"): (
        "wrong-document",
        "Surat edaran tidak menampilkan portal; lampirkan tangkapan layar portal.",
    ),
    ("BKPSDM", "I3-L1-01"): None,
    ("BKPSDM", "I3-L1-02"): None,
    ("BKPSDM", "I3-L1-03"): ("other", "Foto kegiatan tanpa daftar hadir dan notulen."),
    ("BKPSDM", "I3-L1-05"): ("wrong-document", "Yang diminta tangkapan layar dasbor MyASN."),
    ("Inspektorat", "I9-L1-01"): (
        "wrong-document",
        "SK Tim Koordinasi Pemdi, bukan SK Tim Audit Keamanan dan Teknologi.",
    ),
    ("Inspektorat", "I9-L1-02"): None,
    ("Bagian Organisasi Setda", "I15-L1-02"): ("not-uploaded", "Berkas PDF tidak dapat dibuka."),
}
#: Bappeda's second paket: level 2 of indicator 1 (opened by the accepted level-1 item).
SECOND: list[tuple[str, str]] = [
    ("I1-L2-01", "RKPD Provinsi Maluku Utara Tahun 2026"),
    ("I1-L2-02", "Notulen Rapat Penyusunan Arsitektur SPBE Daerah"),
    ("I1-L2-03", "Notulen Rapat Tim Koordinasi Pemerintah Digital 14 Oktober 2026"),
]
SECOND_VERDICTS: dict[str, tuple[str, str] | None] = {
    "I1-L2-01": None,
    "I1-L2-02": (
        "wrong-document",
        "Notulen rapat, bukan Arsitektur Pemdi; lampirkan ekspor SIAP Digital.",
    ),
}
BAPPEDA_NOTE = "Arsitektur layanan perizinan dan kesehatan; lihat halaman 3–5."
LATER = ("I1-L2-04", "DPA Bappeda Tahun Anggaran 2026")  # attached since, not yet sent
#: indicator -> (stage, value, note) of the external assessors' results.
ASSESSOR: dict[str, tuple[str, str, str]] = {
    "P01": ("dokumen", "1.5", "Arsitektur Pemdi belum ada di SIAP Digital."),
    "P02": ("dokumen", "1.5", "Log tiket layanan ditunjukkan saat verifikasi."),
    "P03": ("dokumen", "1.1", "Komunitas belajar tanpa daftar hadir."),
    "P09": ("dokumen", "1.5", "SK tim audit sudah ada, belum diunggah."),
    "P17": ("dokumen", "1.25", ""),
}


@dataclass(frozen=True)
class PemdiRound:
    root: Path
    coordinator: Path
    opds: dict[str, Path]


def _pdf(folder: Path, title: str) -> Path:
    name = "".join(c if c.isalnum() else "-" for c in title.lower())[:60].strip("-") + ".pdf"
    return make_pdf(folder / name, [title.upper(), "Halaman 2", "Halaman 3"], title=title)


def _attach(ws: Path, indicator: str, item: str, file: Path, title: str) -> None:
    run(attach_files(ws, indicator, [AttachRequest(file, title=title)], item=item))


def _judge(koor: Path, unit: str, item: str, verdict: tuple[str, str] | None) -> None:
    if verdict is None:
        judge_item(koor, item, accept=True, unit=unit)
    else:
        judge_item(koor, item, accept=False, reason=verdict[0], note=verdict[1], unit=unit)


def _send(koor: Path, ws: Path, out: Path) -> None:
    (bundle,) = run(export_bundle(ws, out)).paths
    (outcome,) = run(import_bundles(koor, [bundle]))
    assert outcome.status == "accepted", outcome


def _receipt(koor: Path, unit: str, ws: Path, out: Path) -> None:
    issue_receipt(koor, unit, out)
    accept_receipt(ws, out)


def build_round(root: Path) -> PemdiRound:
    files = root / "dokumen"
    files.mkdir()
    koor = root / "koordinator-malut-2026.spbe"
    init_workspace(
        koor, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="Budi Santoso"
    )
    today = dt.date.today()
    set_stage_calendar(
        koor,
        {
            "mandiri": today - dt.timedelta(days=20),
            "dokumen": today + dt.timedelta(days=DAYS_LEFT),
            "interviu": today + dt.timedelta(days=DAYS_LEFT + 21),
            "visitasi": today + dt.timedelta(days=DAYS_LEFT + 42),
        },
    )
    opds: dict[str, Path] = {}
    for k, (unit, (officer, indicators)) in enumerate(OPDS.items()):
        kit = root / f"kit-{k}.spbekit"
        issue_kit(koor, unit, kit, indicators=indicators)
        ws = root / f"opd-{k}.spbe"
        init_from_kit(ws, kit, officer=officer)
        write_identity_card(ws, root / f"opd-{k}.card")
        trust_card(koor, root / f"opd-{k}.card")
        opds[unit] = ws
    for unit, indicator, item, title in FIRST:
        _attach(opds[unit], indicator, item, _pdf(files, title), title)
    for k, ws in enumerate(opds.values()):
        _send(koor, ws, root / f"paket-{k}-1.zip")
    for (unit, item), verdict in VERDICTS.items():
        _judge(koor, unit, item, verdict)
    for k, (unit, ws) in enumerate(opds.items()):
        _receipt(koor, unit, ws, root / f"tanda-terima-{k}-1.spbereceipt")

    bappeda = opds["Bappeda"]
    for item, title in SECOND:
        _attach(bappeda, "1", item, _pdf(files, title), title)
    set_item_note(bappeda, "I1-L2-02", BAPPEDA_NOTE)
    _send(koor, bappeda, root / "paket-bappeda-2.zip")
    for item, verdict in SECOND_VERDICTS.items():
        _judge(koor, "Bappeda", item, verdict)
    _receipt(koor, "Bappeda", bappeda, root / "tanda-terima-bappeda-2.spbereceipt")
    _attach(bappeda, "1", LATER[0], _pdf(files, LATER[1]), LATER[1])

    for indicator, (stage, value, note) in ASSESSOR.items():
        record_result(koor, indicator, value, stage=stage, note=note)
    return PemdiRound(root, koor, opds)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> PemdiRound:
    return build_round(tmp_path_factory.mktemp("pemdi-screenshots"))


@pytest.fixture
def round_(_template: PemdiRound, tmp_path: Path) -> PemdiRound:
    root = tmp_path / "round"
    shutil.copytree(_template.root, root)
    return PemdiRound(
        root,
        root / _template.coordinator.name,
        {unit: root / ws.name for unit, ws in _template.opds.items()},
    )


def _main_window(
    qtbot: QtBot, qapp: QApplication, runner: InlineJobRunner, tmp_path: Path, ws: Path
) -> MainWindow:
    window = make_window(qtbot, qapp, runner, tmp_path)
    window.resize(*SIZE)
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(ws)
    qtbot.waitExposed(window)
    return window


def _save(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """Grab ``widget`` once the event queue is empty; write it where SPBE_SCREENSHOT_DIR says."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == (widget.width(), widget.height())
    folder = os.environ.get("SPBE_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(folder) / name))


def _cells(model: Any, *columns: int) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in columns)
        for r in range(model.rowCount())
    ]


def test_opd_items_screenshot(
    qtbot: QtBot,
    qapp: QApplication,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    round_: PemdiRound,
    tmp_path: Path,
) -> None:
    window = _main_window(qtbot, qapp, inline_runner, tmp_path, round_.opds["Bappeda"])
    view = window.view
    assert isinstance(view, OpdWorkspaceView)
    assert view.select_indicator("P01")
    panel = view.page.items_panel
    qtbot.waitUntil(lambda: panel.item_status_text("I1-L2-04") == "terlampir")
    assert [
        panel.item_status_text(code)
        for code in ("I1-L1-01", "I1-L2-01", "I1-L2-02", "I1-L2-03", "I1-L2-05", "I1-L3-01")
    ] == ["diterima", "diterima", "revisi", "terlampir", "kosong", "terblokir"]
    qtbot.waitUntil(lambda: "Nilai indikator saat ini: 1,75" in panel.value_label.text())
    assert panel.select_item("I1-L2-02")
    assert "Dikembalikan untuk revisi: dokumen tidak sesuai — Notulen rapat, bukan" in (
        panel.detail.text()
    )
    assert panel.note_edit.toPlainText() == BAPPEDA_NOTE
    status = view.navigator.model.indicator_index("P01").siblingAtColumn(1)
    assert status.data() == "nilai 1,75"
    # The page scrolled to the checklist: the live value at the top, the note below.
    QApplication.processEvents()
    area = view.page.scroll_area
    top = panel.heading.mapTo(area.widget(), QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(top - 4)
    QApplication.processEvents()
    _save(qtbot, window, "opd-items.png")


def test_coordinator_revision_queue_screenshot(
    qtbot: QtBot,
    qapp: QApplication,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    round_: PemdiRound,
    tmp_path: Path,
) -> None:
    window = _main_window(qtbot, qapp, inline_runner, tmp_path, round_.coordinator)
    coord = window.view
    assert isinstance(coord, CoordinatorWindow)
    queue = coord.queue
    coord.tabs.setCurrentWidget(queue)
    qtbot.waitUntil(lambda: queue.loaded)
    rows = _cells(queue.model, QueueColumn.UNIT, QueueColumn.CODE, QueueColumn.STATUS)
    returned = [(u, c) for u, c, s in rows if s == "dikembalikan"]
    assert sorted(returned) == sorted(
        [(u, i) for (u, i), v in VERDICTS.items() if v is not None] + [("Bappeda", "I1-L2-02")]
    )
    assert len({u for u, _c in returned}) == 5
    waiting = [(u, c) for u, c, s in rows if s == "menunggu pemeriksaan"]
    assert sorted(waiting) == sorted(
        [
            ("BKPSDM", "I3-L1-04"),
            ("Bagian Organisasi Setda", "I15-L1-01"),
            ("Bagian Organisasi Setda", "I20-L1-01"),
            ("Bappeda", "I1-L2-03"),
            ("Inspektorat", "I9-L1-03"),
        ]
    )
    gains = [r.gain for r in queue.model.rows()]
    assert gains == sorted(gains, reverse=True)
    assert queue.model.index(0, QueueColumn.GAIN).data().startswith("+0,")
    assert queue.deadline.text().startswith(f"Batas waktu — Tahap dokumen: {DAYS_LEFT} hari lagi (")
    assert queue.summary.text() == (
        "5 butir menunggu pemeriksaan, 7 butir dikembalikan untuk revisi."
    )
    # The first returned item selected, as when the coordinator is about to open it.
    queue.table.selectRow(next(k for k, row in enumerate(rows) if row[2] == "dikembalikan"))
    assert queue.open_button.isEnabled()
    _save(qtbot, window, "coordinator-revision-queue.png")


def test_coordinator_mandiri_asesor_screenshot(
    qtbot: QtBot,
    qapp: QApplication,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    round_: PemdiRound,
    tmp_path: Path,
) -> None:
    window = _main_window(qtbot, qapp, inline_runner, tmp_path, round_.coordinator)
    coord = window.view
    assert isinstance(coord, CoordinatorWindow)
    dash = coord.dashboard
    coord.tabs.setCurrentWidget(dash)
    qtbot.waitUntil(lambda: dash.bottom_tabs.indexOf(dash.comparison) >= 0)
    dash.bottom_tabs.setCurrentWidget(dash.comparison)
    rows = {
        r[0]: r[1:]
        for r in _cells(
            dash.comparison.model,
            CompareColumn.LABEL,
            CompareColumn.MANDIRI,
            CompareColumn.ASESOR,
            CompareColumn.DIFF,
        )
    }
    assert rows["Indikator 1. Tata Kelola Pemdi"] == ("1,75", "1,50", "-0,25")
    assert rows["Indikator 2. Manajemen Layanan Digital Pemerintah"] == ("1,25", "1,50", "+0,25")
    assert rows["Indikator 3. Sumber Daya Manusia Pemdi"] == ("1,20", "1,10", "-0,10")
    assert rows["Indikator 4. Kolaborasi Pemdi"] == ("1,00", "–", "")
    aspects = [k for k in rows if k.startswith("Aspek ")]
    assert len(aspects) == 7
    assert dash.note.text().startswith("Menurut asesor: ")
    # The aspect chart names every aspect (QtCharts wrote "..." for all seven on this screen).
    names = [c.rsplit(" (", 1)[0] for c in dash.chart.categories]
    assert len(names) == 7 and names[0] == "1. Tata Kelola dan Manajemen"
    assert dash.chart.painted_names() == names
    _save(qtbot, window, "coordinator-mandiri-asesor.png")
    # On a 1024x600 laptop a long name may lose its middle, never its number or its ends.
    window.resize(1024, 600)
    QApplication.processEvents()
    painted = dash.chart.painted_names()
    assert sum(p == n for p, n in zip(painted, names, strict=True)) >= 5
    for p, n in zip(painted, names, strict=True):
        assert p == n or (p.startswith(n[:8]) and p.endswith(n[-8:]) and "…" in p)
