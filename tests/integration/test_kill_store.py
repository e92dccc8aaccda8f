"""Real SIGKILLs during assess and during a schema migration: the workspace survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.store.workspace_store import WorkspaceStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL drills need POSIX")

ASSESS_LOOP = """
import sys, itertools
from pathlib import Path
from spbe_desktop.store.workspace_store import WorkspaceStore
store = WorkspaceStore.open(Path(sys.argv[1]))
print("ready", flush=True)
for n in itertools.count():
    store.set_answer("I%02d" % (n % 47 + 1), "drill", level=n % 5 + 1,
                     justification="catatan %d " % n * 20)
"""

MIGRATE = """
import sys
from pathlib import Path
from spbe_desktop.store.workspace_store import WorkspaceStore
WorkspaceStore.open(Path(sys.argv[1])).close()
print("done", flush=True)
"""


def _kill_after(code: str, path: Path, delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.parametrize("round_", range(3))
def test_kill_during_assess_keeps_committed_answers(opd_workspace: Path, round_: int) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I47", "Rina", level=4, justification="komitmen sebelum drill")
    _kill_after(ASSESS_LOOP, opd_workspace, random.uniform(0.3, 1.2))
    with WorkspaceStore.open(opd_workspace) as store:
        result = run(store.check())
        assert result.ok, result.findings
        answers = store.answers()
        # Every answer is whole: a level and its matching note, never half of an update.
        assert answers["I47"].level in range(1, 6)
        entries = store.audit_entries(action_prefix="answer.")
        assert entries[-1].new["justification"] == "komitmen sebelum drill"


def _make_pre_m0003(path: Path) -> None:
    """Undo m0003 (a column and an index on blobs) and m0010 (the blob_data table): opening it
    runs both again, m0010 last."""
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX blobs_text_digest")
    conn.execute("ALTER TABLE blobs DROP COLUMN text_digest")
    conn.execute("DROP TABLE blob_data")
    conn.execute(
        "DELETE FROM _sqlite_migrations "
        "WHERE name IN ('m0003_add_text_digest', 'm0010_rowid_blob_chunks')"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.6])
def test_kill_during_migration_leaves_old_or_new_schema(opd_workspace: Path, delay: float) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I05", "Rina", level=2)
    _make_pre_m0003(opd_workspace)
    _kill_after(MIGRATE, opd_workspace, delay)
    conn = sqlite3.connect(opd_workspace)
    applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    cols = {r[1] for r in conn.execute("PRAGMA table_info(blobs)")}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    # Either the step and its record both happened, or neither did.
    assert ("m0003_add_text_digest" in applied) == ("text_digest" in cols)
    assert ("m0010_rowid_blob_chunks" in applied) == ("blob_data" in tables)
    with WorkspaceStore.open(opd_workspace) as store:  # finishes the migration if needed
        assert run(store.check()).ok
        assert store.answers()["I05"].level == 2
        assert store.db.execute("SELECT count(*) FROM blob_data").fetchone()[0] == 0
