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

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.items_models import CompareColumn, QueueColumn
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.pemdi_round import BAPPEDA_NOTE, DAYS_LEFT, VERDICTS, PemdiRound, build_round
from tests.ui.conftest import make_window

SIZE = (1366, 800)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> PemdiRound:
    return build_round(tmp_path_factory.mktemp("pemdi-screenshots"))


@pytest.fixture
def round_(_template: PemdiRound, tmp_path: Path) -> PemdiRound:
    return _template.copy(tmp_path / "round")


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
