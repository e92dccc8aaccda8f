"""The Pemdi indicator page no longer asks for a claimed level (issue 15): under the items rule
the justification is a note for the coordinator, the status says it does not change the value,
and the page says the value comes from the accepted items, with the live fractional value.
SPBE 2020 keeps its level wording."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from spbe_desktop.ui.main_window import MainWindow
from tests.ui.test_opd_flow import click_indicator, open_view
from tests.ui.test_opd_items import pemdi_workspace, record_verdict

__all__ = ["pemdi_workspace"]  # the fixture, used by name


def test_pemdi_page_says_the_value_comes_from_accepted_items(
    qtbot: QtBot, window: MainWindow, pemdi_workspace: Path
) -> None:
    view = open_view(qtbot, window, pemdi_workspace)
    click_indicator(qtbot, view, "P01")
    page = view.page
    words = " ".join(
        [
            page.justification_title.text(),
            page.justification.placeholderText(),
            page.justification.accessibleName(),
            page.status_combo.toolTip(),
            page.rule_note.text(),
        ]
    )
    assert "tingkat ini layak" not in words and "diklaim" not in words.replace(
        "Tidak ada tingkat yang diklaim", ""
    )
    assert page.justification_title.text() == "Catatan untuk koordinator"
    assert "nilai dihitung dari butir yang diterima" in page.status_combo.toolTip()
    assert page.rule_note.isVisible()
    assert "dihitung dari butir wajib yang diterima penilai" in page.rule_note.text()
    qtbot.waitUntil(lambda: "Nilai saat ini: 1,00." in page.rule_note.text())

    # Items accepted: the live fractional value follows.
    record_verdict(pemdi_workspace, "I1-L1-01", "accepted")
    view.refresh_all()
    qtbot.waitUntil(lambda: "Nilai saat ini: 1,50." in page.rule_note.text())

    # An indicator fed by a national index names it.
    click_indicator(qtbot, view, "P05")
    assert "Indeks Satu Data Indonesia (SDI)" in page.rule_note.text()
    assert "bukan dari butir bukti" in page.rule_note.text()


def test_spbe_2020_page_keeps_the_level_wording(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    click_indicator(qtbot, view, "I01")
    page = view.page
    assert page.justification_title.text() == "Penjelasan (justifikasi)"
    assert page.justification.placeholderText().startswith("Jelaskan mengapa tingkat ini layak")
    assert page.justification.accessibleName() == "Penjelasan tingkat yang diklaim"
    assert not page.rule_note.isVisible()
