"""Start where you left off (issue 15): launched without a file, the app reopens the last
workspace and, for an OPD, the indicator shown last; the recent list (welcome screen and
Berkas › Terakhir dibuka) shows path, role, period and the date last opened, in Indonesian."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.services.workspace import hold_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.ui.conftest import make_window
from tests.ui.test_opd_flow import open_view


def test_launch_reopens_the_last_workspace_at_the_last_indicator(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    inline_runner: InlineJobRunner,
    opd_workspace: Path,
    tmp_path: Path,
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    assert view.current_indicator == "I01"
    view.select_indicator("I07")
    window.close()  # quitting: the settings are written

    again = make_window(qtbot, qapp, inline_runner, tmp_path)  # the same settings file
    assert again.stack.currentWidget() is again.welcome
    with qtbot.waitSignal(again.workspace_opened, timeout=10_000):
        assert again.reopen_last()
    assert isinstance(again.view, OpdWorkspaceView)
    assert again.workspace == opd_workspace
    assert again.view.current_indicator == "I07"
    assert again.view.page.title.text().startswith("Indikator 7 ·")
    # An indicator asked for on the command line wins over the remembered one.
    again.close_workspace()
    with qtbot.waitSignal(again.workspace_opened, timeout=10_000):
        again.open_workspace(opd_workspace, "I12")
    assert again.view is not None and again.view.current_indicator == "I12"
    again.close()


def test_a_workspace_gone_or_open_elsewhere_is_not_reopened(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path, coordinator_workspace: Path
) -> None:
    """No message either (any dialog fails this test): the welcome screen simply stays."""
    assert not window.reopen_last()  # nothing opened before
    open_view(qtbot, window, opd_workspace)
    window.close_workspace()
    with hold_workspace(opd_workspace):  # another copy of the app has it open
        assert not window.reopen_last()
    assert window.stack.currentWidget() is window.welcome and window.workspace is None

    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(coordinator_workspace)
    window.close_workspace()
    coordinator_workspace.unlink()
    assert not window.reopen_last()
    assert window.workspace is None


def test_the_recent_list_shows_path_role_period_and_date(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path, coordinator_workspace: Path
) -> None:
    for path in (coordinator_workspace, opd_workspace):
        with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
            window.open_workspace(path)
    window.close_workspace()
    with WorkspaceStore.open(opd_workspace) as store:
        period = store.profile().period
    today = format_date_id(dt.date.today())
    settings = window.settings
    settings.add_recent(coordinator_workspace, opened=dt.datetime(2026, 11, 29, 14, 5))
    window.welcome.set_recent(settings.recent_entries())

    recent = window.welcome.recent
    assert recent.count() == 2
    first = recent.item(0).text().splitlines()
    assert first == [
        "koordinator",
        str(coordinator_workspace.resolve()),
        f"Koordinator · periode {period} · dibuka 29 November 2026",
    ]
    second = recent.item(1).text().splitlines()
    assert second[:2] == ["opd", str(opd_workspace.resolve())]
    assert second[2] == f"OPD · periode {period} · dibuka {today}"

    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == [
        f"{coordinator_workspace.resolve()}  (Koordinator · periode {period} · dibuka "
        "29 November 2026)",
        f"{opd_workspace.resolve()}  (OPD · periode {period} · dibuka {today})",
    ]
