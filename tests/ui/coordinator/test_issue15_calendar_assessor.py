"""Issue 15, coordinator side: the stage calendar with days left (set in the window, shown on
the dashboard and as the revision queue's deadline) and the list of entered assessor results,
with correct and delete.

Real workspaces: the Pemdi 2026 round of ``test_items_coordinator`` (a coordinator, two OPDs
made from its kits whose signed bundles were imported); the window runs on the synchronous job
runner and is driven through its widgets.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.core.progress import run
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.coordinator import set_stage_calendar, stage_calendar
from spbe_desktop.services.exchange import export_bundle
from spbe_desktop.services.history import history_lines, history_text
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.assessor_models import ResultColumn
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from tests.support.generate import make_pdf
from tests.ui.coordinator.test_items_coordinator import PemdiRound, _build


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> PemdiRound:
    return _build(tmp_path_factory.mktemp("pemdi-round-15"))


@pytest.fixture
def pemdi(_template: PemdiRound, tmp_path: Path) -> PemdiRound:
    root = tmp_path / "round"
    shutil.copytree(_template.root, root)
    return PemdiRound(root, root / _template.coordinator.name)


def _window(qtbot: QtBot, workspace: Path, runner: Any) -> Any:
    win = CoordinatorWindow(workspace, runner)
    qtbot.addWidget(win)
    win.resize(1366, 800)
    win.show()
    assert win.overview is not None
    return win


@pytest.fixture
def window(gui_lang: None, qtbot: QtBot, pemdi: PemdiRound, inline_runner: Any) -> Any:
    return _window(qtbot, pemdi.coordinator, inline_runner)


def _sentences(ws: Path) -> list[str]:
    return [history_text(line, "id") for line in history_lines(ws)]


# ---------------------------------------------------------------------------- stage calendar
def test_stage_dates_set_in_the_window_show_days_left_on_dashboard_and_queue(
    window: Any, pemdi: PemdiRound, qtbot: QtBot, inline_runner: Any
) -> None:
    today = dt.date.today()
    ends = today + dt.timedelta(days=12)
    assert window.dashboard.stage.text().startswith("Jadwal tahap belum diisi.")
    # The link on the dashboard leads to the calendar.
    window.dashboard.stage.linkActivated.emit("#calendar")
    assert window.tabs.currentWidget() is window.setup_tab
    panel = window.setup_tab.calendar
    mandiri, dokumen = panel.fields["mandiri"], panel.fields["dokumen"]
    mandiri.check.setChecked(True)
    mandiri.edit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    dokumen.check.setChecked(True)
    dokumen.edit.setDate(QDate(ends.year, ends.month, ends.day))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    assert stage_calendar(pemdi.coordinator) == {
        "mandiri": today - dt.timedelta(days=3),
        "dokumen": ends,
    }
    line = f"Tahap dokumen: 12 hari lagi ({format_date_id(ends)})"
    assert window.dashboard.stage.text().startswith(line)
    assert line in window.queue.deadline.text()
    assert panel.state.text() == line
    assert "Jadwal tahap penilaian diubah." in _sentences(pemdi.coordinator)

    # Kept in the workspace: a window opened later shows the same dates.
    again = _window(qtbot, pemdi.coordinator, inline_runner)
    assert again.setup_tab.calendar.dates() == {
        "mandiri": (today - dt.timedelta(days=3)).isoformat(),
        "dokumen": ends.isoformat(),
        "interviu": None,
        "visitasi": None,
        "pengumuman": None,
    }
    assert again.dashboard.stage.text().startswith(line)


def test_the_last_day_of_a_stage_and_a_finished_calendar_read_plainly(
    gui_lang: None, qtbot: QtBot, pemdi: PemdiRound, inline_runner: Any
) -> None:
    today = dt.date.today()
    set_stage_calendar(pemdi.coordinator, {"interviu": today})
    win = _window(qtbot, pemdi.coordinator, inline_runner)
    assert win.dashboard.stage.text().startswith(
        f"Tahap interviu: berakhir hari ini ({format_date_id(today)})"
    )
    past = today - dt.timedelta(days=1)
    set_stage_calendar(pemdi.coordinator, {"interviu": past, "pengumuman": past})
    win.refresh()
    assert win.dashboard.stage.text().startswith(
        f"Semua tahap sudah lewat (pengumuman {format_date_id(past)})."
    )


# ---------------------------------------------------------------------------- assessor results
def _rows(model: Any) -> list[tuple[str, ...]]:
    cols = (ResultColumn.INDICATOR, ResultColumn.STAGE, ResultColumn.VALUE, ResultColumn.NOTE)
    return [tuple(model.index(r, c).data() for c in cols) for r in range(model.rowCount())]


def _enter(tab: Any, qtbot: QtBot, indicator: str, stage: str, value: str, note: str) -> None:
    tab.indicator_combo.setCurrentIndex(tab.indicator_combo.findData(indicator))
    tab.stage_combo.setCurrentIndex(tab.stage_combo.findData(stage))
    qtbot.keyClicks(tab.value_edit, value)
    qtbot.keyClicks(tab.note_edit, note)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)


def test_entered_results_are_listed_and_can_be_corrected_or_deleted(
    window: Any, pemdi: PemdiRound, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.assessor)
    tab = window.assessor
    _enter(tab, qtbot, "P01", "dokumen", "2,5", "Notulen kurang")
    _enter(tab, qtbot, "P02", "interviu", "3", "")
    model = tab.results_model
    p01 = tab.indicator_combo.itemText(tab.indicator_combo.findData("P01"))
    p02 = tab.indicator_combo.itemText(tab.indicator_combo.findData("P02"))
    assert _rows(model) == [  # newest first
        (p02, "Interviu", "3,00", ""),
        (p01, "Penilaian dokumen", "2,50", "Notulen kurang"),
    ]
    assert str(dt.date.today().year) in model.index(1, ResultColumn.AT).data()  # when entered
    assert not tab.correct_button.isEnabled() and not tab.delete_button.isEnabled()

    # Correct: the row goes into the form; saving replaces it (no second row).
    tab.results.selectRow(1)
    assert tab.correct_button.isEnabled()
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    assert tab.indicator_combo.currentData() == "P01"
    assert tab.stage_combo.currentData() == "dokumen"
    assert tab.value_edit.text() == "2,50" and tab.note_edit.text() == "Notulen kurang"
    assert tab.save_button.text() == "&Simpan koreksi"
    tab.value_edit.setText("2,75")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert _rows(model) == [
        (p01, "Penilaian dokumen", "2,75", "Notulen kurang"),
        (p02, "Interviu", "3,00", ""),
    ]
    assert tab.save_button.text() == "&Simpan hasil asesor"
    assert [r.value for r in items.assessor_results(pemdi.coordinator)] == [Decimal("2.75"), 3]

    # Delete asks first; declining changes nothing.
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(_p: Any, title: str, text: str, **_k: Any) -> bool:
        asked.append(f"{title}: {text}")
        return answer["yes"]

    monkeypatch.setattr(prompts, "confirm", confirm)
    tab.results.selectRow(1)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        f"Hapus hasil asesor: Hapus hasil asesor ini (indikator {p02}, Interviu, nilai 3,00)? "
        "Riwayat tetap mencatatnya."
    ]
    assert model.rowCount() == 2
    answer["yes"] = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _rows(model) == [(p01, "Penilaian dokumen", "2,75", "Notulen kurang")]
    assert [r.indicator_id for r in items.assessor_results(pemdi.coordinator)] == ["P01"]
    # The comparison follows: indicator 2 has no assessors' value any more.
    assert tab.comparison is not None and tab.comparison.judged == {"P01"}
    # Both the correction and the deletion are in the history, as sentences.
    told = _sentences(pemdi.coordinator)
    assert "Hasil asesor 3 untuk indikator 2 (interviu) dihapus." in told
    assert "Hasil asesor 2,5 untuk indikator 1 (penilaian dokumen) dihapus." in told
    assert "Hasil asesor untuk indikator 1 (penilaian dokumen) dicatat: 2,75." in told


# ---------------------------------------------------------------------------- import wording
def test_an_import_that_takes_verdicts_back_says_where_to_judge_again(
    window: Any, pemdi: PemdiRound
) -> None:
    items.judge_item(pemdi.coordinator, "I1-L1-01", accept=True, unit="Bappeda")
    opd = pemdi.root / "Bappeda.spbe"
    new = make_pdf(pemdi.root / "files" / "SK Tim Pemdi 2026.pdf", ["KEPUTUSAN BUPATI 2026"])
    run(attach_files(opd, "1", [AttachRequest(new)], item="I1-L1-01"))
    bundle = pemdi.root / "Bappeda-2.spbebundle"
    run(export_bundle(opd, bundle))
    window.import_files([bundle])
    report = window.import_tab.report_model
    (row,) = report.rows()
    assert row.status == "accepted" and row.outcome is not None
    assert row.outcome.cleared_verdicts == ("I1-L1-01",)
    detail = report.index(0, ReportColumn.DETAIL).data()
    assert (
        "Dokumen butir I1-L1-01 berubah sehingga hasil pemeriksaannya dibatalkan: periksa lagi "
        "butir tersebut dari tab Antrean revisi." in detail
    )
    assert "putusan" not in detail
