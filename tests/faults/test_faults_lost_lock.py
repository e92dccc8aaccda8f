"""Lost-lock drill: the app and the CLI use one workspace at the same time (issue 12, point 1).

Two real processes besides pytest: an "app" child that does what a window of the GUI does
(hold the workspace, keep one store for quick reads, open the workspace again for each job and
through the project's other open paths, claim a level), and the real ``spbe`` command writing
answers in between. On POSIX, a raw ``open()``/``close()`` of the workspace in the app's process
would drop all of its SQLite locks: the CLI would then checkpoint and delete the ``-wal`` under
it and the app's next commits would be lost or overwrite the CLI's. Here every answer of both
must survive, ``spbe check`` must say OK, a second copy of the app must be refused with
``store.open_elsewhere`` (the CLI never is), and a killed app must leave no hold behind.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest
from drills import CHILD_TIMEOUT_S, child_env, copy_workspace, make_opd, spbe_command

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")

#: The app: a window's hold and store, a job's second open, then commands from stdin.
APP = r"""
import sys
from pathlib import Path
from spbe_desktop.store.database import is_workspace_file
from spbe_desktop.store.lock import hold_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore

ws = Path(sys.argv[1])
hold = hold_workspace(ws)
store = WorkspaceStore.open(ws)
store.answers()
WorkspaceStore.open(ws).close()  # the open-workspace probe and every job
assert is_workspace_file(ws)  # spbe verify --trust's question, in this process
print("READY held" if hold.held else "READY unheld", flush=True)
for line in sys.stdin:
    if line.strip() == "claim":
        store.set_answer("I07", "Rina", level=3, justification="diklaim di aplikasi")
        WorkspaceStore.open(ws).close()  # the index refresh job after a claim
        print("CLAIMED", flush=True)
    elif line.strip() == "close":
        store.close()
        hold.release()
        print("CLOSED", flush=True)
        break
"""

#: A second copy of the app trying to open the same workspace.
SECOND_APP = r"""
import sys
from pathlib import Path
from spbe_desktop.errors import StoreError
from spbe_desktop.store.lock import hold_workspace
try:
    hold_workspace(Path(sys.argv[1]))
except StoreError as exc:
    print(exc.code)
else:
    print("held")
"""


@pytest.fixture(scope="session")
def lost_lock_baseline(tmp_path_factory: pytest.TempPathFactory, session_env: None) -> Path:
    return make_opd(tmp_path_factory.mktemp("lost-lock") / "opd.spbe")


def _spbe(base: Path, *args: Any) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*spbe_command(), *map(str, args)],
        cwd=base / "cwd",
        env=child_env(base),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def _python(base: Path, code: str, *args: Any) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=base / "cwd",
        env=child_env(base),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def _say(app: subprocess.Popen[str], line: str, expect: str) -> None:
    stdin: IO[str] | None = app.stdin
    stdout: IO[str] | None = app.stdout
    assert stdin is not None and stdout is not None
    stdin.write(line + "\n")
    stdin.flush()
    got = stdout.readline().strip()
    assert got == expect, (got, app.stderr.read() if got == "" and app.stderr else "")


@pytest.mark.parametrize("app_ends", ["closes", "is-killed"])
def test_cli_writes_while_the_app_holds_the_workspace(
    lost_lock_baseline: Path, tmp_path: Path, app_ends: str, record_property: Any
) -> None:
    """App (hold, store, a job's second open) and CLI write in turn; a second app is refused;
    the app closes or is SIGKILLed: every answer of both survives, spbe check says OK and the
    hold is free again."""
    workspace = copy_workspace(lost_lock_baseline, tmp_path / "ws" / "opd.spbe")
    base = tmp_path / "child"
    with subprocess.Popen(
        [sys.executable, "-c", APP, str(workspace)],
        cwd=tmp_path,
        env=child_env(base),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        try:
            assert app.stdout is not None
            assert app.stdout.readline().strip() == "READY held"
            cli = _spbe(base, "assess", workspace, "5", "--level", "4", "--status", "ready")
            assert cli.returncode == 0, cli.stdout + cli.stderr
            _say(app, "claim", "CLAIMED")
            cli = _spbe(base, "assess", workspace, "9", "--level", "2")
            assert cli.returncode == 0, cli.stdout + cli.stderr
            assert _python(base, SECOND_APP, workspace) == "store.open_elsewhere"
            if app_ends == "closes":
                _say(app, "close", "CLOSED")
                assert app.wait(timeout=CHILD_TIMEOUT_S) == 0
            else:
                app.kill()
                app.wait(timeout=CHILD_TIMEOUT_S)
        finally:
            with contextlib.suppress(ProcessLookupError):
                app.kill()
    check = _spbe(base, "check", workspace)
    last = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr
    record_property("check", last)
    assert check.returncode == 0, check.stdout + check.stderr
    assert last.startswith("OK: workspace intact"), last
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(workspace) as store:
        answers = {k: (a.level, a.status) for k, a in store.answers().items() if a.level}
    record_property("answers", ", ".join(f"{k}={v[0]}" for k, v in sorted(answers.items())))
    assert answers == {"I05": (4, "ready"), "I07": (3, answers["I07"][1]), "I09": (2, "draft")}
    assert _python(base, SECOND_APP, workspace) == "held"  # closed or killed: free again
