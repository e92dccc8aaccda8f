"""What SQLite says about a file, in the store's words: is it a workspace, and why a write was
refused (a rule of the data, not the disk)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from spbe_desktop.errors import StoreError
from spbe_desktop.store.database import is_workspace_file
from spbe_desktop.store.workspace_store import WorkspaceStore


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_workspace_is_recognised_through_sqlite_without_leaving_files(
    opd_workspace: Path,
) -> None:
    before = _listing(opd_workspace.parent)
    data = opd_workspace.read_bytes()
    assert is_workspace_file(opd_workspace)
    assert _listing(opd_workspace.parent) == before  # no -wal / -shm left behind
    assert opd_workspace.read_bytes() == data
    with WorkspaceStore.open(opd_workspace) as store:  # also while this process holds it
        assert is_workspace_file(opd_workspace)
        store.set_answer("I01", "Rina", level=2)


@pytest.mark.parametrize(
    "content", [b"hello, not sqlite", b"", b"SQLite format 3\x00" + b"\xff" * 84]
)
def test_other_files_are_not_workspaces_and_stay_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.spbe"
    path.write_bytes(content)
    assert not is_workspace_file(path)
    assert path.read_bytes() == content
    assert _listing(tmp_path) == ["x.spbe"]


def test_plain_sqlite_files_missing_files_and_folders_are_not_workspaces(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert not is_workspace_file(other)
    assert not is_workspace_file(tmp_path / "missing.spbe")
    assert not (tmp_path / "missing.spbe").exists()  # never created
    assert not is_workspace_file(tmp_path)


def test_constraint_failures_say_the_data_conflicts_not_the_disk(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        with pytest.raises(StoreError) as info, store.transaction():
            store.db.execute("INSERT INTO opds (id, name, created_at) VALUES (0, 'x', 'y')")
        err = info.value
        assert err.code == "store.constraint"
        assert "UNIQUE constraint failed" in err.params["detail"]
        assert "periksa disk" not in err.message("id")
        assert "bertentangan dengan data yang sudah ada" in err.message("id")
        assert "conflicts with data" in err.message("en")
        assert "check the disk" not in err.message("en")
        # Nothing of the refused change remains, and the workspace is still usable.
        assert store.db.execute("SELECT count(*) FROM opds WHERE name = 'x'").fetchone()[0] == 0
        store.set_answer("I02", "Rina", level=3)


def test_changing_the_audit_log_gets_its_own_sentence(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I01", "Rina", level=3)
        with pytest.raises(StoreError) as info, store.transaction():
            store.db.execute("UPDATE audit SET actor = 'x'")
    assert info.value.code == "store.audit_append_only"
