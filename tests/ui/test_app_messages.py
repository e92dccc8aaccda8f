"""Errors the app shows never give command-line advice (issue 15, "Words"): where the CLI's
text says which ``spbe`` command or ``--option`` to use, the app names its own menu or button.

The catalogue keeps both wordings (``id``/``en`` for the CLI, ``app_id``/``app_en`` for the app);
the GUI turns an error into text through ``ui/common/messages.py`` with ``audience="app"``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.errors import SpbeError, StoreError
from spbe_desktop.messages import CATALOGUES
from spbe_desktop.ui.common import i18n, prompts
from spbe_desktop.ui.common.messages import error_text
from spbe_desktop.ui.main_window import MainWindow
from tests.support.cli_advice import CLI_ADVICE


def _capture_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show_error(_parent: Any, _title: str, text: str, *, details: str = "") -> None:
        shown.append(text)

    monkeypatch.setattr(prompts, "show_error", show_error)
    return shown


def _open_from_recent(qtbot: QtBot, window: MainWindow, shown: list[str]) -> str:
    """Berkas › Terakhir dibuka › the first entry; the error dialog's text."""
    window.recent_menu.aboutToShow.emit()
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)
    return shown[0]


@pytest.mark.parametrize(
    ("lang", "advice"),
    [("id", "Berkas › Buka ruang kerja"), ("en", "File › Open a workspace")],
)
def test_a_moved_workspace_is_explained_with_the_apps_menus(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    advice: str,
) -> None:
    """A workspace in the recent list that was moved away: the CLI would say "buat dengan
    'spbe init'"; the app's dialog points at its own File menu instead."""
    moved = tmp_path / "penilaian-2026.spbe"
    window.settings.add_recent(moved, "opd", "2026")
    i18n.install(qapp, lang)
    shown = _capture_errors(monkeypatch)

    text = _open_from_recent(qtbot, window, shown)

    assert "penilaian-2026.spbe" in text
    assert advice in text
    assert not CLI_ADVICE.search(text), text
    # The command line keeps its advice: the same error, worded for a terminal.
    cli = StoreError("store.not_found", file=moved.name).message(lang)
    assert "'spbe init'" in cli and cli != text


def _app_codes() -> list[str]:
    return sorted(
        code for table in CATALOGUES for code, texts in table.items() if "app_id" in texts
    )


@pytest.mark.parametrize("code", _app_codes())
def test_every_error_with_an_app_wording_reaches_the_gui_without_cli_advice(
    qapp: QApplication, gui_lang: None, code: str
) -> None:
    """What ``prompts.show_failure`` would show for each such error, in both languages."""
    texts = next(table[code] for table in CATALOGUES if code in table)
    fields = set(re.findall(r"{(\w+)}", texts["id"] + texts["en"]))
    error = SpbeError(code, **dict.fromkeys(fields, "X"))
    for lang in ("id", "en"):
        i18n.install(qapp, lang)
        shown = error_text(error)
        assert not CLI_ADVICE.search(shown), (code, lang, shown)
        assert shown == texts[f"app_{lang}"].format(**dict.fromkeys(fields, "X"))
