"""Trust changes in the coordinator window are explicit: another key for an OPD whose key still
works is pinned only after a warning that shows both fingerprints, and a revoked key is trusted
again only after its own warning. Declining changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.exchange import (
    export_bundle,
    read_identity_card,
    revoke_opd,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import assess, init_workspace, open_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from spbe_desktop.ui.coordinator.setup_models import RegisterColumn


def new_bappeda(root: Path) -> tuple[Path, Path]:
    """Bappeda's officer set up a new workspace (new key): its card and a bundle."""
    ws = root / "bappeda-baru.spbe"
    init_workspace(
        ws,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Bappeda",
        framework="spbe-2020",
    )
    assess(ws, "11", level=4, note="Arsitektur SPBE diperbarui", status="ready")
    card = root / "bappeda-baru.card"
    write_identity_card(ws, card)
    bundle = root / "bappeda-baru.zip"
    run(export_bundle(ws, bundle))
    return card, bundle


def shown_fingerprint(window: Any, name: str) -> str:
    model = window.setup_tab.register_model
    for row in range(model.rowCount()):
        if model.index(row, RegisterColumn.NAME).data() == name:
            return str(model.index(row, RegisterColumn.FINGERPRINT).data())
    raise AssertionError(f"{name} not in the register")


def pinned(workspace: Path, name: str) -> tuple[str | None, str | None]:
    with open_workspace(workspace) as store:
        opd = store.opd_by_name(name)
        assert opd is not None
        return opd.fingerprint, opd.revoked_at


def pin_from_setup(window: Any, card: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: card)

    def confirm(_parent: Any, request: FingerprintRequest) -> str:
        return request.default_name

    monkeypatch.setattr(prompts, "confirm_fingerprint", confirm)
    window.setup_tab.pin_button.click()


def test_replacing_a_working_key_shows_both_fingerprints_first(
    inline_window: Any, round_: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window(trust=("Bappeda",))
    old = read_identity_card(round_.opds["Bappeda"].card).fingerprint
    card, _bundle = new_bappeda(tmp_path)
    new = read_identity_card(card).fingerprint
    asked: list[tuple[str, str, str]] = []
    answer = {"replace": False}

    def confirm_replace(_parent: Any, name: str, old_fp: str, new_fp: str) -> bool:
        asked.append((name, old_fp, new_fp))
        return answer["replace"]

    monkeypatch.setattr(prompts, "confirm_key_replace", confirm_replace)
    pin_from_setup(w, card, monkeypatch)
    assert asked == [("Bappeda", old, new)]
    # Declined: the genuine key stays pinned.
    assert pinned(round_.coordinator, "Bappeda") == (old, None)
    assert shown_fingerprint(w, "Bappeda") == old

    answer["replace"] = True
    pin_from_setup(w, card, monkeypatch)
    assert asked[-1] == ("Bappeda", old, new)
    assert pinned(round_.coordinator, "Bappeda") == (new, None)
    assert shown_fingerprint(w, "Bappeda") == new


def test_the_replace_warning_names_both_fingerprints(qtbot: QtBot, gui_lang: None) -> None:
    old, new = "11111 22222 33333 44444 55555 66666", "77777 88888 99999 00000 12345 67890"
    box = prompts.key_replace_box(None, "Bappeda", old, new)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("Bappeda sudah memiliki kunci tersemat yang masih berlaku.")
    info = box.informativeText()
    assert f"Sidik jari kunci lama: {old}" in info
    assert f"Sidik jari kunci baru: {new}" in info
    assert "lewat telepon" in info
    assert box.defaultButton().text() == "Batal"  # Enter does not replace a key


def test_quarantine_trust_for_a_registered_opd_asks_before_replacing(
    inline_window: Any, round_: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window(trust=("Bappeda",))
    old = read_identity_card(round_.opds["Bappeda"].card).fingerprint
    card, bundle = new_bappeda(tmp_path)
    new = read_identity_card(card).fingerprint
    monkeypatch.setattr(prompts, "choose_files", lambda *a, **k: [bundle])
    w.import_tab.choose_button.click()
    report = w.import_tab.report_model

    def result() -> str:
        return str(report.index(0, ReportColumn.RESULT).data())

    assert result() == "Karantina"
    monkeypatch.setattr(prompts, "confirm_fingerprint", lambda _p, _r: "Bappeda")
    asked: list[tuple[str, str, str]] = []

    def decline(_parent: Any, name: str, old_fp: str, new_fp: str) -> bool:
        asked.append((name, old_fp, new_fp))
        return False

    monkeypatch.setattr(prompts, "confirm_key_replace", decline)
    w.import_tab.trust_button.click()
    assert asked == [("Bappeda", old, new)]
    assert pinned(round_.coordinator, "Bappeda") == (old, None)
    assert result() == "Karantina"

    monkeypatch.setattr(prompts, "confirm_key_replace", lambda *_a: True)
    w.import_tab.trust_button.click()
    assert pinned(round_.coordinator, "Bappeda") == (new, None)
    assert result() == "Diterima"


def test_a_revoked_key_is_trusted_again_only_after_its_warning(
    inline_window: Any, round_: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = round_.opds["Bappeda"].card
    fp = read_identity_card(card).fingerprint
    trust_card(round_.coordinator, card)
    revoke_opd(round_.coordinator, "Bappeda")
    w = inline_window()
    asked: list[tuple[str, str]] = []
    answer = {"unrevoke": False}

    def confirm_unrevoke(_parent: Any, name: str, fingerprint: str) -> bool:
        asked.append((name, fingerprint))
        return answer["unrevoke"]

    monkeypatch.setattr(prompts, "confirm_unrevoke", confirm_unrevoke)
    pin_from_setup(w, card, monkeypatch)
    assert asked == [("Bappeda", fp)]
    assert pinned(round_.coordinator, "Bappeda")[1] is not None  # still revoked

    answer["unrevoke"] = True
    pin_from_setup(w, card, monkeypatch)
    assert pinned(round_.coordinator, "Bappeda") == (fp, None)
    model = w.setup_tab.register_model
    assert model.index(0, RegisterColumn.KEY).data() == "dipercaya"
