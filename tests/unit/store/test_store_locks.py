"""Two users of one workspace file: the process's SQLite locks survive the project opening the
file again, and the app's hold (a lock file beside the workspace) keeps out a second window.

Real processes and real files: the "app" is this test process holding a store, the other user
is a child Python process, as when the CLI runs while the app is open.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.errors import StoreError
from spbe_desktop.services.exchange.verify import _trust_lookup
from spbe_desktop.store.database import is_workspace_file
from spbe_desktop.store.lock import hold_workspace, lock_path
from spbe_desktop.store.workspace_store import WorkspaceStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the lost-lock trap is POSIX's")

CHILD_TIMEOUT_S = 60

#: Another process answers one indicator and exits (it closes the last connection it knows of).
OTHER_WRITER = """
import sys
from pathlib import Path
from spbe_desktop.store.workspace_store import WorkspaceStore
with WorkspaceStore.open(Path(sys.argv[1])) as store:
    store.set_answer(sys.argv[2], "cli", level=4, justification="dari proses lain " * 200)
"""

#: Another process holds the workspace like a window of the app, then waits to be killed.
HOLDER = """
import sys, time
from pathlib import Path
from spbe_desktop.store.lock import hold_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
hold = hold_workspace(Path(sys.argv[1]))
store = WorkspaceStore.open(Path(sys.argv[1]))
store.answers()
print("held" if hold.held else "unheld", flush=True)
time.sleep(600)
"""

#: Another process tries to hold the workspace: prints the error code, or "held".
TRY_HOLD = """
import sys
from pathlib import Path
from spbe_desktop.errors import StoreError
from spbe_desktop.store.lock import hold_workspace
try:
    hold = hold_workspace(Path(sys.argv[1]))
except StoreError as exc:
    print(exc.code)
else:
    print("held" if hold.held else "unheld")
"""


def _python(code: str, *args: object) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def _reopen(path: Path) -> None:
    WorkspaceStore.open(path).close()  # what every job and the GUI's probe do


def _ask_sqlite(path: Path) -> None:
    assert is_workspace_file(path)


def _verify_trust(path: Path) -> None:
    assert _trust_lookup(path) is not None  # spbe verify --trust WORKSPACE


OPEN_PATHS: dict[str, Callable[[Path], None]] = {
    "store-open-close": _reopen,
    "is-workspace-file": _ask_sqlite,
    "verify-trust": _verify_trust,
}


@pytest.mark.parametrize("open_again", OPEN_PATHS.values(), ids=OPEN_PATHS.keys())
def test_opening_again_keeps_the_locks_of_a_held_connection(
    opd_workspace: Path, open_again: Callable[[Path], None]
) -> None:
    """The app holds a store; a job opens the workspace again and closes it; the CLI writes and
    exits; the app writes; the CLI writes again. Every answer is kept and check is clean.

    On the old code the second open read the header with open()/close(), which dropped the
    process's POSIX locks: the CLI then thought it was the last user, checkpointed and deleted
    the -wal, and the app's later commit overwrote the CLI's second answer.
    """
    app = WorkspaceStore.open(opd_workspace)
    try:
        app.answers()  # the GUI's quick reads: the connection is in WAL mode, idle
        open_again(opd_workspace)
        _python(OTHER_WRITER, opd_workspace, "I05")
        # The app's connection is still a user of the file, so the CLI did not delete the WAL.
        assert Path(f"{opd_workspace}-wal").exists()
        app.set_answer("I07", "Rina", level=3, justification="dari aplikasi")
        _python(OTHER_WRITER, opd_workspace, "I09")
        assert {k for k, a in app.answers().items() if a.level} == {"I05", "I07", "I09"}
    finally:
        app.close()
    conn = sqlite3.connect(opd_workspace)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with WorkspaceStore.open(opd_workspace) as store:
        levels = {k: a.level for k, a in store.answers().items() if a.level}
        assert levels == {"I05": 4, "I07": 3, "I09": 4}
        result = run(store.check())
        assert result.ok, result.findings
        assert len(store.audit_entries(action_prefix="answer.")) == 3


# ------------------------------------------------------------------------------ the app's hold
def test_a_second_holder_is_refused_until_the_first_is_killed(opd_workspace: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(opd_workspace)],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        _refused_until_killed(opd_workspace, holder)
    with WorkspaceStore.open(opd_workspace) as store:
        assert store.answers()["I11"].level == 2
        assert run(store.check()).ok


def _refused_until_killed(opd_workspace: Path, holder: subprocess.Popen[str]) -> None:
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert _python(TRY_HOLD, opd_workspace) == "store.open_elsewhere"
        with pytest.raises(StoreError) as info:
            hold_workspace(opd_workspace)
        assert info.value.code == "store.open_elsewhere"
        assert info.value.message("id").startswith("Ruang kerja ini sedang dibuka di aplikasi lain")
        assert "another window of the app" in info.value.message("en")
        # The holder's own jobs and the CLI are not held back: SQLite's locking serves them.
        with WorkspaceStore.open(opd_workspace) as store:
            store.set_answer("I11", "Rina", level=2)
        holder.send_signal(signal.SIGKILL)  # a crash: nobody releases anything
        holder.wait(timeout=CHILD_TIMEOUT_S)
        assert lock_path(opd_workspace).exists()  # left behind, and not in the way
        assert _python(TRY_HOLD, opd_workspace) == "held"
        with hold_workspace(opd_workspace) as hold:
            assert hold.held
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_second_window_in_the_same_process_is_refused(opd_workspace: Path) -> None:
    first = hold_workspace(opd_workspace)
    try:
        with pytest.raises(StoreError) as info:
            hold_workspace(opd_workspace)
        assert info.value.code == "store.open_elsewhere"
        # Another name for the same file is the same workspace.
        alias = opd_workspace.with_name("alias.spbe")
        alias.symlink_to(opd_workspace)
        with pytest.raises(StoreError):
            hold_workspace(alias)
        assert first.covers(alias)
    finally:
        first.release()
    second = hold_workspace(opd_workspace)
    assert second.held
    second.release()


def test_the_hold_is_a_file_beside_the_workspace_removed_on_release(opd_workspace: Path) -> None:
    before = opd_workspace.read_bytes()
    app = WorkspaceStore.open(opd_workspace)
    try:
        hold = hold_workspace(opd_workspace)
        assert hold.lock_file == opd_workspace.with_name(f".{opd_workspace.name}.lock")
        assert hold.lock_file.exists()
        hold.release()
        hold.release()  # twice is harmless
        assert not hold.held
        assert not hold.lock_file.exists()
        # Releasing closed the lock file, not the workspace: the store's locks are intact.
        _python(OTHER_WRITER, opd_workspace, "I05")
        assert Path(f"{opd_workspace}-wal").exists()
        app.set_answer("I07", "Rina", level=3)
    finally:
        app.close()
    with WorkspaceStore.open(opd_workspace) as store:
        assert {k for k, a in store.answers().items() if a.level} == {"I05", "I07"}
        assert run(store.check()).ok
    assert opd_workspace.read_bytes() != before  # the answers reached the file itself


def test_a_dropped_hold_is_released(opd_workspace: Path) -> None:
    import gc

    hold_workspace(opd_workspace)  # nobody keeps it: garbage
    gc.collect()
    hold = hold_workspace(opd_workspace)
    assert hold.held
    hold.release()


def test_a_folder_without_room_for_a_lock_file_still_opens(tmp_path: Path) -> None:
    """No lock file possible (here: no such folder; in life, read-only media): the workspace
    opens unheld, as SQLite's own locks keep it safe."""
    hold = hold_workspace(tmp_path / "no-such-folder" / "opd.spbe")
    assert not hold.held
    hold.release()
