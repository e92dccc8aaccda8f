"""spbe export ends with the checklist the app shows before sending, as counts on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe_desktop.cli import main
from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import assess, init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf


def test_export_prints_what_to_look_at_before_sending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPBE_LANG", "id")
    opd = tmp_path / "opd.spbe"
    init_workspace(
        opd,
        role="opd",
        instansi="Pemprov Maluku Utara",
        unit="Bappeda",
        officer="Rina",
        framework="spbe-2020",
    )
    with WorkspaceStore.open(opd) as store:
        store.update_profile("test", assigned=("I01", "I02", "I03"))
    sk = make_pdf(tmp_path / "sk.pdf", ["SK TIM SPBE"], user_password="rahasia")
    run(attach_files(opd, "I01", [AttachRequest(sk, title="SK Tim", level=1)]))
    assess(opd, "I01", level=1, note="SK.", status="draft")

    code = main(["export", str(opd), "--out", str(tmp_path / "b1.zip")])
    out, err = capsys.readouterr()
    assert code == 0 and "ditulis dan diverifikasi" in out
    assert err == (
        "Perlu diperhatikan: 1 isian draf, 2 indikator kosong, 1 berkas tak dapat dibuka.\n"
    )
