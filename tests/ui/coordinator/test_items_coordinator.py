"""The coordinator as internal assessor under Pemdi 2026 (issue 15): per-item verdicts with
reasons in the consolidation, the revision queue ranked by index gain, and the external
assessors' results beside the self-assessment on the dashboard.

Real workspaces: a Pemdi 2026 coordinator, two OPDs made from its kits that attach generated
PDFs to items and send signed bundles, imported with the services; the window runs on the
synchronous job runner and is driven through its widgets.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    init_from_kit,
    issue_kit,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import index_report, init_workspace
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.items_models import CompareColumn, ItemColumn, QueueColumn
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"
#: unit -> (kit indicators, [(indicator number, item code, file name, text)])
OPDS = {
    "Bappeda": (
        ["1", "2", "3"],
        [
            ("1", "I1-L1-01", "SK Tim Pemdi.pdf", "KEPUTUSAN BUPATI TENTANG TIM PEMDI"),
            ("2", "I2-L1-01", "Katalog Layanan.pdf", "KATALOG LAYANAN DIGITAL"),
            ("2", "I2-L1-02", "Notulen.pdf", "NOTULEN RAPAT KOORDINASI"),
        ],
    ),
    "Inspektorat": (
        ["2", "3"],
        [("2", "I2-L1-01", "Katalog Inspektorat.pdf", "KATALOG LAYANAN INSPEKTORAT")],
    ),
}


@dataclass(frozen=True)
class PemdiRound:
    root: Path
    coordinator: Path


def _build(root: Path) -> PemdiRound:
    koor = root / "koordinator.spbe"
    init_workspace(koor, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="Budi")
    for unit, (indicators, files) in OPDS.items():
        kit = root / f"{unit}.spbekit"
        issue_kit(koor, unit, kit, indicators=indicators)
        opd = root / f"{unit}.spbe"
        init_from_kit(opd, kit, officer=f"Petugas {unit}")
        card = root / f"{unit}.card"
        write_identity_card(opd, card)
        trust_card(koor, card)
        for number, code, name, text in files:
            path = root / "files" / unit / name
            path.parent.mkdir(parents=True, exist_ok=True)
            make_pdf(path, [text])
            run(attach_files(opd, number, [AttachRequest(path)], item=code))
        bundle = root / f"{unit}.spbebundle"
        run(export_bundle(opd, bundle))
        (outcome,) = run(import_bundles(koor, [bundle]))
        assert outcome.status == "accepted"
    return PemdiRound(root, koor)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> PemdiRound:
    return _build(tmp_path_factory.mktemp("pemdi-round"))


@pytest.fixture
def pemdi(_template: PemdiRound, tmp_path: Path) -> PemdiRound:
    root = tmp_path / "round"
    shutil.copytree(_template.root, root)
    return PemdiRound(root, root / _template.coordinator.name)


@pytest.fixture
def window(gui_lang: None, qtbot: QtBot, pemdi: PemdiRound, inline_runner: Any) -> Any:
    win = CoordinatorWindow(pemdi.coordinator, inline_runner)
    qtbot.addWidget(win)
    win.resize(1366, 800)
    win.show()
    assert win.overview is not None
    return win


def _status(ws: Path, indicator: str, unit: str, code: str) -> str:
    row = next(r for r in items.item_rows(ws, indicator, unit=unit) if r.item.code == code)
    return str(row.status)


def _cells(model: Any, *columns: int) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in columns)
        for r in range(model.rowCount())
    ]


def _open_items(win: Any, indicator: str) -> Any:
    win.open_consolidation(indicator)
    tab = win.consolidation
    assert tab.detail_tabs.currentWidget() is tab.items_panel
    assert not tab.decision_box.isVisibleTo(tab)  # the value follows from the items
    return tab.items_panel


def test_items_judged_through_the_widgets_record_verdicts(
    window: Any, pemdi: PemdiRound, qtbot: QtBot
) -> None:
    panel = _open_items(window, "P02")
    assert _cells(panel.model, ItemColumn.UNIT, ItemColumn.CODE, ItemColumn.STATUS) == [
        ("Bappeda", "I2-L1-01", "menunggu pemeriksaan"),
        ("Bappeda", "I2-L1-02", "menunggu pemeriksaan"),
        ("Inspektorat", "I2-L1-01", "menunggu pemeriksaan"),
    ]
    notulen = panel.model.index(1, ItemColumn.DOCUMENTS)
    assert notulen.data() == "Notulen Rapat Koordinasi"  # read from the PDF, in title capitals
    assert notulen.data(Qt.ItemDataRole.ToolTipRole) == "Notulen.pdf"

    assert panel.select("Bappeda", "I2-L1-01")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert _status(pemdi.coordinator, "P02", "Bappeda", "I2-L1-01") == "accepted"
    assert _status(pemdi.coordinator, "P02", "Inspektorat", "I2-L1-01") == "attached"

    # Returned as the wrong document, with a note for the OPD.
    assert panel.select("Bappeda", "I2-L1-02")
    panel.reason_combo.setCurrentIndex(panel.reason_combo.findData("wrong-document"))
    qtbot.keyClicks(panel.note_edit, "Ini notulen, bukan SOP layanan.")
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    row = next(
        r
        for r in items.item_rows(pemdi.coordinator, "P02", unit="Bappeda")
        if r.item.code == "I2-L1-02"
    )
    (state,) = row.states
    assert (str(row.status), state.reason, state.verdict_note, state.verdict_by) == (
        "revision",
        "wrong-document",
        "Ini notulen, bukan SOP layanan.",
        "Budi",
    )
    shown = _cells(panel.model, ItemColumn.UNIT, ItemColumn.CODE, ItemColumn.STATUS)
    assert shown[:2] == [
        ("Bappeda", "I2-L1-01", "diterima"),
        ("Bappeda", "I2-L1-02", "dikembalikan"),
    ]
    assert panel.model.index(1, ItemColumn.REASON).data() == (
        "dokumen tidak sesuai — Ini notulen, bukan SOP layanan."
    )
    # The index moved with the accepted item (P02: one of two level-1 items).
    assert index_report(pemdi.coordinator).values["P02"] == Decimal("1.25")


def test_return_for_other_reason_without_note_is_refused(
    window: Any, pemdi: PemdiRound, qtbot: QtBot
) -> None:
    panel = _open_items(window, "P02")
    assert panel.select("Inspektorat", "I2-L1-01")
    panel.reason_combo.setCurrentIndex(panel.reason_combo.findData("other"))
    panel.note_edit.clear()
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert "Tulis catatan untuk OPD" in panel.message.text()
    assert "lainnya" in panel.message.text()
    assert panel.message.isVisible()
    assert _status(pemdi.coordinator, "P02", "Inspektorat", "I2-L1-01") == "attached"

    qtbot.keyClicks(panel.note_edit, "Katalog belum ditandatangani kepala dinas.")
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    (state,) = next(
        r
        for r in items.item_rows(pemdi.coordinator, "P02", unit="Inspektorat")
        if r.item.code == "I2-L1-01"
    ).states
    assert (state.verdict, state.reason) == ("revision", "other")


def test_queue_lists_returned_and_unjudged_items_ranked_by_gain(
    window: Any, pemdi: PemdiRound, qtbot: QtBot
) -> None:
    items.judge_item(
        pemdi.coordinator, "I2-L1-02", accept=False, reason="not-uploaded", unit="Bappeda"
    )
    window.refresh()
    window.tabs.setCurrentWidget(window.queue)
    q = window.queue
    qtbot.waitUntil(lambda: q.loaded)
    rows = _cells(q.model, QueueColumn.UNIT, QueueColumn.CODE, QueueColumn.STATUS)
    assert sorted(rows) == [
        ("Bappeda", "I1-L1-01", "menunggu pemeriksaan"),
        ("Bappeda", "I2-L1-01", "menunggu pemeriksaan"),
        ("Bappeda", "I2-L1-02", "dikembalikan"),
        ("Inspektorat", "I2-L1-01", "menunggu pemeriksaan"),
    ]
    gains = [r.gain for r in q.model.rows()]
    assert gains == sorted(gains, reverse=True)
    # P01 has one required level-1 item: accepting it takes the indicator to 1.5, more than
    # one of P02's two; the gain shows with a decimal comma.
    assert rows[0] == ("Bappeda", "I1-L1-01", "menunggu pemeriksaan")
    assert q.model.index(0, QueueColumn.GAIN).data().startswith("+0,")
    assert "3 butir menunggu pemeriksaan, 1 butir dikembalikan" in q.summary.text()

    # Judged from the queue: opens the item in the consolidation; accepted, it leaves the queue.
    q.table.selectRow(0)
    qtbot.mouseClick(q.open_button, Qt.MouseButton.LeftButton)
    panel = window.consolidation.items_panel
    assert window.tabs.currentWidget() is window.consolidation
    assert panel.selected() is not None
    assert (panel.selected().unit.name, panel.selected().row.item.code) == ("Bappeda", "I1-L1-01")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    left = _cells(q.model, QueueColumn.UNIT, QueueColumn.CODE)
    assert ("Bappeda", "I1-L1-01") not in left
    assert len(left) == 3


def test_assessor_result_entered_shows_beside_self_assessment(
    window: Any, pemdi: PemdiRound, qtbot: QtBot
) -> None:
    items.judge_item(pemdi.coordinator, "I1-L1-01", accept=True, unit="Bappeda")
    window.tabs.setCurrentWidget(window.assessor)
    tab = window.assessor
    tab.indicator_combo.setCurrentIndex(tab.indicator_combo.findData("P01"))
    tab.stage_combo.setCurrentIndex(tab.stage_combo.findData("interviu"))
    qtbot.keyClicks(tab.value_edit, "2,5")
    qtbot.keyClicks(tab.note_edit, "Tim Pemdi sudah rapat dua kali.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Hasil asesor indikator 1 (Interviu): 2,50." in tab.message.text()

    dash = window.dashboard
    window.tabs.setCurrentWidget(dash)
    assert dash.bottom_tabs.indexOf(dash.comparison) >= 0
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
    p01 = next(k for k in rows if k.startswith("Indikator 1. "))
    assert rows[p01] == ("1,50", "2,50", "+1,00")
    p02 = next(k for k in rows if k.startswith("Indikator 2. "))
    assert rows[p02] == ("1,00", "–", "")
    aspects = [k for k in rows if k.startswith("Aspek ")]
    assert aspects and all(rows[k][1] != "–" for k in aspects)
    assert any(rows[k][0] != rows[k][1] for k in aspects)  # the assessed aspect moved
    assert dash.note.text().startswith("Menurut asesor: ")
    # The result was recorded with its stage and note.
    report = index_report(pemdi.coordinator)
    assert report.assessor is not None
    assert report.assessor_values["P01"] == Decimal("2.5")


def test_spbe_2020_coordinator_has_no_item_tabs(
    gui_lang: None, qtbot: QtBot, tmp_path: Path, inline_runner: Any
) -> None:
    ws = tmp_path / "spbe.spbe"
    init_workspace(
        ws,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="Budi",
        framework="spbe-2020",
    )
    win = CoordinatorWindow(ws, inline_runner)
    qtbot.addWidget(win)
    assert win.tabs.indexOf(win.queue) < 0
    assert win.tabs.indexOf(win.assessor) < 0
    tab = win.consolidation
    assert tab.detail_tabs.indexOf(tab.items_panel) < 0
    assert tab.decision_box.isVisibleTo(tab) or not tab.isVisible()
    assert win.dashboard.bottom_tabs.count() == 1


def test_item_verdict_buttons_in_view_on_a_small_laptop(
    window: Any, pemdi: PemdiRound, qtbot: QtBot
) -> None:
    """1024 × 600 less the main window's menu bar: the verdict's fields and buttons are in view
    without scrolling, beside the first rows of the item table."""
    window.resize(1024, 560)
    panel = _open_items(window, "P02")
    scroll = window.centralWidget()
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: panel.table.isVisible())
    for widget in (panel.reason_combo, panel.note_edit, panel.return_button, panel.accept_button):
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        assert viewport.rect().contains(top_left), widget.objectName()
        assert viewport.rect().contains(bottom_right), widget.objectName()
    first = panel.table.visualRect(panel.model.index(0, 0))
    assert panel.table.viewport().rect().contains(first)
