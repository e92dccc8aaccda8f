"""The CLI writing while the app holds the workspace (issue 12, point 1): it works, and nothing
is lost.

The "app" is this test process doing what the GUI does: hold the workspace, keep one store for
quick reads, open and close another for each job, and record a claim. The CLI is the real
``python -m spbe_desktop.cli`` in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.store.lock import hold_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the lost-lock trap is POSIX's")


def spbe(*args: str | Path, lang: str = "id") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": lang},
        timeout=180,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_cli_assess_while_the_app_holds_the_workspace_keeps_both_answers(
    opd_workspace: Path,
) -> None:
    backup = opd_workspace.with_name("cadangan.spbe")
    hold = hold_workspace(opd_workspace)
    app = WorkspaceStore.open(opd_workspace)
    try:
        app.answers()  # the window's quick reads
        WorkspaceStore.open(opd_workspace).close()  # a job of the app
        cli = spbe("assess", opd_workspace, "5", "--level", "4", "--status", "ready")
        assert cli.returncode == 0, cli.stdout + cli.stderr
        app.set_answer("I07", "Rina", level=3, justification="diklaim di aplikasi")
        WorkspaceStore.open(opd_workspace).close()  # the index refresh job after the claim
        cli = spbe("assess", opd_workspace, "9", "--level", "2")
        assert cli.returncode == 0, cli.stdout + cli.stderr
        assert {k: a.level for k, a in app.answers().items() if a.level} == {
            "I05": 4,
            "I07": 3,
            "I09": 2,
        }
        # The CLI may also check and back up while the app is open (README: "safe while the
        # app runs").
        check = spbe("check", opd_workspace)
        assert check.returncode == 0 and "BAIK" in check.stdout, check.stdout + check.stderr
        done = spbe("backup", opd_workspace, "--out", backup)
        assert done.returncode == 0, done.stdout + done.stderr
        app.set_answer("I11", "Rina", level=1)  # the app goes on after the backup
    finally:
        app.close()
        hold.release()
    check = spbe("check", opd_workspace, lang="en")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[-1].startswith("OK: workspace intact")
    with WorkspaceStore.open(opd_workspace) as store:
        answers = store.answers()
        assert (answers["I05"].level, answers["I05"].status) == (4, "ready")
        assert answers["I07"].level == 3
        assert answers["I09"].level == 2
        assert answers["I11"].level == 1
        assert run(store.check()).ok
    with WorkspaceStore.open(backup) as copy:  # the state at the time of the backup
        assert {k: a.level for k, a in copy.answers().items() if a.level} == {
            "I05": 4,
            "I07": 3,
            "I09": 2,
        }
        assert run(copy.check()).ok
