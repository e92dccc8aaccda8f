"""Export verifies what it wrote: from the device on a removable medium, else with the hashes
computed while writing; the summary says which."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from spbe_desktop.bundles.files import READ_BACK_ENV, on_removable_medium
from spbe_desktop.core.progress import Progress, run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import export_bundle, verify_bundle
from spbe_desktop.services.workspace import init_workspace

SIZE = 3 * 1024 * 1024


def _opd(tmp_path: Path) -> Path:
    opd = tmp_path / "opd.spbe"
    init_workspace(
        opd,
        role="opd",
        instansi="Pemkab Contoh",
        unit="Bappeda",
        officer="Sari",
        framework="spbe-2020",
    )
    video = tmp_path / "rekaman rapat.mp4"
    video.write_bytes(random.Random(5).randbytes(SIZE))
    run(attach_files(opd, "I01", [AttachRequest(video)]))
    return opd


@pytest.mark.parametrize("forced", ["1", "0"])
def test_the_summary_says_how_the_bundle_was_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forced: str
) -> None:
    opd = _opd(tmp_path)
    monkeypatch.setenv(READ_BACK_ENV, forced)
    steps: list[Progress] = []
    summary = run(export_bundle(opd, tmp_path / "b.zip", full=True), steps.append)
    assert summary.verified
    assert summary.read_back is (forced == "1")
    # Reading back goes through the payload again (progress over its bytes); the other way
    # takes the hashes computed while writing and reads only the tag files.
    verifying = [s for s in steps if s.message_code == "progress.verifying" and s.done >= SIZE]
    assert bool(verifying) is (forced == "1")
    report = run(verify_bundle(tmp_path / "b.zip"))
    assert report.ok, report.result.findings


def test_a_local_folder_is_not_a_removable_medium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(READ_BACK_ENV, raising=False)
    assert on_removable_medium(tmp_path) is False
    monkeypatch.setenv(READ_BACK_ENV, "1")
    assert on_removable_medium(tmp_path) is True
