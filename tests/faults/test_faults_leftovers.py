"""What killed exports and imports leave behind goes the next time the workspace is opened.

Real processes are SIGKILLed at the export's commit boundaries and in the middle of writing;
then the workspace is opened (as the app or any command does) and the folder is looked at.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from drills import (
    assess,
    attach,
    child_env,
    copy_workspace,
    export,
    make_opd,
    op_command,
    run_and_kill,
    small_documents,
)

from spbe_desktop.core.progress import run
from spbe_desktop.fileio import private_temp_dir
from spbe_desktop.services.exchange import verify_bundle
from spbe_desktop.store.leftovers import PARTS_PREFIX, pending_exports
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process-group SIGKILLs: POSIX")


def _opd(root: Path) -> Path:
    docs = small_documents(root / "docs")
    opd = make_opd(root / "opd.spbe")
    assess(opd, "I01", level=3, note="Tim SPBE.", status="ready")
    attach(opd, "I01", *docs)
    attach(
        opd,
        "I02",
        make_pdf(root / "docs" / "Besar.pdf", ["LAPORAN"], pad_to_bytes=30 * 1024**2),
    )
    return opd


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _export_until_writing(opd: Path, out: Path, base: Path) -> subprocess.Popen[bytes]:
    """Start an export in a child process; return once its bundle is being written (a hidden
    ``.part`` file beside ``out``), or after a minute."""
    proc = subprocess.Popen(
        op_command("export", str(opd), str(out)),
        env=child_env(base),
        cwd=base / "cwd",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"GO"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(n.endswith(".part") for n in _names(out.parent)):
        time.sleep(0.01)
    return proc


def test_export_killed_after_registering_leaves_nothing_once_reopened(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    out = tmp_path / "out" / "bukti.zip"
    out.parent.mkdir()
    # Commit 1 registers the export; killed right after, before a byte of the bundle.
    killed = run_and_kill(
        op_command("export", str(opd), str(out), kill_after=1), tmp_path / "child", None
    )
    assert killed.returncode == -signal.SIGKILL
    with WorkspaceStore.open(opd) as store:
        assert pending_exports(store) == []
        sequence = store.setting("export_sequence", 0)
    assert _names(out.parent) == []
    assert sequence == 0


def test_export_killed_while_writing_leaves_nothing_once_reopened(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    out = tmp_path / "out" / "bukti.zip"
    out.parent.mkdir()
    proc = _export_until_writing(opd, out, tmp_path / "child")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert any(n.startswith(".") for n in _names(out.parent)), "killed too late to test"

    with WorkspaceStore.open(opd):
        pass
    assert _names(out.parent) == []


def test_export_killed_between_commit_and_rename_is_finished_once_reopened(
    tmp_path: Path,
) -> None:
    opd = _opd(tmp_path)
    out = tmp_path / "out" / "bukti.zip"
    out.parent.mkdir()
    # Commit 2 records the sequence; killed right after it, before the rename.
    killed = run_and_kill(
        op_command("export", str(opd), str(out), kill_after=2), tmp_path / "child", None
    )
    assert killed.returncode == -signal.SIGKILL
    assert not out.exists()
    with WorkspaceStore.open(opd) as store:
        assert store.setting("export_sequence", 0) == 1
    assert _names(out.parent) == ["bukti.zip"]
    assert run(verify_bundle(out)).ok


def test_a_running_export_is_left_alone_by_another_program_opening_the_workspace(
    tmp_path: Path,
) -> None:
    opd = _opd(tmp_path)
    out = tmp_path / "out" / "bukti.zip"
    out.parent.mkdir()
    proc = _export_until_writing(opd, out, tmp_path / "child")
    with WorkspaceStore.open(copy_workspace(opd, tmp_path / "peek" / "x.spbe")):
        pass
    with WorkspaceStore.open(opd):  # the same workspace, while the export runs
        pass
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert _names(out.parent) == ["bukti.zip"]
    assert run(verify_bundle(out)).ok


def test_part_copies_of_a_killed_import_go_when_a_workspace_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPBE_CACHE_DIR", str(cache))
    # A folder held by a live import (this process) stays; one whose holder died goes.
    code = (
        "import sys, os, signal; from pathlib import Path;"
        "from spbe_desktop.fileio import private_temp_dir;"
        f"cm = private_temp_dir(Path({str(cache)!r}), {PARTS_PREFIX!r});"
        "folder = cm.__enter__(); (folder / 'part001.zip').write_bytes(b'x' * 1000);"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    [dead] = list(cache.glob(f"{PARTS_PREFIX}*"))
    assert (dead / "part001.zip").exists()
    opd = make_opd(tmp_path / "opd.spbe")
    with private_temp_dir(cache, PARTS_PREFIX) as alive:
        with WorkspaceStore.open(opd):
            pass
        assert not dead.exists()
        assert alive.exists()


def test_a_second_export_of_a_fresh_workspace_works_after_a_killed_one(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    out = tmp_path / "out" / "bukti.zip"
    out.parent.mkdir()
    run_and_kill(op_command("export", str(opd), str(out), kill_after=1), tmp_path / "child", None)
    summary = export(opd, out)
    assert summary.sequence == 1
    assert _names(out.parent) == ["bukti.zip"]
