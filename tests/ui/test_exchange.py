"""Export dialog (estimate, then the verified summary) and accepting the coordinator's receipt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import assess
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView

exchange = pytest.importorskip("spbe_desktop.services.exchange")


@pytest.fixture
def filled_opd(opd_workspace: Path, sample_docs: dict[str, Path]) -> Path:
    run(attach_files(opd_workspace, "I01", [AttachRequest(sample_docs["pdf"], level=2)]))
    assess(opd_workspace, "I01", level=2, note="Pergub sudah ditetapkan.", status="ready")
    return opd_workspace


@pytest.mark.parametrize(
    ("read_back", "said"), [("0", "sudah diperiksa ulang"), ("1", "dibaca ulang dari flashdisk")]
)
def test_export_dialog_shows_estimate_then_verified_summary(
    qtbot: QtBot,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    filled_opd: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_back: str,
    said: str,
) -> None:
    """The summary says how the bundle was checked: read back from a removable medium (forced
    here as SPBE_VERIFY_READ_BACK does), or with the hashes computed while writing."""
    monkeypatch.setenv("SPBE_VERIFY_READ_BACK", read_back)
    from spbe_desktop.ui.opd.export_dialog import ExportDialog

    with WorkspaceStore.open(filled_opd) as store:
        profile = store.profile()
    dialog = ExportDialog(filled_opd, profile, inline_runner, tmp_path / "keluar")
    qtbot.addWidget(dialog)
    assert dialog.estimate_label.text().startswith("Perkiraan: 1 dokumen, 1 indikator, sekitar")
    assert "Belum ada tanda terima" in dialog.estimate_label.text()
    out = tmp_path / "keluar" / "bukti.zip"
    out.parent.mkdir()
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    assert said in dialog.summary_title.text()
    assert dialog.summary is not None and dialog.summary.paths == [out]
    assert out.exists()
    assert "1 dokumen, 1 indikator" in dialog.summary_label.text()


def test_accepting_a_receipt_shows_the_verdicts(
    qtbot: QtBot,
    window: MainWindow,
    filled_opd: Path,
    coordinator_workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from spbe_desktop.services import coordinator

    bundle = tmp_path / "bukti.zip"
    run(exchange.export_bundle(filled_opd, bundle))
    exchange.trust_public_key(
        coordinator_workspace, "Dinas Kominfo", exchange.minisign_public_key(filled_opd)
    )
    outcomes = run(exchange.import_bundles(coordinator_workspace, [bundle]))
    assert [o.status for o in outcomes] != ["refused"], outcomes
    coordinator.set_verdict(
        coordinator_workspace, "Dinas Kominfo", "I01", "perlu_revisi", "Lampirkan lampiran Pergub."
    )
    receipt = tmp_path / "tanda-terima.json"
    exchange.issue_receipt(coordinator_workspace, "Dinas Kominfo", receipt)

    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(filled_opd, select="I01")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: receipt)
    window.receipt_action.trigger()
    view = window.view
    assert isinstance(view, OpdWorkspaceView)
    dialog = view.receipt_dialog
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    verdict, comment = dialog.table.item(0, 1), dialog.table.item(0, 2)
    assert verdict is not None and verdict.text() == "perlu revisi"
    assert comment is not None and comment.text() == "Lampirkan lampiran Pergub."
    assert "perlu revisi" in view.page.verdict_banner.text()
    status = view.navigator.model.indicator_index("I01").siblingAtColumn(1)
    assert status.data() == "perlu revisi"
    dialog.close()
