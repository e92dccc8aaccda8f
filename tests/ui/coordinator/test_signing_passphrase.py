"""A coordinator whose signing key has a passphrase can issue kits and receipts from the app.

The window signed both without asking, so a protected key failed with "passphrase needed" and
nothing in the app could take one. Real workspaces, real signatures: the kit opens an OPD
workspace and the receipt is accepted by that OPD.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    init_from_kit,
    register_opd,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from tests.support.generate import make_pdf

pytestmark = pytest.mark.ui
SECRET = "kunci-koordinator-2026"


def _idle(qtbot: QtBot, runner: JobRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=30_000)
    QApplication.processEvents()


def test_protected_coordinator_key_signs_kit_and_receipt_after_asking(
    qtbot: QtBot,
    gui_lang: None,
    inline_runner: JobRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    koor = tmp_path / "koordinator.spbe"
    init_workspace(
        koor, role="coordinator", instansi="Pemerintah Kota Ternate", unit="Diskominfo",
        officer="Budi", passphrase=SECRET,
    )  # fmt: skip
    register_opd(koor, "Bappeda", assigned=["1", "2"])
    window = CoordinatorWindow(koor, inline_runner)
    qtbot.addWidget(window)
    _idle(qtbot, inline_runner)
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str) -> str:
        asked.append(label)
        return SECRET

    monkeypatch.setattr(prompts, "ask_passphrase", answer)
    failures: list[str] = []
    monkeypatch.setattr(prompts, "show_failure", lambda _p, e: failures.append(str(e)))

    # The kit, from the set-up tab's button.
    setup = window.setup_tab
    setup.select_opd("Bappeda")
    kit = tmp_path / "kit-bappeda.spbekit"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: kit)
    setup.kit_button.click()
    _idle(qtbot, inline_runner)
    assert failures == [] and len(asked) == 1 and kit.is_file()

    # The OPD works from the kit and sends a paket.
    opd = tmp_path / "bappeda.spbe"
    init_from_kit(opd, kit, officer="Sari")
    pdf = make_pdf(tmp_path / "sk.pdf", ["KEPUTUSAN WALI KOTA TERNATE"])
    run(attach_files(opd, "1", [AttachRequest(pdf, title="SK Tim Pemdi")], item="I1-L1-01"))
    write_identity_card(opd, tmp_path / "bappeda.spbeid")
    trust_card(koor, tmp_path / "bappeda.spbeid")
    summary = run(export_bundle(opd, tmp_path / "bappeda.zip"))
    run(import_bundles(koor, list(summary.paths)))

    # The receipt, from the window, signed with the key once the passphrase is typed.
    receipt = tmp_path / "tanda-terima.spbereceipt"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: receipt)
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text, **_k: told.append(text))
    window.issue_receipt("Bappeda")
    _idle(qtbot, inline_runner)
    assert failures == [] and len(asked) == 2 and receipt.is_file()
    assert told and "Bappeda" in told[0]
    accept_receipt(opd, receipt)  # raises if the signature is not the coordinator's


def test_cancelled_passphrase_writes_nothing(
    qtbot: QtBot,
    gui_lang: None,
    inline_runner: JobRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    koor = tmp_path / "koordinator.spbe"
    init_workspace(
        koor, role="coordinator", instansi="Pemerintah Kota Ternate", unit="Diskominfo",
        officer="Budi", passphrase=SECRET,
    )  # fmt: skip
    register_opd(koor, "Bappeda", assigned=["1"])
    window = CoordinatorWindow(koor, inline_runner)
    qtbot.addWidget(window)
    _idle(qtbot, inline_runner)
    monkeypatch.setattr(prompts, "ask_passphrase", lambda *a: None)
    kit = tmp_path / "kit.spbekit"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: kit)
    window.setup_tab.select_opd("Bappeda")
    window.setup_tab.kit_button.click()
    _idle(qtbot, inline_runner)
    assert not kit.exists()
